// Round T4 (issue #11, deliverables 5 and 6): choice of law, forum clauses, the mediator, references by
// title and online subscriptions, in wordings written for this test (none copied from the corpus).
// Each case is a must-report or a must-not-report; see battery.ts.
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// Line 9 is the first line of the « Litiges » clause.
const HEAD = "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente de luminaires.\n\n## Article 11 – Litiges\n\n";
const LAW = "Les présentes conditions sont soumises au droit français. ";
const b2c = { audience: "b2c" as const };

const law = (name: string, body: string, reports: boolean): WordingCase => ({ name, rule: "governing-law-missing", reports, text: HEAD + body + "\n" });
const forum = (name: string, body: string, reports: boolean): WordingCase => ({ ...b2c, name, rule: "jurisdiction-clause-consumer", reports, ...(reports ? { line: 9 } : {}), text: HEAD + LAW + body + "\n" });

const lawCases: WordingCase[] = [
  law("« soumis à la législation française »", "Le contrat de vente est soumis à la législation française. Les litiges sont portés devant le tribunal de commerce d'Angers.", false),
  law("« régi par le droit français »", "Le présent contrat est régi par le droit français.", false),
  law("« la loi française est seule applicable »", "La loi française est seule applicable aux présentes conditions.", false),
  law("« Droit applicable : France »", "Droit applicable : France.", false),
  law("« soumises au droit en vigueur en France »", "Les ventes conclues sur le site sont soumises au droit en vigueur en France.", false),
  law("« régies par les lois belges »", "Les présentes conditions sont régies par les lois belges.", false),
  law("« conformément aux règles de droit applicables » chooses no law", "À défaut d'entente, le différend sera porté devant le juge compétent conformément aux règles de droit applicables.", true),
  law("« la loi applicable » without a country", "La loi applicable est celle désignée par les règles de conflit. Tout différend est soumis au juge compétent.", true),
  law("« soumis aux dispositions légales applicables »", "Le contrat est soumis aux dispositions légales et réglementaires applicables.", true),
  {
    name: "a heading « Loi applicable » over the courts of a country",
    rule: "governing-law-missing",
    reports: false,
    text: "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente de luminaires.\n\n## Article 11 – Loi applicable\n\nÀ défaut d'accord amiable, seules les juridictions françaises pourront être saisies.\n",
  },
  law("a line « Droit applicable » of its own over the courts of a country", "Droit applicable\nEn cas de désaccord, le litige relèvera des juridictions françaises compétentes.", false),
  law("the courts of a country under a heading that names no law", "À défaut d'accord amiable, seules les juridictions françaises pourront être saisies.", true),
  law("the law named only for the withdrawal right", "Conformément à la loi française, le consommateur dispose d'un délai de quatorze jours pour se rétracter.", true),
];

const forumCases: WordingCase[] = [
  forum("« les tribunaux compétents seront ceux du siège social de … »", "Faute d'accord, les tribunaux compétents seront ceux du siège social de la société Lumen.", true),
  forum("« du ressort de la juridiction du domicile du vendeur »", "Toute contestation née des présentes sera du ressort de la juridiction du domicile du vendeur.", true),
  forum("« le tribunal dans le ressort duquel se trouve le siège du vendeur »", "Le litige sera porté devant le tribunal dans le ressort duquel se trouve le siège du vendeur.", true),
  forum("« le tribunal compétent est celui du lieu du siège social du vendeur »", "Le tribunal compétent est celui du lieu du siège social du vendeur.", true),
  forum("« compétence exclusive est attribuée au tribunal de commerce de Tours »", "Pour tout différend, compétence exclusive est attribuée au tribunal de commerce de Tours.", true),
  forum("« la juridiction compétente sera celle de Nantes »", "En cas de désaccord persistant, la juridiction compétente sera celle de Nantes.", true),
  forum("carve-out first: « À l'exception des ventes conclues avec des consommateurs, … »", "À l'exception des ventes conclues avec des consommateurs, tout différend relève de la compétence exclusive du tribunal de commerce de Tours.", false),
  forum("carve-out inside: « …, hormis les litiges avec un consommateur, … »", "Tout différend, hormis les litiges opposant le vendeur à un consommateur, relève de la compétence exclusive du tribunal de commerce de Tours.", false),
  forum("carve-out after: « sauf lorsque l'acheteur agit en qualité de consommateur »", "Le tribunal de commerce de Tours est seul compétent, sauf lorsque l'acheteur agit en qualité de consommateur.", false),
  forum("« Cette attribution ne s'applique pas aux consommateurs »", "Tout litige sera soumis au tribunal de commerce de Tours. Cette attribution de compétence ne s'applique pas aux consommateurs.", false),
  forum("a court of the consumer's own domicile", "Le litige sera porté devant la juridiction du domicile du consommateur.", false),
  forum("« le tribunal dans le ressort duquel demeure le défendeur »", "Le litige sera porté devant le tribunal dans le ressort duquel demeure le défendeur.", false),
  forum("an expert's « compétence exclusive » is not a court", "Tout mesurage de la parcelle relève de la compétence exclusive d'un géomètre-expert.", false),
  forum("an expert « seul compétent » for a valuation", "L'estimation du dommage relève de la compétence exclusive de l'expert désigné par l'assureur.", false),
  forum("an arbitration clause is not a court choice for this rule", "Tout différend sera tranché par un arbitre unique ; la compétence exclusive de l'arbitre s'étend à l'interprétation du contrat.", false),
  { name: "« tribunal de grande instance » is abolished", rule: "abolished-court", reports: true, line: 9, text: HEAD + LAW + "Les litiges relèvent du tribunal de grande instance de Tours.\n" },
  { name: "« tribunal judiciaire du siège du vendeur » is not abolished", rule: "abolished-court", reports: false, text: HEAD + LAW + "Les litiges relèvent du tribunal judiciaire du siège du vendeur.\n" },
];

const MEDIATION = "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente de luminaires.\n\n## Article 12 – Médiation\n\n";
const mediator = (name: string, body: string, reports: boolean): WordingCase => ({ ...b2c, name, rule: "consumer-mediator-missing", reports, text: MEDIATION + body + "\n" });

const mediatorCases: WordingCase[] = [
  mediator(
    "name, address and website on separate lines",
    "Le consommateur peut saisir gratuitement le médiateur suivant :\n\n**Centre de médiation Horizon Conso**\n\n4 rue des Lilas - 69003 Lyon\n\nwww.horizon-conso-mediation.fr\n",
    false,
  ),
  mediator(
    "name line, phone line, then website line",
    "Médiateur de la consommation :\n\nMédiation Équité Services\n\nTél. 01 23 45 67 89\n\nhttps://mediation-equite.org\n",
    false,
  ),
  {
    ...b2c,
    name: "bold headings: announced with a colon, a plural in its name, the website three lines below",
    rule: "consumer-mediator-missing",
    reports: false,
    text: "# Conditions générales de vente\n\n**1. Objet**\n\nLes présentes conditions régissent les soins proposés au salon.\n\n**8. Médiation**\n\nEn cas de différend, le client peut recourir à une médiation. L'organisme compétent est le suivant :\n\n**Union des Médiateurs du Commerce**\n\n12 avenue Foch - 13006 Marseille\n\nwww.udmc-conso.org\n\n**9. Droit applicable**\n\nLes présentes conditions sont soumises au droit français.\n",
  },
  { ...mediator("the platform acting « à titre de médiateur » between its users is no consumer mediator", "Si un différend oppose un artisan et un client, la plateforme peut, à leur demande, intervenir à titre de médiateur.", true), says: /aucun médiateur/ },
  { ...mediator("a « tentative de médiation » by the seller's own service is no consumer mediator", "Le client peut écrire à litiges@lumen-boutique.fr pour une tentative de médiation par notre service client.", true), says: /aucun médiateur/ },
  mediator("a mediator named without any website", "Le consommateur peut recourir au médiateur Horizon Conso, 4 rue des Lilas, 69003 Lyon.\n\n## Article 13 – Données\n\nVos données sont conservées trois ans. Voir www.lumen-boutique.fr.\n", true),
  mediator("the website of the shop far below is not the mediator's", "Le consommateur peut recourir à un médiateur de la consommation.\n\nLe vendeur répond aux réclamations sous huit jours par courriel.\n\nNos conditions sont détaillées en magasin et chaque produit est garanti un an contre les défauts de fabrication, quelle que soit la date d'achat initiale.\n\nLes commandes passées par téléphone sont confirmées par écrit, avec un récapitulatif complet et le prix total.\n\nwww.lumen-boutique.fr\n", true),
];

const REFS = "# Conditions générales de vente\n\n## 3. Prix et modalités de paiement\n\nLe prix est payable à la commande.\n\n## 4. Retard de paiement, pénalités et indemnité\n\nTout retard entraîne des pénalités.\n\n## 5. Résolution\n\n";
const ref = (name: string, body: string, reports: boolean): WordingCase => ({ name, rule: "clause-reference-broken", reports, ...(reports ? { line: 13 } : {}), text: REFS + body + "\n" });

const referenceCases: WordingCase[] = [
  ref("a quoted part of a heading that joins several subjects (« Retard de paiement »)", "Huit jours après la mise en œuvre de la clause « Retard de paiement », la vente est résolue.", false),
  ref("the second part of a joined heading (« Modalités de paiement »)", "Les sommes dues selon la clause « Modalités de paiement » restent exigibles.", false),
  ref("a straight-quoted title by its full words", 'Comme le prévoit la clause "Retard de paiement, pénalités et indemnité", la vente est résolue.', false),
  ref("a quoted title no heading bears", "Huit jours après la mise en œuvre de la clause « Clause pénale », la vente est résolue.", true),
  ref("a quote that only shares one word with a heading", "Selon la clause « Paiement échelonné », le solde est dû.", true),
];

const SUBSCRIBE = "# Conditions générales\n\n## 1. Objet\n\n";
const subscription = (name: string, body: string, reports: boolean, audience: WordingCase["audience"] = "b2c"): WordingCase => ({ audience, name, rule: "online-cancellation-missing", reports, text: SUBSCRIBE + body + "\n" });

const subscriptionCases: WordingCase[] = [
  subscription("subscribed on the website, cancelled by letter", "L'abonnement mensuel se souscrit en ligne sur notre site.\n\n## 2. Résiliation\n\nL'abonné peut résilier par lettre recommandée avec un préavis d'un mois.", true),
  subscription("ordered online, no word on cancelling online", "Le client commande son abonnement annuel sur le site internet et paie par carte.\n\n## 2. Durée\n\nL'abonnement est conclu pour un an.", true),
  subscription("a website that is only defined, subscriptions signed on paper", "« Site » : le site internet de présentation de l'atelier.\n\nLes abonnements aux ateliers sont conclus par la signature d'un bulletin papier remis à l'accueil.\n\n## 2. Résiliation\n\nAbonnements : préavis d'un mois par lettre.", false),
  subscription("tariffs published on the site, subscription signed in the shop", "Nos tarifs sont consultables sur le site internet.\n\nLa carte d'abonnement est souscrite en boutique, sur place.\n\n## 2. Résiliation\n\nL'abonné peut résilier par courrier.", false),
  {
    ...subscription(
      "reported where the subscription is taken online, not at « Sans abonnement »",
      "Sans abonnement, le membre consulte les annonces.\n\n## 2. Souscription\n\nL'abonnement se souscrit en ligne, par carte bancaire.\n\n## 3. Durée\n\nL'abonnement court un an.",
      true,
    ),
    line: 9,
  },
  subscription(
    "subscriptions offered only to firms, in mixed terms",
    "Le service est gratuit pour les particuliers, qui s'inscrivent en ligne.\n\nLes entreprises peuvent souscrire un abonnement professionnel depuis le site.\n\n## 2. Résiliation\n\nLes entreprises résilient leur abonnement par lettre recommandée.",
    false,
    "mixed",
  ),
  subscription(
    "subscriptions offered to consumers and firms alike, in mixed terms",
    "Tout client, particulier ou entreprise, peut souscrire un abonnement en ligne sur le site.\n\n## 2. Résiliation\n\nL'abonnement se résilie par lettre recommandée.",
    true,
    "mixed",
  ),
];

const renewalCases: WordingCase[] = [
  { ...subscription("renewed tacitly, no reminder promised", "L'entretien annuel de la chaudière est reconduit tacitement chaque année.", true), rule: "tacit-renewal-reminder" },
  { ...subscription("renewed tacitly, reminder by e-mail before the deadline", "Le contrat d'entretien est reconduit tacitement chaque année. Le prestataire informe le client par courriel dédié, un à trois mois avant l'échéance, de la possibilité de ne pas reconduire le contrat.", false), rule: "tacit-renewal-reminder" },
];

describe("robustness: clauses as people write them (round T4)", () => {
  describe("choice of law", () => runCases(lawCases));
  describe("forum clauses", () => runCases(forumCases));
  describe("mediator blocks", () => runCases(mediatorCases));
  describe("references by title", () => runCases(referenceCases));
  describe("subscriptions concluded online", () => runCases(subscriptionCases));
  describe("tacit renewal", () => runCases(renewalCases));
});
