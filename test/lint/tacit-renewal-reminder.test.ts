import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/tacit-renewal-reminder.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "tacit-renewal-reminder";
const mixed = { audience: "mixed" } as const;
const duration = { id: "duree", number: "5", title: "Durée", body: "Le contrat d'entretien est conclu pour un an. Il est reconduit tacitement par périodes d'un an, sauf dénonciation un mois avant l'échéance.\n" };
const reminder = { ...duration, body: duration.body + "\nLe prestataire informe le client par courrier électronique dédié, un à trois mois avant l'échéance, de la possibilité de ne pas reconduire le contrat.\n" };
const terms = (...clauses: object[]) => ({ ...mixed, clauses });

describe(ID, () => {
  it("notes a consumer contract renewed tacitly, as information, at « reconduit tacitement »", () => {
    const [m, ...rest] = lintTerms(terms(duration), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "info" });
    expect(m!.message).toContain("au plus tôt trois mois et au plus tard un mois");
    expect(m!.legalBasis).toEqual(["fr.cconso.L215-1"]);
    const [en] = lintTerms(terms(duration), rule, { locale: "en" });
    expect(en!.message).toContain("dedicated named letter or e-mail");
  });

  it("says nothing when the terms describe the reminder, when nothing renews tacitly, or to businesses", () => {
    expect(lintTerms(terms(reminder), rule)).toEqual([]);
    expect(lintTerms(terms({ ...duration, body: "Le contrat est conclu pour un an et prend fin à son terme.\n" }), rule)).toEqual([]);
    expect(lintTerms({ clauses: [duration] }, rule)).toEqual([]);
  });

  it("says nothing when the consumer may already end the contract at any time free of charge, the very remedy of L215-1 (review A3)", () => {
    const free = { id: "resiliation", number: "6", title: "Résiliation", body: "Le client peut résilier son abonnement à tout moment, sans frais, depuis son espace client.\n" };
    expect(lintTerms(terms(duration, free), rule)).toEqual([]);
    // Near misses: at any time but against a fee, or free only at the term.
    const fee = { ...free, body: "Le client peut résilier à tout moment moyennant une indemnité de 50 €.\n" };
    const atTerm = { ...free, body: "Le client peut résilier sans frais à l'échéance annuelle.\n" };
    expect(lintTerms(terms(duration, fee), rule)).toHaveLength(1);
    expect(lintTerms(terms(duration, atTerm), rule)).toHaveLength(1);
  });

  it("reads prose: « tacite reconduction »", () => {
    const [m] = lintProse("# Article 5 : Durée\n\nL'abonnement annuel est renouvelé par tacite reconduction.\n", rule, mixed);
    expect(m).toMatchObject({ line: 3, column: 39, endColumn: 58 });
  });

  it("Livenote (maintenance renewed by tacit renewal, mixed audience) gets the note; the business sellers do not", () => {
    const [m, ...rest] = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "info" });
    const b2b = ["altairis/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(b2b, rule)).toEqual([]);
  });
});
