import { existsSync } from "node:fs";
import { SUPPRESSIONS_FILE, Workspace, type Diagnostic, type Locale } from "../model/index.js";
import type { LintResult } from "./types.js";
import { toResult } from "./engine.js";

/**
 * Bulk suppressions for adopting Clausier on an existing corpus (as ESLint's): the count of
 * errors per file and rule at the time of `--suppress-all`. Later runs hide those errors while
 * their count does not grow; once it grows, all of them show again, so the new one is seen.
 */
export { SUPPRESSIONS_FILE };

export type Suppressions = Record<string, Record<string, { count: number }>>;

/**
 * Loads the suppressions file through the loader, validated by schemas/suppressions.schema.json:
 * problems come back as positioned diagnostics (exit 2 in the CLI), never as a check silently off.
 * No file: nothing suppressed.
 */
export function loadSuppressions(path: string, cwd: string, locale: Locale): { suppressions?: Suppressions; diagnostics: Diagnostic[] } {
  if (!existsSync(path)) return { suppressions: {}, diagnostics: [] };
  const workspace = new Workspace(cwd, undefined, undefined, locale);
  const doc = workspace.load(path);
  if (doc?.kind !== "suppressions") return { diagnostics: workspace.allDiagnostics() };
  return { suppressions: doc.data.files as Suppressions, diagnostics: [] };
}

export function serializeSuppressions(s: Suppressions): string {
  const sorted: Suppressions = {};
  for (const file of Object.keys(s).sort()) {
    const rules = Object.keys(s[file]!).sort();
    if (rules.length) sorted[file] = Object.fromEntries(rules.map((r) => [r, s[file]![r]!]));
  }
  return JSON.stringify({ version: 1, files: sorted }, null, 2) + "\n";
}

function errorCounts(results: LintResult[]): Suppressions {
  const out: Suppressions = {};
  for (const r of results)
    for (const m of r.messages) {
      if (m.severity !== "error") continue;
      const rules = (out[r.filePath] ??= {});
      rules[m.ruleId] = { count: (rules[m.ruleId]?.count ?? 0) + 1 };
    }
  return out;
}

/** `--suppress-all`: every current error, added to what was already suppressed. */
export function suppressAll(existing: Suppressions, results: LintResult[]): Suppressions {
  const current = errorCounts(results);
  const out: Suppressions = structuredClone(existing);
  for (const [file, rules] of Object.entries(current))
    for (const [rule, { count }] of Object.entries(rules)) (out[file] ??= {})[rule] = { count: Math.max(count, out[file]?.[rule]?.count ?? 0) };
  return out;
}

/** `--prune-suppressions`: lowers counts to what still occurs, drops what is fixed. */
export function pruneSuppressions(existing: Suppressions, results: LintResult[]): Suppressions {
  const current = errorCounts(results);
  const out: Suppressions = {};
  for (const [file, rules] of Object.entries(existing))
    for (const [rule, { count }] of Object.entries(rules)) {
      const now = current[file]?.[rule]?.count ?? 0;
      if (now > 0) (out[file] ??= {})[rule] = { count: Math.min(count, now) };
    }
  return out;
}

/** Hides suppressed errors; returns the results and whether some suppressions no longer occur. */
export function applySuppressions(results: LintResult[], suppressions: Suppressions): { results: LintResult[]; unused: number } {
  const current = errorCounts(results);
  let unused = 0;
  for (const [file, rules] of Object.entries(suppressions))
    for (const [rule, { count }] of Object.entries(rules)) if ((current[file]?.[rule]?.count ?? 0) < count) unused++;
  const filtered = results.map((r) => {
    const rules = suppressions[r.filePath];
    if (!rules) return r;
    const kept = r.messages.filter((m) => {
      if (m.severity !== "error") return true;
      const allowed = rules[m.ruleId]?.count ?? 0;
      return (current[r.filePath]?.[m.ruleId]?.count ?? 0) > allowed;
    });
    return toResult(r.filePath, kept);
  });
  return { results: filtered, unused };
}
