// The routes of `clausier serve`, on fastify. Stateless: every request carries its document and
// leaves nothing behind, so N instances serve behind any load balancer. Work routes (render, lint,
// compute) go through one bounded queue; a full queue answers 429 at once, a request over its time
// 503 (still waiting) or 504 (started); every error is an RFC 9457 problem.
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { VERSION } from "../api/version.js";
import { applyUserLegalData, currentDataVersion } from "../api/legal-data.js";
import { GateCache, DEFAULT_GATE_CACHE_LIMITS, type GateCacheLimits } from "../lint/gate-cache.js";
import type { ComputeRequest, ComputeWhat } from "../documents/computations.js";
import type { CiiProfile } from "../einvoice/index.js";
import type { Locale } from "../model/index.js";
import { computeSent, lintSent, renderSent, sentPath, type Sent, type Target } from "./documents.js";
import { METRICS_CONTENT_TYPE, Metrics } from "./metrics.js";
import { openapiDocument } from "./openapi.js";
import { PrinterPool } from "./printers.js";
import { HttpProblem, localeOf, PROBLEM_TYPE } from "./problems.js";
import { QueueAbortedError, QueueFullError, WorkQueue } from "./queue.js";
import { previewToken, registerPreview } from "./preview/routes.js";

export interface ServeOptions {
  /** The project root: a document's references resolve inside it. */
  root: string;
  /** Bearer token; none: no authentication (loopback only is advised). */
  token?: string;
  /** Requests worked on at once (and browsers at most). */
  concurrency: number;
  /** Requests waiting beyond those; more get 429. */
  queue: number;
  /** Per request, waiting included (ms). */
  timeoutMs: number;
  /** Largest body accepted (bytes); more get 413. */
  maxBody: number;
  /** Where Chromium is looked for (CLAUSIER_CHROMIUM…). */
  env: NodeJS.ProcessEnv;
  /** The live preview of the project's documents (it reads the disk: off unless asked), in this language. */
  preview?: { locale: Locale };
  /** Bounds of the render gate's memory of unchanged project files (default DEFAULT_GATE_CACHE_LIMITS); false: none. */
  gateCache?: GateCacheLimits | false;
}

export interface Service {
  app: FastifyInstance;
  queue: WorkQueue;
  metrics: Metrics;
  printers: PrinterPool;
  /** Refuses new requests, finishes those in flight, closes the browsers. */
  shutdown: () => Promise<void>;
}

const DOCUMENT_TYPES = ["application/json", "application/yaml", "text/yaml", "application/x-yaml"];
const TEXT_TYPES = ["text/markdown", "text/plain"];
const COMPUTE_KINDS: readonly ComputeWhat[] = ["totals", "due-date", "penalties", "refund", "cancellation", "billing-units"];
const PROFILES: readonly CiiProfile[] = ["minimum", "basicwl", "basic", "en16931"];
/** Open to a load balancer's probe without a token: it tells nothing about documents. */
const PUBLIC_ROUTES = new Set(["/healthz"]);

/** As fastify parses it: a parameter given twice is an array. */
type Query = Record<string, string | string[] | undefined>;

declare module "fastify" {
  interface FastifyRequest {
    locale: Locale;
    startedAt: bigint;
  }
}

/** A parameter's one value; given twice it is refused rather than guessed. */
function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new HttpProblem(400, "BAD_QUERY", "BAD_REQUEST_TITLE", { id: "QUERY_TWICE", data: { name } });
  return value;
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[], fallback: T): T {
  const value = single(query, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new HttpProblem(400, "BAD_QUERY", "BAD_REQUEST_TITLE", { id: "BAD_QUERY", data: { name, detail: allowed.join(" | ") } });
  return value as T;
}

function flag(query: Query, name: string): boolean {
  return oneOf(query, name, ["true", "false"], "false") === "true";
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

export function buildService(options: ServeOptions): Service {
  const metrics = new Metrics();
  const queue = new WorkQueue(options.concurrency, options.queue);
  // A hung print is given up within the request's time (unless set apart), so that its slot is not held past the answer for long.
  const printTimeout = options.env.CLAUSIER_PRINT_TIMEOUT_MS ? {} : { printMs: options.timeoutMs };
  const printers = new PrinterPool(options.env, () => metrics.browserRestarts++, printTimeout);
  const expected = options.token === undefined ? undefined : digest(options.token);
  let closing = false;
  // The user's legal data (clausier.config legalData) judges every request, as the CLI's.
  applyUserLegalData(options.root, "fr", { root: options.root });
  // The gate's parsed project files and per-document findings, by content (src/lint/gate-cache.ts):
  // the legal data is fixed for the service's life, so its version keys every entry once.
  const gate = options.gateCache === false ? undefined : new GateCache(JSON.stringify([VERSION, currentDataVersion()]), options.gateCache ?? DEFAULT_GATE_CACHE_LIMITS);

  const app = Fastify({ bodyLimit: options.maxBody, genReqId: () => randomUUID(), logger: false, return503OnClosing: false });
  // The body stays text: diagnostics point into it by line and column, as into a file.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...DOCUMENT_TYPES, ...TEXT_TYPES], { parseAs: "string" }, (_request, body, done) => done(null, body));

  app.addHook("onRequest", async (request, reply) => {
    request.startedAt = process.hrtime.bigint();
    request.locale = localeOf(request.headers["accept-language"]);
    reply.header("x-request-id", request.id);
    if (closing) throw new HttpProblem(503, "SHUTTING_DOWN", "SHUTTING_DOWN_TITLE", { id: "SHUTTING_DOWN" });
    if (expected && !PUBLIC_ROUTES.has(request.url.split("?")[0]!)) {
      // The preview page's frame and event stream cannot send a header: its cookie (or ?token= on the page) stands for it.
      const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? (options.preview ? previewToken(request) : undefined);
      // Digests have one length: the comparison takes the same time whatever the token sent.
      if (given === undefined || !timingSafeEqual(digest(given), expected))
        throw new HttpProblem(401, "UNAUTHORIZED", "UNAUTHORIZED_TITLE", { id: "UNAUTHORIZED" }, { headers: { "www-authenticate": 'Bearer realm="clausier"' } });
    }
  });

  // Keep-alive connections end with the response that finishes during shutdown: a client holding one idle would delay the exit.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  app.addHook("onResponse", async (request, reply) => {
    const seconds = Number(process.hrtime.bigint() - request.startedAt) / 1e9;
    metrics.observe(request.routeOptions.url ?? "unmatched", request.method, reply.statusCode, seconds);
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const problem = error instanceof HttpProblem ? error : frameworkProblem(error, options, request);
    // A bug: its stack for the operator's log, only a reference for the caller.
    if (problem.code === "INTERNAL") process.stderr.write(`clausier serve: ${request.id}: ${error.stack ?? error.message}\n`);
    for (const [name, value] of Object.entries(problem.extra.headers ?? {})) reply.header(name, value);
    return reply
      .code(problem.status)
      .type(PROBLEM_TYPE)
      .send(problem.body(request.locale ?? "fr", `urn:uuid:${request.id}`));
  });

  app.setNotFoundHandler(async (request) => {
    throw new HttpProblem(404, "NOT_FOUND", "NOT_FOUND_TITLE", { id: "NOT_FOUND", data: { method: request.method, url: request.url.split("?")[0] } });
  });

  /** Runs a work route's task in the queue, bounded by the request's time. */
  async function work<T>(reply: FastifyReply, task: () => Promise<T>): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    let started = false;
    // A client gone before its turn (a load balancer's own timeout) frees its place in the queue.
    const gone = () => {
      if (!reply.raw.writableFinished && !started) {
        metrics.abandoned++;
        timeout.abort();
      }
    };
    reply.raw.once("close", gone);
    try {
      const done = queue.run(async () => {
        started = true;
        return task();
      }, timeout.signal);
      const expired = new Promise<never>((_, reject) => timeout.signal.addEventListener("abort", () => reject(new QueueAbortedError()), { once: true }));
      return await Promise.race([done, expired]);
    } catch (error) {
      if (error instanceof QueueFullError) {
        throw new HttpProblem(429, "QUEUE_FULL", "QUEUE_FULL_TITLE", { id: "QUEUE_FULL", data: { running: queue.running, queued: queue.queued, seconds: 1 } }, { headers: { "retry-after": "1" } });
      }
      if (error instanceof QueueAbortedError) {
        // Still waiting: the task never ran, another instance may serve it; started: it took too long here.
        if (!started) throw new HttpProblem(503, "QUEUE_TIMEOUT", "QUEUE_TIMEOUT_TITLE", { id: "QUEUE_TIMEOUT", data: { ms: options.timeoutMs } }, { headers: { "retry-after": "1" } });
        throw new HttpProblem(504, "TIMEOUT", "TIMEOUT_TITLE", { id: "TIMEOUT", data: { ms: options.timeoutMs } });
      }
      throw error;
    } finally {
      clearTimeout(timer);
      reply.raw.off("close", gone);
    }
  }

  function sent(request: FastifyRequest, model: boolean): Sent {
    const query = request.query as Query;
    const text = typeof request.body === "string" ? request.body : "";
    if (!text.trim()) throw new HttpProblem(400, "EMPTY_BODY", "BAD_REQUEST_TITLE", { id: "EMPTY_BODY" });
    const contentType = request.headers["content-type"] ?? "";
    if (model && TEXT_TYPES.some((t) => contentType.startsWith(t)))
      throw new HttpProblem(415, "UNSUPPORTED_MEDIA_TYPE", "MEDIA_TYPE_TITLE", { id: "MEDIA_TYPE", data: { type: contentType, accepted: DOCUMENT_TYPES.join(", ") } });
    return { root: options.root, abs: sentPath(options.root, single(query, "filename"), contentType, model), text, locale: request.locale };
  }

  app.post("/render", async (request, reply) => {
    const query = request.query as Query;
    const to = oneOf<Target>(query, "to", ["pdf", "html", "facturx"], "pdf");
    const profile = oneOf(query, "profile", PROFILES, "en16931");
    const force = flag(query, "force");
    const body = sent(request, true);
    const rendered = await work(reply, () => renderSent(body, { to, force, profile, gate }, (use) => printers.with(use)));
    reply.header("content-disposition", `inline; filename="${rendered.name}"`);
    if (rendered.draft) reply.header("x-clausier-draft", "true");
    return reply.type(rendered.contentType).send(typeof rendered.body === "string" ? rendered.body : Buffer.from(rendered.body));
  });

  app.post("/lint", async (request, reply) => {
    const format = oneOf(request.query as Query, "format", ["json", "sarif"], "json");
    const body = sent(request, false);
    const { text, contentType } = await work(reply, async () => lintSent(body, format));
    return reply.type(contentType).send(text);
  });

  app.post<{ Params: { kind: string } }>("/compute/:kind", async (request, reply) => {
    const query = request.query as Query;
    const what = oneOf<ComputeWhat>({ kind: request.params.kind }, "kind", COMPUTE_KINDS, "totals");
    const computation: ComputeRequest = {
      what,
      paidOn: single(query, "paid-on"),
      on: single(query, "on"),
      start: single(query, "start"),
      policy: single(query, "policy"),
      endOfMonth: query["end-of-month"] === undefined ? undefined : oneOf<"days-then-eom" | "eom-then-days">(query, "end-of-month", ["days-then-eom", "eom-then-days"], "days-then-eom"),
      rate: single(query, "rate"),
      hours: single(query, "hours"),
      km: single(query, "km"),
      zone: single(query, "zone"),
    };
    const body = sent(request, true);
    const result = await work(reply, async () => computeSent(body, computation));
    return reply.type("application/json").send(JSON.stringify(result, null, 2));
  });

  app.get("/healthz", async () => ({ status: "ok", version: VERSION, running: queue.running, queued: queue.queued }));

  app.get("/metrics", async (_request, reply) => reply.type(METRICS_CONTENT_TYPE).send(metrics.text({ queued: queue.queued, running: queue.running, gateCache: gate ?? { hits: 0, misses: 0 } })));

  app.get("/openapi.json", async () => openapiDocument(VERSION));

  if (options.preview) registerPreview(app, { root: options.root, locale: options.preview.locale, work });

  const shutdown = async () => {
    closing = true;
    // Stops listening, answers requests already read, then closes idle connections; the renders in flight finish.
    await app.close();
    await queue.idle();
    await printers.close();
  };

  return { app, queue, metrics, printers, shutdown };
}

/** fastify's own refusals (body too large, content type, malformed request) as problems; anything else is ours: 500. */
function frameworkProblem(error: Error & { statusCode?: number; code?: string }, options: ServeOptions, request: FastifyRequest): HttpProblem {
  if (error.statusCode === 413) return new HttpProblem(413, "BODY_TOO_LARGE", "BODY_TOO_LARGE_TITLE", { id: "BODY_TOO_LARGE", data: { bytes: options.maxBody } });
  if (error.statusCode === 415)
    return new HttpProblem(415, "UNSUPPORTED_MEDIA_TYPE", "MEDIA_TYPE_TITLE", {
      id: "MEDIA_TYPE",
      data: { type: request.headers["content-type"] || "—", accepted: [...DOCUMENT_TYPES, ...TEXT_TYPES].join(", ") },
    });
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return new HttpProblem(error.statusCode, "BAD_REQUEST", "BAD_REQUEST_TITLE", () => error.message);
  return new HttpProblem(500, "INTERNAL", "INTERNAL_TITLE", { id: "INTERNAL", data: { id: request.id } });
}
