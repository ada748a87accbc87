import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/online-cancellation-missing.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "online-cancellation-missing";
const mixed = { audience: "mixed" } as const;
const order = { id: "commande", number: "2", title: "Commande", body: "L'abonnement est souscrit en ligne sur le site www.exemple.fr.\n" };
const duration = { id: "duree", number: "5", title: "Durée", body: "L'abonnement est conclu pour un an et se renouvelle par tacite reconduction.\n" };
const byLetter = { id: "resiliation", number: "6", title: "Résiliation", body: "Le client peut résilier son abonnement par lettre recommandée avec accusé de réception, un mois avant l'échéance.\n" };
const online = { ...byLetter, body: "Le client peut résilier son abonnement à tout moment depuis son espace client, par la fonctionnalité « résilier votre contrat ».\n" };
const terms = (...clauses: object[]) => ({ ...mixed, clauses });

describe(ID, () => {
  describe("facts", () => {
    it("reports an online subscription cancelled by registered letter, at « lettre »", () => {
      const [m, ...rest] = lintTerms(terms(order, duration, byLetter), rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, severity: "warning" });
      expect(m!.message).toContain("résilier votre contrat");
      expect(m!.legalBasis).toEqual(["fr.cconso.L215-1-1"]);
    });

    it("reports an online subscription that never says how to cancel, at the subscription's words, in English too", () => {
      const [m] = lintTerms(terms(order, duration), rule, { locale: "en" });
      expect(m!.message).toContain("subscription concluded online");
    });

    it("accepts cancellation from the customer area or « en ligne », even beside a letter", () => {
      expect(lintTerms(terms(order, duration, online), rule)).toEqual([]);
      const both = { ...byLetter, body: "Le client peut résilier son abonnement en ligne, ou par lettre recommandée.\n" };
      expect(lintTerms(terms(order, duration, both), rule)).toEqual([]);
    });

    it("accepts any account or portal the client cancels from (« via son compte de paiement », « sur le portail client ») (review A3)", () => {
      for (const body of [
        "- Résiliation possible via le compte de paiement du client, ou par e-mail.\n",
        "Le client résilie son abonnement sur le portail client, en un clic.\n",
        "L'abonnement est résiliable à tout moment depuis le tableau de bord de l'abonné.\n",
        "Le client peut résilier dans son compte Paiemax, rubrique Abonnement.\n",
      ]) {
        expect(lintTerms(terms(order, duration, { ...byLetter, body }), rule), body).toEqual([]);
      }
      // An account named for something else does not make the cancellation online.
      const other = { ...byLetter, body: "Le client peut résilier par lettre recommandée ; les factures restent consultables sur son compte.\n" };
      expect(lintTerms(terms(order, duration, other), rule)).toHaveLength(1);
    });

    it("does not read « souscrit en ligne » in a cancellation sentence as online cancellation", () => {
      const misleading = { ...byLetter, body: "L'abonnement souscrit en ligne se résilie par lettre recommandée.\n" };
      expect(lintTerms(terms(duration, misleading), rule)).toHaveLength(1);
    });

    it("near misses: before 1 June 2023, no online sale, no subscription, business terms", () => {
      expect(lintTerms(terms(order, duration, byLetter), rule, { asOf: "2023-05-31" })).toEqual([]);
      expect(lintTerms(terms(duration, byLetter), rule)).toEqual([]);
      const oneOff = { ...order, body: "La commande est passée en ligne sur le site.\n" };
      const contractByLetter = { ...byLetter, body: "Chaque partie peut résilier le contrat pour faute par lettre recommandée.\n" };
      expect(lintTerms(terms(oneOff, contractByLetter), rule)).toEqual([]);
      expect(lintTerms({ clauses: [order, duration, byLetter] }, rule)).toEqual([]);
    });
  });

  describe("prose", () => {
    it("reports « par courrier » in the cancellation sentence", () => {
      const text = "# Article 2 : Abonnement\n\nL'abonnement mensuel se souscrit en ligne.\n\n# Article 6 : Résiliation\n\nLa résiliation se fait par courrier adressé au siège.\n";
      const [m, ...rest] = lintProse(text, rule, mixed);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 7, column: 28, endColumn: 36 });
    });
  });

  it("Livenote (mixed, website maintenance renewed tacitly, ordered online) is told to offer online cancellation", () => {
    const [m, ...rest] = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, file: "terms/livenote/cgv.yaml" });
    const b2b = ["altairis/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(b2b, rule)).toEqual([]);
  });
});
