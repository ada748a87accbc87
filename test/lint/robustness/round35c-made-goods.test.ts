// Round T35c (issue #11): things a service trade makes and sells besides its service are goods sold to the consumer
// (C. conso. L217-1, L211-2; C. civ. 1641): a photographer's prints, albums, photo books or enlargements named as an
// option, with a price or as ordered. The legal guarantees are owed even when the service itself is delivered as
// digital files. Prints named otherwise (the photographer's own archive, no sale) show nothing sold. Wording written
// for the test.
// Run on the code before the round (commit 6c10571): 12 of 16 cases failed (every must-trigger case); none is left.
import { describe, expect, it } from "vitest";
import guarantees from "../../../src/lint/rules/legal-guarantees-info-missing.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) => lintProse(text, guarantees, OPTIONS).filter((m) => m.ruleId === guarantees.meta.id);

const LAYOUTS: Record<string, (title: string, body: string) => string> = {
  heading: (t, b) => `## ${t}\n\n${b}`,
  numbered: (t, b) => `Article 3 - ${t}\n${b}`,
};
const SESSION = "Le photographe réalise une séance de prises de vue pour le client, particulier, à la date convenue.";
const FILES = "Les images retouchées sont remises sous forme de fichiers numériques dans une galerie privée.";

describe("round T35c: prints and albums sold by a photographer are goods", () => {
  const SOLD: Record<string, string> = {
    "option, tariff": "- Des tirages papier et un album photo peuvent être ajoutés en option selon nos tarifs.",
    "billed": "Les agrandissements sont facturés en supplément au prix indiqué dans la brochure.",
    "ordered": "Le client peut commander des tirages depuis sa galerie ; ils lui sont remis en main propre.",
    "photo book": "Un livre photo est proposé sur commande, réalisé par un laboratoire partenaire.",
    "albums sold": "Les albums vendus par le studio sont fabriqués à la demande.",
    "buy prints": "Il est possible d'acheter des tirages d'art numérotés à l'issue de la séance.",
  };
  const NOT_SOLD: Record<string, string> = {
    "archive": "Le photographe conserve une archive de ses séances pendant deux ans.",
    "album word only": "Les photos sont présentées au client dans un album en ligne consultable pendant trente jours.",
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, body] of Object.entries(SOLD)) {
      it(`prints sold call for the legal guarantees (${layout}, ${name})`, () => {
        expect(run(`# Conditions générales\n\n${make("Séance", SESSION)}\n\n${make("Livraison", `${FILES}\n${body}`)}\n`)).toHaveLength(1);
      });
    }
    for (const [name, body] of Object.entries(NOT_SOLD)) {
      it(`no goods sold, no guarantee owed (${layout}, ${name})`, () => {
        expect(run(`# Conditions générales\n\n${make("Séance", SESSION)}\n\n${make("Livraison", `${FILES}\n${body}`)}\n`)).toEqual([]);
      });
    }
  }
});
