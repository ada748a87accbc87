import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/consumer-withdrawal-info-missing.js";
import { ROOT, lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "consumer-withdrawal-info-missing";
const SEEDS = join(ROOT, "..", "shared", "seeds");
const mixed = { audience: "mixed" } as const;
const withdrawal = (w: Record<string, unknown>) => ({ ...mixed, consumer: { withdrawal: w } });

describe(ID, () => {
  describe("facts", () => {
    it("reports consumer terms that say nothing of withdrawal", () => {
      const [m, ...rest] = lintTerms(mixed, rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 1, column: 1 });
      expect(m!.legalBasis).toContain("fr.cconso.L221-18");
    });

    it("reports a 7-day period as obsolete and a 10-day one as too short, at days", () => {
      const [seven] = lintTerms(withdrawal({ applies: true, days: 7 }), rule);
      expect(seven).toMatchObject({ line: 63, column: 11 });
      expect(seven!.message).toContain("loi Hamon");
      const [ten] = lintTerms(withdrawal({ applies: true, days: 10 }), rule);
      expect(ten!.message).toContain("10 jours");
    });

    it("reports a right ruled out without an exception", () => {
      const [m] = lintTerms(withdrawal({ applies: false }), rule);
      expect(m).toMatchObject({ line: 62, column: 14 });
      expect(m!.legalBasis).toEqual(["fr.cconso.L221-28"]);
    });

    it("accepts 14 days, a stated exception, or a clause on withdrawal", () => {
      expect(lintTerms(withdrawal({ applies: true, days: 14 }), rule)).toEqual([]);
      expect(lintTerms(withdrawal({ applies: false, exception: "C. conso L221-28 3° : contenu personnalisé" }), rule)).toEqual([]);
      const clause = { id: "retractation", title: "Droit de rétractation", body: "Le consommateur dispose de quatorze (14) jours pour se rétracter.\n" };
      expect(lintTerms({ ...mixed, clauses: [clause] }, rule)).toEqual([]);
    });

    it("does not apply to business-only terms", () => {
      expect(lintTerms({}, rule)).toEqual([]);
    });
  });

  describe("prose", () => {
    it("reports « sept (7) jours » next to « rétractation » and suggests 14", () => {
      const [m, ...rest] = lintProse("# Article 9 : Rétractation\n\nLe client dispose d'un délai de rétractation de sept (7) jours francs.\n", rule, mixed);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 3, column: 49, endColumn: 70 });
      expect(m!.suggestions?.[0]?.fix.text).toBe("quatorze (14) jours");
      expect(m!.fix).toBeUndefined();
    });

    it("reports withdrawal information missing at the order clause when no clause is about withdrawal", () => {
      const text = "Conditions générales – Atelier Brume\n\n## Article 1 : Produits\n\nDes bougies.\n\n## Article 2 : Commandes\n\nLa commande est passée sur le site.\n";
      const [m] = lintProse(text, rule, mixed);
      expect(m).toMatchObject({ line: 7, column: 16 });
      // No order clause either: the title.
      expect(lintProse("Conditions générales – Atelier Brume\n\n## Article 1 : Produits\n\nDes bougies vendues en ligne.\n", rule, mixed)[0]).toMatchObject({ line: 1, column: 1 });
    });

    it("accepts 14 days, and does not read unrelated figures as the period", () => {
      expect(lintProse("# Article 9 : Rétractation\n\nLe client dispose d'un délai de rétractation de quatorze (14) jours.\n", rule, mixed)).toEqual([]);
    });

    it("reads « droit de rétraction », a common misspelling, as the withdrawal right: said, and its period checked", () => {
      expect(lintProse("# Article 7 : Retours\n\nLe client dispose d'un droit de rétraction de 14 jours à compter de la réception.\n", rule, mixed)).toEqual([]);
      const [m] = lintProse("# Article 7 : Retours\n\nHors de France, le délai de rétraction est réduit à 7 jours.\n", rule, mixed);
      expect(m).toMatchObject({ ruleId: ID, line: 3 });
      expect(m!.message).toContain("7 jours");
      const far = "# Article 9 : Rétractation\n\nLe droit de rétractation s'exerce par tout moyen ; le remboursement intervient au plus tard dans les quatorze jours, les frais étant remboursés sous 5 jours ouvrés à compter de la réception du bien retourné.\n";
      expect(lintProse(far, rule, mixed)).toEqual([]);
    });

    it("reports prose for consumers that never mentions withdrawal, at the first title", () => {
      const [m] = lintProse("# Article 1 : Objet\n\nLes présentes conditions s'appliquent aux ventes à distance.\n", rule, mixed);
      expect(m).toMatchObject({ line: 1, column: 15 });
    });
    it("a donation app that rules the right out « compte tenu de la nature des dons » gives the reason (round T33)", () => {
      const gifts = "# CGU\n\n## 1. Dons\n\nL'application permet de faire des dons en ligne à des associations ; la plateforme reverse les dons, moins une commission de 5 %. Le paiement en ligne passe par Stripe.\n\n## 2. Rétractation\n\nUn don est fait sans contrepartie. Compte tenu de la nature des dons, le droit de rétractation ne s'applique pas.\n";
      expect(lintProse(gifts, rule, mixed)).toEqual([]);
      // A reward sent in return is a sale: the same clause excludes the right the buyer has.
      const reward = gifts.replace("## 2.", "En contrepartie de son don, le donateur reçoit un tee-shirt livré chez lui.\n\n## 2.");
      expect(lintProse(reward, rule, mixed)).toHaveLength(1);
    });
  });

  describe("bundled sellers", () => {
    it("livenote (mixed) triggers; the business-only sellers are out of scope", () => {
      const [m, ...rest] = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ file: "terms/livenote/cgv.yaml", ruleId: ID });
      const others = ["altairis/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
      expect(lintRepoFiles(others, rule)).toEqual([]);
    });

    it.skipIf(!existsSync(SEEDS))("and so does the Livenote seed text", () => {
      expect(lintProse(readFileSync(join(SEEDS, "002_4929b587e6a85f38.txt"), "utf8"), rule, mixed)).toHaveLength(1);
    });
  });
});
