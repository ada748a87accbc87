import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/recovery-indemnity-consumer.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const b2c = (sentence: string) => `---\naudience: b2c\n---\n# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("recovery-indemnity-consumer", () => {
  it("reports consumer terms carrying the indemnity fact, at the fact", () => {
    const messages = lintTerms({ audience: "b2c" }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "recovery-indemnity-consumer", severity: "error", line: 43, column: 5 });
  });

  it("reports the sentence of consumer prose that claims it", () => {
    const [m, ...rest] = lintProse(b2c("Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40 €."), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 6, column: 26, endLine: 6, endColumn: 47 });
  });

  it("accepts consumer terms without it, or that keep it for professional clients", () => {
    expect(lintTerms({ audience: "b2c", latePayment: { recoveryIndemnity: null }, clauses: [{ id: "objet", title: "Objet", body: "Vente en ligne.\n" }] }, rule)).toEqual([]);
    expect(lintProse(b2c("Pour les clients professionnels uniquement, tout retard entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement."), rule)).toEqual([]);
  });

  it("does not apply to B2B terms", () => {
    expect(lintTerms({}, rule)).toEqual([]);
  });

  it("notes (info, not error) mixed terms that claim it without reserving it to professionals", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: "info", line: 47 });
    const reserved = lintTerms(
      {
        audience: "mixed",
        clauses: [{ id: "retard", title: "Retard", body: "Pour les clients professionnels uniquement, une indemnité forfaitaire pour frais de recouvrement de 40 € est due.\n" }],
      },
      rule,
    );
    expect(reserved).toEqual([]);
  });
});
