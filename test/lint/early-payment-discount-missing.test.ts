import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/early-payment-discount-missing.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const prose = (sentence: string) => `# Article 1 : Objet\n\nVente de services.\n\n# Article 2 : Modalités de paiement\n\n${sentence}\n`;

describe("early-payment-discount-missing", () => {
  it("reports terms saying nothing of the escompte, at payment", () => {
    const messages = lintTerms({ payment: { earlyPaymentDiscount: null } }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "early-payment-discount-missing", severity: "warning", line: 32, column: 1 });
    expect(messages[0]!.legalBasis).toContain("fr.ccom.L441-9");
  });

  it("reports prose at the payment clause title", () => {
    const [m] = lintProse(prose("Les factures sont payables à trente jours."), rule);
    expect(m).toMatchObject({ line: 5, column: 15 });
  });

  it.each([
    "Aucun escompte ne sera consenti en cas de paiement anticipé.",
    "Un règlement anticipé ne donne droit à aucun escompte.",
    "Escompte de 1 % pour paiement sous huit jours.",
    "Pas de remise pour paiement anticipé.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("prefers the payment-terms clause to the prices clause that comes first", () => {
    const text = "# Article 1 : Prix\n\nLes prix sont indiqués hors taxes.\n\n# Article 2 : Conditions de paiement\n\nLes factures sont payables à trente jours.\n";
    expect(lintProse(text, rule, { audience: "b2b" })[0]).toMatchObject({ line: 5, column: 15 });
  });

  it("prefers the « Paiement » clause to a « Facturation » clause that comes first (review 2026-12-06b)", () => {
    const text = "# Article 1 : Facturation\n\nUne facture est remise à la fin de la mission.\n\n# Article 2 : Paiement\n\nLes factures sont payables à trente jours.\n";
    expect(lintProse(text, rule, { audience: "b2b" })[0]).toMatchObject({ line: 5 });
  });

  it("without a payment clause, points at the first line that speaks of payment (numbered paragraphs)", () => {
    const text = "Conditions générales de l'Atelier Brume\n\n1 - Les devis sont valables un mois.\n\n2 - Nos factures sont payables à réception.\n";
    expect(lintProse(text, rule, { audience: "b2b" })[0]).toMatchObject({ line: 5, column: 1 });
  });

  it("does not take « le résultat escompté » for an escompte", () => {
    expect(lintProse(prose("Le Client obtient le résultat escompté."), rule)).toHaveLength(1);
  });

  it("takes a CGU's escompte from the CGT it is bound to", () => {
    expect(lintRepoFiles(["terms/luxoges/cgu.yaml"], rule)).toEqual([]);
  });

  it("warns Altairis and VogueZen, which say nothing of it, and no one else", () => {
    expect(lintRepoFiles(["terms/altairis/cgv.yaml"], rule)).toMatchObject([{ line: 16, column: 1, severity: "warning" }]);
    expect(lintRepoFiles(["terms/voguezen/cgv.yaml"], rule)).toMatchObject([{ line: 40, column: 1, severity: "warning" }]);
    for (const seller of ["livenote/cgv.yaml", "luxoges/cgt.yaml"]) expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds the same in prose mode on the seeds", () => {
    const seed = (name: string, audience: "b2b" | "mixed") => lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law: "FR" });
    // At « 3.2 Modalités de paiement », the sub-clause of « Article 3 : Tarifs et modalités de paiement » where the
    // payment terms are written (round T3; was the article's heading, line 78).
    expect(seed("001_4d303faaf5ba4ff2.txt", "b2b")).toMatchObject([{ line: 84, column: 5 }]);
    // « 6.4 Moment du paiement », not « 6.3 Moyens de paiement » (the means) nor the article's heading (line 46).
    expect(seed("004_afafcd9942a486fc.txt", "b2b")).toMatchObject([{ line: 57, column: 5 }]);
    expect(seed("000_1428806e8580c531.txt", "b2b")).toEqual([]);
    expect(seed("002_4929b587e6a85f38.txt", "mixed")).toEqual([]);
  });
});

describe("early-payment-discount-missing: where an absent discount lands", () => {
  it("does not take the EU regulation (« règlement (UE) 2016/679 ») for the payment terms", () => {
    const text = "# CGU\n\n## 1. Définitions\n\nDonnées personnelles : au sens du règlement (UE) 2016/679.\n\n## 2. Offres\n\n3. Règlement. Le règlement se fait par carte à la commande.\n";
    expect(lintProse(text, rule)[0]).toMatchObject({ line: 9 });
  });
});

