// Lint speed from the shell (issue #14): each figure is a fresh `node bin/clausier.js` process, so
// it includes Node start-up, module loading and schema compilation, as CI and a pre-commit hook pay.
// Inputs are generated deterministically in a temporary folder from terms/altairis:
//   - "sellers": N sellers, each a seller file and a full CGV (2N files);
//   - "versions": N versions of one seller's CGV (N + 1 files: the cross-document rules' worst case).
// Beside each lint figure, the naive baseline of the same run: `clausier validate` of the same files
// (parsing + schema validation, no rules). Cached figures need `--cache` (skipped when absent); the
// one-thread figure `--concurrency` (the default, auto, uses threads from 200 files on).
// Run after `npm run build`:
//   node bench/lint-speed.mjs [--n 300] [--runs 5]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { n: { type: "string", default: "300" }, runs: { type: "string", default: "5" } } });
const n = Number(values.n);
const runs = Number(values.runs);
const repo = new URL("..", import.meta.url).pathname;
const bin = join(repo, "bin/clausier.js");
const AS_OF = "2026-11-23";

const seller = readFileSync(join(repo, "terms/altairis/seller.yaml"), "utf8");
const cgv = readFileSync(join(repo, "terms/altairis/cgv.yaml"), "utf8");
const pad = (i) => String(i).padStart(4, "0");

function generate(root) {
  const sellers = join(root, "sellers");
  for (let i = 0; i < n; i++) {
    const dir = join(sellers, `s${pad(i)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "seller.yaml"), seller.replace("id: altairis", `id: s${pad(i)}`).replace("legalName: Altairis", `legalName: Altairis ${i}`));
    writeFileSync(join(dir, "cgv.yaml"), cgv.replace("id: altairis-cgv", `id: s${pad(i)}-cgv`));
  }
  const versions = join(root, "versions");
  mkdirSync(versions, { recursive: true });
  writeFileSync(join(versions, "seller.yaml"), seller);
  for (let i = 0; i < n; i++) writeFileSync(join(versions, `cgv-${pad(i)}.yaml`), cgv.replace("id: altairis-cgv", `id: altairis-cgv-${pad(i)}`));
  return { sellers, versions };
}

/**
 * One fresh process: wall time (ms), CPU time (ms, user + system of every thread: what the work
 * costs, less sensitive than wall time to the shared machine's load), peak RSS (MB), from GNU time.
 */
function run(args, cwd) {
  const start = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const [rss, user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return { ms, cpu: (user + sys) * 1000, rss: rss / 1024, status: r.status, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median of `times` fresh runs (after one warm-up for the OS file cache). */
function measure(args, cwd, times = runs, before) {
  before?.();
  run(args, cwd);
  const all = [];
  for (let i = 0; i < times; i++) {
    before?.();
    all.push(run(args, cwd));
  }
  return { ms: median(all.map((r) => r.ms)), cpu: median(all.map((r) => r.cpu)), rss: Math.max(...all.map((r) => r.rss)) };
}

const root = mkdtempSync(join(tmpdir(), "clausier-bench-lint-"));
try {
  const sets = generate(root);
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
  const help = spawnSync(process.execPath, [bin, "lint", "--help"], { encoding: "utf8" }).stdout;
  const hasCache = help.includes("--cache");
  const hasConcurrency = help.includes("--concurrency");
  console.log(`Clausier lint speed — commit ${commit}, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(1)}`);
  console.log(`N = ${n}, median of ${runs} fresh processes; baseline = clausier validate of the same files (parse + schemas, no rules)\n`);

  const row = (label, value, unit, base, extra = "") => console.log(`${label.padEnd(44)} ${value.toFixed(unit === "ms" ? 0 : 1).padStart(8)} ${unit.padEnd(8)} ${base ?? ""} ${extra}`);
  const cpuOf = (m, files) => (files ? `cpu ${(m.cpu / 1000).toFixed(2)} s = ${((files * 1000) / m.cpu).toFixed(1)} files/cpu-s` : `cpu ${m.cpu.toFixed(0)} ms`);
  console.log("Cold start");
  const node = measure(["-e", "0"], root);
  row("node -e 0 (baseline)", node.ms, "ms", "", `${node.rss.toFixed(0)} MB  ${cpuOf(node)}`);
  for (const args of [["--version"], ["--help"], ["lint", join(sets.sellers, "s0000/cgv.yaml"), "--as-of", AS_OF]]) {
    const m = measure([bin, ...args], root);
    row(`clausier ${args[0]}${args[0] === "lint" ? " (one CGV + its seller)" : ""}`, m.ms, "ms", `×${(m.ms / node.ms).toFixed(1)} node`, `${m.rss.toFixed(0)} MB  ${cpuOf(m)}`);
  }

  for (const [name, dir, files] of [
    ["sellers", sets.sellers, 2 * n],
    ["versions", sets.versions, n + 1],
  ]) {
    console.log(`\nLint of "${name}": ${files} files`);
    const lintArgs = [bin, "lint", dir, "--as-of", AS_OF, "-f", "json", "-o", join(root, `${name}.json`)];
    const base = measure([bin, "validate", dir, "-f", "json"], root, Math.min(runs, 3));
    row("validate (baseline)", (files * 1000) / base.ms, "files/s", `${(base.ms / 1000).toFixed(2)} s`, `${base.rss.toFixed(0)} MB  ${cpuOf(base, files)}`);
    const cold = measure(lintArgs, root, Math.min(runs, 3));
    row(`lint cold${hasConcurrency ? " (--concurrency auto)" : ""}`, (files * 1000) / cold.ms, "files/s", `${(cold.ms / 1000).toFixed(2)} s  ×${(base.ms / cold.ms).toFixed(2)} of baseline`, `${cold.rss.toFixed(0)} MB  ${cpuOf(cold, files)}`);
    if (hasConcurrency) {
      const single = measure([...lintArgs, "--concurrency", "1"], root, Math.min(runs, 3));
      row("lint cold --concurrency 1", (files * 1000) / single.ms, "files/s", `${(single.ms / 1000).toFixed(2)} s  auto ×${(single.ms / cold.ms).toFixed(2)} of it`, `${single.rss.toFixed(0)} MB  ${cpuOf(single, files)}`);
    }
    if (hasCache) {
      const cacheFile = join(root, `${name}.cache`);
      const cacheArgs = [...lintArgs, "--cache", "--cache-location", cacheFile];
      const first = measure(cacheArgs, root, 1, () => rmSync(cacheFile, { force: true }));
      row("lint --cache, empty cache", (files * 1000) / first.ms, "files/s", `${(first.ms / 1000).toFixed(2)} s`, `${first.rss.toFixed(0)} MB  ${cpuOf(first, files)}`);
      run(cacheArgs, root);
      const cached = measure(cacheArgs, root, Math.min(runs, 3));
      row("lint --cache, all cached", (files * 1000) / cached.ms, "files/s", `${(cached.ms / 1000).toFixed(2)} s  ×${(cold.ms / cached.ms).toFixed(1)} of cold`, `${cached.rss.toFixed(0)} MB  ${cpuOf(cached, files)}`);
      const same = readFileSync(join(root, `${name}.json`), "utf8");
      run(lintArgs, root);
      if (same !== readFileSync(join(root, `${name}.json`), "utf8")) console.log("  ⚠ cached report differs from the uncached one");
    } else console.log("(no --cache in this build: cached figures skipped)");
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
