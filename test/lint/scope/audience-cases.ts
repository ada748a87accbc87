// Audience batteries as tables: each case a text of our own wording and the audience it must give
// (undefined: left undecided; "presumed b2c": no sign of a professional client at all).
import { expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";

export type Expected = "b2b" | "b2c" | "mixed" | "presumed b2c" | undefined;
export type Case = [text: string, expected: Expected];

export const outcome = (text: string): Expected => {
  const r = inferAudience(text);
  return r.presumed === "b2c" && r.audience === undefined ? "presumed b2c" : r.audience;
};

/** One test per case; a case listed in `stillFailing` runs as `it.fails` until fixed. */
export function eachCase(cases: Case[], stillFailing: ReadonlySet<string> = new Set()): void {
  for (const c of cases) (stillFailing.has(c[0]) ? it.fails : it)(`${c[0]} → ${c[1]}`, () => expect(outcome(c[0])).toBe(c[1]));
}
