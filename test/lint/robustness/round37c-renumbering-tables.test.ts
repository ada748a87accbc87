// Round T37c (issue #11, deliverable 5): fuller 2016 renumbering tables (12 Code de la consommation and 10 Code civil
// entries, each confirmed from the Légifrance references or two texts compared, sourced in the data), and one list of
// articles read in one numbering. Every text is written for this battery; 9 of its 14 cases failed on main's code (0d85f93).
import { describe, expect, it } from "vitest";
import { allRules } from "../../../src/lint/rules/index.js";
import { lintProse } from "../helpers.js";
import { runCases, type WordingCase } from "./battery.js";

const AS_OF = "2024-05-02";
const terms = (body: string) => `# Conditions générales de vente\n\n## Article 6 – Dispositions\n\n${body}\n`;
const conso = (name: string, reports: boolean, body: string, says?: RegExp): WordingCase => ({ name, rule: "obsolete-consumer-code-article", reports, audience: "b2c", asOf: AS_OF, text: terms(body), ...(says ? { says } : {}) });
const civil = (name: string, reports: boolean, body: string, says?: RegExp): WordingCase => ({ name, rule: "obsolete-civil-code-article", reports, audience: "b2c", asOf: AS_OF, text: terms(body), ...(says ? { says } : {}) });

describe("round T37c battery: old Code de la consommation numbers added to the table", () => {
  runCases([
    conso("L121-21-1, the twelve months' extension", true, "À défaut d'information, le délai de rétractation est prolongé de douze mois (article L. 121-21-1 du Code de la consommation).", /L\. 221-20/),
    conso("L121-18-2, no payment before seven days off premises", true, "Conformément à l'article L121-18-2 du Code de la consommation, aucun paiement n'est exigé avant sept jours pour un contrat conclu à domicile.", /L\. 221-10/),
    conso("L122-1, refusal to sell", true, "Le vendeur ne peut opposer un refus de vente sans motif légitime (article L. 122-1 du Code de la consommation).", /L\. 121-11/),
    conso("L113-3, price information", true, "Les prix sont affichés toutes taxes comprises conformément à l'article L113-3 du Code de la consommation.", /L\. 112-1/),
    conso("L113-3 in its new meaning (the seasons of fruit and vegetables) is not old", false, "Le magasin informe sur la saisonnalité des fruits et légumes frais (article L113-3 du Code de la consommation)."),
    conso("L141-5, the consumer's choice of court", true, "Le consommateur peut saisir la juridiction du lieu où il demeurait au moment de la conclusion du contrat (article L. 141-5 du Code de la consommation).", /R\. 631-3/),
    conso("a new number is never old: L221-20 for the extension", false, "À défaut d'information, le délai de rétractation est prolongé de douze mois (article L. 221-20 du Code de la consommation)."),
  ]);
});

describe("round T37c battery: one list of articles, one numbering", () => {
  runCases([
    conso("« articles L. 121-21, L. 121-21-1 et L. 121-21-2 »: the last, silent on its subject, is old with the first", true, "Vous disposez du droit de rétractation prévu aux articles L. 121-21, L. 121-21-1 et L. 121-21-2 du Code de la consommation.", /L\. 221-21/),
    conso("« L. 121-21-2 » alone, silent on its subject, is not judged", false, "Les modalités figurent à l'article L. 121-21-2 du Code de la consommation."),
  ]);

  it("a number reused with another content keeps needing its own subject: L113-3 beside L121-21", () => {
    const rule = allRules.find((r) => r.meta.id === "obsolete-consumer-code-article")!;
    const text = terms("Vous disposez du droit de rétractation des articles L. 121-21 et L113-3 du Code de la consommation.");
    const said = lintProse(text, rule, { audience: "b2c", asOf: AS_OF }).map((m) => m.message);
    expect(said.filter((m) => m.includes("L. 121-21 "))).toHaveLength(1);
    expect(said.filter((m) => m.includes("L. 113-3"))).toEqual([]);
  });
});

describe("round T37c battery: old Code civil numbers added to the table", () => {
  runCases([
    civil("1289, compensation", true, "Toute compensation entre les sommes dues est exclue (article 1289 du Code civil).", /1347/),
    civil("1244, no forced partial payment", true, "Le vendeur ne peut être contraint d'accepter un paiement partiel (article 1244 du Code civil).", /1342-4/),
    civil("1183, resolutory condition", true, "La vente est conclue sous la condition résolutoire prévue à l'article 1183 du Code civil.", /1304/),
    civil("1244 in its new meaning (a ruined building) is not old", false, "Le propriétaire d'un bâtiment répond du dommage causé par sa ruine (article 1244 du Code civil)."),
  ]);
});
