// A slot: one worker thread and its private copy of terms/ + fixtures/. It runs a case command by
// command under a per-command watchdog; a hang, an out-of-memory or an uncaught error ends the
// worker, and the slot starts (and warms up) a fresh one for the next case.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

export const HANG_MS = 5000;
/** The worker's V8 old generation: a case that needs more is a "memory" finding. */
export const MEMORY_LIMIT_MB = 500;

const WORKER_URL = new URL("./worker.mjs", import.meta.url);
export const MAIN_URL = new URL("../../dist/cli/main.js", import.meta.url).href;

export class Slot {
  constructor(repoRoot, options = {}) {
    this.hangMs = options.hangMs ?? HANG_MS;
    this.dir = mkdtempSync(join(tmpdir(), "clausier-fuzz-"));
    this.root = join(this.dir, "tree");
    this.outDir = join(this.dir, "out");
    mkdirSync(this.outDir);
    for (const top of ["terms", "fixtures"])
      cpSync(join(repoRoot, top), join(this.root, top), { recursive: true, filter: (src) => !src.startsWith(join(repoRoot, "fixtures", "invalid")) });
    this.worker = undefined;
    this.nextId = 0;
    this.warmUp = options.warmUp;
  }

  async start() {
    const worker = new Worker(WORKER_URL, {
      workerData: { root: this.root, outDir: this.outDir, mainUrl: MAIN_URL },
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
      stdout: true,
      stderr: true,
    });
    // Anything the CLI prints around its injected io must not garble the fuzzer's own output.
    worker.stdout.resume();
    worker.stderr.resume();
    await new Promise((resolve, reject) => {
      worker.once("message", (m) => (m.type === "ready" ? resolve() : reject(new Error(`worker: ${JSON.stringify(m)}`))));
      worker.once("error", reject);
    });
    this.worker = worker;
    // The first run of a worker loads modules and compiles schemas: not to be timed as a case.
    if (this.warmUp) await this.run(this.warmUp, { untimed: true });
  }

  /**
   * Runs `{ file, content, original, commands }`. Resolves to { results, failure } where failure,
   * when set, is { kind: "hang" | "memory" | "crash", index, message } for the command that ended the worker.
   */
  async run(job, { untimed = false } = {}) {
    if (!this.worker) await this.start();
    const worker = this.worker;
    const id = this.nextId++;
    const results = [];
    return new Promise((resolve) => {
      let timer;
      let current = -1;
      let finished = false;
      const finish = async (failure) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (failure) {
          this.worker = undefined;
          await worker.terminate();
          // The worker died before putting the original back.
          if (job.original) writeFileSync(join(this.root, job.file), job.original);
          else rmSync(join(this.root, job.file), { force: true });
          rmSync(this.outDir, { recursive: true, force: true });
          mkdirSync(this.outDir);
        }
        resolve({ results, failure });
      };
      const arm = () => {
        clearTimeout(timer);
        if (!untimed) timer = setTimeout(() => finish({ kind: "hang", index: current, message: `no result after ${this.hangMs} ms` }), this.hangMs);
      };
      const onMessage = (m) => {
        if (m.id !== id) return;
        if (m.type === "begin") {
          current = m.i;
          arm();
        } else if (m.type === "end") {
          clearTimeout(timer);
          results[m.i] = m.result;
        } else if (m.type === "done") finish(undefined);
      };
      const onError = (error) =>
        finish(
          error?.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { kind: "memory", index: current, message: `over ${MEMORY_LIMIT_MB} MB of heap (${error.message})` }
            : { kind: "crash", index: current, message: `uncaught in worker: ${error?.message ?? error}` },
        );
      const onExit = (code) => finish({ kind: "crash", index: current, message: `worker exited (${code})` });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, ...job });
    });
  }

  async close() {
    await this.worker?.terminate();
    this.worker = undefined;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
