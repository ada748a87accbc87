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
      // One basis with an official URL, one no longer in force and known by its enacting texts only.
      legalBasis: ["eu.reg.593-2008.art-3", "fr.ccom.L441-6"],
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
