// Hand-built findings for the reporter tests: reporters need no real rule, only Rule-shaped metadata.
import type { LintMessage, LintResult, Rule, Severity } from "../../../src/lint/types.js";
import type { ReporterContext } from "../../../src/lint/reporters/index.js";

export const CWD = "/work/project";

export function message(severity: Severity, line: number, overrides: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: "governing-law-missing", severity, message: `constat ligne ${line}`, line, column: 1, endLine: line, endColumn: 5, ...overrides };
}

/** A result whose counts agree with its messages, as the engine's toResult makes them. */
export function result(filePath: string, messages: LintMessage[]): LintResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return { filePath, messages, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") };
}

export function rule(id: string, severity: Severity = "warning", overrides: Partial<Rule["meta"]> = {}): Rule {
  return {
    meta: {
      id,
      description: { fr: `Description de ${id} | avec *astérisques*.`, en: `Description of ${id}.` },
      severity,
      category: "jurisdiction",
      legalBasis: [
        { code: "Règlement (CE) n° 593/2008 (Rome I)", article: "art. 3 et 4", source: "https://eur-lex.europa.eu/eli/reg/2008/593/oj", inForce: { from: "2009-12-17" } },
        { code: "Code de commerce", article: "art. L. 441-10", source: "JORF n° 0098 du 25 avril 2019", inForce: { from: "2019-04-26", to: "2030-12-31" } },
      ],
      fixable: false,
      hasSuggestions: false,
      appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
      messages: { missing: { fr: "manque", en: "missing" } },
      ...overrides,
    },
    check() {},
  };
}

export function context(overrides: Partial<ReporterContext> = {}): ReporterContext {
  return { rules: [rule("governing-law-missing")], cwd: CWD, locale: "fr", color: false, env: {}, toolVersion: "0.1.0", ...overrides };
}
