// `clausier enqueue PATHS..`: one render job per document (files, folders and globs, refused as
// render refuses them: invalid, or lint errors unless --force), its references read from disk into
// the job (jobs.ts), its id the hash of that content: the same document enqueued twice is one job.
// Prints each job's id; --wait waits for them (QueueEvents) and writes returned outputs to --out.
import { join, resolve } from "node:path";
import { Queue, QueueEvents, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { projectFiles } from "../api/project.js";
import { EXIT, type Io } from "../cli/io.js";
import { refusalText } from "../cli/text-output.js";
import { writeFileAtomic } from "../api/write-file.js";
import type { CiiProfile } from "../einvoice/index.js";
import { Linter } from "../lint/linter.js";
import { UsageError, type FilePolicy, type FilePolicyOptions } from "../model/index.js";
import { planBatch } from "../render/batch.js";
import { connect, type QueueTarget } from "./connection.js";
import { bundleOf, JOB_NAME, jobIdOf, type RenderJobData, type RenderJobResult, type Target } from "./jobs.js";
import { queueMessage } from "./messages.js";
import { checkPositive, readFailure } from "./worker.js";

export interface EnqueueArgs extends QueueTarget {
  paths: string[];
  to: Target;
  /** Enqueue documents with lint errors too, printed as drafts. */
  force: boolean;
  profile?: CiiProfile;
  /** Tries per job (a browser crash, a worker's disk); a document's own errors are never retried. */
  attempts: number;
  /** ms before the first retry, doubled at each next one. */
  backoff: number;
  wait: boolean;
  out?: string;
  files?: FilePolicyOptions;
}

/** Completed jobs kept this long (seconds): enqueuing the same document again meanwhile returns the same job. */
const KEEP_COMPLETED_S = 24 * 3600;
const KEEP_FAILED_S = 7 * 24 * 3600;

export async function runEnqueue(args: EnqueueArgs, io: Io): Promise<number> {
  const { locale } = io;
  checkPositive(locale, "attempts", args.attempts, 1);
  checkPositive(locale, "backoff", args.backoff, 0);
  if (!args.paths.length) throw new UsageError(queueMessage(locale, "NO_FILES"));
  const files = projectFiles(io.cwd, locale, args.files, args.paths);
  // Redis first: an address that does not answer is told before the documents are linted.
  const connection = await connect(args, locale);
  try {
    return await enqueueWith(connection, files, args, io);
  } finally {
    await connection.quit();
  }
}

async function enqueueWith(connection: Redis, files: FilePolicy, args: EnqueueArgs, io: Io): Promise<number> {
  const { locale } = io;
  // The gate of `clausier render`, on the whole project: its documents beside each one as context,
  // so that rules across documents (an invoice series, credit notes against their invoice) judge the
  // document as render would; a worker only has the document's own files.
  const plan = planBatch({
    cwd: io.cwd,
    roots: args.paths,
    exclude: [join(io.cwd, "fixtures", "invalid")], // as render: the project's examples of broken files
    files,
    bind: false,
    force: args.force,
    locale,
    lintErrors: (documents) => new Linter({ cwd: io.cwd, files, locale }).errorsFor(documents),
  });
  for (const w of plan.warnings) io.stderr(`⚠ ${w}\n`);
  for (const f of plan.failures) io.stderr(refusalText(f, Boolean(io.env.CLAUSIER_DEBUG)));
  let refused = plan.failures.length;
  const jobs: Array<{ file: string; data: RenderJobData }> = [];
  for (const doc of plan.documents) {
    if (args.to === "facturx" && doc.kind !== "invoice" && doc.kind !== "credit-note") {
      refused++;
      io.stderr(refusalText({ message: queueMessage(locale, "NOT_FACTURX", { file: doc.path, kind: doc.kind }) }, false));
      continue;
    }
    const outcome = bundleOf(doc, plan.workspace, { files, locale, to: args.to, draft: plan.forced.has(doc), profile: args.profile });
    if (outcome.ok) jobs.push({ file: doc.path, data: outcome.data });
    else {
      refused++;
      io.stderr(refusalText(outcome, false));
    }
  }
  if (!jobs.length) return refused ? EXIT.FINDINGS : EXIT.OK;
  const queue = new Queue<RenderJobData, RenderJobResult>(args.queue, { connection, prefix: args.prefix });
  // Listening before adding: a job finished at once is not missed.
  // QueueEvents blocks on its own connection; BullMQ does not close connections it was given.
  const eventsConnection = args.wait ? connection.duplicate() : undefined;
  const events = eventsConnection ? new QueueEvents(args.queue, { connection: eventsConnection, prefix: args.prefix }) : undefined;
  try {
    await events?.waitUntilReady();
    const added: Array<{ file: string; job: Job<RenderJobData, RenderJobResult> }> = [];
    for (const { file, data } of jobs) {
      const id = jobIdOf(data);
      const existing = await queue.getJob(id);
      if (existing) {
        io.stderr(`${queueMessage(locale, "ALREADY_QUEUED", { file, id })}\n`);
        // A job that failed for good is tried again: the worker or the browser may have been at fault.
        if ((await existing.getState()) === "failed") await existing.retry("failed");
      }
      const job =
        existing ??
        (await queue.add(JOB_NAME, data, {
          jobId: id,
          attempts: args.attempts,
          backoff: { type: "exponential", delay: args.backoff },
          removeOnComplete: { age: KEEP_COMPLETED_S },
          removeOnFail: { age: KEEP_FAILED_S },
        }));
      io.stdout(`${queueMessage(locale, "ENQUEUED", { id: job.id, file })}\n`);
      added.push({ file, job });
    }
    if (!events) return refused ? EXIT.FINDINGS : EXIT.OK;
    let failed = 0;
    for (const { file, job } of added) {
      try {
        const result = await job.waitUntilFinished(events);
        io.stderr(`${queueMessage(locale, "JOB_DONE", { file, where: delivered(result, args.out, io) })}\n`);
      } catch (error) {
        failed++;
        const failure = readFailure((error as Error).message);
        io.stderr(`clausier: ${queueMessage(locale, "JOB_FAILED", { file, id: job.id, reason: failure.message })}\n`);
        for (const e of failure.errors ?? []) io.stderr(`  ${e.file}:${e.line}:${e.column}  ${e.code}  ${e.message}\n`);
      }
    }
    io.stderr(`${queueMessage(locale, "WAIT_SUMMARY", { done: added.length - failed, failed })}\n`);
    return failed || refused ? EXIT.FINDINGS : EXIT.OK;
  } finally {
    await events?.close();
    await queue.close();
    await eventsConnection?.quit();
  }
}

/** Where the output is: the worker's file, or the returned content written to --out. */
function delivered(result: RenderJobResult, out: string | undefined, io: Io): string {
  if (result.content !== undefined && out) {
    const target = join(resolve(io.cwd, out), result.name);
    writeFileAtomic(target, Buffer.from(result.content, "base64"), io.locale);
    return target;
  }
  return result.file ?? queueMessage(io.locale, "JOB_RETURNED");
}
