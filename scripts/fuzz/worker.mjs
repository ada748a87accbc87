// One fuzzing worker: owns a private copy of terms/ + fixtures/, writes the mutated file into it,
// runs the CLI in-process on it command by command, then puts the original back. The parent times
// each command and terminates this thread on a hang (a synchronous loop cannot be interrupted).
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";

const { root, outDir, mainUrl } = workerData;
const { main } = await import(mainUrl);

/** Output kept per command: enough to classify and to show, not a copy of a 1 MiB echo. */
const MAX_OUTPUT = 64 * 1024;

async function runCommand(argv) {
  let stdout = "";
  let stderr = "";
  const io = {
    cwd: root,
    stdout: (t) => void (stdout.length < MAX_OUTPUT && (stdout += t)),
    stderr: (t) => void (stderr.length < MAX_OUTPUT && (stderr += t)),
    color: false,
    env: { NO_COLOR: "1" },
  };
  const start = performance.now();
  let code = null;
  let threw = null;
  try {
    code = await main(argv.map((a) => (a === "{out}" ? outDir : a)), io);
  } catch (error) {
    threw = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  }
  const ms = performance.now() - start;
  for (const f of readdirSync(outDir)) rmSync(join(outDir, f), { recursive: true, force: true });
  return { code, stdout: stdout.slice(0, MAX_OUTPUT), stderr: stderr.slice(0, MAX_OUTPUT), threw, ms, heapMb: getHeapStatistics().used_heap_size / 2 ** 20, rssMb: process.memoryUsage.rss() / 2 ** 20 };
}

parentPort.on("message", async ({ id, file, content, original, commands }) => {
  const abs = join(root, file);
  try {
    writeFileSync(abs, content);
    for (let i = 0; i < commands.length; i++) {
      parentPort.postMessage({ type: "begin", id, i });
      parentPort.postMessage({ type: "end", id, i, result: await runCommand(commands[i]) });
    }
  } finally {
    if (original) writeFileSync(abs, original);
    else rmSync(abs, { force: true });
  }
  parentPort.postMessage({ type: "done", id });
});
parentPort.postMessage({ type: "ready" });
