// `clausier enqueue FILES..`: one render job per document, its references read from disk into the
// job (jobs.ts), its id the hash of that content: the same document enqueued twice is one job. Prints
// each job's id; --wait waits for them (QueueEvents) and writes outputs the workers returned to --out.
import { join, resolve } from "node:path";
import { Queue, QueueEvents, type Job } from "bullmq";
import { projectFiles } from "../api/project.js";
import { EXIT, type Io } from "../cli/io.js";
import { formatDiagnosticsText } from "../cli/text-output.js";
import { writeFileAtomic } from "../cli/write-file.js";
import type { CiiProfile } from "../einvoice/index.js";
import { UsageError, type FilePolicyOptions } from "../model/index.js";
import { checkTarget, connect, type QueueTarget } from "./connection.js";
import { bundleOf, JOB_NAME, jobIdOf, type RenderJobData, type RenderJobResult, type Target } from "./jobs.js";
import { queueMessage } from "./messages.js";
import { checkPositive, readFailure } from "./worker.js";

export interface EnqueueArgs extends QueueTarget {
  paths: string[];
  to: Target;
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
  checkTarget(args, locale);
  const files = projectFiles(io.cwd, locale, args.files, args.paths);
  let refused = 0;
  const jobs: Array<{ file: string; data: RenderJobData }> = [];
  for (const path of args.paths) {
    const outcome = bundleOf(path, { cwd: io.cwd, files, locale, to: args.to, force: args.force, profile: args.profile });
    if (outcome.ok) {
      jobs.push({ file: path, data: outcome.data });
      continue;
    }
    refused++;
    io.stderr(`clausier: ${outcome.message}\n`);
    if (outcome.diagnostics?.length) io.stderr(`${formatDiagnosticsText(outcome.diagnostics, false).trimEnd()}\n`);
  }
  if (!jobs.length) return refused ? EXIT.FINDINGS : EXIT.OK;
  const connection = await connect(args, locale);
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
    await Promise.all([connection.quit(), eventsConnection?.quit()]);
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
