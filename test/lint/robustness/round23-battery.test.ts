// Round T23 (issue #11, deliverables 5 and 6): where an absent mention lands when several clauses could hold it
// (an article grouping prices and payment, sub-clauses about the means or the safety of payment, payment terms split
// per offer, a mediator announced with a colon above an empty block), and the consumer rules' cues (goods delivered
// at home, a shop that sells nothing). Every text is written for this battery. Run on main's code before the round:
// see docs/accuracy.md « Round T23 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// Cases that failed on main's code before this round, run as `it.fails` until their fix.
// 13 of the 30 cases failed on main's code before this round (run as `it.fails` until their fix); none is left.
const KNOWN_FAILURES = new Set<string>([]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));
// A text from its lines, so that a case's expected line is the index it is written at plus one.
const lines = (...all: string[]) => all.join("\n") + "\n";
const OBJECT = ["# Conditions générales de vente", "", "## 1. Objet", "", "Les présentes régissent la vente de tabourets en chêne fabriqués à Nantes."];

const payment = (rule: string) => (name: string, reports: boolean, rest: string[], extra: Partial<WordingCase> = {}): WordingCase => ({
  name: `${rule}: ${name}`, rule, reports, audience: "b2b", asOf: "2026-09-01", text: lines(...OBJECT, "", ...rest), ...extra,
});
// Line 7: the article grouping prices and payment.
const SECURITY = ["## 2. Prix et paiement", "", "### 2.1 Prix", "", "Les prix sont indiqués en euros hors taxes.", "", "### 2.2 Moyens de paiement", "", "Carte bancaire ou virement.", "", "### 2.3 Sécurité des paiements", "", "Les données de carte sont chiffrées par notre prestataire certifié."];
const SECURITY_TRANSACTIONS = SECURITY.map((l) => l.replace("Sécurité des paiements", "Sécurité des transactions de paiement"));
const SAFETY = SECURITY.map((l) => l.replace("Sécurité des paiements", "Protection des données de paiement"));
// Line 7: the article; lines 13 and 17: payment terms per offer.
const PER_OFFER = ["## 2. Tarifs et conditions de règlement", "", "### 2.1 Tarifs", "", "Les tarifs figurent au bon de commande.", "", "### 2.2 Conditions de règlement – tabourets sur mesure", "", "Acompte de 30 % à la commande, solde à la livraison.", "", "### 2.3 Conditions de règlement – tabourets de série", "", "Paiement comptant à la commande."];
const ONE_TERMS = ["## 2. Tarifs et conditions de règlement", "", "### 2.1 Tarifs", "", "Les tarifs figurent au bon de commande.", "", "### 2.2 Conditions de règlement", "", "Acompte de 30 % à la commande, solde à la livraison."];

const placementCases: WordingCase[] = [];
for (const rule of ["early-payment-discount-missing", "late-penalty-rate-missing", "recovery-indemnity-missing"]) {
  const c = payment(rule);
  placementCases.push(
    c("a sub-clause about the safety of payments is not the payment terms: the article", true, SECURITY, { line: 7 }),
    c("« Sécurité des transactions de paiement »: the article", true, SECURITY_TRANSACTIONS, { line: 7 }),
    c("« Protection des données de paiement »: the article", true, SAFETY, { line: 7 }),
  );
}
const escompte = payment("early-payment-discount-missing");
placementCases.push(
  escompte("payment terms split per offer: the article that groups them", true, PER_OFFER, { line: 7 }),
  escompte("one sub-clause titled as the payment terms: that sub-clause", true, ONE_TERMS, { line: 13 }),
  payment("late-penalty-rate-missing")("one sub-clause titled as the payment terms, late penalties missing: that sub-clause", true, ONE_TERMS, { line: 13 }),
  escompte("the escompte said « néant » in one of the offers' terms", false, PER_OFFER.map((l) => (l === "Paiement comptant à la commande." ? "Paiement comptant à la commande. Escompte : néant." : l))),
  payment("late-penalty-rate-missing")("payment terms split per offer, late penalties missing: the article", true, PER_OFFER, { line: 7 }),
  payment("late-penalty-rate-missing")("a rate of three times the legal rate given: nothing", false, [...SECURITY, "", "### 2.4 Retard", "", "Tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal."]),
);

const consumer = (rule: string, name: string, reports: boolean, text: string, extra: Partial<WordingCase> = {}): WordingCase => ({ name, rule, reports, text, audience: "b2c", asOf: "2026-09-01", ...extra });
const SHOP = lines(...OBJECT, "", "## 2. Commande", "", "La commande est passée sur notre site internet et payée en ligne ; les tabourets sont livrés par transporteur.");
const mediatorCases: WordingCase[] = [
  consumer("consumer-mediator-missing", "announced with a colon, the block below left as a placeholder: the block", true, lines(...OBJECT, "", "## 2. Médiation", "", "Le client consommateur peut recourir gratuitement à un médiateur de la consommation.", "", "Le médiateur dont relève le vendeur est :", "", "[nom et site du médiateur à compléter]"), { line: 13, says: /coordonnées/ }),
  consumer("consumer-mediator-missing", "announced with a colon, the block below names it with its site: nothing", false, lines(...OBJECT, "", "## 2. Médiation", "", "Le client consommateur peut recourir gratuitement à un médiateur de la consommation.", "", "Le médiateur dont relève le vendeur est :", "", "Médiateurs Associés – www.mediateurs-associes.example")),
  consumer("consumer-mediator-missing", "named after a colon on its line, no site: that name", true, lines(...OBJECT, "", "## 2. Médiation", "", "Médiateur compétent : Bureau de la Médiation Ligérienne, 4 rue Haute, Nantes."), { line: 9 }),
  consumer("consumer-mediator-missing", "only the right to a mediator, said once: that line", true, lines(...OBJECT, "", "## 2. Litiges", "", "Le client peut recourir gratuitement à un médiateur de la consommation."), { line: 9 }),
  consumer("consumer-mediator-missing", "no mediator, a « Différends » clause: its heading", true, lines(...OBJECT, "", "## 2. Différends", "", "Tout différend sera porté devant les juridictions compétentes."), { line: 7 }),
  consumer("consumer-mediator-missing", "a free app with no price: nothing", false, lines("# Conditions d'utilisation", "", "## 1. Objet", "", "L'application Tabouret Club est entièrement gratuite pour ses utilisateurs.", "", "## 2. Litiges", "", "Les litiges relèvent des tribunaux compétents.")),
];
const withdrawalCases: WordingCase[] = [
  consumer("consumer-withdrawal-info-missing", "an online shop with no word of withdrawal: the order clause", true, SHOP, { line: 7 }),
  consumer("consumer-withdrawal-info-missing", "the 14-day right given: nothing", false, SHOP + "\n## 3. Rétractation\n\nLe client dispose de quatorze jours pour se rétracter.\n"),
  consumer("consumer-withdrawal-info-missing", "with a « Retours » clause silent on withdrawal: the returns clause", true, SHOP + "\n## 3. Retours\n\nLes retours sont acceptés en magasin.\n", { line: 11 }),
  // « à réception du bon de commande signé » alone: the order form may be handed over at the seller's; the reading of REMOTE_CHANNEL (scan/consumer.ts)
  // kept (no distance shown, nothing reported), whatever a label says of one text.
  consumer("consumer-withdrawal-info-missing", "formed « à réception du bon de commande signé », nothing else: nothing", false, lines("# Conditions générales", "", "## 1. Objet", "", "Nous concevons des jardins pour les particuliers.", "", "## 2. Devis et commande", "", "Le devis est gratuit. La commande est ferme à réception du bon de commande signé et de l'acompte.")),
  consumer("consumer-withdrawal-info-missing", "the quote signed at the showroom: nothing", false, lines("# Conditions générales", "", "## 1. Objet", "", "Nous concevons des jardins pour les particuliers.", "", "## 2. Devis et commande", "", "Le devis est signé dans notre salle d'exposition, où l'acompte est versé.")),
];
// An online subscription; line 9 says it is taken online; the « Information » clause only names the cancellation terms.
const SUBSCRIBED = ["# Conditions générales", "", "## 1. Abonnement", "", "Les particuliers souscrivent en ligne un abonnement mensuel à nos paniers de légumes, payé par carte et renouvelé tacitement.", "", "## 2. Information", "", "Avant de payer, le client consulte le prix, la durée et les modalités de renouvellement et de résiliation."];
const cancellationCases: WordingCase[] = [
  consumer("online-cancellation-missing", "the cancellation terms only named as information: where the subscription is taken online", true, lines(...SUBSCRIBED), { line: 5 }),
  consumer("online-cancellation-missing", "« en cas de résiliation » sets a refund, not how to cancel: where the subscription is taken online", true, lines(...SUBSCRIBED, "", "## 3. Remboursement", "", "Aucun remboursement n'est dû en cas de résiliation en cours de mois."), { line: 5 }),
  consumer("online-cancellation-missing", "a clause saying how to cancel, not online: that clause", true, lines(...SUBSCRIBED, "", "## 3. Fin de l'abonnement", "", "Le client peut résilier son abonnement en appelant notre service client."), { line: 13 }),
  consumer("online-cancellation-missing", "cancellation online from the account: nothing", false, lines(...SUBSCRIBED, "", "## 3. Fin de l'abonnement", "", "Le client peut résilier son abonnement en ligne, en deux clics, depuis son espace client.")),
];
const guaranteeCases: WordingCase[] = [
  consumer("legal-guarantees-info-missing", "a dress made to measure and delivered at home, no legal guarantee", true, lines("# Conditions générales de vente", "", "## 1. Objet", "", "Nous confectionnons des robes sur mesure pour nos clientes.", "", "## 2. Livraison", "", "La robe est remise à l'atelier, ou une livraison à domicile est organisée sur demande.", "", "## 3. Garanties", "", "Nous garantissons la qualité des tissus."), { line: 11 }),
  consumer("legal-guarantees-info-missing", "the same dress with both legal guarantees named: nothing", false, lines("# Conditions générales de vente", "", "## 1. Objet", "", "Nous confectionnons des robes sur mesure pour nos clientes.", "", "## 2. Livraison", "", "Une livraison à domicile est organisée sur demande.", "", "## 3. Garanties", "", "La cliente bénéficie de la garantie légale de conformité et de la garantie des vices cachés.")),
  consumer("legal-guarantees-info-missing", "a home service (« prestations à domicile »), no goods: nothing", false, lines("# Conditions générales", "", "## 1. Objet", "", "Nous proposons des cours de couture à domicile.", "", "## 2. Garanties", "", "Nous garantissons le sérieux de nos intervenantes.")),
  consumer("legal-guarantees-info-missing", "tabourets sent by carrier, no guarantee clause: the title", true, SHOP, { line: 1 }),
];
const lawCases: WordingCase[] = [
  { name: "mediation then the courts: the courts clause", rule: "governing-law-missing", reports: true, audience: "b2c", asOf: "2026-09-01", text: lines(...OBJECT, "", "## 2. Litiges – Médiation", "", "Le client peut saisir le médiateur.", "", "## 3. Tribunal compétent", "", "Les tribunaux de Nantes sont compétents."), line: 11 },
  { name: "the law chosen: nothing", rule: "governing-law-missing", reports: false, audience: "b2c", asOf: "2026-09-01", text: lines(...OBJECT, "", "## 2. Droit applicable", "", "Les présentes sont soumises au droit français.") },
];

describe("round T23 battery: where an absent payment mention lands", () => run(placementCases));
describe("round T23 battery: the consumer mediator's place", () => run(mediatorCases));
describe("round T23 battery: withdrawal", () => run(withdrawalCases));
describe("round T23 battery: online cancellation", () => run(cancellationCases));
describe("round T23 battery: legal guarantees for goods", () => run(guaranteeCases));
describe("round T23 battery: choice of law", () => run(lawCases));
