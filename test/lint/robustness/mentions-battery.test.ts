// Round T3 (issue #11, deliverables 5 and 6): the mandatory mentions as people write them — the
// escompte, the penalty rate and the 40 € indemnity between professionals, the legal guarantees and
// the withdrawal right for consumers — present, absent or incomplete, and where an absence is
// reported. Every text is written for this test (none is copied from the corpus).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const SELLER = "Forges Aubrac SARL au capital de 5 000 €, 3 chemin des Cerisiers 12500 Espalion, RCS Rodez 732 829 320.";
/** Line 1 the title, line 3 the seller, then block k on line 2k + 5 (each block one line). */
const terms = (...blocks: string[]) => `# Conditions générales de vente\n\n${SELLER}\n\n${blocks.join("\n\n")}\n`;
const ESCOMPTE = "Aucun escompte n'est consenti pour paiement anticipé.";
const RATE = "Tout retard de paiement fait courir des pénalités au taux de trois fois le taux d'intérêt légal.";
const INDEMNITY = "Le client professionnel en retard doit en outre une indemnité forfaitaire pour frais de recouvrement de 40 €.";
const PAY = "## Article 6 – Paiement";

const escompte: WordingCase[] = [
  {
    name: "« pas d'escompte » for settling before the due date",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Les factures sont réglées à trente jours. Pas d'escompte pour un règlement avant l'échéance."),
  },
  {
    name: "« sans escompte »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Nos factures sont payables à 45 jours fin de mois, sans escompte."),
  },
  {
    name: "« aucune remise … paiement anticipé »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Aucune remise n'est consentie en cas de paiement anticipé des factures."),
  },
  {
    name: "« Escompte : néant »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Délai : 30 jours date de facture.\nEscompte : néant."),
  },
  {
    name: "« ne donne lieu à aucun escompte »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Un règlement effectué avant la date d'échéance ne donne lieu à aucun escompte."),
  },
  {
    name: "an escompte granted (2 % under 8 days)",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Un escompte de 2 % est accordé pour tout règlement reçu sous huit jours."),
  },
  {
    name: "an « Escompte » clause whose body says « Néant »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Factures payables à 30 jours.", "## Article 7 – Escompte", "Néant."),
  },
  {
    name: "the whole price paid at the order: the invoice must still state the escompte conditions (« néant »)",

    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Le prix est réglé intégralement d'avance, à la commande, par carte bancaire."),
  },
  {
    name: "silent: at the payment clause",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Les factures sont payables à 30 jours date de facture, par virement."),
  },
  {
    name: "« le résultat escompté » is not an escompte",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Les factures sont payables à 30 jours.", "## Article 7 – Objet", "Le prestataire ne garantit pas le résultat escompté par le client."),
  },
  {
    name: "« payables comptant » says nothing of a discount",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Nos factures sont payables comptant à réception."),
  },
  {
    name: "a deposit at the order and the balance on delivery still leave an earlier payment",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Un acompte de 30 % est versé à la commande, le solde à la livraison."),
  },
  {
    name: "silent: at the payment-terms sub-clause, not at the article grouping prices and payment",

    rule: "early-payment-discount-missing",
    reports: true,
    line: 11,
    text: terms(
      "## Article 6 – Prix et conditions de paiement",
      "### 6.1 Prix",
      "Les prix sont en euros hors taxes.",
      "### 6.2 Conditions de paiement",
      "Les factures sont payables à 30 jours.",
      "### 6.3 Retard de paiement",
      RATE,
    ),
  },
  {
    name: "silent: the payment sub-clause, not the late-payment one listed first",

    rule: "early-payment-discount-missing",
    reports: true,
    line: 11,
    text: terms("## Article 6 – Paiement", "### 6.1 Retard de paiement", RATE, "### 6.2 Modalités de paiement", "Les factures sont payables à 30 jours."),
  },
];

const moreEscompte: WordingCase[] = [
  {
    name: "paying in advance is only an option",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Le client peut régler d'avance, à la commande, ou à réception de la facture."),
  },
  {
    name: "paid in advance, but the invoices are payable at 30 days",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Les abonnements sont réglés d'avance. Les prestations complémentaires sont facturées et payables à 30 jours."),
  },
];

const penalties: WordingCase[] = [
  {
    name: "« trois fois le taux d'intérêt légal »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, RATE),
  },
  {
    name: "« taux BCE + 10 points »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Pénalités de retard : taux BCE + 10 points."),
  },
  {
    name: "« 12 % l'an »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Toute somme impayée à l'échéance porte intérêts de retard au taux de 12 % l'an."),
  },
  {
    name: "« 1 % par mois »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Le retard de paiement entraîne une pénalité de 1 % par mois de retard."),
  },
  {
    name: "« taux directeur … majoré de dix points »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "En cas de retard, les pénalités sont dues au taux directeur de la Banque centrale européenne majoré de dix points."),
  },
  {
    name: "a rate stated for the professional clients of mixed terms",
    rule: "late-penalty-rate-missing",
    reports: false,
    audience: "mixed",
    text: terms(PAY, "Pour les clients professionnels, tout retard de paiement entraîne des pénalités égales à trois fois le taux d'intérêt légal."),
  },
  {
    name: "penalties announced without a rate: at the payment clause",
    rule: "late-penalty-rate-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Les factures sont payables à 30 jours. Tout retard entraînera l'application de pénalités."),
  },
  {
    name: "nothing on lateness at all: at the payment clause",
    rule: "late-penalty-rate-missing",
    reports: true,
    line: 9,
    text: terms("## Article 2 – Objet", "Les présentes conditions régissent nos ventes.", PAY, "Les factures sont payables à 30 jours."),
  },
];

const indemnity: WordingCase[] = [
  {
    name: "« indemnité forfaitaire de 40 euros »",
    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Tout retard de paiement rend exigible une indemnité forfaitaire de 40 euros pour frais de recouvrement."),
  },
  {
    name: "« frais de recouvrement forfaitaires de quarante euros »",

    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "En cas de retard de paiement, des frais de recouvrement forfaitaires de quarante euros sont dus."),
  },
  {
    name: "« indemnité de recouvrement de 40 € »",

    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Tout paiement en retard donne lieu à une indemnité de recouvrement de 40 €."),
  },
  {
    name: "the article cited with the amount (« art. D441-5 … soit 40 € »)",

    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Le débiteur en retard doit l'indemnité de recouvrement de l'art. D441-5 du Code de commerce, soit 40 €."),
  },
  {
    name: "the amount before the name",
    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Tout retard : 40 € d'indemnité forfaitaire pour frais de recouvrement."),
  },
  {
    name: "named without the amount: at the words",
    rule: "recovery-indemnity-missing",
    reports: true,
    line: 7,
    says: /sans son montant|without its amount/,
    text: terms(PAY, "Tout retard de paiement rend exigible l'indemnité forfaitaire pour frais de recouvrement prévue par la loi."),
  },
  {
    name: "only the article cited, no amount",

    rule: "recovery-indemnity-missing",
    reports: true,
    line: 7,
    says: /sans son montant|without its amount/,
    text: terms(PAY, "Tout retard de paiement rend exigible l'indemnité de recouvrement prévue à l'article D. 441-5 du Code de commerce."),
  },
  {
    name: "absent: at the late-payment sub-clause",
    rule: "recovery-indemnity-missing",
    reports: true,
    line: 9,
    text: terms(PAY, "Les factures sont payables à 30 jours.", "### 6.2 Retard de paiement", RATE),
  },
  {
    name: "mixed terms charging every client",
    rule: "recovery-indemnity-consumer",
    reports: true,
    line: 7,
    audience: "mixed",
    text: terms(PAY, "Tout retard de paiement du client entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement."),
  },
  {
    name: "mixed terms charging only professional clients",
    rule: "recovery-indemnity-consumer",
    reports: false,
    audience: "mixed",
    text: terms(PAY, INDEMNITY),
  },
  {
    name: "consumer terms: « frais de recouvrement de 40 € » in other words",

    rule: "recovery-indemnity-consumer",
    reports: true,
    line: 7,
    audience: "b2c",
    text: terms(PAY, "En cas de retard de paiement, des frais de recouvrement forfaitaires de 40 € seront facturés."),
  },
];

const moreIndemnity: WordingCase[] = [
  {
    name: "« frais de recouvrement de quarante euros »",
    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Tout retard de paiement entraîne des frais de recouvrement de quarante euros."),
  },
  {
    name: "actual recovery costs charged are not the flat indemnity",
    rule: "recovery-indemnity-missing",
    reports: true,
    line: 7,
    says: /n'est pas mentionnée|not mentioned/,
    text: terms(PAY, "En cas de retard de paiement, les frais de recouvrement engagés seront à la charge du client."),
  },
];

const SHOP = "## Article 3 – Commande et livraison";
const DELIVERY = "Les produits commandés sur notre site internet sont livrés par transporteur.";
const GUARANTEE = "## Article 9 – Garanties";

const guarantees: WordingCase[] = [
  {
    name: "both named",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Le vendeur est tenu de la garantie légale de conformité et de la garantie des vices cachés."),
  },
  {
    name: "cited only by their articles",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      SHOP,
      DELIVERY,
      GUARANTEE,
      "Les produits bénéficient des garanties des articles L. 217-3 et suivants du Code de la consommation et 1641 et suivants du Code civil.",
    ),
  },
  {
    name: "cited by their pre-2016 numbers (L. 211-4 à L. 211-14)",

    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      SHOP,
      DELIVERY,
      GUARANTEE,
      "L'acheteur bénéficie de la garantie légale prévue aux articles L. 211-4 à L. 211-14 du Code de la consommation ainsi que des articles 1641 à 1649 du Code civil.",
    ),
  },
  {
    name: "« le vendeur répond des défauts de conformité et des vices cachés »",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Le vendeur répond des défauts de conformité existant à la délivrance et des vices cachés de la chose vendue."),
  },
  {
    name: "the legal texts given in an annex of the terms",

    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Les dispositions légales relatives aux garanties légales dues par le vendeur sont reproduites en annexe des présentes conditions."),
  },
  {
    name: "only a commercial guarantee: at the guarantees clause",
    rule: "legal-guarantees-info-missing",
    reports: true,
    line: 9,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Nos articles bénéficient d'une garantie commerciale de deux ans."),
  },
  {
    name: "only hidden defects: at its words",
    rule: "legal-guarantees-info-missing",
    reports: true,
    line: 11,
    says: /conformité|conformity/,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Le vendeur répond des vices cachés dans les conditions du Code civil."),
  },
  {
    name: "a service, no goods sold",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms("## Article 3 – Prestations", "Le prestataire donne des cours de piano à domicile."),
  },
];

const moreGuarantees: WordingCase[] = [
  {
    name: "« garantie de conformité » without « légale »",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Tout produit bénéficie de la garantie de conformité de deux ans et de la garantie contre les vices cachés."),
  },
  {
    name: "an annex of prices is not the legal guarantees",
    rule: "legal-guarantees-info-missing",
    reports: true,
    line: 9,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Nos articles bénéficient d'une garantie commerciale d'un an. Les tarifs de réparation figurent en annexe."),
  },
];

const ORDER = "## Article 3 – Commande";
const ONLINE = "La commande est passée sur notre site internet.";

const withdrawal: WordingCase[] = [
  {
    name: "14 days stated",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Le client dispose de quatorze jours pour se rétracter sans donner de motif."),
  },
  {
    name: "excluded with its legal reason (perishable food)",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Conformément à l'article L221-28 du Code de la consommation, le droit de rétractation ne peut être exercé pour les denrées périssables que nous vendons.",
    ),
  },
  {
    name: "an exception for made-to-order items stretched to every item",

    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 11,
    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Le droit de rétractation ne s'applique pas aux articles gravés à la demande du client. En conséquence, aucun article ne peut être retourné ni remboursé.",
    ),
  },
  {
    name: "absent while ordering online: at the order clause",
    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 5,
    audience: "b2c",
    text: terms(ORDER, ONLINE),
  },
  {
    name: "absent while ordering by phone",
    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 5,
    audience: "b2c",
    text: terms(ORDER, "Le client passe sa commande par téléphone."),
  },
  {
    name: "absent for a shop-counter sale: nothing at a distance",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(ORDER, "Les achats se font exclusivement en magasin, au comptoir."),
  },
  {
    name: "a 7-day period",
    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 11,
    says: /7 jours|7-day/,
    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Le client dispose d'un délai de sept jours pour exercer son droit de rétractation."),
  },
];

const moreWithdrawal: WordingCase[] = [
  {
    name: "every item made to order, said so: the refusal follows from the exception",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Toutes nos pièces sont réalisées sur mesure. Le droit de rétractation ne s'applique pas aux pièces confectionnées à la demande. Par conséquent, aucun retour n'est accepté.",
    ),
  },
  {
    name: "the partial exception, then 14 days for the rest",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Le droit de rétractation ne s'applique pas aux articles personnalisés. Les autres articles peuvent être retournés dans un délai de quatorze jours.",
    ),
  },
  {
    name: "a refusal of returns not drawn from the exception (a late-return rule)",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Le client dispose de quatorze jours pour se rétracter. Passé ce délai, aucun retour n'est accepté."),
  },
];

// Second pass, written before the fixes of the second pass: wordings left out of the first.
const secondPass: WordingCase[] = [
  {
    name: "« 3 x le taux d'intérêt légal » (a multiplication sign)",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Pénalités de retard : 3 x le taux d'intérêt légal."),
  },
  {
    name: "« trois fois l'intérêt légal » (without « taux »)",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Tout retard de paiement donne lieu à des pénalités égales à trois fois l'intérêt légal."),
  },
  {
    name: "« taux de l'intérêt légal majoré de cinq points »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "Les sommes impayées à l'échéance portent intérêt au taux de l'intérêt légal majoré de cinq points."),
  },
  {
    name: "« 3 x le taux d'intérêt légal » is not too low",
    rule: "late-penalty-rate-too-low",
    reports: false,
    asOf: "2026-06-01",
    text: terms(PAY, "Pénalités de retard : 3 x le taux d'intérêt légal."),
  },
  {
    name: "« taux légal × 1,5 » is too low",
    rule: "late-penalty-rate-too-low",
    reports: true,
    line: 7,
    asOf: "2026-06-01",
    text: terms(PAY, "Pénalités de retard : 1,5 x le taux d'intérêt légal."),
  },
  {
    name: "« taux annuel de 15 % »",
    rule: "late-penalty-rate-missing",
    reports: false,
    text: terms(PAY, "En cas de retard, les pénalités sont calculées au taux annuel de 15 %."),
  },
  {
    name: "« une somme forfaitaire de 40 € au titre des frais de recouvrement »",
    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Le retard de paiement rend exigible une somme forfaitaire de 40 € au titre des frais de recouvrement."),
  },
  {
    name: "« indemnité de 40 € pour frais de recouvrement »",
    rule: "recovery-indemnity-missing",
    reports: false,
    text: terms(PAY, "Tout retard rend exigible une indemnité de 40 € pour frais de recouvrement."),
  },
  {
    name: "« Pas de remise pour paiement comptant »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Factures payables à 30 jours. Pas de remise pour paiement comptant."),
  },
  {
    name: "« les paiements anticipés ne donnent droit à aucune réduction »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Factures payables à 30 jours ; les paiements anticipés ne donnent droit à aucune réduction."),
  },
  {
    name: "articles cited with a non-breaking hyphen (« L217‑4 »)",
    rule: "legal-guarantees-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Le vendeur répond des garanties prévues aux articles L217\u20114 et suivants du Code de la consommation et 1641 du Code civil."),
  },
  {
    name: "« quatorze jours pour nous retourner l'article sans motif » informs of the right",
    rule: "consumer-withdrawal-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Retours", "Vous disposez de quatorze jours à compter de la réception pour nous retourner l'article, sans avoir à vous justifier."),
  },
  {
    name: "a 30-day return for a refund without justification gives more than the right, though unnamed",
    rule: "consumer-withdrawal-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Retours",
      "Les articles peuvent être retournés dans un délai de 30 jours après la livraison, sans justification, pour remboursement.",
    ),
  },
  {
    name: "returns only for defects: not the right",
    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 5,
    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Retours", "Seuls les articles défectueux peuvent être retournés, dans un délai de 14 jours après la livraison."),
  },
];

// A rate for one kind of client (mixed terms): the consumers' rate is not the professionals' penalty.
const oneKindOfClient: WordingCase[] = [
  {
    name: "a consumers' 5 % beside the professionals' three times the legal rate is not too low",
    rule: "late-penalty-rate-too-low",
    reports: false,

    audience: "mixed",
    asOf: "2026-06-01",
    text: terms(
      PAY,
      "Pour les clients consommateurs, les sommes impayées portent intérêt au taux de 5 % l'an.",
      "Pour les clients professionnels, les pénalités de retard sont égales à trois fois le taux d'intérêt légal.",
    ),
  },
  {
    name: "only the consumers' rate: the professionals' penalty rate is missing",
    rule: "late-penalty-rate-missing",
    reports: true,

    audience: "mixed",
    text: terms(PAY, "Les clients particuliers en retard de paiement doivent des intérêts au taux de 4 % l'an."),
  },
  {
    name: "one rate for every client, consumers named among them",
    rule: "late-penalty-rate-missing",
    reports: false,
    audience: "mixed",
    text: terms(PAY, "Tout retard de paiement, du client professionnel comme du particulier, entraîne des pénalités au taux de trois fois le taux d'intérêt légal."),
  },
];

const guaranteesThirdPass: WordingCase[] = [
  {
    name: "« garantie contre les vices de la chose vendue » and a product « non conforme » under the legal guarantee",
    rule: "legal-guarantees-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(
      SHOP,
      DELIVERY,
      GUARANTEE,
      "Si le produit livré n'est pas conforme, le client bénéficie de la garantie légale. Le vendeur doit aussi la garantie contre les vices de la chose vendue.",
    ),
  },
  {
    name: "a « garantie légale » named with no subject",
    rule: "legal-guarantees-info-missing",
    reports: true,
    line: 9,
    audience: "b2c",
    text: terms(SHOP, DELIVERY, GUARANTEE, "Nos produits bénéficient de la garantie légale."),
  },
];

// « Paiement anticipé » and « paiement comptant » also mean a prepayment the terms require: they speak of the escompte
// only with a discount or a « none » in the sentence.
const prepayment: WordingCase[] = [
  {
    name: "« Le paiement comptant est exigé à la commande » says nothing of a discount",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Le paiement comptant est exigé à la commande."),
  },
  {
    name: "« un paiement anticipé de la totalité du prix » is a prepayment",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Un paiement anticipé de la totalité du prix est demandé à la commande."),
  },
  {
    name: "« en cas de paiement anticipé, aucune réduction »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Factures à 30 jours. En cas de paiement anticipé, aucune réduction n'est accordée."),
  },
  {
    name: "« Paiement anticipé : néant »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Délai de paiement : 30 jours.\nConditions en cas de paiement anticipé : néant."),
  },
  {
    name: "« ristourne pour règlement comptant : 1 % »",
    rule: "early-payment-discount-missing",
    reports: false,
    text: terms(PAY, "Factures à 30 jours ; ristourne de 1 % pour règlement comptant."),
  },
];

// The right ruled out in words, with no reason the law allows.
const ruledOut: WordingCase[] = [
  {
    name: "« aucune rétractation n'est possible » once the order is validated, with no reason",
    rule: "consumer-withdrawal-info-missing",
    reports: true,
    line: 11,

    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Une fois la commande validée, aucune rétractation n'est possible."),
  },
  {
    name: "ruled out for services fully performed with the consumer's agreement (a reason of the law)",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Le droit de rétractation ne peut être exercé pour les prestations pleinement exécutées avant la fin du délai avec l'accord exprès du client.",
    ),
  },
  {
    name: "ruled out for professional clients, 14 days for consumers",
    rule: "consumer-withdrawal-info-missing",
    reports: false,
    audience: "mixed",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Le client consommateur dispose de quatorze jours pour se rétracter. Le client professionnel ne bénéficie d'aucun droit de rétractation.",
    ),
  },
];

// The 40 € named by its sum alone: an « indemnité de 40 € » in a late-payment sentence is the recovery indemnity.
const fortyEuros: WordingCase[] = [
  {
    name: "« une indemnité de 40 € est due (art. L441-10) »",
    rule: "recovery-indemnity-missing",
    reports: false,

    text: terms(PAY, "En cas de retard de paiement, une indemnité de 40 € est due de plein droit (art. L441-10 du Code de commerce)."),
  },
  {
    name: "« indemnité de quarante euros » for late payment",
    rule: "recovery-indemnity-missing",
    reports: false,

    text: terms(PAY, "Tout retard de paiement rend le client débiteur d'une indemnité de quarante euros."),
  },
  {
    name: "a cancellation « indemnité de 40 € » is not the recovery indemnity",
    rule: "recovery-indemnity-missing",
    reports: true,
    line: 5,
    text: terms(PAY, "Factures à 30 jours.", "## Article 8 – Annulation", "Toute annulation tardive donne lieu à une indemnité de 40 €."),
  },
];

const guaranteePlace: WordingCase[] = [
  {
    name: "absent: at the « Garanties légales » article, not the « Garantie commerciale » article before it",
    rule: "legal-guarantees-info-missing",

    reports: true,
    line: 13,
    audience: "b2c",
    text: terms(
      SHOP,
      DELIVERY,
      "## Article 8 – Garantie commerciale",
      "Un an de garantie commerciale sur nos articles.",
      "## Article 9 – Garanties légales",
      "Voir la loi en vigueur.",
    ),
  },
  {
    name: "escompte absent: at « Modalités de paiement », not the « Retard de paiement » article before it",
    rule: "early-payment-discount-missing",

    reports: true,
    line: 9,
    text: terms("## Article 5 – Retard de paiement", RATE, "## Article 6 – Modalités de paiement", "Les factures sont payables à 30 jours."),
  },
  {
    name: "escompte absent: at « Prix et moyens de paiement », not at « Règlement des litiges »",
    rule: "early-payment-discount-missing",
    reports: true,
    line: 5,
    text: terms("## Article 4 – Prix et moyens de paiement", "Paiement par virement à 30 jours.", "## Article 9 – Règlement de litiges", "Tribunal de commerce de Rodez."),
  },
  {
    name: "absent: at the legal guarantees sub-clause, not the commercial guarantee listed first",
    rule: "legal-guarantees-info-missing",
    reports: true,
    line: 15,

    audience: "b2c",
    text: terms(
      SHOP,
      DELIVERY,
      "## Article 9 – Garanties",
      "### 9.1 Garantie commerciale",
      "Un an de garantie commerciale sur nos articles.",
      "### 9.2 Garanties légales",
      "Voir la loi en vigueur.",
    ),
  },
];

const professionalsClause: WordingCase[] = [
  {
    name: "mixed terms: a 4 % rate in a clause titled for consumers is not judged against the professionals' floor",
    rule: "late-penalty-rate-too-low",
    reports: false,
    audience: "mixed",
    asOf: "2026-06-01",
    text: terms("## Article 7 – Clients professionnels", RATE, "## Article 8 – Clients consommateurs", "Les sommes impayées portent intérêt au taux de 4 % l'an."),
  },
  {
    name: "mixed terms: the 40 € in a clause titled for professional clients",
    rule: "recovery-indemnity-consumer",
    reports: false,

    audience: "mixed",
    text: terms("## Article 7 – Dispositions propres aux clients professionnels", "Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement."),
  },
  {
    name: "mixed terms: the 40 € in a clause titled for every client",
    rule: "recovery-indemnity-consumer",
    reports: true,
    line: 7,
    audience: "mixed",
    text: terms("## Article 7 – Retard de paiement", "Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement."),
  },
];

// From the new tuning texts (own wording): the law's default rate, the legal rate plus points, another code's period.
const afterMerge: WordingCase[] = [
  {
    name: "« taux légal majoré de 5 points » is below three times the legal rate in 2026",
    rule: "late-penalty-rate-too-low",
    reports: true,
    line: 7,
    says: /7,62|7\.62/,
    asOf: "2026-05-27",
    text: terms(PAY, "Tout retard entraîne des intérêts au taux légal majoré de 5 points."),
  },
  {
    name: "« taux de la BCE majoré de 10 points » is the law's default rate, never too low",
    rule: "late-penalty-rate-too-low",
    reports: false,

    asOf: "2024-02-13",
    text: terms(PAY, "Tout retard entraîne des pénalités au taux de la BCE majoré de 10 points."),
  },
  {
    name: "« taux d'intérêt légal majoré de 10 points » is not the legal rate once",
    rule: "late-penalty-rate-too-low",
    reports: false,

    asOf: "2026-06-01",
    text: terms(PAY, "Tout retard entraîne des pénalités calculées au taux d'intérêt légal majoré de 10 points."),
  },
  {
    name: "« au taux d'intérêt légal » alone is still too low",
    rule: "late-penalty-rate-too-low",
    reports: true,
    line: 7,
    asOf: "2026-06-01",
    text: terms(PAY, "Tout retard entraîne des pénalités au taux d'intérêt légal."),
  },
  {
    name: "a 10-day period of the Code du travail (vocational training) is another right",
    rule: "consumer-withdrawal-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(
      ORDER,
      ONLINE,
      "## Article 4 – Rétractation",
      "Le stagiaire qui finance seul sa formation dispose d'un délai de rétractation de dix jours à compter de la signature du contrat (article L. 6353-5 du Code du travail).",
    ),
  },
];

describe("mentions battery: escompte", () => runCases([...escompte, ...moreEscompte]));
describe("mentions battery: penalty rate", () => runCases(penalties));
describe("mentions battery: recovery indemnity", () => runCases([...indemnity, ...moreIndemnity]));
describe("mentions battery: legal guarantees", () => runCases([...guarantees, ...moreGuarantees]));
describe("mentions battery: withdrawal", () => runCases([...withdrawal, ...moreWithdrawal]));
describe("mentions battery: second pass", () => runCases(secondPass));
describe("mentions battery: a rate for one kind of client", () => runCases(oneKindOfClient));
describe("mentions battery: legal guarantees, third pass", () => runCases(guaranteesThirdPass));
describe("mentions battery: prepayment is not an escompte", () => runCases(prepayment));
const ruledOutWithReasons: WordingCase[] = [
  {
    name: "ruled out after the service is completely performed (L221-28 1°, in other words)",
    rule: "consumer-withdrawal-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Le droit de rétractation ne peut être exercé après l'exécution complète de la prestation."),
  },
  {
    name: "ruled out for concert tickets (a dated leisure service)",
    rule: "consumer-withdrawal-info-missing",
    reports: false,

    audience: "b2c",
    text: terms(ORDER, ONLINE, "## Article 4 – Rétractation", "Les billets de spectacle ne font l'objet d'aucun droit de rétractation."),
  },
];
describe("mentions battery: withdrawal ruled out without a reason", () => runCases([...ruledOut, ...ruledOutWithReasons]));
describe("mentions battery: the 40 € by its sum", () => runCases(fortyEuros));
describe("mentions battery: where absent guarantees go", () => runCases(guaranteePlace));
describe("mentions battery: the 40 € in a professionals' clause", () => runCases(professionalsClause));
describe("mentions battery: after the merge", () => runCases(afterMerge));
