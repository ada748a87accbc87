// Round T8 (issue #11, deliverables 5 and 6): identity fields announced by their label and left empty,
// and a numbered paragraph that starts the line after the word « Articles ». Every text is written for
// this battery. Run on main's code before the round: see docs/accuracy.md « Round T8 ».
import { describe, expect, it } from "vitest";
import { allRules } from "../../../src/lint/rules/index.js";
import { lintProse } from "../helpers.js";
import { runCases, type WordingCase } from "./battery.js";

const OBJET = "\n\n## Article 2 – Objet\n\nLes présentes conditions régissent la vente de bougies parfumées.\n";
const id = (name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "seller-identification-incomplete", reports, text, audience: "b2c", ...extra });
const ref = (name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "clause-reference-broken", reports, text, audience: "b2c", ...extra });

describe("round T8 battery: identity fields left empty", () => {
  runCases([
    id("« SIRET : » and « Adresse : » with nothing after them", true, "# CGV\n\n## Article 1 – Vendeur\n\nLes bougies de Maëlle\n\nSIRET :\nAdresse :\nTéléphone :\n" + OBJET, { line: 7, says: /absentes/ }),
    id("a template block with four blank fields, one per line", true, "# CGV\n\n## 1. Qui vend\n\nRaison sociale :\nSiège social :\nRCS :\nCapital :\n" + OBJET, { line: 5, says: /absentes/ }),
    id("blank fields in bold labels", true, "# CGV\n\n## Éditeur\n\n**SIREN** :\n**Adresse postale** :\n" + OBJET, { line: 5 }),
    id("blank fields after a sentence naming the shop", true, "# CGV\n\n## Article 1\n\nLa boutique Cire & Mèche est tenue par sa créatrice.\n\nSIRET :\nAdresse postale :\nAdresse email :\n" + OBJET, { line: 7 }),
    id("blank fields separated by blank lines", true, "# CGV\n\n## Article 1 – Identité\n\nSIRET :\n\nSiège :\n\nE-mail :\n" + OBJET, { line: 5 }),
    id("blank fields in a list", true, "# CGV\n\n## Article 1 – Identité\n\n- Dénomination :\n- SIRET :\n- Adresse :\n" + OBJET, { line: 5 }),
    id("filled fields: nothing to report", false, "# CGV\n\n## Article 1 – Vendeur\n\nRaison sociale : Cire SARL au capital de 1 000 €\nSiège social : 3 rue Haute, 44000 Nantes\nRCS : Nantes 732 829 320\n" + OBJET),
    id("the value on the next line, not blank", false, "# CGV\n\n## Article 1 – Vendeur\n\nRaison sociale :\nCire SARL au capital de 1 000 €, 3 rue Haute 44000 Nantes, RCS Nantes 732 829 320\n" + OBJET),
    id("a single blank e-mail field is no identity left empty", false, "# CGV\n\n## Contact\n\nAdresse email :\n" + OBJET),
    id("the client's fields on an order form", false, "# Bon de commande\n\n## Le client\n\nNom du client :\nAdresse du client :\nTéléphone du client :\n" + OBJET),
    id("a form the consumer fills to withdraw", false, "# CGV\n\n## Formulaire de rétractation\n\nNom du consommateur :\nAdresse du consommateur :\nDate :\n" + OBJET),
    id("labels announcing a list below, each filled", false, "# CGV\n\n## Vendeur\n\nSIRET : 732 829 320 00074\nAdresse : 3 rue Haute, 44000 Nantes\nDénomination : Cire EI – Jeanne Martin EI\n" + OBJET),
    id("a colon ending a sentence before a list of values", false, "# CGV\n\n## Vendeur\n\nLes coordonnées du vendeur sont :\n\n- Jeanne Martin EI\n- 3 rue Haute, 44000 Nantes\n- SIRET 732 829 320 00074\n" + OBJET),
    id("blank fields in a legal-notice page", true, "# Mentions légales\n\nÉditeur du site : Cire et Mèche\nForme juridique :\nNuméro SIRET :\nAdresse du siège :\n" + OBJET, { line: 4 }),
    id("a role defined in quotes, « La Fleuriste », then « réalisées par La Fleuriste et … »", false, "# CGV\n\nLes présentes lient, d'une part, « La Fleuriste », dont l'identité figure sur le devis, et d'autre part le Client.\n\n## Litiges\n\nPour toute contestation relative aux prestations réalisées par La Fleuriste et à l'application des présentes, le tribunal de Lyon est compétent.\n"),
    id("a role defined in quotes, « Le Traiteur », named alone later", false, "# CGV\n\nCi-après « Le Traiteur » : le professionnel désigné sur le bon de commande.\n\nLes présentes s'appliquent aux repas fournis par Le Traiteur et livrés au Client.\n"),
    id("a brand with two capitalised words offered « par » it, no number", true, "# CGV\n\nLes présentes régissent les balades proposées par Kayak Doré sur la Loire.\n", { line: 3, says: /Kayak Doré/ }),
    id("a name followed by « et »: the name stops before it", true, "# CGV\n\nLes présentes régissent les ateliers proposés par Brume Céramique et réservés en ligne.\n", { line: 3, says: /« Brume Céramique »/ }),
    id("in a table with empty cells", false, "# CGV\n\n| Champ | Valeur |\n|---|---|\n| Client | |\n| Date | |\n" + OBJET),
  ]);
});

describe("round T8 battery: numbers that start a paragraph after the word « Articles »", () => {
  const doc = (body: string) => `# CGV\n\n## 1. Objet\n\nLes présentes régissent le pressing à domicile.\n\n## 2. Obligations\n\n${body}\n\n## 3. Prix\n\nLes prix sont en euros.\n`;
  runCases([
    ref("a list item ending on the defined term « Articles », then « 9.5 Le Client… »", false, doc("- remettre les Articles\n\n9.5 Le Client prévient de toute absence.")),
    ref("a sentence ending on « articles », the next paragraph numbered « 4.2 »", false, doc("Le Client trie ses articles\n4.2 Le Prestataire rend les vêtements sous 72 heures.")),
    ref("« clauses » at the end of a line, then « 7.1 Les… »", false, doc("Voir les autres clauses\n7.1 Les délais courent dès la collecte.")),
    ref("« Articles » (garments) at line end, then a paragraph « 12 Le… »", false, doc("le retour des Articles\n\n12 Le Client paie à la commande.")),
    ref("a real broken reference on one line", true, doc("Les pénalités prévues à l'article 9 s'appliquent."), { line: 9 }),
    ref("a real broken reference wrapped on the next line, lower case after", true, doc("Les pénalités prévues à l'article\n9 des présentes s'appliquent."), { line: 9 }),
    ref("a valid reference to article 3", false, doc("Les prix de l'article 3 s'appliquent.")),
    ref("« articles 2 et 3 »: both exist", false, doc("Voir les articles 2 et 3.")),
    ref("« l'article 4.1 » does not exist", true, doc("Conformément à l'article 4.1, le Client paie comptant."), { line: 9 }),
    ref("« articles 7 et 8 », both missing: one report naming both", true, doc("Les garanties des articles 7 et 8 s'appliquent."), { line: 9, says: /7 et 8|7, 8/ }),
    ref("« articles 2 et 9 »: only 9 missing, one report", true, doc("Voir les articles 2 et 9."), { line: 9, says: /clause 9 / }),
    ref("« Article » at the end of a heading-like line, then « 3 Les prix »", false, doc("Voir l'Article\n\n3 Les prix ci-dessous valent pour l'année.")),
  ]);
});

describe("round T8 battery: one report per reference, whatever its numbers", () => {
  const rule = allRules.find((r) => r.meta.id === "clause-reference-broken")!;
  const text = "# CGV\n\n## 1. Objet\n\nLes présentes régissent le pressing.\n\n## 2. Garanties\n\nLes exclusions des articles 7.1 et 7.2 s'appliquent.\n";
  it("« articles 7.1 et 7.2 », both missing: one report that names both numbers", () => {
    const own = lintProse(text, rule, { audience: "b2c" }).filter((m) => m.ruleId === rule.meta.id);
    expect(own.length).toBe(1);
    expect(own[0]!.message).toMatch(/7\.1, 7\.2/);
  });
});

describe("round T8 battery: a forum clause kept for litigation with professionals", () => {
  const j = (name: string, reports: boolean, clause: string, extra: Partial<WordingCase> = {}): WordingCase => ({
    name, rule: "jurisdiction-clause-consumer", reports, audience: "mixed", ...extra,
    text: `# CGV\n\n## 1. Objet\n\nLes présentes s'appliquent aux ventes de poêles aux particuliers et aux professionnels.\n\n## 9. Litiges\n\n${clause}\n`,
  });
  runCases([
    j("« En cas de litige avec des professionnels, le tribunal de commerce de Lyon »", false, "Les litiges sont portés devant les juridictions compétentes. En cas de litige avec des professionnels, le tribunal de commerce de Lyon sera seul compétent."),
    j("« Pour les différends entre professionnels »", false, "Pour les différends entre professionnels, compétence est attribuée au tribunal de commerce de Nantes."),
    j("« À l'égard des clients professionnels »", false, "À l'égard des clients professionnels, le tribunal de commerce de Rennes est seul compétent."),
    j("« Pour les professionnels, … »", false, "Pour les professionnels, tout litige relève du tribunal de commerce de Dijon."),
    j("every client sent to one court", true, "Tout litige relève du tribunal de commerce de Lyon.", { line: 9 }),
    j("a court for every dispute « avec le Client »", true, "En cas de litige avec le Client, le tribunal de Bordeaux sera seul compétent.", { line: 9 }),
    j("« professionnels » naming the seller's trade, not the client", true, "Nos conseillers sont des professionnels du chauffage. Tout litige relève du tribunal de commerce de Lille.", { line: 9 }),
  ]);
});

describe("round T8 battery: a mediator named after a colon, without its website", () => {
  const m = (name: string, reports: boolean, clause: string, extra: Partial<WordingCase> = {}): WordingCase => ({
    name, rule: "consumer-mediator-missing", reports, audience: "b2c", ...extra,
    text: `# CGV\n\n## Litiges\n\n${clause}\n`,
  });
  runCases([
    m("« médiation » in a sentence, then « Médiateur : NOM, adresse, téléphone »: at the named mediator", true, "Les parties pourront recourir à une médiation ou à tout autre mode amiable.\n\nMédiateur : MEDIACONSO, 3 rue Haute 75001 Paris, 01 02 03 04 05", { line: 7, says: /« MEDIACONSO »/ }),
    m("« Coordonnées du médiateur : NOM, adresse »", true, "Coordonnées du médiateur : Conso Accord, 12 quai Vert 69002 Lyon", { line: 5, says: /« Conso Accord »/ }),
    m("« Médiateur : NOM – www.site.fr »: complete", false, "Médiateur : Conso Accord – www.conso-accord.fr"),
    m("only « médiation » mentioned: at the mention", true, "Le client peut recourir à une médiation conventionnelle.", { line: 5, says: /évoqué sans ses coordonnées/ }),
    // Round T23: still a bare mention (no name read in « à définir »), reported at the block the colon announces.
    m("« médiateur : » with nothing after it stays a bare mention", true, "Le consommateur peut saisir le médiateur :\n\nà définir.", { line: 7, says: /évoqué sans ses coordonnées/ }),
  ]);
});

describe("round T8 battery: a website named as where photos are published", () => {
  const w = (name: string, reports: boolean, body: string, extra: Partial<WordingCase> = {}): WordingCase => ({
    name, rule: "consumer-withdrawal-info-missing", reports, audience: "b2c", ...extra,
    text: `# CGV\n\n## 1. Commande\n\nLa commande est ferme dès la signature du devis remis au client dans notre atelier.\n\n## 2. Photos\n\n${body}\n`,
  });
  runCases([
    w("photos used « à des fins de communication (site internet, réseaux sociaux, devis) »", false, "Le paysagiste peut photographier ses réalisations à des fins de communication (site internet, réseaux sociaux, devis)."),
    w("photos « publiées sur notre site internet et nos réseaux sociaux », with the order mentioned", false, "Les photos du chantier pourront être publiées sur notre site internet et nos réseaux sociaux, sauf refus lors de la commande."),
    w("orders taken on the website: a distance contract", true, "Les commandes se passent sur notre site internet, où les photos des modèles sont publiées.", { says: /rétractation/ }),
    w("booking on the site and following us on social networks", true, "Réservez votre séance sur notre site internet et suivez-nous sur les réseaux sociaux.", { says: /rétractation/ }),
  ]);
});
