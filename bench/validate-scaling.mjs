// Validation must be linear in the number of keys and list items (issue #15): files of 5k to 100k
// unknown keys and of 60k and 240k invalid list items (all under the 1 MiB cap) are loaded with
// Workspace.load, one fresh workspace per file, after a warm-up that compiles the schemas.
// Prints each wall-clock time, its ratio to the 5k-key time and the CPU time (user + system, all
// threads: the GC's too); exits 1 if 100k keys take 2 s or more of wall-clock time.
// Run after `npm run build`:
//   node bench/validate-scaling.mjs
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Workspace } from "../dist/model/index.js";
import { MAX_FILE_BYTES } from "../dist/model/source-file.js";

const LIMIT_MS = 2000;

/** A terms file with `n` unknown root keys: `x0: 1`, `x1: 1`, … */
function keys(n) {
  let text = "kind: cgv\n";
  for (let i = 0; i < n; i++) text += `x${i.toString(36)}: 1\n`;
  return text;
}

/** A terms file whose clause list holds `n` numbers instead of clauses: n schema errors. */
function items(n) {
  return "kind: cgv\nclauses:\n" + "- 1\n".repeat(n);
}

const cases = [
  ["5,000 keys", keys(5_000)],
  ["20,000 keys", keys(20_000)],
  ["40,000 keys", keys(40_000)],
  ["100,000 keys", keys(100_000)],
  ["60,000 list items", items(60_000)],
  ["240,000 list items", items(240_000)],
];

const dir = mkdtempSync(join(tmpdir(), "clausier-bench-"));
try {
  const time = (file) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const ws = new Workspace(dir);
    ws.load(file);
    const ms = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    return { ms, cpuMs: (user + system) / 1000, diagnostics: ws.allDiagnostics().length };
  };
  const warm = join(dir, "warm.yaml");
  writeFileSync(warm, keys(100));
  time(warm); // schema compilation and JIT, once per process as in the CLI

  console.log(`Clausier validation scaling — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
  let base;
  let hundredK;
  for (const [label, text] of cases) {
    if (text.length > MAX_FILE_BYTES) throw new Error(`${label}: ${text.length} bytes, over the 1 MiB cap`);
    const file = join(dir, label.replace(/\W+/g, "-") + ".yaml");
    writeFileSync(file, text);
    const { ms, cpuMs, diagnostics } = time(file);
    base ??= ms;
    if (label === "100,000 keys") hundredK = ms;
    const kb = (text.length / 1024).toFixed(0);
    console.log(`${label.padEnd(20)} ${kb.padStart(5)} KB  ${ms.toFixed(0).padStart(6)} ms  ×${(ms / base).toFixed(1).padStart(5)}  (CPU ${cpuMs.toFixed(0)} ms)  ${diagnostics} diagnostics`);
  }
  if (hundredK >= LIMIT_MS) {
    console.error(`FAIL: 100,000 keys took ${hundredK.toFixed(0)} ms (limit ${LIMIT_MS} ms)`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
