import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/late-penalty-rate-missing.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const noRate = { clauses: [{ id: "retard", title: "Retard de paiement", body: "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40 €.\n" }] };

describe("late-penalty-rate-missing", () => {
  it("reports terms with neither the fact nor a rate in the clauses, at latePayment", () => {
    const messages = lintTerms({ latePayment: { penalty: null }, ...noRate }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "late-penalty-rate-missing", severity: "error", line: 37, column: 1 });
    expect(messages[0]!.legalBasis).toEqual(["fr.ccom.L441-10"]);
  });

  it("reads the rate in the clauses when the fact is left out", () => {
    expect(lintTerms({ latePayment: { penalty: null } }, rule)).toEqual([]);
  });

  it("reports prose without a rate at the late-payment clause title", () => {
    const [m] = lintProse("# Article 1 : Objet\n\nVente de services.\n\n# Article 2 : Retard de paiement\n\nLe Client est relancé par e-mail.\n", rule);
    expect(m).toMatchObject({ line: 5, column: 15 });
  });

  it("reports prose without a late-payment clause at the « Paiement » clause, and at the title when there is none", () => {
    const b2b = { audience: "b2b" } as const;
    const body = "## Article 1 : Objet\n\nVente de services.\n";
    const [m] = lintProse(`Conditions générales – Atelier Brume\n\n${body}\n## Article 2 : Paiement\n\nLes factures sont payables à trente jours.\n`, rule, b2b);
    expect(m).toMatchObject({ line: 7, column: 16 });
    const [t] = lintProse(`Conditions générales – Atelier Brume\n\n${body}`, rule, b2b);
    expect(t).toMatchObject({ line: 1, column: 1, endColumn: 37 });
  });

  it("reads a share of the invoice per day of delay as a rate, and a one-off share as none (review 2026-12-06b)", () => {
    const b2b = { audience: "b2b" } as const;
    const clause = (text: string) => `# Conditions – Studio Ocre\n\n## Article 4 : Règlement\n\nLes factures sont payables à trente jours. ${text}\n`;
    expect(lintProse(clause("En cas de retard, la pénalité s'élève à 2 % du montant de la facture par jour de retard."), rule, b2b)).toEqual([]);
    expect(lintProse(clause("En cas de retard, la pénalité s'élève à 2 % du montant de la facture."), rule, b2b)).toHaveLength(1);
  });

  it("speaks Luxembourg law for Luxembourg terms", () => {
    const [m] = lintProse("# Article 1 : Paiement\n\nLes factures sont payables à trente jours.\n", rule, { law: "LU" });
    expect(m?.message).toContain("majoré de huit points");
  });

  it.each([
    "Tout retard entraîne des pénalités de retard égales à trois (3) fois le taux d'intérêt légal.",
    "Les sommes non payées portent intérêts au taux d'intérêt légal multiplié par trois (3).",
    "Pénalités de retard : taux de la BCE majoré de 10 points.",
    "En cas de retard, des pénalités au taux annuel de 15 % sont dues.",
    "Tout retard de paiement porte intérêts au taux de référence de la Banque Centrale Européenne majoré de huit pour cent (8%).",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(`# Article 1 : Retard\n\n${sentence}\n`, rule)).toEqual([]);
  });

  it("takes a CGU's rate from the CGT it is bound to", () => {
    expect(lintRepoFiles(["terms/luxoges/cgu.yaml"], rule)).toEqual([]);
  });

  it("leaves the bundled sellers alone", () => {
    for (const seller of ["livenote/cgv.yaml", "altairis/cgv.yaml", "luxoges/cgt.yaml", "petillances/cg.yaml", "voguezen/cgv.yaml"]) {
      expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
    }
  });

  it.skipIf(!existsSync(SEEDS))("finds a rate in every seed", () => {
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
