import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/refund-account-mismatch.js";
import { ROOT, lintRepoFiles } from "./helpers.js";

const ID = "refund-account-mismatch";
const DIR = "test/lint/fixtures/documents/refunds";

describe(ID, () => {
  it("accepts the Pétillances statement: avoir, fee invoice, deposit, 348,66 € due as the policy gives", () => {
    expect(lintRepoFiles(["fixtures/petillances/refund-nc-2026-0007.yaml"], rule)).toEqual([]);
  });

  it("reports a fee invoice that does not follow the policy (30 % invoiced, 50 % due), at the documents listed", () => {
    const [m, ...rest] = lintRepoFiles([`${DIR}/refund-nc-2026-0007-fees-30.yaml`], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 9 });
    expect(m!.message).toContain("les documents listés donnent au client un solde de 0,00\u00a0€ (facture − avoirs + frais − versé − intérêts) alors que la politique « training-cancellation » donne 348,66\u00a0€");
  });

  it("reports a listed avoir of another invoice, where it is listed", () => {
    const messages = lintRepoFiles([`${DIR}/refund-nc-2026-0007-other-avoir.yaml`], rule);
    const other = messages.filter((m) => m.message.includes("rectifie la facture FA-2026-0041, pas la facture FP-2026-0118"));
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ line: 9 });
  });

  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
