// `clausier serve`: checks the options, listens (loopback by default), and on SIGTERM or SIGINT
// stops taking requests, finishes those in flight and closes the browsers before returning.
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { Io } from "../cli/io.js";
import { EXIT } from "../cli/io.js";
import { projectFiles } from "../api/project.js";
import { UsageError } from "../model/index.js";
import { MAX_FILE_BYTES } from "../model/source-file.js";
import { leaveExitSignalsToCaller } from "../render/browser.js";
import { buildService } from "./app.js";
import { serveMessage } from "./messages.js";

export interface ServeArgs {
  port: number;
  host: string;
  token?: string;
  concurrency?: number;
  queue?: number;
  timeout: number;
  maxBody: number;
  root?: string;
  /** Serve the live preview page (GET /preview): it reads the project on disk. */
  preview?: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function positive(io: Io, name: string, value: number | undefined, min: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UsageError(serveMessage(io.locale, "BAD_OPTION", { name, value, expected: `≥ ${min}` }));
}

/** `clausier preview [DIR]`: the service with the preview on, the project in DIR, on loopback, a free port unless given. */
export async function runPreview(args: { dir: string; port: number; token?: string }, io: Io): Promise<number> {
  return runServe({ port: args.port, host: "127.0.0.1", token: args.token, timeout: 30_000, maxBody: MAX_FILE_BYTES, root: args.dir, preview: true }, io);
}

export async function runServe(args: ServeArgs, io: Io): Promise<number> {
  positive(io, "port", args.port, 0);
  positive(io, "concurrency", args.concurrency, 1);
  positive(io, "queue", args.queue, 0);
  positive(io, "timeout", args.timeout, 1);
  positive(io, "max-body", args.maxBody, 1);
  // A body is read as a file would be: no larger than the limit of every Clausier file.
  if (args.maxBody > MAX_FILE_BYTES) throw new UsageError(serveMessage(io.locale, "BAD_OPTION", { name: "max-body", value: args.maxBody, expected: `≤ ${MAX_FILE_BYTES}` }));
  // The preview reads the project: a root that is not a folder is said now, not on the first page.
  if (args.preview) projectFiles(io.cwd, io.locale, { root: args.root ?? "." });
  // A browser per slot: by default as many as the cores, each its own Chromium process.
  const concurrency = args.concurrency ?? Math.max(1, availableParallelism());
  const token = args.token ?? (io.env.CLAUSIER_TOKEN || undefined);
  const service = buildService({
    root: resolve(io.cwd, args.root ?? "."),
    token,
    concurrency,
    queue: args.queue ?? concurrency * 16,
    timeoutMs: args.timeout,
    maxBody: args.maxBody,
    env: io.env,
    ...(args.preview ? { preview: { locale: io.locale } } : {}),
  });
  leaveExitSignalsToCaller();
  const url = await service.app.listen({ port: args.port, host: args.host });
  if (!LOOPBACK.has(args.host) && !token) io.stderr(`clausier: ${serveMessage(io.locale, "NOT_LOOPBACK", { host: args.host })}\n`);
  io.stderr(`${serveMessage(io.locale, "LISTENING", { url, concurrency, queue: service.queue.maxQueued })}\n`);
  if (args.preview) io.stdout(`${serveMessage(io.locale, "PREVIEW_URL", { url: `${url}/preview` })}\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      io.stderr(`${serveMessage(io.locale, "STOPPING", { count: service.queue.running + service.queue.queued })}\n`);
      void service.shutdown().then(done);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  return EXIT.OK;
}
