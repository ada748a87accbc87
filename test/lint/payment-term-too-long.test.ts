import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/payment-term-too-long.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const term = (termDays: number, termBasis = "invoice-date", more: Record<string, unknown> = {}) => ({ payment: { termDays, termBasis, ...more } });
const prose = (sentence: string) => `# Article 1 : Paiement\n\n${sentence}\n`;

describe("payment-term-too-long", () => {
  it("reports 90 days from the invoice, at termDays", () => {
    const messages = lintTerms(term(90), rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "payment-term-too-long", severity: "error", line: 33, column: 13 });
    expect(messages[0]!.message).toContain("60 jours");
  });

  it("keeps the French caps for an expressly agreed term", () => {
    expect(lintTerms(term(90, "invoice-date", { expressAgreement: true }), rule)).toHaveLength(1);
  });

  it("allows 60 days from the invoice and 45 days end of month, not 60 days end of month", () => {
    expect(lintTerms(term(60), rule)).toEqual([]);
    expect(lintTerms(term(45, "end-of-month"), rule)).toEqual([]);
    const [m] = lintTerms(term(60, "end-of-month"), rule);
    expect(m?.message).toContain("45 jours fin de mois");
  });

  it("applies 60 days in Luxembourg unless expressly agreed", () => {
    const [m] = lintTerms({ governingLaw: "LU", ...term(90) }, rule);
    expect(m?.legalBasis).toEqual(["lu.loi.2004-04-18.art-3", "eu.dir.2011-7.art-3"]);
    expect(lintTerms({ governingLaw: "LU", ...term(90, "invoice-date", { expressAgreement: true }) }, rule)).toEqual([]);
    // 45 days end of month can run to 75 days after the invoice.
    expect(lintTerms({ governingLaw: "LU", ...term(45, "end-of-month") }, rule)[0]?.message).toContain("jusqu'à 75 jours");
    expect(lintTerms({ governingLaw: "LU", ...term(30, "end-of-month") }, rule)).toEqual([]);
  });

  it("reports « payable à 90 jours » in prose on its words", () => {
    const [m, ...rest] = lintProse(prose("Les factures sont payables à 90 jours date de facture."), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 28, endLine: 3, endColumn: 38 });
  });

  it("reads « à quatre-vingt-dix (90) jours fin de mois »", () => {
    const [m] = lintProse(prose("Le règlement s'effectue à quatre-vingt-dix (90) jours fin de mois."), rule);
    expect(m?.message).toContain("90 jours fin de mois");
  });

  it.each([
    ["payables à quatre-vingt-dix jours", "90 jours"],
    ["payables à soixante-quinze (75) jours", "75 jours"],
    ["payables à soixante-dix jours date de facture", "70 jours"],
  ])("reads numbers in words: « %s »", (words, expected) => {
    const [m] = lintProse(prose(`Les factures sont ${words}.`), rule);
    expect(m?.message).toContain(`de ${expected}`);
  });

  it.each([
    "Le paiement devra être effectué dans un délai de trente (30) jours à compter de la date d'émission de la facture.",
    "Les factures sont payables à 45 jours fin de mois.",
    "Les factures sont payables à soixante (60) jours date de facture.",
    // Other deadlines in days are not payment terms.
    "Toute réclamation sur une facture doit être faite dans les 90 jours de sa réception.",
    "Le remboursement intervient sous quatre-vingt-dix (90) jours après la résiliation.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("leaves the bundled sellers alone", () => {
    for (const seller of ["livenote/cgv.yaml", "altairis/cgv.yaml", "luxoges/cgt.yaml", "petillances/cg.yaml", "voguezen/cgv.yaml"]) {
      expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
    }
  });

  it.skipIf(!existsSync(SEEDS))("finds nothing in prose mode on the seeds", () => {
    const seeds: Array<[string, "b2b" | "mixed", "FR" | "LU"]> = [
      ["000_1428806e8580c531.txt", "b2b", "FR"],
      ["001_4d303faaf5ba4ff2.txt", "b2b", "FR"],
      ["002_4929b587e6a85f38.txt", "mixed", "FR"],
      ["003_d6f4e488504f7134.txt", "b2b", "LU"],
      ["004_afafcd9942a486fc.txt", "b2b", "FR"],
    ];
    for (const [name, audience, law] of seeds) expect(lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law }), name).toEqual([]);
  });
});
