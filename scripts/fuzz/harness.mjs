// The fuzzing loop: cases (seed, index) → one mutated terms/fixture file → validate, lint, compute
// and HTML render in-process → findings (crash, hang, memory), each confirmed, minimised,
// deduplicated and written to a folder. Used by scripts/fuzz.mjs and test/robustness/fuzz.test.ts.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, posix, relative } from "node:path";
import { cliMessages } from "../../dist/cli/messages.js";
import { minimise } from "./minimise.mjs";
import { mutate, parseData } from "./mutators.mjs";
import { caseRng } from "./prng.mjs";
import { HANG_MS, MEMORY_LIMIT_MB, Slot } from "./slot.mjs";

export const REPO_ROOT = new URL("../../", import.meta.url).pathname;
/** Fixed dates: a case must give the same result tomorrow (the default "today" would not). */
export const AS_OF = "2026-11-23";
export const PAID_ON = "2026-12-31";
const DOCUMENT_KINDS = ["terms", "invoice", "quote", "refund", "credit-note"];
const COMPUTATIONS = { invoice: ["totals", "due-date", "penalties", "cancellation"], quote: ["totals", "cancellation"], refund: ["refund", "cancellation"], "credit-note": ["totals"] };
const REFERENCE_KEYS = ["seller", "terms", "invoice", "related"];

// --- corpus ------------------------------------------------------------------------------------

/** Every valid terms and fixture file (fixtures/invalid excluded), sorted: the order is part of a case's identity. */
export function loadCorpus(repoRoot = REPO_ROOT) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (abs === join(repoRoot, "fixtures", "invalid")) continue;
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.(ya?ml|json)$/.test(name)) files.push(abs);
    }
  };
  walk(join(repoRoot, "terms"));
  walk(join(repoRoot, "fixtures"));
  const corpus = files.map((abs) => {
    const rel = relative(repoRoot, abs).split("\\").join("/");
    const content = readFileSync(abs);
    const ext = extname(rel) === ".json" ? ".json" : ".yaml";
    const data = parseData(content.toString("utf8"), ext) ?? {};
    const refs = REFERENCE_KEYS.flatMap((k) => [data[k]].flat()).filter((r) => typeof r === "string").map((r) => posix.join(posix.dirname(rel), r));
    return { rel, ext, content, kind: String(data.kind ?? "seller"), refs, dependents: [] };
  });
  corpus.push(...extraFiles(corpus));
  // Documents that rely on a file, directly or not: mutating a seller must also exercise the terms and invoices citing it.
  const byRel = new Map(corpus.map((e) => [e.rel, e]));
  for (const e of corpus) {
    const seen = new Set();
    const visit = (rel) => {
      for (const r of byRel.get(rel)?.refs ?? []) if (!seen.has(r)) (seen.add(r), visit(r));
    };
    visit(e.rel);
    for (const r of seen) byRel.get(r)?.dependents.push(e.rel);
  }
  return corpus;
}

/**
 * The project-level files lint and render read from the working folder: absent from the tree,
 * written there only for their own cases (original null), and relied on by every document.
 */
function extraFiles(corpus) {
  const documents = corpus.filter((e) => DOCUMENT_KINDS.includes(e.kind)).map((e) => e.rel);
  const config = [
    "rules:",
    "  governing-law-missing: error",
    "  late-penalty-rate-too-low: warn",
    "overrides:",
    '  - files: ["fixtures/**"]',
    "    rules: { invoice-number-sequence: off }",
    "law: FR",
    "audience: b2b",
    'asOf: "2026-11-23"',
    "locale: fr",
    'ignore: ["**/*.md"]',
    "",
  ].join("\n");
  const suppressions = JSON.stringify(
    { version: 1, files: { [documents.find((d) => d.includes("invoice"))]: { "invoice-mandatory-mention-missing": { count: 1 } }, [documents[0]]: { "governing-law-missing": { count: 2 } } } },
    null,
    2,
  );
  return [
    { rel: "clausier.config.yaml", ext: ".yaml", content: Buffer.from(config), kind: "config", refs: [], dependents: documents, absent: true },
    { rel: "clausier-suppressions.json", ext: ".json", content: Buffer.from(suppressions + "\n"), kind: "suppressions", refs: [], dependents: documents, absent: true },
  ];
}

// --- cases -------------------------------------------------------------------------------------

/** The case (seed, index): which file, its mutated content, and the commands to run on it. */
export function makeCase(corpus, seed, index) {
  const rng = caseRng(seed, index);
  const entry = rng.pick(corpus);
  const { content, mutations, strategy } = mutate(rng, entry, corpus);
  const locale = rng.chance(0.7) ? "fr" : "en";
  const format = rng.pick(["stylish", "stylish", "json", "sarif", "github"]);
  const subjects = [];
  if (DOCUMENT_KINDS.includes(entry.kind)) subjects.push(entry);
  const dependents = entry.dependents.map((rel) => corpus.find((e) => e.rel === rel)).filter((e) => DOCUMENT_KINDS.includes(e.kind));
  if (dependents.length) subjects.push(rng.pick(dependents));
  // A configuration or suppressions file is read when a document is linted or rendered, not linted itself.
  const linted = entry.absent ? subjects[0].rel : entry.rel;
  const commands = [
    ...(entry.kind === "suppressions" ? [] : [["validate", entry.rel]]),
    ["lint", linted, "--as-of", AS_OF, "-f", format],
    ["lint", linted, "--fix-dry-run", "--as-of", AS_OF],
  ];
  for (const s of subjects) {
    for (const what of entry.absent ? [] : (COMPUTATIONS[s.kind] ?? [])) commands.push(["compute", what, s.rel, ...(what === "penalties" ? ["--paid-on", PAID_ON] : [])]);
    commands.push(["render", s.rel, "--to", "html", "--force", "--out", "{out}", "--as-of", AS_OF]);
  }
  return { seed, index, file: entry.rel, kind: entry.kind, ext: entry.ext, original: entry.absent ? null : entry.content, content, strategy, mutations, commands: commands.map((c) => [...c, "--locale", locale]) };
}

/** A short name for a command line: "lint", "lint-fix-dry-run", "compute-totals", "render". */
export function commandName(argv) {
  if (argv[0] === "compute") return `compute-${argv[1]}`;
  if (argv[0] === "lint" && argv.includes("--fix-dry-run")) return "lint-fix-dry-run";
  return argv[0];
}

// --- classification ----------------------------------------------------------------------------

const INTERNAL_PREFIXES = Object.values(cliMessages.INTERNAL_ERROR).map((m) => m.slice(0, m.indexOf("{detail}")));
const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** A finished command → undefined when its outcome is a correct one (exit 0/1/2 with a message), else a crash. */
export function classify(result) {
  if (result.threw) return { kind: "crash", message: `exception escaped main: ${result.threw.split("\n")[0]}` };
  const output = result.stderr + result.stdout;
  for (const prefix of INTERNAL_PREFIXES) {
    const at = output.indexOf(prefix);
    if (at >= 0) return { kind: "crash", message: output.slice(at + prefix.length).split("\n")[0] };
  }
  if (![0, 1, 2].includes(result.code)) return { kind: "crash", message: `exit code ${result.code}` };
  if (STACK_TRACE.test(output)) return { kind: "crash", message: `stack trace in the output: ${output.match(STACK_TRACE)[0].trim()}` };
  if (result.heapMb > MEMORY_LIMIT_MB) return { kind: "memory", message: `${Math.round(result.heapMb)} MB of heap after the command` };
  return undefined;
}

/** What identifies a defect across cases: numbers, paths and long user values vary, the message does not. */
export function normaliseMessage(message, roots = []) {
  let m = message.split("\n")[0];
  for (const r of roots) m = m.split(r).join("<tmp>");
  return m
    .replace(/\/tmp\/[^\s'"`)]*/g, "<tmp>")
    .replace(/\d+/g, "N")
    .replace(/(.)\1{15,}/g, "$1…")
    .slice(0, 160);
}

/** A case's outcome per command: the finding (if any) and the figures. */
async function runCase(slot, c) {
  const { results, failure } = await slot.run({ file: c.file, content: c.content, original: c.original, commands: c.commands });
  const outcomes = c.commands.map((argv, i) => {
    const result = results[i];
    const finding = failure && failure.index === i ? { kind: failure.kind, message: failure.message } : result ? classify(result) : undefined;
    return { argv, name: commandName(argv), result, finding, ran: Boolean(result) || failure?.index === i };
  });
  return outcomes;
}

function signature(c, outcome, slot) {
  const message = outcome.finding.kind === "crash" ? normaliseMessage(outcome.finding.message, [slot.root, slot.dir]) : `${outcome.finding.kind} on a ${c.kind} file`;
  return `${outcome.name}|${outcome.finding.kind}|${message}`;
}

// --- findings ----------------------------------------------------------------------------------

/** Whether `content` in place of the case's file still gives the same finding with that one command. */
function reproduces(slot, c, argv, expected) {
  return async (content) => {
    const { results, failure } = await slot.run({ file: c.file, content, original: c.original, commands: [argv] });
    const finding = failure ? { kind: failure.kind, message: failure.message } : results[0] ? classify(results[0]) : undefined;
    return Boolean(finding) && signature(c, { name: commandName(argv), finding }, slot) === expected;
  };
}

function displayArgv(argv) {
  return argv.map((a) => (a === "{out}" ? "/tmp/clausier-fuzz-out" : /[\s'"]/.test(a) ? `'${a.replace(/'/g, "'\\''")}'` : a)).join(" ");
}

function writeFinding(outDir, finding) {
  const hash = createHash("sha1").update(finding.signature).digest("hex").slice(0, 8);
  const dir = join(outDir, `${finding.kind}-${finding.command}-${hash}`);
  mkdirSync(dir, { recursive: true });
  const base = posix.basename(finding.file);
  writeFileSync(join(dir, `minimised-${base}`), finding.minimised);
  writeFileSync(join(dir, `mutated-${base}`), finding.mutated);
  writeFileSync(
    join(dir, "command.txt"),
    [
      `# ${finding.kind} in ${finding.command}: ${finding.message}`,
      `# Replace ${finding.file} in a copy of terms/ and fixtures/ by minimised-${base}, then, in that copy:`,
      `node <clausier>/bin/clausier.js ${displayArgv(finding.argv)}`,
      `# Replay the whole case: npm run fuzz -- --replay ${finding.seed}:${finding.index}`,
      `# Mutations (${finding.strategy}): ${finding.mutations.join("; ")}`,
      "",
    ].join("\n"),
  );
  const out = finding.result;
  writeFileSync(join(dir, "output.txt"), out ? `exit code: ${out.code}\n--- stderr\n${out.stderr}\n--- stdout\n${out.stdout}\n${out.threw ? `--- exception\n${out.threw}\n` : ""}` : `${finding.message}\n`);
  writeFileSync(join(dir, "finding.json"), JSON.stringify({ ...finding, minimised: undefined, mutated: undefined, result: undefined, minimisedBytes: finding.minimised.length, mutatedBytes: finding.mutated.length }, null, 2) + "\n");
  return dir;
}

// --- the loop ----------------------------------------------------------------------------------

/**
 * Runs the fuzzer. Options: seed, cases (a fixed count) or seconds (a time bound), jobs, out
 * (findings folder; none written when undefined), minimiseSeconds, replay (a case index: run only
 * that case), log (a line printer). Resolves to the summary.
 */
export async function runFuzz(options) {
  const { seed = 1, jobs = 1, out, minimiseSeconds = 60, log = () => {}, hangMs = HANG_MS } = options;
  const corpus = loadCorpus(options.repoRoot);
  const warmEntry = corpus.find((e) => e.kind === "invoice");
  const warmUp = { file: warmEntry.rel, content: warmEntry.content, original: warmEntry.content, commands: makeWarmUpCommands(corpus, warmEntry) };
  const slots = Array.from({ length: options.replay !== undefined ? 1 : jobs }, () => new Slot(options.repoRoot ?? REPO_ROOT, { hangMs, warmUp }));
  const started = Date.now();
  const deadline = options.seconds !== undefined ? started + options.seconds * 1000 : Infinity;
  const maxCases = options.replay !== undefined ? 1 : (options.cases ?? Infinity);
  const summary = { seed, fuzzMs: 0, cases: 0, commands: {}, exits: {}, findings: [], unconfirmed: [], duplicates: 0, longest: undefined, peakRssAfterCommand: undefined, peakHeapMb: 0, peakRssMb: 0, elapsedMs: 0 };
  const seen = new Map();
  let nextIndex = options.replay ?? 0;

  // First occurrence of each finding; confirmed and minimised after the loop, so that the time
  // bound is spent on new cases and a run of S seconds explores S seconds' worth of them.
  const pending = [];
  const record = (c, outcome, slot) => {
    const sig = signature(c, outcome, slot);
    if (seen.has(sig)) {
      seen.get(sig).occurrences++;
      summary.duplicates++;
      return;
    }
    const entry = { occurrences: 1, c, outcome, sig };
    seen.set(sig, entry);
    pending.push(entry);
    log(`✖ new ${outcome.finding.kind} in ${outcome.name} (case ${seed}:${c.index}, ${c.file}): ${outcome.finding.message.slice(0, 200)}`);
  };

  const settle = async (slot, { c, outcome, sig, occurrences }) => {
    const stillFails = reproduces(slot, c, outcome.argv, sig);
    // A finding that does not come back on a second run (a busy machine near the 5 s bound) is reported apart.
    if (!(await stillFails(c.content))) {
      summary.unconfirmed.push({ kind: outcome.finding.kind, command: outcome.name, seed, index: c.index, message: outcome.finding.message });
      log(`? unconfirmed ${outcome.finding.kind} in ${outcome.name} (case ${seed}:${c.index}): ${outcome.finding.message}`);
      return;
    }
    const minimised = await minimise(c.content, stillFails, { deadline: Date.now() + minimiseSeconds * 1000, ext: c.ext });
    const finding = {
      kind: outcome.finding.kind,
      command: outcome.name,
      message: outcome.finding.message,
      occurrences,
      signature: sig,
      seed,
      index: c.index,
      file: c.file,
      argv: outcome.argv,
      strategy: c.strategy,
      mutations: c.mutations,
      mutated: Buffer.from(c.content),
      minimised,
      result: outcome.result,
    };
    if (out) finding.dir = writeFinding(out, finding);
    summary.findings.push(finding);
    log(`✖ ${finding.kind} in ${finding.command} (case ${seed}:${c.index}, ${c.file}, ${c.content.length} → ${minimised.length} bytes): ${clipped(finding.message)}${finding.dir ? `  → ${relative(process.cwd(), finding.dir)}` : ""}`);
  };

  const work = async (slot) => {
    while (Date.now() < deadline && summary.cases < maxCases) {
      const index = nextIndex++;
      summary.cases++;
      const c = makeCase(corpus, seed, index);
      const outcomes = await runCase(slot, c);
      for (const o of outcomes) {
        if (!o.ran) continue;
        summary.commands[o.name] = (summary.commands[o.name] ?? 0) + 1;
        const exit = o.result ? `exit ${o.result.code}` : o.finding.kind;
        (summary.exits[o.name] ??= {})[exit] = (summary.exits[o.name][exit] ?? 0) + 1;
        if (o.result) {
          if (!summary.longest || o.result.ms > summary.longest.ms) summary.longest = { ms: o.result.ms, seed, index, file: c.file, command: displayArgv(o.argv), bytes: c.content.length };
          summary.peakHeapMb = Math.max(summary.peakHeapMb, o.result.heapMb);
          if (!summary.peakRssAfterCommand || o.result.rssMb > summary.peakRssAfterCommand.mb) summary.peakRssAfterCommand = { mb: o.result.rssMb, seed, index, file: c.file, command: displayArgv(o.argv), bytes: c.content.length };
        }
        if (options.replay !== undefined) log(`  ${o.name.padEnd(22)} ${o.finding ? `${o.finding.kind}: ${o.finding.message}` : `exit ${o.result.code}`}  ${o.result ? `${o.result.ms.toFixed(0)} ms` : ""}`);
        if (o.finding) record(c, o, slot);
      }
      if (summary.cases % 50 === 0) log(`… ${summary.cases} cases, ${pending.length} finding(s) to confirm, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  };

  try {
    await Promise.all(slots.map(work));
    summary.fuzzMs = Date.now() - started;
    if (pending.length) log(`confirming and minimising ${pending.length} finding(s), up to ${minimiseSeconds} s each…`);
    for (const entry of pending) await settle(slots[0], { ...entry, occurrences: seen.get(entry.sig).occurrences });
  } finally {
    await Promise.all(slots.map((s) => s.close()));
  }
  summary.elapsedMs = Date.now() - started;
  // The whole process (main thread and workers): the figure the 500 MB bound is about.
  summary.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return summary;
}

function makeWarmUpCommands(corpus, invoice) {
  const terms = corpus.find((e) => invoice.refs.includes(e.rel));
  return [
    ["validate", invoice.rel],
    ["lint", invoice.rel, "--as-of", AS_OF],
    ["compute", "totals", invoice.rel],
    ["render", invoice.rel, "--to", "html", "--force", "--out", "{out}", "--as-of", AS_OF],
    ...(terms ? [["render", terms.rel, "--to", "html", "--force", "--out", "{out}", "--as-of", AS_OF]] : []),
  ].map((c) => [...c, "--locale", "fr"]);
}

/** A message for the terminal: a finding's whole text is in its folder's output.txt. */
function clipped(message) {
  return message.length > 300 ? `${message.slice(0, 300)}… (${message.length} characters)` : message;
}
