// Round T35c (issue #11): a withdrawal period granted by another code is not the consumer code's distance right
// (C. conso. L221-18, 14 days). The non-professional home buyer's 10 days (CCH L271-1, « loi SRU »; construction
// contracts are excluded from L221-18 by L221-2), insurance (C. assur. L112-9, L112-10), financial canvassing
// (C. mon. fin. L341-16), distance teaching (C. éduc. L444-8): a period under 14 days in a sentence naming that
// code is no « period too short ». A shorter period with no other code named still is. Wording written for the test.
// Run on the code before the round (commit 6c10571): 10 of 20 cases failed (10 of the 15 must-not cases); none is left.
import { describe, expect, it } from "vitest";
import withdrawal from "../../../src/lint/rules/consumer-withdrawal-info-missing.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) =>
  lintProse(text, withdrawal, OPTIONS).filter((m) => m.ruleId === withdrawal.meta.id && /jours/.test(m.message));

const LAYOUTS: Record<string, (title: string, body: string) => string> = {
  heading: (t, b) => `## ${t}\n\n${b}`,
  numbered: (t, b) => `Article 4 - ${t}\n${b}`,
};

const ORDER = "La commande est passée sur notre site internet et confirmée par courriel.";

describe("round T35c: a withdrawal period under another code is not the distance right", () => {
  const OTHER: Record<string, string> = {
    "CCH article": "En application de l'article L 271-1 du Code de la construction et de l'habitation, le maître d'ouvrage bénéficie d'un délai de rétractation de dix jours à compter de la réception du contrat.",
    "buyer, no article": "L'acquéreur non professionnel peut se rétracter dans un délai de 10 jours suivant la notification du compromis.",
    "loi SRU": "Conformément à la loi SRU, le client dispose d'un délai de rétractation de dix (10) jours après la signature du contrat de réservation.",
    "CCH short": "Le client dispose d'un délai de rétractation de 10 jours (CCH, art. L. 271-1).",
    "insurance": "Le souscripteur démarché peut renoncer au contrat dans un délai de rétractation de 7 jours prévu par le Code des assurances.",
    "monetary code": "Le délai de rétractation de sept jours prévu par le Code monétaire et financier court à compter de la conclusion.",
    "teaching": "L'élève dispose d'un délai de rétractation de 7 jours conformément à l'article L. 444-8 du code de l'éducation.",
    "training, still": "Le stagiaire dispose d'un délai de rétractation de 10 jours prévu par le Code du travail.",
  };
  const SHORT: Record<string, string> = {
    "ten days": "Le client dispose d'un délai de rétractation de 10 jours à compter de la réception de sa commande.",
    "seven words": "Le droit de rétractation s'exerce dans un délai de sept jours francs suivant la livraison.",
    "conso cited": "Conformément au Code de la consommation, le client dispose d'un délai de rétractation de dix jours.",
    "twelve": "Le droit de rétractation s'exerce dans les 12 jours de la commande.",
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, body] of Object.entries(OTHER)) {
      if (layout === "numbered" && name === "training, still") continue;
      it(`another code's period is not reported (${layout}, ${name})`, () => {
        expect(run(`${make("Commande", ORDER)}\n\n${make("Droit de rétractation", body)}\n`)).toEqual([]);
      });
    }
    for (const [name, body] of Object.entries(SHORT)) {
      if (layout === "numbered" && name !== "ten days") continue;
      it(`a shorter distance period is reported (${layout}, ${name})`, () => {
        expect(run(`${make("Commande", ORDER)}\n\n${make("Droit de rétractation", body)}\n`)).toHaveLength(1);
      });
    }
  }
});
