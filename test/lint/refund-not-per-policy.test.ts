import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/refund-not-per-policy.js";
import { ROOT, lintRepoFiles } from "./helpers.js";

const ID = "refund-not-per-policy";
const DIR = "test/lint/fixtures/documents/refunds";

describe(ID, () => {
  it("accepts the Livenote example: 8 × 45 € − 4 × (49 € − 45 €) = 344 €", () => {
    expect(lintRepoFiles(["fixtures/livenote/refund-rb-2020-0001.yaml"], rule)).toEqual([]);
  });

  it("reports the same statement announcing 360 €, and suggests 344.00", () => {
    const [m, ...rest] = lintRepoFiles([`${DIR}/refund-rb-2020-0001-360.yaml`], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 13, column: 15 });
    expect(m!.message).toContain("le relevé annonce 360,00\u00a0€ alors que la politique « maintenance-annual » des conditions donne 344,00\u00a0€");
    expect(m!.suggestions![0]!.fix.text).toBe("344.00");
  });

  it("reports a refund larger than the refunded invoice", () => {
    const [m, ...rest] = lintRepoFiles([`${DIR}/refund-exceeds-invoice.yaml`], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 11, column: 15 });
    expect(m!.message).toContain("remboursement de 100,00\u00a0€ supérieur au total de la facture remboursée (LN-2020-0002, 79,00\u00a0€)");
  });

  it("says why the policy cannot be applied when a fact is missing", () => {
    const [m] = lintRepoFiles([`${DIR}/refund-missing-facts.yaml`], rule);
    expect(m).toMatchObject({ line: 9, column: 3 });
    expect(m!.message).toContain("facts.monthsUsed");
  });

  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
