// How far two labellers agree (issue #11, docs/accuracy.md « Second labelling »): the second
// labeller's findings are measured against the first labels exactly as the linter's reports are
// (same rule, the second's first line within the first's anchor lines ±1, one to one), so the
// figures tell the ceiling a linter can reach under the same matching. Not timed; prints counts.
//   node bench/labeller-agreement.mjs [--corpus DIR] [--json]   (after npm run build)
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadLabels } from "./accuracy/labels.mjs";
import { matchReports, tally } from "./accuracy/match.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { corpus: { type: "string", default: join(root, "test/corpus") }, json: { type: "boolean", default: false } } });
const corpus = resolve(args.corpus);
const SECOND = "second-labelling";
const fail = (message) => {
  process.stderr.write(`labeller-agreement: ${message}\n`);
  process.exit(2);
};
if (!existsSync(join(root, "dist/lint/rules/index.js"))) fail("dist/ is missing: run `npm run build` first");
if (!existsSync(join(corpus, SECOND))) fail(`no ${SECOND}/ folder in ${args.corpus}`);
const { allRules } = await import("../dist/lint/rules/index.js");
const ids = allRules.map((r) => r.meta.id);

const first = loadLabels(corpus, ids);
const secondFiles = readdirSync(join(corpus, SECOND)).filter((f) => f.endsWith(".yaml")).sort().map((f) => `${SECOND}/${f}`);
const second = loadLabels(corpus, ids, secondFiles);
const problems = [...first.problems, ...second.problems];
if (problems.length) fail(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n"));

const rows = [];
let law = 0;
let audience = 0;
for (const [id, b] of [...second.entries].sort(([x], [y]) => x.localeCompare(y))) {
  const a = first.entries.get(id);
  if (!a) fail(`${id}: labelled a second time but not in the corpus labels`);
  const reports = b.findings.map((f) => ({ rule: f.rule, line: f.first }));
  const { pairs } = matchReports(a.findings, reports);
  rows.push({ id, findings: a.findings.length, matched: pairs.length, reports: reports.length });
  if (a.law === b.law) law++;
  if (a.audience === b.audience) audience++;
}
const overall = tally(rows);
const result = { texts: rows.length, law, audience, overall, files: secondFiles };
if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const r = (x) => (x === null ? "—" : x.toFixed(2));
  process.stdout.write(
    `second labelling (${secondFiles.join(", ")}) against the corpus labels, ${rows.length} texts\n` +
      `  law ${law}/${rows.length}, audience ${audience}/${rows.length} alike\n` +
      `  findings: first ${overall.findings}, second ${overall.reports}, matched ${overall.matched} — the second as a linter: precision ${r(overall.precision)}, recall ${r(overall.recall)}\n`,
  );
}
