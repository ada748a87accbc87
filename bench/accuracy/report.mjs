// What `npm run accuracy` prints: tables for people, --details for whoever tunes the rules,
// --json for machines, and the Markdown that --write-docs puts in docs/accuracy.md.
import { SETS } from "./labels.mjs";

const ratio = (x) => (x === null ? "—" : x.toFixed(2));
const trim = (s, n = 110) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function rows(summary) {
  return [["overall", summary.overall], ...Object.entries(summary.rules)];
}

/** Issue #11's bar, per set. */
export const TARGET = { recall: 0.9, precision: 0.95 };

function targetLine(summary) {
  const { recall, precision } = summary.overall;
  const met = recall !== null && precision !== null && recall >= TARGET.recall && precision >= TARGET.precision;
  return `target (recall ≥ ${TARGET.recall.toFixed(2)}, precision ≥ ${TARGET.precision.toFixed(2)}): ${met ? "met" : "not met"}`;
}

function errorsLine(summary) {
  const e = summary.errors;
  return `${e.scopeMisses} of ${e.misses} misses and ${e.scopeFalseReports} of ${e.falseReports} false reports in texts whose law or audience is not as labelled; ${e.elsewhere} misses whose rule reported elsewhere in the same text`;
}

function scopeLine(summary) {
  const part = (k) => (summary.scope[k].known ? `${summary.scope[k].correct}/${summary.scope[k].known}` : "n/a");
  return `law ${part("law")}, audience ${part("audience")} as labelled`;
}

/** The per-set tables in plain text. */
export function textTables(results) {
  const out = [];
  for (const set of SETS) {
    const s = results.sets[set];
    out.push(`\n${set} set — ${s.texts} text${s.texts === 1 ? "" : "s"}`);
    out.push(`  ${"rule".padEnd(36)}${"findings".padStart(9)}${"matched".padStart(9)}${"reports".padStart(9)}${"precision".padStart(11)}${"recall".padStart(8)}`);
    for (const [rule, t] of rows(s)) {
      out.push(`  ${rule.padEnd(36)}${String(t.findings).padStart(9)}${String(t.matched).padStart(9)}${String(t.reports).padStart(9)}${ratio(t.precision).padStart(11)}${ratio(t.recall).padStart(8)}`);
    }
    out.push(`  scope: ${scopeLine(s)}`, `  errors: ${errorsLine(s)}`, `  ${targetLine(s)}`);
  }
  if (results.texts.some((t) => t.scope?.lawSource === "document")) out.push("  (the lint results carry no scope: law and audience are those of the documents linted, defaults included)");
  const traps = results.texts.flatMap((t) => t.trapsHit.map((h) => ({ ...h, file: t.file })));
  out.push(`\ntraps hit: ${traps.length}`);
  for (const h of traps) out.push(`  ${h.file}:${h.line} ${h.rule} — trap: ${trim(h.reason)}`);
  return out.join("\n") + "\n";
}

/** Every miss, false report and scope mismatch, per set, as file:line rule text. */
export function textDetails(results) {
  const out = [];
  const section = (title, lines) => out.push(title, ...(lines.length ? lines : ["  (none)"]));
  for (const set of SETS) {
    const texts = results.texts.filter((t) => t.set === set);
    out.push("");
    section(`${set}: misses (labelled findings not reported)`, texts.flatMap((t) => t.misses.map((f) => `  ${t.file}:${f.first} ${f.rule} — ${trim(f.reason)}`)));
    section(`${set}: false reports (reports matching no labelled finding)`, texts.flatMap((t) => t.falseReports.map((r) => `  ${t.file}:${r.line} ${r.rule} — ${trim(r.message)}`)));
    section(
      `${set}: scope not as labelled`,
      texts.flatMap((t) => {
        if (!t.scope) return [`  ${t.file} scope n/a`];
        const wrong = ["law", "audience"].filter((k) => String(t.scope[k]).toLowerCase() !== String(t.expected[k]).toLowerCase());
        return wrong.length ? [`  ${t.file} ${wrong.map((k) => `${k} ${t.scope[k]} (labelled ${t.expected[k]})`).join(", ")}`] : [];
      }),
    );
  }
  return out.join("\n") + "\n";
}

function markdownTable(summary, documented) {
  const lines = ["| rule | findings | matched | reports | precision | recall |", "|---|---:|---:|---:|---:|---:|"];
  for (const [rule, t] of rows(summary)) {
    // Only rules have a docs page; a load problem (invalid-document) or a crash message does not.
    const name = rule === "overall" ? "**overall**" : documented.has(rule) ? `[\`${rule}\`](rules/${rule}.md)` : `\`${rule}\``;
    lines.push(`| ${name} | ${t.findings} | ${t.matched} | ${t.reports} | ${ratio(t.precision)} | ${ratio(t.recall)} |`);
  }
  return lines.join("\n");
}

/** The results section of docs/accuracy.md. */
export function markdownResults(results, { date, commit, command, documented }) {
  const out = [`Date: ${date}. Commit: \`${commit}\`. Command: \`${command}\`. ${results.texts.length} texts, ${results.ruleCount} rules.`];
  for (const set of SETS) {
    const s = results.sets[set];
    out.push("", `### ${set[0].toUpperCase()}${set.slice(1)} set (${s.texts} text${s.texts === 1 ? "" : "s"})`, "", markdownTable(s, documented), "", `Scope: ${scopeLine(s)}. Errors: ${errorsLine(s)}. ${targetLine(s)[0].toUpperCase()}${targetLine(s).slice(1)}.`);
  }
  const traps = results.texts.reduce((n, t) => n + t.trapsHit.length, 0);
  out.push("", `Traps hit: ${traps}.`);
  if (results.texts.some((t) => t.scope?.lawSource === "document")) out.push("", "The lint results carried no scope: law and audience are those of the documents linted, defaults included.");
  return out.join("\n");
}

/** The generated list of validation texts. */
export function markdownValidation(results) {
  const ids = results.texts.filter((t) => t.set === "validation").map((t) => `- \`${t.id}\``);
  return ids.length ? ids.join("\n") : "_No validation text yet._";
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->`; undefined when the markers are missing. */
export function replaceBetween(doc, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) return undefined;
  return `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
}
