// The accuracy corpus's contract that does not depend on tuning: on every published text whose
// inferred law has no profile (Belgian, Swiss, Québec, Moroccan terms…), no rule tied to French or
// Luxembourg law reports anything. Runs the Linter in-process over test/corpus (no timing).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasProfile } from "../../src/legal/law.js";
import { Linter } from "../../src/lint/linter.js";
import { allRules } from "../../src/lint/rules/index.js";

const CORPUS = join(__dirname, "../corpus");
const TEXTS = join(CORPUS, "texts");
const lawBound = new Set(allRules.filter((r) => !r.meta.appliesTo.jurisdictions.includes("any")).map((r) => r.meta.id));

describe.skipIf(!existsSync(TEXTS))("texts under a law Clausier has no profile for", () => {
  const linter = new Linter({ cwd: CORPUS, asOf: "2026-12-06", locale: "fr" });
  const run = linter.lintPaths(readdirSync(TEXTS).map((f) => join(TEXTS, f)));
  const foreign = run.results.filter((r) => r.scope && !hasProfile(r.scope.law));

  it("are found in the corpus (Belgium, Switzerland, Canada, Morocco…)", () => {
    expect(new Set(foreign.map((r) => r.scope!.law)).size).toBeGreaterThanOrEqual(3);
  });

  it("get no finding from a rule tied to French or Luxembourg law, and one note that they are out of scope", () => {
    for (const r of foreign) {
      expect(r.messages.filter((m) => lawBound.has(m.ruleId)).map((m) => `${r.filePath}:${m.line} ${m.ruleId}`)).toEqual([]);
      // A law the text does not let one tell (round T11) is said once, in the scope note; a named law without a
      // profile gets its own note.
      const notes = r.scope!.law === "unknown" ? r.messages.filter((m) => m.ruleId === "scope-inferred" && /indéterminé/.test(m.message)) : r.messages.filter((m) => m.ruleId === "law-without-profile");
      expect(notes, r.filePath).toHaveLength(1);
      if (r.scope!.law === "unknown") expect(r.messages.filter((m) => m.ruleId === "law-without-profile")).toEqual([]);
    }
  });
});
