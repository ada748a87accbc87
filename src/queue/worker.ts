// `clausier worker`: takes render jobs from a BullMQ queue and renders each with the renderer of
// `clausier render` and `serve` (one browser for the worker's pages), in a scratch folder made from
// the job's bundle; the lint gate ran at enqueue (jobs.ts). The output is written atomically into
// --out under a name made from the job id, or returned in the job's result. A document's own error
// (it does not load, cannot be printed) fails the job at once (UnrecoverableError); anything else
// (a browser that crashed twice, a disk) is retried with the job's backoff. A killed worker's job is taken over by another once
// its lock expires (--lock-duration), and written again under the same name: one file per job.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { EXIT, type Io } from "../cli/io.js";
import { ensureDir, writeFileAtomic } from "../api/write-file.js";
import { VERSION } from "../api/version.js";
import { FilePolicy, UsageError, Workspace, type LoadedDocument, type Locale } from "../model/index.js";
import { BrowserError, isRunning, leaveExitSignalsToCaller, MAX_PAGES, PdfPrinter, PrinterSetupError } from "../render/browser.js";
import { documentFailure } from "../render/failures.js";
import { DocumentRenderer, type RenderableDocument } from "../render/render.js";
import { diagnosticErrors, type ProblemError } from "../serve/problems.js";
import { connect, shownUrl, type QueueTarget } from "./connection.js";
import { materialize, MAX_RETURNED_BYTES, outputNameOf, readJobData, type RenderJobData, type RenderJobResult } from "./jobs.js";
import { queueMessage } from "./messages.js";

const RENDERABLE = new Set<LoadedDocument["kind"]>(["terms", "invoice", "quote", "refund", "credit-note"]);

export interface WorkerArgs extends QueueTarget {
  out?: string;
  concurrency: number;
  /** ms a job stays held by a worker that stopped renewing its lock (killed) before another takes it. */
  lockDuration: number;
  /** ms between checks for such jobs. */
  stalledInterval: number;
}

/** Why a job failed, as its failedReason: JSON, so that enqueue (or any client) reads the code and the errors as data. */
export interface JobFailure {
  code: string;
  message: string;
  errors?: ProblemError[];
}

export function failureText(failure: JobFailure): string {
  return JSON.stringify(failure);
}

/** A failedReason read back: ours is JSON, anything else (BullMQ's own, "job stalled more than allowable limit") is its text. */
export function readFailure(reason: string | undefined): JobFailure {
  try {
    const parsed = JSON.parse(reason ?? "") as JobFailure;
    if (parsed && typeof parsed.code === "string" && typeof parsed.message === "string") return parsed;
  } catch {
    // not ours
  }
  return { code: "FAILED", message: reason ?? "" };
}

export function checkPositive(locale: Locale, name: string, value: number | undefined, min: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) throw new UsageError(queueMessage(locale, "BAD_OPTION", { name, value, expected: `≥ ${min}` }));
}

export async function runWorker(args: WorkerArgs, io: Io): Promise<number> {
  const { locale } = io;
  checkPositive(locale, "concurrency", args.concurrency, 1);
  checkPositive(locale, "lock-duration", args.lockDuration, 1000);
  checkPositive(locale, "stalled-interval", args.stalledInterval, 500);
  const out = args.out === undefined ? undefined : resolve(io.cwd, args.out);
  if (out) ensureDir(out, locale);
  const connection = await connect(args, locale);
  let printer: PdfPrinter;
  try {
    // One browser for the worker, a page per job worked on at once.
    printer = await PdfPrinter.start(io.env, {}, Math.min(args.concurrency, MAX_PAGES));
  } catch (error) {
    connection.disconnect();
    if (error instanceof BrowserError || error instanceof PrinterSetupError) throw new UsageError(error.describe(locale));
    throw error;
  }
  leaveExitSignalsToCaller();
  removeStaleScratch();
  const scratch = mkdtempSync(join(tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`));
  const processJob = (job: Job<RenderJobData, RenderJobResult>) => renderJob(job, { scratch, out, locale, printer });
  const worker = new Worker<RenderJobData, RenderJobResult>(args.queue, processJob, {
    connection,
    prefix: args.prefix,
    concurrency: args.concurrency,
    lockDuration: args.lockDuration,
    stalledInterval: args.stalledInterval,
  });
  const log = (line: string) => io.stderr(`${line}\n`);
  worker.on("active", (job) => log(queueMessage(locale, "WORKER_ACTIVE", { id: job.id, file: (job.data as Partial<RenderJobData>).entry ?? "?" })));
  worker.on("completed", (job, result) => log(queueMessage(locale, "WORKER_COMPLETED", { id: job.id, where: result.file ?? queueMessage(locale, "JOB_RETURNED") })));
  worker.on("failed", (job, error) => log(queueMessage(locale, "WORKER_FAILED", { id: job?.id, attempt: job?.attemptsMade, reason: readFailure(error.message).message })));
  worker.on("error", (error) => log(`clausier worker: ${error.message}`));
  await worker.waitUntilReady();
  log(queueMessage(locale, "WORKER_READY", { queue: args.queue, url: shownUrl(args.url), concurrency: args.concurrency, out: out ?? queueMessage(locale, "OUT_RETURNED") }));
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      log(queueMessage(locale, "WORKER_STOPPING"));
      done();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  // close() takes no new job and waits for those running: they complete, and nothing is left held.
  await worker.close();
  await printer.close();
  rmSync(scratch, { recursive: true, force: true });
  await connection.quit();
  return EXIT.OK;
}

/** The worker's scratch folders: `clausier-worker-<pid>-…` in the system's temporary folder. */
const SCRATCH_PREFIX = "clausier-worker-";

/** Removes the scratch folders of workers killed before they could (SIGKILL): their pid no longer runs. */
function removeStaleScratch(folder: string = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(new RegExp(`^${SCRATCH_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      rmSync(join(folder, name), { recursive: true, force: true });
    } catch {
      // another user's folder: not ours to remove
    }
  }
}

interface WorkerContext {
  scratch: string;
  out: string | undefined;
  locale: Locale;
  printer: PdfPrinter;
}

async function renderJob(job: Job<RenderJobData, RenderJobResult>, context: WorkerContext): Promise<RenderJobResult> {
  const { locale } = context;
  const data = readJobData(job.data);
  if (typeof data === "string") throw new UnrecoverableError(failureText({ code: "BAD_JOB", message: queueMessage(locale, "BAD_JOB", { id: job.id, detail: data }) }));
  const dir = mkdtempSync(join(context.scratch, "job-"));
  try {
    materialize(data, dir);
    const entry = data.files[data.entry]!;
    const text = "text" in entry ? entry.text : Buffer.from(entry.base64, "base64").toString("utf8");
    let rendered;
    try {
      rendered = await renderDocument(dir, data, text, context);
    } catch (error) {
      throw jobError(error, data.entry, locale);
    }
    const name = outputNameOf(job.id ?? "job", rendered.name);
    const bytes = typeof rendered.body === "string" ? Buffer.from(rendered.body, "utf8") : Buffer.from(rendered.body);
    if (context.out) {
      const file = join(context.out, name);
      // Same name on every attempt: a job rendered twice (taken over, retried) replaces its own file whole.
      writeFileAtomic(file, bytes, locale);
      return { name, file, bytes: bytes.length, draft: rendered.draft };
    }
    if (bytes.length > MAX_RETURNED_BYTES)
      throw new UnrecoverableError(failureText({ code: "OUTPUT_TOO_LARGE", message: queueMessage(locale, "OUTPUT_TOO_LARGE", { name, bytes: bytes.length, max: MAX_RETURNED_BYTES }) }));
    return { name, content: bytes.toString("base64"), bytes: bytes.length, draft: rendered.draft };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A document's own problem: the job fails for good (no retry), its diagnostics as data. */
class DocumentProblem extends Error {
  constructor(readonly failure: JobFailure) {
    super(failure.message);
  }
}

/** The bundle's entry loaded from the scratch folder and printed as the job says (a draft or not). */
async function renderDocument(dir: string, data: RenderJobData, text: string, context: WorkerContext): Promise<{ body: string | Uint8Array; name: string; draft: boolean }> {
  const { locale } = context;
  const abs = join(dir, ...data.entry.split("/"));
  const workspace = new Workspace(dir, new Map([[abs, text]]), new FilePolicy(dir, { root: dir }), locale);
  const doc = workspace.load(abs);
  const file = data.entry;
  if (!doc) {
    const diagnostics = workspace.allDiagnostics();
    throw new DocumentProblem({ code: "INVALID_DOCUMENT", message: queueMessage(locale, "JOB_INVALID_DOCUMENT", { file, count: diagnostics.length }), errors: diagnosticErrors(diagnostics) });
  }
  if (!RENDERABLE.has(doc.kind)) throw new DocumentProblem({ code: "NOT_RENDERABLE", message: queueMessage(locale, "NOT_RENDERABLE", { file, kind: doc.kind }) });
  if (data.to === "facturx" && doc.kind !== "invoice" && doc.kind !== "credit-note") throw new DocumentProblem({ code: "NOT_FACTURX", message: queueMessage(locale, "NOT_FACTURX", { file, kind: doc.kind }) });
  const renderer = new DocumentRenderer(data.to === "html" ? undefined : context.printer, {
    html: data.to === "html",
    pdf: data.to !== "html",
    bind: false,
    attachSource: false,
    version: VERSION,
    facturx: data.to === "facturx" ? (data.profile ?? "en16931") : undefined,
  });
  const { outputs } = await renderer.render(doc as RenderableDocument, { draft: data.draft });
  const output = outputs[0]!;
  return { body: output.content, name: output.name, draft: data.draft };
}

/** The document's own problems fail the job for good; the browser's and the worker's are retried (BullMQ's attempts and backoff). */
function jobError(error: unknown, file: string, locale: Locale): Error {
  if (error instanceof DocumentProblem) return new UnrecoverableError(failureText(error.failure));
  const failure = documentFailure(file, error, locale);
  const text = failureText({ code: failure.code, message: failure.message });
  // A computation or legal data the document cannot have: the same on every worker.
  return failure.code === "REFUSED" || failure.code === "NO_LEGAL_DATA" ? new UnrecoverableError(text) : new Error(text);
}
