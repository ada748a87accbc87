// Round T20 (issue #11, deliverables 5 and 6): statutes cited « art. N ss », registry numbers of the wrong length,
// numbers glued to the next word, a short « droit de retour », a negated online sale, a conditional TTC, a legal form
// written out in words. Every text is written for this battery. Run on main's code before the round: docs/accuracy.md « Round T20 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// 13 of the first 32 cases failed on main's code (1e10168); all pass after round T20.
const KNOWN_FAILURES = new Set<string>([
]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

const doc = (body: string) => `# Conditions générales\n\n## 1. Objet\n\nDes séances de conseil.\n\n## 2. Clause\n\n${body}\n\n## 3. Prix\n\nLes prix sont en euros.\n`;
const ref = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "clause-reference-broken", reports, audience: "b2b", asOf: "2026-09-01", text: doc(body) });

describe("round T20 battery: a statute cited with « ss » or « et suivants » before the code", () => {
  run([
    ref("« art. 41 ss du Code des obligations »", false, "La responsabilité du conseiller est régie par les art. 41 ss du Code des obligations."),
    ref("« articles 1103 et suivants du Code civil »", false, "Le contrat obéit aux articles 1103 et suivants du Code civil."),
    ref("« art. 97 et ss. du Code des obligations »", false, "Les dommages sont réparés selon les art. 97 et ss. du Code des obligations."),
    ref("« article 2224 s. du Code civil »", false, "La prescription suit l'article 2224 s. du Code civil."),
    ref("« l'article 9 ci-dessous » that does not exist: still a broken clause reference", true, "Les modalités de résiliation figurent à l'article 9 ci-dessous."),
    ref("« article 7 et suivants des présentes » that do not exist", true, "Les garanties sont décrites à l'article 7 et suivants des présentes."),
  ]);
});

const rcs = (name: string, reports: boolean, line: string): WordingCase => ({ name, rule: "invalid-identifier", reports, audience: "b2b", asOf: "2026-09-01", text: `# CGV\n\n${line}\n\n## 1. Objet\n\nDes prestations de traduction.\n` });

describe("round T20 battery: a number given as the registry number, with the wrong length", () => {
  run([
    rcs("« immatriculée au RCS de Lyon sous le numéro 7328293200007 » (13 digits)", true, "La société Lexa SARL, immatriculée au RCS de Lyon sous le numéro 7328293200007, 3 rue Neuve, 69002 Lyon."),
    rcs("« RCS Nantes sous le n° 73282932 » (8 digits)", true, "Lexa SAS, inscrite au RCS Nantes sous le n° 73282932, 4 quai de la Fosse, 44000 Nantes."),
    rcs("« RCS de Lyon sous le numéro 732 829 320 » (valid SIREN)", false, "La société Lexa SARL, immatriculée au RCS de Lyon sous le numéro 732 829 320, 3 rue Neuve, 69002 Lyon."),
    rcs("« RCS de Lyon sous le numéro 732 829 320 00074 » (a valid SIRET)", false, "La société Lexa SARL, immatriculée au RCS de Lyon sous le numéro 732 829 320 00074, 3 rue Neuve, 69002 Lyon."),
    rcs("« RCS de Lyon sous le n° 2019 B 01234 » (the registry's management number)", false, "La société Lexa SARL, immatriculée au RCS de Lyon sous le n° 2019 B 01234, SIREN 732 829 320, 3 rue Neuve, 69002 Lyon."),
    rcs("« sous le numéro de téléphone 0472123456 » (a phone, not the registry)", false, "La société Lexa SARL, immatriculée au RCS de Lyon sous le numéro 732 829 320, joignable au 04 72 12 34 56."),
  ]);
});

const conso = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "obsolete-consumer-code-article", reports, audience: "b2c", asOf: "2026-09-01", text: doc(body) });

describe("round T20 battery: an old Code de la consommation number glued to the next word", () => {
  run([
    conso("« L.121-20,du Code » glued to a comma", true, "Selon l'article L.121-20,du Code de la consommation, le client dispose d'un délai de rétractation de quatorze jours."),
    conso("« L121-20 du Code » spaced (already reported)", true, "Conformément à l'article L121-20 du Code de la consommation, le client dispose d'un délai de quatorze jours pour exercer son droit de rétractation."),
    conso("« L221-18du Code » glued, but current", false, "Conformément à l'article L221-18du Code de la consommation, le client dispose d'un délai de quatorze jours pour exercer son droit de rétractation."),
  ]);
});

const SHOP = "# CGV\n\n## 1. Objet\n\nLes présentes régissent les ventes de thés conclues sur notre site internet www.the-lune.fr entre la société et les consommateurs.\n\n## 2. Commande\n\nLe client passe commande sur le site.\n\n## 3. Retours\n\n";
const ret = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "consumer-withdrawal-info-missing", reports, audience: "b2c", asOf: "2026-09-01", text: `${SHOP}${body}\n` });

describe("round T20 battery: a « droit de retour » shorter than the withdrawal period", () => {
  run([
    ret("« droit de retour de 7 jours ouvrables »", true, "Le client bénéficie d'un droit de retour de 7 jours ouvrables à compter de la réception.\n\n## 4. Rétractation\n\nLe droit de rétractation s'exerce par courrier."),
    ret("« dispose de 10 jours pour retourner » (a return period)", true, "Le client dispose de 10 jours pour retourner le produit.\n\n## 4. Rétractation\n\nLe droit de rétractation s'exerce par courrier."),
    ret("« un délai de retour de 3 jours » for a damaged parcel (a complaint, not withdrawal)", false, "En cas de colis endommagé, le client dispose d'un délai de retour de 3 jours pour le signaler.\n\n## 4. Rétractation\n\nLe client dispose d'un délai de rétractation de quatorze jours, exercé par courrier ou à l'aide du formulaire de rétractation."),
    ret("« un délai de retour de 14 jours » (the full period)", false, "Le client dispose d'un délai de rétractation de 14 jours à compter de la réception, et d'un droit de retour de 14 jours.\n\n## 4. Rétractation\n\nLe droit de rétractation s'exerce par courrier, à l'aide du formulaire de rétractation."),
  ]);
});

const ONLINE_NEG = (sentence: string) => `# CGV\n\n## 1. Objet\n\nLes présentes régissent les ventes de compositions florales aux consommateurs. ${sentence}\n\n## 2. Rétractation\n\nLe client dispose d'un droit de rétractation de quatorze jours.\n`;
const fn = (name: string, reports: boolean, text: string): WordingCase => ({ name, rule: "withdrawal-function-info-missing", reports, audience: "b2c", asOf: "2026-09-01", text });

describe("round T20 battery: an online sale said not to exist", () => {
  run([
    fn("« La boutique ne pratique pas la vente en ligne »", false, ONLINE_NEG("La boutique ne pratique pas la vente en ligne ; les commandes se passent au magasin.")),
    fn("« Aucune vente n'est conclue en ligne »", false, ONLINE_NEG("Aucune vente n'est conclue en ligne.")),
    fn("« Nous ne vendons pas sur notre site internet »", false, ONLINE_NEG("Nous ne vendons pas sur notre site internet, qui présente seulement nos créations.")),
    fn("« Les commandes se passent en ligne sur notre site » (an online sale)", true, ONLINE_NEG("Les commandes se passent en ligne sur notre site www.fleurs-lune.fr.")),
    fn("« pas seulement en boutique : aussi en ligne » (an online sale, the negation is elsewhere)", true, ONLINE_NEG("La vente ne se fait pas seulement en boutique : le client peut aussi commander en ligne sur www.fleurs-lune.fr.")),
  ]);
});

const vat = (name: string, reports: boolean, sentence: string): WordingCase => ({ name, rule: "vat-exempt-ttc-prices", reports, audience: "b2c", asOf: "2026-09-01", text: `# CGV\n\n## 1. Prix\n\n${sentence}\n\n## 2. TVA\n\nTVA non applicable, art. 293 B du CGI.\n` });

describe("round T20 battery: a TTC that depends on the tax regime", () => {
  run([
    vat("« selon le régime fiscal, soit TTC, soit nets de TVA »", false, "Selon le régime fiscal du vendeur, les prix sont indiqués soit toutes taxes comprises (TTC), soit nets de TVA."),
    vat("« en fonction du régime applicable, TTC ou hors TVA »", false, "En fonction du régime de TVA applicable, les prix s'entendent TTC ou hors TVA."),
    vat("« Les prix sont indiqués TTC » (a plain claim)", true, "Les prix sont indiqués en euros TTC."),
    vat("« soit TTC » after an unrelated « soit » (still a claim)", true, "Les prix, soit 20 € la séance, sont toutes taxes comprises."),
  ]);
});

const IDREST = "\n\n## 2. Prix\n\nLes prix sont indiqués toutes taxes comprises.\n\n## 3. Livraison\n\nLes colis sont livrés sous cinq jours.\n";
const id = (name: string, reports: boolean, text: string): WordingCase => ({ name, rule: "seller-identification-incomplete", reports, audience: "b2c", asOf: "2026-09-01", text: text + IDREST });

describe("round T20 battery: a legal form written out in words", () => {
  run([
    id("« société à responsabilité limitée » on its own line, capital, RCS, address", false, "# CGV\n\n## 1. Vendeur\n\nLes Thés de Lune\nSociété à responsabilité limitée au capital de 5 000 €\nRCS Lyon 732 829 320\n12 rue des Lices, 69002 Lyon"),
    id("« La société à responsabilité limité » misspelt, on its own line", false, "# CGV\n\n## 1. Vendeur\n\nLes Thés de Lune\nLa société à responsabilité limité au capital de 5 000 €\nRCS Lyon 732 829 320\n12 rue des Lices, 69002 Lyon"),
    id("« société par actions simplifiée » in the sentence", false, "# CGV\n\n## 1. Vendeur\n\nLes présentes sont proposées par Les Thés de Lune, société par actions simplifiée au capital de 5 000 €, RCS Lyon 732 829 320, 12 rue des Lices, 69002 Lyon."),
    id("« société par action simplifiée unipersonnelle » (singular)", false, "# CGV\n\n## 1. Vendeur\n\nLes présentes sont proposées par Les Thés de Lune, société par action simplifiée unipersonnelle au capital de 5 000 €, RCS Lyon 732 829 320, 12 rue des Lices, 69002 Lyon."),
    id("a registered trader whose only number has 13 digits: no SIREN", true, "# CGV\n\n## 1. Vendeur\n\nLes présentes sont proposées par la micro-entreprise Lune d'Encre, 3 rue Neuve, 69002 Lyon, immatriculée au RCS de Lyon sous le numéro 7328293200007."),
    // Round T18: a seller named by its name only is reported; with an identity clause, at its name there, whatever its case.
    { ...id("a name in the party sentence and in capitals atop an identity clause with an address only: at the clause", true, "# CGV\n\n## 1. Objet\n\nLes présentes régissent les ventes de revues proposées par **Plume Verte** sur son site.\n\n## 2. Identification du vendeur\n\n**PLUME VERTE**\n8 rue des Pins, 33000 Bordeaux\nTéléphone : 05 56 00 00 00"), line: 9 },
    id("no form at all, capital, RCS and address", true, "# CGV\n\n## 1. Vendeur\n\nLes présentes sont proposées par Les Thés de Lune, au capital de 5 000 €, RCS Lyon 732 829 320, 12 rue des Lices, 69002 Lyon."),
  ]);
});

// A mediator announced with a colon over a placeholder: rounds T8 and T20 reported it at the first mention; round T23
// settled the labellers' convention (test/corpus/README.md « Matching »): an incomplete mention is anchored where the
// missing details are to be written, the block the colon announces.
const MED = "# CGV\n\n## 1. Objet\n\nDes bouquets vendus aux particuliers en boutique, au prix affiché.\n\n## 2. Médiation\n\n";
const med = (name: string, line: number, body: string): WordingCase => ({ name, rule: "consumer-mediator-missing", reports: true, line, audience: "b2c", asOf: "2026-09-01", text: MED + body + "\n" });

describe("round T20 battery: a mediator announced but not given", () => {
  run([
    med("« Le médiateur compétent est : » over a drafting note: at the note", 13, "Le client peut recourir gratuitement à un médiateur de la consommation.\n\nLe médiateur compétent est :\n\n[nom et site internet du médiateur à compléter]"),
    med("a mention of mediation with no announcement: on the mention", 9, "En cas de litige, le client peut saisir gratuitement un médiateur de la consommation."),
  ]);
});
