import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/quote-deposit-exceeds-terms.js";
import { ROOT, lintRepoFiles } from "./helpers.js";

const ID = "quote-deposit-exceeds-terms";

describe(ID, () => {
  it("reports a 40 % deposit where the Altairis CGV cap it at 30 %, and suggests the ceiling", () => {
    const [m, ...rest] = lintRepoFiles(["test/lint/fixtures/documents/quotes/quote-dev-2026-0012-deposit-40.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 43, column: 17 });
    expect(m!.message).toContain("acompte de 40\u00a0% demandé alors que les conditions du vendeur le plafonnent à 30\u00a0% (terms/altairis/cgv.yaml)");
    expect(m!.suggestions![0]!.fix.text).toBe("30");
  });

  it("accepts a deposit at the ceiling (the bundled Altairis quote: 30 %)", () => {
    expect(lintRepoFiles(["fixtures/altairis/quote-dev-2026-0012.yaml"], rule)).toEqual([]);
  });

  it("says nothing when the terms set no ceiling (Pétillances: a default of 30 %, no maximum)", () => {
    expect(lintRepoFiles(["fixtures/petillances/quote-of-2026-0031.yaml"], rule)).toEqual([]);
  });

  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
