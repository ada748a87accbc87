// Matching lint reports to labelled findings and the metrics (docs/accuracy.md#matching).
// Pure functions: the test feeds them hand-made reports.

/** Scope infos are checked against the labels' law/audience, engine messages are about disable comments: neither is a finding. */
export const NOT_COUNTED = new Set(["scope-inferred", "law-without-profile", "unused-disable", "disable-without-reason"]);

/** A report is on a labelled place when its line is within the anchor's lines, ±1. */
export const near = (report, label) => report.rule === label.rule && report.line >= label.first - 1 && report.line <= label.last + 1;

/**
 * Pairs reports with findings, one to one, as many pairs as possible (augmenting paths: a greedy
 * pairing could leave a finding unmatched that another choice would have matched).
 * Returns { pairs: [[findingIndex, reportIndex]], misses: finding indexes, falseReports: report indexes }.
 */
export function matchReports(findings, reports) {
  const candidates = findings.map((f) =>
    reports
      .map((r, i) => i)
      .filter((i) => near(reports[i], f))
      .sort((a, b) => distance(reports[a], f) - distance(reports[b], f)),
  );
  const reportOwner = new Array(reports.length).fill(-1);
  const tryFinding = (f, seen) => {
    for (const r of candidates[f]) {
      if (seen.has(r)) continue;
      seen.add(r);
      if (reportOwner[r] < 0 || tryFinding(reportOwner[r], seen)) {
        reportOwner[r] = f;
        return true;
      }
    }
    return false;
  };
  findings.forEach((_, f) => tryFinding(f, new Set()));
  const pairs = reportOwner.map((f, r) => [f, r]).filter(([f]) => f >= 0);
  const matchedFindings = new Set(pairs.map(([f]) => f));
  return {
    pairs,
    misses: findings.map((_, i) => i).filter((i) => !matchedFindings.has(i)),
    falseReports: reports.map((_, i) => i).filter((i) => reportOwner[i] < 0),
  };
}

function distance(report, label) {
  if (report.line < label.first) return label.first - report.line;
  if (report.line > label.last) return report.line - label.last;
  return 0;
}

/** One text: its counted reports matched to its findings; traps hit are reports a trap names. */
export function scoreText(entry, messages) {
  const reports = messages.filter((m) => !NOT_COUNTED.has(m.ruleId)).map((m) => ({ rule: m.ruleId, line: m.line, column: m.column, message: m.message, severity: m.severity }));
  const { pairs, misses, falseReports } = matchReports(entry.findings, reports);
  const trapsHit = [];
  for (const trap of entry.traps) for (const r of reports.filter((x) => near(x, trap))) trapsHit.push({ trap, report: r });
  return {
    reports,
    matched: pairs.map(([f, r]) => ({ finding: entry.findings[f], report: reports[r] })),
    misses: misses.map((i) => entry.findings[i]),
    falseReports: falseReports.map((i) => reports[i]),
    trapsHit,
  };
}

/** Findings, matched, reports, precision (matched reports / reports) and recall (matched / findings); null where the count is 0. */
export function tally(rows) {
  const t = { findings: 0, matched: 0, reports: 0 };
  for (const r of rows) {
    t.findings += r.findings;
    t.matched += r.matched;
    t.reports += r.reports;
  }
  return { ...t, precision: t.reports ? t.matched / t.reports : null, recall: t.findings ? t.matched / t.findings : null };
}

/** Overall and per-rule metrics of the scored texts of one set, and how often the scope used was the labelled one. */
export function summarize(scored) {
  const perRule = new Map();
  const row = (rule) => perRule.get(rule) ?? perRule.set(rule, { findings: 0, matched: 0, reports: 0 }).get(rule);
  for (const { entry, score } of scored) {
    for (const f of entry.findings) row(f.rule).findings++;
    for (const m of score.matched) row(m.finding.rule).matched++;
    for (const r of score.reports) row(r.rule).reports++;
  }
  const rules = Object.fromEntries([...perRule.keys()].sort().map((id) => [id, tally([perRule.get(id)])]));
  const scope = { law: { correct: 0, known: 0 }, audience: { correct: 0, known: 0 } };
  for (const { entry, scope: used } of scored) {
    for (const key of ["law", "audience"]) {
      if (used?.[key] === undefined) continue;
      scope[key].known++;
      if (sameScope(entry, used, key)) scope[key].correct++;
    }
  }
  return { texts: scored.length, overall: tally([...perRule.values()]), rules, scope, errors: whereErrorsAre(scored) };
}

const sameScope = (entry, used, key) => used?.[key] === undefined || String(used[key]).toLowerCase() === String(entry[key]).toLowerCase();

/**
 * Where the misses and false reports of a set lie, in counts only (no text named, so a validation set can be read
 * this way without being tuned on): in texts whose law or audience the linter got other than labelled, and misses
 * whose rule did report in the same text but on other lines (a question of place, not of recognition).
 */
function whereErrorsAre(scored) {
  const errors = { misses: 0, falseReports: 0, scopeMisses: 0, scopeFalseReports: 0, elsewhere: 0 };
  for (const { entry, score, scope: used } of scored) {
    const scopeWrong = !sameScope(entry, used, "law") || !sameScope(entry, used, "audience");
    errors.misses += score.misses.length;
    errors.falseReports += score.falseReports.length;
    if (scopeWrong) {
      errors.scopeMisses += score.misses.length;
      errors.scopeFalseReports += score.falseReports.length;
    }
    errors.elsewhere += score.misses.filter((m) => score.falseReports.some((r) => r.rule === m.rule)).length;
  }
  return errors;
}
