import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/recovery-indemnity-missing.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const retard = (body: string) => ({ clauses: [{ id: "retard", number: "1", title: "Retard de paiement", body: `${body}\n` }] });
const prose = (sentence: string) => `# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("recovery-indemnity-missing", () => {
  it("reports terms with neither the fact nor a sentence, at latePayment", () => {
    const messages = lintTerms({ latePayment: { recoveryIndemnity: null }, ...retard("Tout retard entraîne des pénalités de trois fois le taux d'intérêt légal.") }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "recovery-indemnity-missing", severity: "error", line: 37, column: 1 });
    expect(messages[0]!.message).toContain("n'est pas mentionnée");
  });

  it("reports an indemnity fact without amount, at the fact", () => {
    const [m, ...rest] = lintTerms({ latePayment: { recoveryIndemnity: { amount: null } } }, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 42, column: 22 });
    expect(m!.message).toContain("nommée sans son montant");
  });

  it("reads the words when the fact is left out", () => {
    expect(lintTerms({ latePayment: { recoveryIndemnity: null } }, rule)).toEqual([]);
  });

  it("reports Livenote's sentence without amount, on its words, with a suggestion adding 40 €", () => {
    const text = prose("En cas de retard de paiement, le créancier a droit à l'indemnité forfaitaire pour frais de recouvrement (Loi n° 2012-387 du 22 mars 2012).");
    const [m, ...rest] = lintProse(text, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 56, endLine: 3, endColumn: 77 });
    const fix = m!.suggestions![0]!.fix;
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain("l'indemnité forfaitaire de 40 € pour frais de recouvrement");
  });

  it("reports prose that never mentions it, at the late-payment clause title", () => {
    const [m] = lintProse("# Article 1 : Objet\n\nLes présentes conditions s'appliquent.\n\n# Article 2 : Retard de paiement\n\nPénalités : trois fois le taux d'intérêt légal.\n", rule);
    expect(m).toMatchObject({ line: 5, column: 15 });
    expect(m!.message).toContain("n'est pas mentionnée");
  });

  it("reports it at a debt-collection clause when there is one", () => {
    const text = "# Article 1 : Conditions de règlement\n\nPaiement à trente jours.\n\n# Article 2 : Recouvrement des créances\n\nLes frais de relance sont à la charge du Client.\n";
    expect(lintProse(text, rule, { audience: "b2b" })[0]).toMatchObject({ line: 5, column: 15 });
  });

  it.each([
    "Une indemnité forfaitaire de quarante (40) euros pour frais de recouvrement est due.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40 €.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40 euros.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40,00 €.",
    "Une indemnité forfaitaire de quarante euros (40€) pour frais de recouvrement est due.",
    "En cas de non-paiement à l'échéance, la Société peut réclamer, à titre d'indemnité forfaitaire, dix pour cent (10%) du solde avec un minimum de quarante (40) euros.",
  ])("accepts an amount written « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("without clause titles, points at the paragraph about recovery costs rather than the first about penalties (review 2026-12-06b)", () => {
    const text = "Conditions de l'Atelier Brume\n\n1 - Nos factures sont payables à trente jours.\n\n2 - Tout retard fait courir des pénalités de retard au taux de 12 % l'an.\n\n3 - Les frais judiciaires engagés pour les sommes à recouvrer restent à la charge du client.\n";
    expect(lintProse(text, rule, { audience: "b2b" })[0]).toMatchObject({ line: 7 });
    expect(lintProse(text.replace(/\n\n3 - .*\n/, "\n"), rule, { audience: "b2b" })[0]).toMatchObject({ line: 5 });
  });

  it("does not apply to consumer terms (recovery-indemnity-consumer's case)", () => {
    expect(lintProse(`---\naudience: b2c\n---\n${prose("Rien.")}`, rule)).toEqual([]);
  });

  it("applies to Luxembourg terms (Dir. 2011/7 art. 6)", () => {
    const [m] = lintProse(prose("Tout retard porte intérêts au taux de référence de la BCE majoré de huit points."), rule, { law: "LU" });
    expect(m!.legalBasis).toEqual(["lu.loi.2004-04-18.section-4"]);
  });

  it("takes a CGU's payment terms from the CGT it is bound to", () => {
    expect(lintRepoFiles(["terms/luxoges/cgu.yaml"], rule)).toEqual([]);
  });

  it("gives the bundled sellers their expected findings", () => {
    expect(lintRepoFiles(["terms/livenote/cgv.yaml"], rule)).toMatchObject([{ line: 47, column: 22 }]);
    for (const seller of ["altairis/cgv.yaml", "luxoges/cgt.yaml", "petillances/cg.yaml", "voguezen/cgv.yaml"]) {
      expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
    }
  });

  it.skipIf(!existsSync(SEEDS))("finds the same in prose mode on the seeds", () => {
    const seed = (name: string, audience: "b2b" | "mixed", law: "FR" | "LU") => lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law });
    expect(seed("002_4929b587e6a85f38.txt", "mixed", "FR")).toMatchObject([{ line: 125, column: 3 }]);
    expect(seed("000_1428806e8580c531.txt", "b2b", "FR")).toEqual([]);
    expect(seed("001_4d303faaf5ba4ff2.txt", "b2b", "FR")).toEqual([]);
    expect(seed("003_d6f4e488504f7134.txt", "b2b", "LU")).toEqual([]);
    expect(seed("004_afafcd9942a486fc.txt", "b2b", "FR")).toEqual([]);
  });
});
