// Round T15 (issue #11, deliverables 5 and 6): bold headings and bold numbered list items, a company named
// « la société X » with nothing else, a 9-digit « SIRET », a percentage « indemnité forfaitaire » (a clause
// pénale), repealed Civil code numbers without keywords, a negated tacit renewal, exempt sellers quoting TTC.
// Every text is written for this battery. Run on main's code before the round: see docs/accuracy.md « Round T15 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// 17 of the 39 cases fail on main's code (e51421a; 14 of the first 32 when the battery was committed); 1 is left:
// a seller that names itself nowhere (« nous ») has no line to report at and no status to infer.
const KNOWN_FAILURES = new Set<string>([
  "no seller named at all, « nous » only",
]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

const ref = (name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "clause-reference-broken", reports, text, audience: "b2b", asOf: "2026-09-01", ...extra });

describe("round T15 battery: bold headings and bold numbered list items", () => {
  run([
    ref("« ## **3. Livraison** » referred to as « article 3 »", false, "# CGV\n\n## **1. Objet**\n\nLa livraison suit l'article 3.\n\n## **2. Tarifs**\n\nLes tarifs sont en euros.\n\n## **3. Livraison**\n\nLes meubles sont livrés sous huit jours.\n"),
    ref("« ## **Article 4 – Garanties** » referred to", false, "# CGV\n\n## **Article 1 – Objet**\n\nLes garanties sont décrites à l'article 4.\n\n## **Article 4 – Garanties**\n\nLes garanties légales s'appliquent.\n"),
    ref("a bold numbered list item before references to real clauses", false, "# CGV\n\n## 1. Objet\n\nLe séjour peut être annulé dans les cas suivants :\n\n1. **Groupe incomplet** : moins de six inscrits.\n2. **Météo** : alerte rouge.\n\n## 2. Prix\n\nVoir l'article 3 pour le remboursement.\n\n## 3. Remboursement\n\nLe remboursement a lieu sous quatorze jours.\n"),
    ref("a plain numbered list inside a clause, reference to clause 4", false, "# CGV\n\n## 1. Réservation\n\nPour réserver :\n\n1. Choisir une date.\n2. Payer l'acompte.\n\n## 2. Annulation\n\nLes frais de l'article 4 s'appliquent.\n\n## 3. Prix\n\nEn euros.\n\n## 4. Frais\n\nTrente euros par personne.\n"),
    ref("bold headings and a reference to a clause that does not exist", true, "# CGV\n\n## **1. Objet**\n\nLes pénalités de l'article 9 s'appliquent.\n\n## **2. Tarifs**\n\nLes tarifs sont en euros.\n", { line: 5 }),
    ref("« ## **Article 3 \\- Paiement** » (a Markdown-escaped dash) referred to", false, "# CGV\n\n## **Article 1 \\- Objet**\n\nLe paiement suit l'article 3.\n\n## **Article 3 \\- Paiement**\n\nÀ trente jours.\n"),
    ref("« **5. Responsabilité** » alone on its line as a heading, referred to", false, "# CGV\n\n**1. Objet**\n\nSous réserve de l'article 5, le prestataire répond de ses fautes.\n\n**5. Responsabilité**\n\nLa responsabilité est limitée au prix.\n"),
  ]);
});

const id = (name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "seller-identification-incomplete", reports, text, audience: "b2c", asOf: "2026-09-01", ...extra });
const REST = "\n\n## Article 2 – Prix\n\nLes prix sont indiqués toutes taxes comprises.\n\n## Article 3 – Livraison\n\nLes colis sont livrés sous cinq jours.\n";

describe("round T15 battery: « la société X » with nothing else; a form in a bold name", () => {
  run([
    id("« la société Papeterie Nova » with nothing else", true, "# Conditions générales de vente\n\nLes présentes conditions régissent les ventes conclues par la société Papeterie Nova avec ses clients." + REST),
    id("« la Société Atelier Brume » as « le Prestataire », nothing else", true, "# Conditions générales\n\nLes présentes conditions lient la Société Atelier Brume (ci-après « le Prestataire ») et le client." + REST),
    id("no seller named at all, « nous » only", true, "# Conditions générales de vente\n\nNous vendons des chaussures réparées. Toute commande vaut acceptation des présentes." + REST),
    id("a seller named with two roles « (ci-après « l'Atelier » ou « le Prestataire ») », nothing else", true, "# Conditions générales de vente\n\nLes présentes conditions lient Les Souliers de Lina (ci-après « l'Artisan » ou « le Prestataire ») et ses clients pour la réparation de chaussures." + REST),
    id("the clients' seat « personnes morales dont le siège social » is no identity; « entre X et ses Clients »", true, "# Conditions générales de vente\n\nLes présentes régissent les rapports entre Formalys et ses Clients.\n\n## Article 2 – Paiement\n\nLe délai est de 30 jours pour les personnes morales dont le siège social se situe en France.\n"),
    id("« la société Papeterie Nova » where it is the host, not in the terms' sentence", false, "# Conditions générales de vente\n\nJeanne Morel EI, SIREN 732 829 320, 3 rue Haute, 29000 Quimper, vend des bougies.\n\n## Article 2 – Site\n\nLe site est hébergé par la société Nuage Bleu." + REST),
    id("« l'agence Lune3D » in the terms' sentence, nothing else", true, "# Conditions générales de vente\n\nLes présentes conditions définissent les droits et obligations de l'agence Lune3D et de ses clients." + REST, { says: /Lune3D/ }),
    id("the form in the bold name above the numbers", false, "# Conditions générales de vente\n\n**Papeterie Nova SAS**\nau capital de 5 000 €, RCS Lyon 732 829 320\n12 rue des Lices, 69002 Lyon\n" + REST),
    id("a person's name on the line above « Entrepreneur individuel (EI) »", false, "# Conditions générales\n\nMARTIN Julie\nEntrepreneur individuel (EI)\nSIRET 732 829 320 00074\n5 chemin des Vignes, 34500 Béziers\n" + REST),
    id("« la société Papeterie Nova » with its form, capital, RCS and address below", false, "# Conditions générales de vente\n\nLes présentes régissent les ventes de la société Papeterie Nova.\n\n## Article 1 – Vendeur\n\nPapeterie Nova SARL au capital de 2 000 €, RCS Lyon 732 829 320, 12 rue des Lices, 69002 Lyon.\n" + REST),
  ]);
});

const siret = (name: string, reports: boolean, line: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "invalid-identifier", reports, audience: "b2b", asOf: "2026-09-01", text: `# CGV\n\n## 1. Vendeur\n\nPapeterie Nova SAS, 12 rue des Lices, 69002 Lyon, ${line}.\n\n## 2. Prix\n\nLes prix sont en euros.\n`, ...extra });

describe("round T15 battery: a 9-digit number labelled SIRET", () => {
  run([
    siret("« SIRET : 732 829 320 » is a valid SIREN under the wrong label", false, "SIRET : 732 829 320"),
    siret("« n° SIRET 732829320 »", false, "n° SIRET 732829320"),
    siret("a 9-digit « SIRET » that fails the key", true, "SIRET : 732 829 321", { line: 5 }),
    siret("a 14-digit SIRET that fails the key", true, "SIRET : 732 829 320 00075", { line: 5 }),
  ]);
});

const ind = (name: string, rule: string, reports: boolean, body: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule, reports, audience: "b2b", asOf: "2026-09-01", text: `# CGV\n\n## 1. Objet\n\nLes présentes régissent des prestations de graphisme.\n\n## 8. Retard de paiement\n\n${body}\n`, ...extra });

describe("round T15 battery: a percentage « indemnité forfaitaire » (the first case failed on main: reported as named without its amount) is a clause pénale, not the 40 € indemnity", () => {
  run([
    ind("« indemnité forfaitaire de 15 % des sommes dues », no 40 €", "recovery-indemnity-missing", true, "Tout retard entraîne des pénalités au taux de 12 % l'an et une indemnité forfaitaire égale à 15 % des sommes dues, à titre de clause pénale.", { says: /n'est pas mentionnée/ }),
    ind("the 40 € indemnity and a 10 % clause pénale", "recovery-indemnity-missing", false, "Tout retard entraîne des pénalités au taux de 12 % l'an, l'indemnité forfaitaire pour frais de recouvrement de 40 € et une majoration de 10 % à titre de clause pénale."),
    ind("« indemnité forfaitaire pour frais de recouvrement » without amount", "recovery-indemnity-missing", true, "Tout retard entraîne des pénalités au taux de 12 % l'an et l'indemnité forfaitaire pour frais de recouvrement prévue par la loi.", { says: /montant|amount/ }),
  ]);
});

const civ = (name: string, reports: boolean, body: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "obsolete-civil-code-article", reports, audience: "b2b", asOf: "2026-09-01", text: `# CGV\n\n## 1. Objet\n\nLes présentes régissent la vente de mobilier.\n\n## 6. Clauses diverses\n\n${body}\n`, ...extra });

describe("round T15 battery: repealed Civil code numbers named with the Code civil", () => {
  run([
    civ("« l'article 1369-1 du Code civil » alone", true, "Le contrat est conclu selon les modalités de l'article 1369-1 du Code civil.", { line: 9 }),
    civ("« art. 1316-4 du Code civil », no keyword", true, "La signature électronique vaut selon l'art. 1316-4 du Code civil.", { line: 9 }),
    civ("« article 1226 du code civil » for a clause pénale, with « mise en demeure »", true, "Une majoration de 15 % sera due à titre de clause pénale au sens de l'article 1226 du code civil, après mise en demeure.", { line: 9 }),
    civ("« article 1152 du Code civil », clause pénale", true, "Le juge peut modérer la pénalité conformément à l'article 1152 du Code civil.", { line: 9 }),
    civ("« (ancien C. civ., art. 1316-4) » after the current number", false, "La signature électronique vaut selon l'article 1367 du Code civil (ancien C. civ., art. 1316-4)."),
    civ("« article 1231-5 du Code civil » is current", false, "Le juge peut modérer la pénalité conformément à l'article 1231-5 du Code civil."),
    civ("« article 1369-1 du Code de commerce »? a different code", false, "Voir l'article L. 441-10 du Code de commerce pour les pénalités."),
  ]);
});

const renew = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "tacit-renewal-reminder", reports, audience: "b2c", asOf: "2026-09-01", text: `# Conditions générales\n\n## 1. Objet\n\nLes présentes régissent un abonnement à une box mensuelle.\n\n## 5. Durée\n\n${body}\n` });

describe("round T15 battery: a negated tacit renewal", () => {
  run([
    renew("« sans reconduction tacite »", false, "L'abonnement est conclu pour six mois, sans reconduction tacite."),
    renew("« n'est pas reconduit tacitement »", false, "L'abonnement de douze mois n'est pas reconduit tacitement à son terme."),
    renew("« ne se renouvelle pas par tacite reconduction »", false, "Le contrat ne se renouvelle pas par tacite reconduction."),
    renew("« reconduit tacitement » without the reminder", true, "L'abonnement est reconduit tacitement pour des périodes de six mois."),
  ]);
});

const vat = (name: string, reports: boolean, body: string): WordingCase => ({ name, rule: "vat-exempt-ttc-prices", reports, audience: "b2c", asOf: "2026-09-01", text: `# Conditions générales\n\n## 1. Objet\n\nLes présentes régissent des formations en langues.\n\n## 4. Prix\n\n${body}\n` });

describe("round T15 battery: an exempt seller quoting TTC", () => {
  run([
    vat("« exonérée de TVA (article 261-4-4° du CGI) » with prices « TTC »", true, "Notre activité de formation est exonérée de TVA (article 261-4-4° du CGI). Les prix sont indiqués TTC."),
    vat("« TVA non applicable, art. 293 B du CGI » with prices « TTC »", true, "TVA non applicable, art. 293 B du CGI. Les prix sont indiqués TTC."),
    vat("exports « exonérées de TVA (art. 262 ter du CGI) », domestic prices TTC", false, "Les livraisons intracommunautaires sont exonérées de TVA (art. 262 ter du CGI). Les prix en France sont indiqués TTC."),
    vat("exempt, prices « nets »", false, "Notre activité est exonérée de TVA en application de l'article 261-7 du CGI. Les prix sont nets."),
  ]);
});
