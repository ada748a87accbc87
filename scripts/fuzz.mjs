// Fuzzing harness (issue #15): mutates every valid terms and fixture file, runs validate, lint,
// compute and HTML render in-process, and records crashes, hangs (> 5 s) and memory (> 500 MB)
// with minimised reproducers. Run through npm, which builds first:
//   npm run fuzz -- [--seed N] [--seconds S | --cases N] [--jobs J] [--out DIR] [--replay SEED:INDEX]
// Exit 0 when nothing is found, 1 on a finding, 2 on a usage error. See docs/robustness.md.
import { cpus } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { runFuzz } from "./fuzz/harness.mjs";

const USAGE = "usage: npm run fuzz -- [--seed N] [--seconds S | --cases N] [--jobs J] [--out DIR] [--minimise-seconds S] [--replay SEED:INDEX]";

function integer(name, value, min) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`fuzz: --${name} ${value}: expected an integer ≥ ${min}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      seed: { type: "string", default: "1" },
      seconds: { type: "string" },
      cases: { type: "string" },
      jobs: { type: "string", default: "1" },
      out: { type: "string", default: "fuzz-findings" },
      "minimise-seconds": { type: "string", default: "60" },
      replay: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }).values;
} catch (error) {
  console.error(`fuzz: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

let seed = integer("seed", args.seed, 0);
let replay;
if (args.replay !== undefined) {
  const match = /^(\d+):(\d+)$/.exec(args.replay);
  if (!match) {
    console.error(`fuzz: --replay ${args.replay}: expected SEED:INDEX, as printed with each finding\n${USAGE}`);
    process.exit(2);
  }
  seed = Number(match[1]);
  replay = Number(match[2]);
}
const options = {
  seed,
  replay,
  jobs: integer("jobs", args.jobs, 1),
  out: resolve(args.out),
  minimiseSeconds: integer("minimise-seconds", args["minimise-seconds"], 0),
  // Without a bound, a minute: long enough to be useful, short enough to be run often.
  seconds: args.seconds !== undefined ? integer("seconds", args.seconds, 1) : args.cases === undefined ? 60 : undefined,
  cases: args.cases !== undefined ? integer("cases", args.cases, 1) : undefined,
  log: (line) => console.log(line),
};

const bound = replay !== undefined ? `replay of case ${seed}:${replay}` : options.cases !== undefined ? `${options.cases} cases` : `${options.seconds} s`;
console.log(`Clausier fuzz — seed ${seed}, ${bound}, ${options.jobs} job(s), node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
const summary = await runFuzz(options);

const byKind = {};
for (const f of summary.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
console.log(`\n${summary.cases} case(s) in ${(summary.fuzzMs / 1000).toFixed(1)} s (${(summary.elapsedMs / 1000).toFixed(1)} s with the minimising); commands run:`);
// The exit codes show how deep the mutations reach: exit 2 everywhere would mean only the loader is fuzzed.
for (const [name, n] of Object.entries(summary.commands).sort())
  console.log(`  ${name.padEnd(22)} ${String(n).padStart(6)}  (${Object.entries(summary.exits[name]).sort().map(([k, m]) => `${k}: ${m}`).join(", ")})`);
console.log(`findings: ${summary.findings.length ? Object.entries(byKind).map(([k, n]) => `${n} ${k}`).join(", ") : "none"}` + (summary.duplicates ? ` (${summary.duplicates} repeat(s) of these)` : "") + (summary.unconfirmed.length ? `; ${summary.unconfirmed.length} unconfirmed (did not happen again)` : ""));
for (const f of summary.findings) console.log(`  ${f.kind.padEnd(6)} ${f.command.padEnd(22)} ×${f.occurrences}  ${f.message}`);
if (summary.longest) console.log(`longest command: ${summary.longest.ms.toFixed(0)} ms — case ${summary.longest.seed}:${summary.longest.index}, ${summary.longest.file} (${summary.longest.bytes} bytes): ${summary.longest.command}`);
const rss = summary.peakRssAfterCommand;
if (rss) console.log(`highest RSS after a command: ${rss.mb.toFixed(0)} MB — case ${rss.seed}:${rss.index}, ${rss.file} (${rss.bytes} bytes): ${rss.command}`);
// Peak RSS counts the main thread, every worker (replaced ones too) and the minimising: an upper bound, not one command's.
console.log(`peak heap of a worker after a command: ${summary.peakHeapMb.toFixed(0)} MB; peak RSS of the whole process: ${summary.peakRssMb.toFixed(0)} MB`);
if (summary.findings.length) console.log(`reproducers in ${options.out}/`);
process.exit(summary.findings.length ? 1 : 0);
