// The linter measured on each TUNING text as it was when that text arrived (issue #11, docs/accuracy.md « At
// arrival »): every tuning text is measured by the linter of the commit that added it to the corpus, before any round
// was tuned on it, with today's labels and matching. The result is an estimate of how the linter does on texts it has
// not seen, read from the tuning set alone (the validation set gives the same estimate on fewer texts and may only be
// read once per round). Slow: one build per commit, in a temporary worktree. Not timed; not run by the tests.
//   node bench/at-arrival.mjs [--since <commit>] [--json FILE]
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { corpusTexts, loadLabels } from "./accuracy/labels.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({ options: { since: { type: "string" }, json: { type: "string" } } });
const git = (...a) => execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();
if (!existsSync(join(root, "dist/lint/rules/index.js"))) {
  process.stderr.write("at-arrival: dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}
const { allRules } = await import("../dist/lint/rules/index.js");
const corpus = join(root, "test/corpus");
const { entries } = loadLabels(corpus, allRules.map((r) => r.meta.id));
const texts = corpusTexts(corpus);

// The commit that first added each tuning text, in the order of history.
const arrivals = new Map();
for (const entry of entries.values()) {
  if (entry.set !== "tuning") continue;
  const added = git("log", "--diff-filter=A", "--format=%H %ct", "--", `test/corpus/${texts.get(entry.id)}`).split("\n").pop();
  const [commit, time] = added.split(" ");
  if (!arrivals.has(commit)) arrivals.set(commit, { commit, time: Number(time), ids: [] });
  arrivals.get(commit).ids.push(entry.id);
}
let plan = [...arrivals.values()].sort((a, b) => a.time - b.time);
if (args.since) {
  const since = Number(git("log", "-1", "--format=%ct", args.since));
  plan = plan.filter((p) => p.time >= since);
}

const measured = [];
const work = mkdtempSync(join(tmpdir(), "at-arrival-"));
for (const { commit, ids } of plan) {
  const tree = join(work, commit.slice(0, 7));
  git("worktree", "add", "-q", "--detach", tree, commit);
  try {
    symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
    // Today's bench and labels, the linter of then.
    for (const dir of ["bench", "test/corpus"]) {
      rmSync(join(tree, dir), { recursive: true, force: true });
      cpSync(join(root, dir), join(tree, dir), { recursive: true });
    }
    execFileSync("npm", ["run", "build"], { cwd: tree, stdio: "ignore" });
    const out = execFileSync("node", ["bench/accuracy.mjs", "--json", "--texts", ids.join(",")], { cwd: tree, encoding: "utf8", maxBuffer: 1 << 28 });
    for (const t of JSON.parse(out).texts) measured.push({ ...t, commit: commit.slice(0, 7) });
    process.stderr.write(`at-arrival: ${commit.slice(0, 7)} ${ids.length} texts\n`);
  } catch (error) {
    process.stderr.write(`at-arrival: ${commit.slice(0, 7)} not measured (${error.message.split("\n")[0]})\n`);
  } finally {
    git("worktree", "remove", "--force", tree);
  }
}
rmSync(work, { recursive: true, force: true });
if (args.json) writeFileSync(args.json, `${JSON.stringify(measured)}\n`);

// Figures: overall, audience, where the errors are, per rule.
const ruleRows = new Map();
const row = (rule) => ruleRows.get(rule) ?? ruleRows.set(rule, { findings: 0, matched: 0, reports: 0 }).get(rule);
let findings = 0, matched = 0, reports = 0, scopeMisses = 0, scopeFalse = 0, elsewhere = 0, audienceRight = 0, lawRight = 0;
for (const t of measured) {
  const scopeWrong = t.expected.audience !== t.scope?.audience || t.expected.law !== t.scope?.law;
  if (t.expected.audience === t.scope?.audience) audienceRight++;
  if (t.expected.law === t.scope?.law) lawRight++;
  findings += t.findings;
  matched += t.matched.length;
  reports += t.matched.length + t.falseReports.length;
  for (const m of t.matched) (row(m.rule).findings++, row(m.rule).matched++, row(m.rule).reports++);
  for (const m of t.misses) row(m.rule).findings++;
  for (const f of t.falseReports) row(f.rule).reports++;
  if (scopeWrong) (scopeMisses += t.misses.length, scopeFalse += t.falseReports.length);
  else elsewhere += t.misses.filter((m) => t.falseReports.some((f) => f.rule === m.rule)).length;
}
const ratio = (a, b) => (b ? (a / b).toFixed(2) : "—");
const head = git("rev-parse", "--short", "HEAD");
console.log(`Clausier at arrival — ${measured.length} tuning texts, each measured by the linter of the commit that added it (${plan.length} commits), today's labels (${head})`);
console.log(`  overall: precision ${ratio(matched, reports)}, recall ${ratio(matched, findings)} (${matched} matched, ${reports} reports, ${findings} findings)`);
console.log(`  scope: law ${lawRight}/${measured.length}, audience ${audienceRight}/${measured.length} as labelled`);
console.log(`  errors: ${scopeMisses} of ${findings - matched} misses and ${scopeFalse} of ${reports - matched} false reports in texts whose law or audience is not as labelled; ${elsewhere} misses whose rule reported elsewhere in the same text`);
console.log("  rule                                 findings  matched  reports  precision  recall");
for (const [rule, r] of [...ruleRows].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${rule.padEnd(36)} ${String(r.findings).padStart(8)} ${String(r.matched).padStart(8)} ${String(r.reports).padStart(8)} ${ratio(r.matched, r.reports).padStart(10)} ${ratio(r.matched, r.findings).padStart(7)}`);
