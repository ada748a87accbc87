// Lint throughput: the bundled terms and fixtures (facts mode) and the seed documents (prose mode),
// linted in-process with every rule, N times. Run after `npm run build`:
//   node bench/lint.mjs [iterations]
import { existsSync, readdirSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { allRules } from "../dist/lint/rules/index.js";
import { lintPaths } from "../dist/lint/run.js";

const root = new URL("..", import.meta.url).pathname;
const iterations = Number(process.argv[2] ?? 20);
const options = { asOf: "2026-11-23", locale: "fr", exclude: [join(root, "fixtures/invalid")] };

function measure(label, paths, extra = {}) {
  lintPaths(paths, root, allRules, { ...options, ...extra }); // warm-up: JIT, schema compilation
  let files = 0;
  let findings = 0;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const { results } = lintPaths(paths, root, allRules, { ...options, ...extra });
    files += results.length;
    findings += results.reduce((n, r) => n + r.messages.length, 0);
  }
  const ms = performance.now() - start;
  console.log(`${label.padEnd(34)} ${(files / iterations).toFixed(0).padStart(4)} files  ${(ms / iterations).toFixed(1).padStart(8)} ms/run  ${((files * 1000) / ms).toFixed(0).padStart(6)} files/s  ${(findings / iterations).toFixed(0)} findings`);
}

console.log(`Clausier lint benchmark — ${allRules.length} rules, ${iterations} runs, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
measure("facts: terms/ + fixtures/", ["terms", "fixtures"]);
const seeds = join(root, "../shared/seeds");
if (existsSync(seeds)) {
  const files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((f) => join(seeds, f));
  measure("prose: ../shared/seeds/*.txt", files, { defaults: { audience: "b2b" } });
}
