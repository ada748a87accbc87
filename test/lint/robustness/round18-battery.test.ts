// Round T18 (issue #11, deliverables 5 and 6): rates written as « égales à N % du montant » under « taux annuel »,
// where late-payment and governing-law absences land when several clauses could hold them, identities in tables.
// Every text is written for this battery. Run on main's code before the round: see docs/accuracy.md « Round T18 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// 15 of the first 31 cases failed on main's code (23c6b42); one of them (the « Statut » row) was turned round by law.
const KNOWN_FAILURES = new Set<string>([
]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

const HEAD = "# Conditions générales de vente\n\n## 1. Objet\n\nLes présentes régissent des prestations de traduction entre professionnels.\n\n## 2. Retard de paiement\n\n";
const rate = (name: string, reports: boolean, sentence: string): WordingCase => ({ name, rule: "late-penalty-rate-missing", reports, audience: "b2b", asOf: "2026-09-01", text: `${HEAD}${sentence} Une indemnité forfaitaire de 40 € pour frais de recouvrement est due.\n` });

describe("round T18 battery: a rate named « taux annuel » and given as a share of the invoice", () => {
  run([
    rate("« au taux fixe annuel égales à 12 % du montant de la facture »", false, "Tout retard entraîne des pénalités de retard au taux fixe annuel égales à 12 % du montant de la facture."),
    rate("« pénalités calculées au taux annuel fixe de 9 % »", false, "Les sommes impayées portent pénalités calculées au taux annuel fixe de 9 %."),
    rate("« au taux annuel fixe de 11 % des sommes dues »", false, "En cas de retard, des pénalités sont dues au taux annuel fixe de 11 % des sommes dues."),
    rate("« intérêts de retard à un taux annuel égal à 10 % du prix »", false, "Tout retard de paiement fait courir des intérêts de retard à un taux annuel égal à 10 % du prix."),
    rate("« pénalités égales à 15 % par an du montant restant dû »", false, "Tout retard fait courir des pénalités égales à 15 % par an du montant restant dû."),
    rate("« une majoration de 10 % du montant de la facture » (a one-off share, no rate)", true, "Tout retard entraîne une majoration de 10 % du montant de la facture."),
    rate("« pénalités égales à 10 % du montant de la facture » (no year, no taux: a share)", true, "Tout retard entraîne des pénalités égales à 10 % du montant de la facture."),
    rate("« des frais de 8 % du total » (a fee)", true, "Des frais de gestion de 8 % du total sont facturés en cas de retard."),
  ]);
});

const absent = (name: string, rule: string, line: number, text: string): WordingCase => ({ name, rule, reports: true, line, audience: "b2b", asOf: "2026-09-01", text });

describe("round T18 battery: late-payment mentions absent, which clause is their home", () => {
  const delivery = "# CGV\n\n## 1. Objet\n\nDes prestations de conception de sites.\n\n## 2. Délais\n\n### 2.1 Planning\n\nLe planning est indicatif.\n\n### 2.2 Retard de livraison\n\nLe prestataire n'est pas responsable des retards causés par le client.\n\n## 3. Facturation\n\n### 3.1 Acompte\n\nUn acompte de 30 % est versé.\n\n### 3.2 Retard de paiement\n\nEn cas de retard de paiement, les travaux sont suspendus.\n";
  const deliveryOnly = "# CGV\n\n## 1. Objet\n\nDes prestations de conception de sites.\n\n## 2. Retard de livraison\n\nLe prestataire n'est pas responsable des retards causés par le client.\n\n## 3. Règlement\n\nLes factures sont payables à trente jours.\n";
  const executionDelay = "# CGV\n\n## 1. Objet\n\nDes travaux de menuiserie.\n\n## 2. Retard d'exécution\n\nUn retard dû aux intempéries n'ouvre droit à aucune indemnité.\n\n## 3. Prix\n\nLes prix sont hors taxes.\n";
  const nonPayment = "# CGV\n\n## 1. Objet\n\nUn logiciel hébergé.\n\n## 2. Tarifs\n\nL'abonnement est de 90 € HT par mois.\n\n## 3. Suspension et résiliation\n\nLe prestataire peut suspendre l'accès si le client ne paie pas une facture à son échéance.\n";
  const nonPaymentWords = "# CGV\n\n## 1. Objet\n\nUn logiciel hébergé.\n\n## 2. Prix\n\nL'abonnement est de 90 € HT par mois.\n\n## 3. Fin du contrat\n\nEn cas de défaut de paiement, le contrat peut être résilié de plein droit.\n";
  const pricesOnly = "# CGV\n\n## 1. Objet\n\nUn logiciel hébergé.\n\n## 2. Prix\n\nL'abonnement est de 90 € HT par mois.\n\n## 3. Résiliation\n\nChaque partie peut résilier avec un préavis d'un mois.\n";
  run([
    absent("rate: « Retard de paiement » beside an earlier « Retard de livraison »", "late-penalty-rate-missing", 23, delivery),
    absent("indemnity: « Retard de paiement » beside an earlier « Retard de livraison »", "recovery-indemnity-missing", 23, delivery),
    absent("rate: only a « Retard de livraison » and a « Règlement » clause: the payment clause", "late-penalty-rate-missing", 11, deliveryOnly),
    absent("indemnity: only a « Retard de livraison » and a « Règlement » clause", "recovery-indemnity-missing", 11, deliveryOnly),
    absent("rate: « Retard d'exécution » is not the home, the prices clause is", "late-penalty-rate-missing", 11, executionDelay),
    absent("rate: no payment clause, a clause says what happens when the client does not pay", "late-penalty-rate-missing", 11, nonPayment),
    absent("indemnity: no payment clause, a clause says what happens when the client does not pay", "recovery-indemnity-missing", 11, nonPayment),
    absent("rate: « défaut de paiement » in a termination clause", "late-penalty-rate-missing", 11, nonPaymentWords),
    absent("rate: no payment clause and nothing about non-payment: the prices clause", "late-penalty-rate-missing", 7, pricesOnly),
  ]);
});

const law = (name: string, line: number, text: string): WordingCase => ({ name, rule: "governing-law-missing", reports: true, line, audience: "b2c", asOf: "2026-09-01", text });

describe("round T18 battery: a missing choice of law with a mediation clause and a courts clause", () => {
  run([
    law("« Litiges – Médiation » then « Tribunal compétent »: the courts", 11, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Litiges – Médiation\n\nLe client peut saisir un médiateur.\n\n## 3. Tribunal compétent\n\nLes tribunaux de Tours sont compétents.\n"),
    law("« Médiation » then « Juridiction compétente »: the courts", 11, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Médiation\n\nLe client peut saisir un médiateur.\n\n## 3. Juridiction compétente\n\nLes tribunaux de Tours sont compétents.\n"),
    law("« Tribunaux » before « Réclamations et médiation »: the courts", 7, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Tribunaux\n\nLes tribunaux de Tours sont compétents.\n\n## 3. Réclamations et médiation\n\nLe client peut saisir un médiateur.\n"),
    law("« Litiges » alone (no mediation in the title) before « Tribunal compétent »: the disputes clause", 7, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Litiges\n\nLes parties cherchent un accord amiable.\n\n## 3. Tribunal compétent\n\nLes tribunaux de Tours sont compétents.\n"),
    law("« Médiation » alone: the mediation clause, the only disputes clause", 7, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Litiges et médiation\n\nLe client peut saisir un médiateur.\n\n## 3. Prix\n\nEn euros.\n"),
    law("« Droit applicable » that names no law: still its home", 11, "# CGV\n\n## 1. Objet\n\nDes cours de piano.\n\n## 2. Litiges – Médiation\n\nLe client peut saisir un médiateur.\n\n## 3. Droit applicable\n\nLes litiges relèvent des tribunaux de Tours.\n"),
  ]);
});

const id = (name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule: "seller-identification-incomplete", reports, text, audience: "b2c", asOf: "2026-09-01", ...extra });
const REST = "\n\n## 3. Prix\n\nLes prix sont indiqués toutes taxes comprises.\n\n## 4. Livraison\n\nLes colis sont livrés sous cinq jours.\n";

describe("round T18 battery: identities in tables, farmers, where an incomplete identity lands", () => {
  run([
    // Decided by law (round T18): R526-26 asks « EI » immediately before or after the name; a « Statut » cell describes
    // the status, as « en qualité d'entrepreneur individuel » does. Written expecting no report; kept, the other way.
    id("a table « Nom | Lucie Garnier » over « Statut | Entrepreneur individuel »: the status row is no mention next to the name", true, "# Conditions générales\n\n## 1. Objet\n\nDes séances de coaching.\n\n## 2. Le prestataire\n\n| | |\n|---|---|\n| Nom | Lucie Garnier |\n| Statut | Entrepreneur individuel |\n| SIREN | 732 829 320 |\n| Adresse | 4 rue Neuve, 37000 Tours |" + REST),
    id("a table « Prestataire | Lucie Garnier EI » with SIREN and address", false, "# Conditions générales\n\n## 1. Objet\n\nDes séances de coaching.\n\n## 2. Le prestataire\n\n| | |\n|---|---|\n| Prestataire | Lucie Garnier EI |\n| SIREN | 732 829 320 |\n| Adresse | 4 rue Neuve, 37000 Tours |" + REST),
    id("a table with a name, SIREN and address but no status nor form", true, "# Conditions générales\n\n## 1. Objet\n\nDes séances de coaching.\n\n## 2. Le prestataire\n\n| | |\n|---|---|\n| Nom | Lucie Garnier |\n| SIREN | 732 829 320 |\n| Adresse | 4 rue Neuve, 37000 Tours |" + REST),
    id("a table with a company name, its form, RCS and address", false, "# Conditions générales\n\n## 1. Objet\n\nDes séances de coaching.\n\n## 2. Le vendeur\n\n| | |\n|---|---|\n| Dénomination | Papeterie Nova |\n| Forme | SARL au capital de 2 000 € |\n| RCS | Lyon 732 829 320 |\n| Siège | 12 rue des Lices, 69002 Lyon |" + REST),
    id("a beekeeper who says so, named with « EI », address and SIRET (a farmer: no RCS, no capital)", false, "# Conditions générales de vente\n\n## 1. Objet\n\nLes présentes régissent les ventes du Miel des Collines, exploitation apicole de Paul Rivet EI, apiculteur, 2 chemin des Ruches, 24200 Sarlat, SIRET 732 829 320 00074.\n\n## 2. Commande\n\nLa commande se passe sur le site." + REST),
    // R526-26 binds every entrepreneur individuel, farmers included: a beekeeper in his own name still writes « EI ».
    id("a beekeeper in his own name, address and SIRET, without « EI »", true, "# Conditions générales de vente\n\n## 1. Objet\n\nLes présentes régissent les ventes du Miel des Collines, exploitation apicole de Paul Rivet, apiculteur, 2 chemin des Ruches, 24200 Sarlat, SIRET 732 829 320 00074.\n\n## 2. Commande\n\nLa commande se passe sur le site." + REST),
    id("a shop named by its name only, nothing else", true, "# Conditions générales de vente\n\n## 1. Objet\n\nLes présentes régissent les ventes conclues entre **La Cave d'Arthur** et ses clients.\n\n## 2. Commande\n\nLa commande se passe sur le site." + REST, { line: 5 }),
    id("an incomplete identity lands on the line that first names the seller, under the title", true, "# Conditions générales de vente\n\nLa Boutique Lunaire vend des bijoux en ligne.\n\n## 1. Objet\n\nLes présentes lient La Boutique Lunaire et ses clients.\n\n## 2. Commande\n\nLa commande se passe sur le site." + REST, { line: 3 }),
    id("an incomplete identity: a contact block below the party sentence does not move it", true, "# Conditions générales de vente\n\n## 1. Objet\n\nLes présentes lient La Boutique Lunaire et ses clients.\n\n## 2. Contact\n\nLa Boutique Lunaire\n3 rue du Port, 56000 Vannes\n\n## 3. Commande\n\nLa commande se passe sur le site." + REST, { line: 5 }),
  ]);
});
