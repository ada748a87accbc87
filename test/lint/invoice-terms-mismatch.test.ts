import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/invoice-terms-mismatch.js";
import { ROOT, lintRepoFiles } from "./helpers.js";

const ID = "invoice-terms-mismatch";
const DIR = "test/lint/fixtures/documents/mismatch";

describe(ID, () => {
  it("reports a due date, a penalty rate and an indemnity that contradict the terms", () => {
    const messages = lintRepoFiles([`${DIR}/invoice-contradicts-terms.yaml`], rule);
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      [ID, "error", 6, 10], // dueDate: 1 May instead of 1 April (30 days from 2 March)
      [ID, "error", 23, 31], // « deux fois le taux d'intérêt légal » instead of three
      [ID, "error", 23, 66], // « Indemnité forfaitaire … : 50 € » instead of 40 €
    ]);
    expect(messages[0]!.message).toContain("échéance du 1er mai 2026 alors que les conditions de paiement du vendeur donnent le 1er avril 2026");
    expect(messages[1]!.message).toContain("2 fois le taux d'intérêt légal alors que les conditions prévoient 3 fois le taux d'intérêt légal");
    expect(messages[2]!.message).toContain("de 50,00\u00a0€ alors que");
  });

  it("suggests the terms' due date, in place of the stated one", () => {
    const [m] = lintRepoFiles([`${DIR}/invoice-contradicts-terms.yaml`], rule);
    expect(m!.suggestions).toHaveLength(1);
    expect(m!.suggestions![0]!.fix.text).toBe("2026-04-01");
  });

  it("accepts the terms' due date, the penalty as a formula or as the rate of the day, and 40 €", () => {
    expect(lintRepoFiles([`${DIR}/invoice-agrees-with-terms.yaml`], rule)).toEqual([]);
  });

  it("reports an indemnity billed on a line at another amount, and a rate it cannot check for want of data", () => {
    const messages = lintRepoFiles([`${DIR}/invoice-indemnity-line.yaml`], rule);
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [20, 16], // unitPrice: "50.00"
      [22, 9], // 7,86 % in the second half of 2026: no legal-rate data
    ]);
    expect(messages[1]!.message).toContain("pas de données sur les taux légaux au 2026-10-16");
  });

  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
