// A worker thread of a parallel lint (src/lint/parallel.ts): lints its part of the files with a
// Linter built from the same options, posts the findings and what each document read, then marks
// its slot in shared memory, which the waiting thread watches.
import { workerData, type MessagePort } from "node:worker_threads";
import type { LinterOptions } from "./linter.js";
import type { WorkerAnswer, WorkerJob } from "./parallel.js";

const { job, port, done, index } = workerData as { job: WorkerJob; port: MessagePort; done: Int32Array; index: number };
let answer: WorkerAnswer;
try {
  // Imported here, so that a module that fails to load is an answer too, never a wait without end.
  const { Linter } = await import("./linter.js");
  const linter = new Linter(job.linterOptions as unknown as LinterOptions);
  answer = { ok: true, run: linter.lintPart(job.files, { exclude: job.exclude }) };
} catch (error) {
  answer = { ok: false, message: (error as Error).message };
}
port.postMessage(answer);
Atomics.store(done, index, 1);
Atomics.notify(done, index);
