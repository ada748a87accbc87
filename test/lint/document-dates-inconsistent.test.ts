import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/document-dates-inconsistent.js";
import { baseTerms, lintProse, lintRepoFiles, lintTerms, merge } from "./helpers.js";

const ID = "document-dates-inconsistent";
const cgu = (effectiveDate: string) => stringify(merge(baseTerms(), { kind: "cgu", id: "exemple-cgu", effectiveDate }), { lineWidth: 0 });

describe(ID, () => {
  it("accepts dated terms in force", () => {
    expect(lintTerms({ lastUpdated: "2026-02-01" }, rule)).toEqual([]);
  });

  it("reports terms without an effective date", () => {
    const [m, ...rest] = lintTerms({ effectiveDate: null }, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "warning", line: 1, column: 1 });
    expect(m!.legalBasis).toEqual(["fr.cciv.1119"]);
  });

  it("reports an effective date after --as-of, at the date", () => {
    const [m] = lintTerms({ effectiveDate: "2026-07-01" }, rule, { asOf: "2026-06-01" });
    expect(m).toMatchObject({ line: 4, column: 16 });
    expect(m!.message).toContain("2026-07-01");
    expect(lintTerms({ effectiveDate: "2026-07-01" }, rule, { asOf: "2026-07-01" })).toEqual([]);
  });

  it("reports an update after --as-of, or before the effective date", () => {
    const [future] = lintTerms({ lastUpdated: "2026-06-02" }, rule, { asOf: "2026-06-01" });
    expect(future!.message).toContain("2026-06-02");
    const [before] = lintTerms({ lastUpdated: "2025-12-31" }, rule);
    expect(before!.message).toContain("2025-12-31");
    expect(before!.message).toContain("2026-01-01");
  });

  it("reports the older of two documents of one seller more than a year apart, not the newer", () => {
    const messages = lintTerms({}, rule, { extraFiles: { "cgu.yaml": cgu("2024-12-01") } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ file: "cgu.yaml", line: 4, column: 16 });
    expect(messages[0]!.message).toContain("terms.yaml (2026-01-01)");
    // Exactly a year apart: not stale yet.
    expect(lintTerms({}, rule, { extraFiles: { "cgu.yaml": cgu("2025-01-01") } })).toEqual([]);
  });

  it("does not apply to prose", () => {
    expect(lintProse("# Article 1 : Objet\n\nLes présentes conditions s'appliquent.\n", rule)).toEqual([]);
  });

  describe("bundled sellers", () => {
    it("luxoges: the CGU (2022) is two years older than its CGT (2024), linted alone or together", () => {
      const [alone] = lintRepoFiles(["terms/luxoges/cgu.yaml"], rule);
      expect(alone).toMatchObject({ file: "terms/luxoges/cgu.yaml", line: 6, column: 16 });
      expect(alone!.message).toContain("terms/luxoges/cgt.yaml (2024-01-01)");
      const together = lintRepoFiles(["terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml"], rule);
      expect(together.map((m) => m.file)).toEqual(["terms/luxoges/cgu.yaml"]);
    });

    it("petillances: no effective date; the others are consistent", () => {
      const [m, ...rest] = lintRepoFiles(["terms/petillances/cg.yaml"], rule);
      expect(rest).toEqual([]);
      expect(m!.message).toContain("effectiveDate");
      const others = ["altairis/cgv", "livenote/cgv", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
      expect(lintRepoFiles(others, rule, { asOf: "2026-11-23" })).toEqual([]);
    });
  });
});
