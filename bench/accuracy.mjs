// Linter accuracy on the labelled corpus of published terms (issue #11, docs/accuracy.md): recall
// and strict precision, overall and per rule, for the tuning and the validation sets. Not timed.
//   npm run accuracy [-- --details] [-- --json] [-- --write-docs] [-- --corpus DIR] [-- --locale en]
// Exit 0 whatever the figures; 2 when a label is malformed (each problem at file:line:column) or
// an option is wrong.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { corpusFiles, corpusTexts, loadLabels, SETS } from "./accuracy/labels.mjs";
import { scoreText, summarize } from "./accuracy/match.mjs";
import { markdownResults, markdownValidation, replaceBetween, textDetails, textTables } from "./accuracy/report.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// `npm run accuracy | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error) => (error.code === "EPIPE" ? process.exit(0) : Promise.reject(error)));

function usage(message) {
  process.stderr.write(`accuracy: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      corpus: { type: "string", default: join(root, "test/corpus") },
      details: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      "write-docs": { type: "boolean", default: false },
      docs: { type: "string", default: join(root, "docs/accuracy.md") },
      locale: { type: "string", default: "fr" },
      "labelled-scope": { type: "boolean", default: false },
      texts: { type: "string", multiple: true, default: [] },
    },
  }).values;
} catch (error) {
  usage(`${error.message}\nusage: node bench/accuracy.mjs [--corpus DIR] [--details] [--json] [--write-docs [--docs FILE]] [--locale fr|en] [--labelled-scope] [--texts ID,ID…]`);
}
if (!["fr", "en"].includes(args.locale)) usage(`--locale must be fr or en, not ${args.locale}`);
// The figures with the labelled scope, or on some texts only, are a diagnosis, never the published results.
if (args["labelled-scope"] && args["write-docs"]) usage("--labelled-scope is a diagnosis: it cannot be written to the docs (--write-docs)");
// A fresh batch is measured on its own texts: `--texts a,b --texts c`.
const only = new Set(args.texts.flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean));
if (only.size && args["write-docs"]) usage("--texts measures some texts only: it cannot be written to the docs (--write-docs)");
const corpus = resolve(args.corpus);
if (!existsSync(corpus)) usage(`corpus folder not found: ${args.corpus}`);
if (!existsSync(join(root, "dist/lint/linter.js"))) usage("dist/ is missing: run `npm run build` first (or `npm run accuracy`, which builds)");
const { allRules } = await import("../dist/lint/rules/index.js");
const { lintText } = await import("./accuracy/lint.mjs");

const shown = (file) => {
  const rel = relative(process.cwd(), join(corpus, file));
  return rel.startsWith("..") ? join(corpus, file) : rel;
};

const { entries, problems, files } = loadLabels(corpus, allRules.map((r) => r.meta.id));
if (problems.length) {
  for (const p of problems) process.stderr.write(`${shown(p.file)}:${p.line}:${p.column}: ${p.message}\n`);
  process.stderr.write(`accuracy: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the labels; nothing measured\n`);
  process.exit(2);
}

for (const id of only) if (!entries.has(id)) usage(`--texts: no labelled text ${id}`);
if (only.size) for (const id of [...entries.keys()]) if (!only.has(id)) entries.delete(id);

const warnings = [];
const texts = corpusTexts(corpus);
if (!only.size) for (const id of texts.keys()) if (!entries.has(id)) warnings.push(`${texts.get(id)}: no labels, not measured`);
for (const w of labelDoubts(entries)) warnings.push(w);
const sourced = readSourceIds(warnings);
for (const id of entries.keys()) if (sourced && !sourced.has(id)) warnings.push(`${texts.get(id)}: no entry in sources`);

const measured = [...entries.values()]
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((entry) => {
    let linted;
    try {
      linted = lintText(corpus, entry, args.locale, args["labelled-scope"]);
    } catch (error) {
      // One text the linter cannot take is told and measured as reporting nothing (its findings
      // are misses); the others are still measured.
      warnings.push(`${entry.file}: the linter stopped: ${String(error?.message ?? error).split("\n")[0]}`);
      linted = { messages: [], scope: undefined };
    }
    return { entry, scope: linted.scope, score: scoreText(entry, linted.messages) };
  });

const results = {
  corpus: args.corpus,
  labels: files,
  ruleCount: allRules.length,
  labelledScope: args["labelled-scope"],
  ...(only.size ? { only: [...only].sort() } : {}),
  sets: Object.fromEntries(SETS.map((set) => [set, summarize(measured.filter((m) => m.entry.set === set))])),
  texts: measured.map(({ entry, scope, score }) => ({
    id: entry.id,
    file: entry.file,
    set: entry.set,
    asOf: entry.asOf,
    expected: { law: entry.law, audience: entry.audience },
    scope: scope ?? null,
    findings: entry.findings.length,
    reports: score.reports.length,
    matched: score.matched.map((m) => ({ rule: m.finding.rule, first: m.finding.first, last: m.finding.last, line: m.report.line })),
    misses: score.misses,
    falseReports: score.falseReports,
    trapsHit: score.trapsHit.map((h) => ({ rule: h.trap.rule, line: h.report.line, message: h.report.message, reason: h.trap.reason })),
  })),
  warnings,
};

if (args.json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  for (const w of warnings.filter((x) => x.includes("the linter stopped"))) process.stderr.write(`accuracy: ${w}\n`);
} else {
  const counts = SETS.map((s) => `${results.sets[s].texts} ${s}`).join(", ");
  process.stdout.write(`Clausier accuracy — ${shown(".")}: ${measured.length} labelled text${measured.length === 1 ? "" : "s"} (${counts}), ${allRules.length} rules, prose mode, ${args["labelled-scope"] ? "--law and --audience as labelled (a diagnosis)" : "no --law/--audience"}\n`);
  process.stdout.write("precision = matched reports / reports (strict: every report but the scope infos); recall = matched findings / findings\n");
  process.stdout.write(textTables(results));
  if (args.details) process.stdout.write(textDetails(results));
  for (const w of warnings) process.stderr.write(`accuracy: ${w}\n`);
}

if (args["write-docs"]) writeDocs();

/** Findings the linter can never report (a rule not run on prose, or not yet in force at asOf): worth a second look. */
function labelDoubts(entries) {
  const rules = new Map(allRules.map((r) => [r.meta.id, r.meta]));
  const doubts = [];
  for (const e of entries.values()) {
    for (const f of e.findings) {
      const meta = rules.get(f.rule);
      if (!meta.appliesTo.modes.includes("prose")) doubts.push(`${e.file}:${f.first}: ${f.rule} does not run on prose texts: this finding can only be a miss`);
      else if (meta.appliesFrom && e.asOf < meta.appliesFrom) doubts.push(`${e.file}:${f.first}: ${f.rule} applies from ${meta.appliesFrom}, after asOf ${e.asOf}`);
    }
  }
  return doubts;
}

function readSourceIds(warnings) {
  const names = corpusFiles(corpus, "sources");
  if (!names.length) return undefined;
  const ids = new Set();
  for (const name of names) {
    try {
      Object.keys(parseYaml(readFileSync(join(corpus, name), "utf8")) ?? {}).forEach((id) => ids.add(id));
    } catch (error) {
      warnings.push(`${name}: ${error.message.split("\n")[0]}`);
    }
  }
  return ids;
}

function git(...gitArgs) {
  try {
    return execFileSync("git", gitArgs, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

function writeDocs() {
  const commit = git("rev-parse", "--short", "HEAD") ?? "unknown";
  // Figures from uncommitted rules or labels are not those of the commit: say so.
  const inRepo = !relative(root, corpus).startsWith("..");
  const dirty = git("status", "--porcelain", "--", "src", "bench", ...(inRepo ? [relative(root, corpus) || "."] : []));
  const defaultCorpus = resolve(join(root, "test/corpus")) === corpus;
  const command = `npm run accuracy${defaultCorpus ? "" : ` -- --corpus ${args.corpus}`}`;
  const date = new Date().toISOString().slice(0, 10);
  let doc = readFileSync(args.docs, "utf8");
  for (const [name, body] of [
    ["accuracy-results", markdownResults(results, { date, commit: dirty ? `${commit} + uncommitted changes` : commit, command, documented: new Set(allRules.map((r) => r.meta.id)) })],
    ["accuracy-validation", markdownValidation(results)],
  ]) {
    const next = replaceBetween(doc, name, body);
    if (next === undefined) usage(`${args.docs}: markers <!-- ${name}:start --> and <!-- ${name}:end --> not found`);
    doc = next;
  }
  writeFileSync(args.docs, doc);
  process.stderr.write(`accuracy: results written to ${relative(process.cwd(), args.docs) || args.docs}\n`);
}
