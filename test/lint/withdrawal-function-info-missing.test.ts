import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/withdrawal-function-info-missing.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "withdrawal-function-info-missing";
const AFTER = { asOf: "2026-07-01" } as const;
const mixed = { audience: "mixed" } as const;
const order = { id: "commande", number: "2", title: "Commande", body: "Le client passe commande en ligne sur le site www.exemple.fr.\n" };
const withdrawal = { id: "retractation", number: "9", title: "Rétractation", body: "Le consommateur dispose de quatorze (14) jours pour exercer son droit de rétractation, en renvoyant le formulaire type par courrier.\n" };
const online = { ...withdrawal, body: withdrawal.body + "\nVous pouvez également exercer votre droit de rétractation en ligne sur www.exemple.fr/retractation.\n" };
const terms = (...clauses: object[]) => ({ ...mixed, clauses });

describe(ID, () => {
  describe("facts", () => {
    it("reports terms of an online shop whose withdrawal clause has no online function, at « rétractation »", () => {
      const [m, ...rest] = lintTerms(terms(order, withdrawal), rule, AFTER);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, severity: "error" });
      expect(m!.message).toContain("renoncer au contrat ici");
      expect(m!.legalBasis).toEqual(["fr.cconso.L221-21", "fr.cconso.R221-3", "fr.cconso.L221-5"]);
    });

    it("reports the withdrawal fact when no clause speaks of it, in English too", () => {
      const [m] = lintTerms({ ...terms(order), consumer: { withdrawal: { applies: true, days: 14 } } }, rule, { ...AFTER, locale: "en" });
      expect(m!.message).toContain("online withdrawal function");
    });

    it("accepts the model notice's sentence, « renoncer au contrat ici » and a « fonctionnalité de rétractation »", () => {
      expect(lintTerms(terms(order, online), rule, AFTER)).toEqual([]);
      const button = { ...withdrawal, body: withdrawal.body + "\nLe bouton « renoncer au contrat ici » figure dans votre espace client.\n" };
      expect(lintTerms(terms(order, button), rule, AFTER)).toEqual([]);
      const fn = { ...withdrawal, body: withdrawal.body + "\nUne fonctionnalité de rétractation est accessible depuis la page de commande.\n" };
      expect(lintTerms(terms(order, fn), rule, AFTER)).toEqual([]);
    });

    it("near misses: before 19 June 2026, no online ordering, a right ruled out, silent terms, business terms", () => {
      expect(lintTerms(terms(order, withdrawal), rule, { asOf: "2026-06-18" })).toEqual([]);
      expect(lintTerms(terms(withdrawal), rule, AFTER)).toEqual([]);
      expect(lintTerms({ ...terms(order), consumer: { withdrawal: { applies: false, exception: "L221-28 3°" } } }, rule, AFTER)).toEqual([]);
      expect(lintTerms(terms(order), rule, AFTER)).toEqual([]);
      expect(lintTerms({ clauses: [order, withdrawal] }, rule, AFTER)).toEqual([]);
    });
  });

  describe("prose", () => {
    const text = "# Article 2 : Commande\n\nLa commande se passe en ligne.\n\n# Article 9 : Rétractation\n\nLe client dispose d'un délai de rétractation de quatorze jours.\n";
    it("reports it at the first word on withdrawal in a clause", () => {
      const [m, ...rest] = lintProse(text, rule, { ...mixed, ...AFTER });
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 7, column: 33, endColumn: 45 });
    });

    it("accepts « se rétracter en ligne »", () => {
      expect(lintProse(text + "\nIl peut se rétracter en ligne depuis son compte.\n", rule, { ...mixed, ...AFTER })).toEqual([]);
    });
  });

  it("finds nothing on the bundled sellers (Livenote's terms say nothing of withdrawal: consumer-withdrawal-info-missing's)", () => {
    const all = ["altairis/cgv", "livenote/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(all, rule, AFTER)).toEqual([]);
  });
});
