// Linting a large set of files on several threads (--concurrency): the files are split by folder
// (a seller's documents usually share one), one part is linted in this thread while worker
// threads lint the others, and the results are merged in the sequential run's order. The API stays
// synchronous: this thread waits on shared memory and reads the workers' answers from their ports.
// Cross-document rules must see a seller's whole group: when a group, a file's findings or a file
// read turn up in two parts, the split was wrong and the caller lints everything in one thread, so
// the findings are always those of the sequential run.
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { DocumentReads } from "./cache.js";
import type { LintResult } from "./types.js";

/** Below this many files, threads cost more to start than they save (each loads the modules again). */
export const PARALLEL_THRESHOLD = 200;
const MAX_THREADS = 8;

/** What one part's lint returns: findings, and what each document read (the cache's entries). */
export interface PartRun {
  results: LintResult[];
  documents: DocumentReads[];
}

/** A worker's job: the Linter's options (without functions) and its files. */
export interface WorkerJob {
  linterOptions: Record<string, unknown>;
  files: string[];
  exclude?: string[];
}

export type WorkerAnswer = { ok: true; run: PartRun } | { ok: false; message: string };

/** The threads to use for `files` files: `requested` (a number), or with "auto" one per core above the threshold. */
export function threadsFor(requested: number | "auto", files: number): number {
  if (requested !== "auto") return Math.max(1, Math.min(requested, files));
  return files < PARALLEL_THRESHOLD ? 1 : Math.min(availableParallelism(), MAX_THREADS, Math.ceil(files / (PARALLEL_THRESHOLD / 2)));
}

/** Files split into at most `parts` parts of whole folders, as even as can be (largest folders first). */
export function splitByFolder(files: string[], parts: number): string[][] {
  const folders = new Map<string, string[]>();
  for (const f of files) {
    const dir = dirname(f);
    const list = folders.get(dir);
    if (list) list.push(f);
    else folders.set(dir, [f]);
  }
  const out: string[][] = Array.from({ length: parts }, () => []);
  const ordered = [...folders.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  for (const group of ordered) out.reduce((min, part) => (part.length < min.length ? part : min)).push(...group);
  // Each part in the files' order, as the sequential run reads them.
  const position = new Map(files.map((f, i) => [f, i]));
  return out.filter((p) => p.length).map((p) => p.sort((a, b) => position.get(a)! - position.get(b)!));
}

/**
 * Lints `files` split in parts, the first in this thread (`lintHere`), the others in workers.
 * Undefined when fewer than two parts, or when the split cut a group: the caller lints in one thread.
 */
export function lintInParts(files: string[], threads: number, job: Omit<WorkerJob, "files">, lintHere: (files: string[]) => PartRun): PartRun | undefined {
  const parts = splitByFolder(files, threads);
  if (parts.length < 2) return undefined;
  const done = new Int32Array(new SharedArrayBuffer(4 * parts.length));
  const workers = parts.slice(1).map((part, i) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL("./lint-worker.js", import.meta.url), {
      workerData: { job: { ...job, files: part }, port: port2, done, index: i + 1 },
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  try {
    const runs = [lintHere(parts[0]!), ...workers.map(({ port }, i) => answerOf(port, done, i + 1))];
    if (!consistent(parts, runs)) return undefined;
    // In the sequential run's order: results by path, documents by file (the cache writes them so).
    const position = new Map(files.map((f, i) => [f, i]));
    return {
      results: runs.flatMap((r) => r.results).sort((a, b) => a.filePath.localeCompare(b.filePath)),
      documents: runs.flatMap((r) => r.documents).sort((a, b) => (position.get(a.absPath) ?? 0) - (position.get(b.absPath) ?? 0)),
    };
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
}

function answerOf(port: MessagePort, done: Int32Array, index: number): PartRun {
  while (Atomics.load(done, index) === 0) Atomics.wait(done, index, 0);
  const answer = receiveMessageOnPort(port)?.message as WorkerAnswer | undefined;
  if (!answer?.ok) throw new Error(`lint worker: ${answer?.message ?? "no answer"}`);
  return answer.run;
}

/** Whether every group, every file with findings and every file read belongs to one part only. */
function consistent(parts: string[][], runs: PartRun[]): boolean {
  const partOfFile = new Map<string, number>();
  parts.forEach((files, i) => files.forEach((f) => partOfFile.set(f, i)));
  const partOfGroup = new Map<string, number>();
  const partOfResult = new Map<string, number>();
  for (const [i, run] of runs.entries()) {
    for (const doc of run.documents) {
      if ((partOfGroup.get(doc.group) ?? i) !== i) return false;
      partOfGroup.set(doc.group, i);
      if (doc.reads.some((abs) => (partOfFile.get(abs) ?? i) !== i)) return false;
    }
    for (const r of run.results) {
      if ((partOfResult.get(r.filePath) ?? i) !== i) return false;
      partOfResult.set(r.filePath, i);
    }
  }
  return true;
}
