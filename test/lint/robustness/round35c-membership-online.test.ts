// Round T35c (issue #11): joining a programme, a club or a membership through an online form (« l'adhésion s'effectue
// via le formulaire en ligne », « adhérer en ligne ») concludes a contract online: where the terms grant consumers the
// right of withdrawal, the online withdrawal function is owed from 19 June 2026 (C. conso. L221-21, R221-3). Adhering
// to the terms themselves, or the business's own membership of a mediator or federation, concludes nothing online.
// Wording written for the test.
// Run on the code before the round (commit 6c10571): 10 of 16 cases failed (the 8 must-trigger cases, and « adhésion sans réserve » read as a booking); none is left.
import { describe, expect, it } from "vitest";
import fn from "../../../src/lint/rules/withdrawal-function-info-missing.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) => lintProse(text, fn, OPTIONS).filter((m) => m.ruleId === fn.meta.id);

const LAYOUTS: Record<string, (title: string, body: string) => string> = {
  heading: (t, b) => `## ${t}\n\n${b}`,
  numbered: (t, b) => `Article 2 - ${t}\n${b}`,
};
const WITHDRAW = "Le membre consommateur dispose d'un droit de rétractation de quatorze jours à compter de son adhésion, qu'il exerce par courriel.";

describe("round T35c: a membership concluded online", () => {
  const ONLINE: Record<string, string> = {
    "form online": "L'adhésion se fait au moyen du formulaire en ligne disponible sur la page du club.",
    "adhérer en ligne": "Pour adhérer, le membre remplit le formulaire en ligne et valide sa demande.",
    "via the platform": "Toute adhésion est réalisée via la plateforme du réseau, après création d'un compte.",
    "adhérez": "Vous adhérez au programme en quelques minutes, en ligne, depuis votre téléphone.",
  };
  const NOT_ONLINE: Record<string, string> = {
    "terms adhesion": "La signature du bulletin vaut adhésion sans réserve aux présentes conditions, consultables en ligne.",
    "adhesion to conditions": "Le bulletin papier remis au club emporte adhésion aux conditions publiées en ligne.",
    "mediator membership": "Le club adhère à la médiation de la consommation, dont le site est en ligne.",
    "federation": "L'adhésion à la fédération du club est consultable en ligne ; les inscriptions se font au guichet.",
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, body] of Object.entries(ONLINE)) {
      it(`reports the missing function (${layout}, ${name})`, () => {
        expect(run(`${make("Adhésion", body)}\n\n${make("Rétractation", WITHDRAW)}\n`)).toHaveLength(1);
      });
    }
    for (const [name, body] of Object.entries(NOT_ONLINE)) {
      it(`no contract concluded online (${layout}, ${name})`, () => {
        expect(run(`${make("Adhésion", body)}\n\n${make("Rétractation", WITHDRAW)}\n`)).toEqual([]);
      });
    }
  }
});
