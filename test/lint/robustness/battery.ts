// A robustness battery (issue #11, deliverables 5 and 6): short texts written for the test, in the
// typography and phrasing of published terms, each a must-report or a must-not-report for a rule.
import { expect, it } from "vitest";
import { allRules } from "../../../src/lint/rules/index.js";
import type { Audience } from "../../../src/lint/types.js";
import { lintProse } from "../helpers.js";

export interface WordingCase {
  name: string;
  text: string;
  rule: string;
  /** true: the rule must report (on `line` when given); false: it must not. */
  reports: boolean;
  line?: number;
  /** Words the report must say (which of the rule's messages it is). */
  says?: RegExp;
  audience?: Audience;
  asOf?: string;
  /** A case the code does not pass yet, run as `it.fails` until fixed (a battery is committed before its fix). */
  knownFailure?: boolean;
}

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

export function runCases(cases: WordingCase[]): void {
  for (const c of cases) {
    (c.knownFailure ? it.fails : it)(`${c.reports ? "reports" : "does not report"} ${c.rule}: ${c.name}`, () => {
      const rule = byId.get(c.rule);
      if (!rule) throw new Error(`unknown rule ${c.rule}`);
      const own = lintProse(c.text, rule, { audience: c.audience ?? "b2b", asOf: c.asOf }).filter((m) => m.ruleId === c.rule);
      if (!c.reports) expect(own.map((m) => `${m.line}: ${m.message}`).join("\n")).toBe("");
      else {
        expect(own.length).toBeGreaterThan(0);
        if (c.line !== undefined) expect(own.map((m) => m.line)).toContain(c.line);
        if (c.says) expect(own.map((m) => m.message).join("\n")).toMatch(c.says);
      }
    });
  }
}
