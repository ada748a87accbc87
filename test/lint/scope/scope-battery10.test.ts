// Round T21 of the scope battery (issue #11, deliverable 4): terms a lawyer reads as serving both kinds of client that an
// early branch decided as one kind, and the reverse (a household's terms read as a firm's from wording households get
// too). Families: a user acting for a firm on a platform for private persons; the client's two kinds named as the
// categories of two offers, one of them in a sentence with a negation that is not about the client; prices quoted for
// firms and for private persons; invoice wording and a liability cap « HT » that households get too; B2B-only clauses
// copied into household terms; a payment term set in bold. Short texts written for the test.
// Run on main's code first: docs/accuracy.md « Round T21 ».
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

// On main's code (ec5fe56) 17 of these 42 cases failed (19 as first written: two expectations of ours said
// « presumed b2c » where the hints rightly decide b2c; corrected); round T21's cues fixed all 17.
const STILL_FAILING = new Set<string>([]);
const each = (cases: Case[]) => eachCase(cases, STILL_FAILING);

describe("a user acting for a firm on a platform for private persons", () => {
  each([
    ["Vous pouvez créer un compte gratuit. Si vous utilisez le service pour le compte d'une entreprise, celle-ci doit accepter les présentes conditions.", "mixed"],
    ["Lorsque vous ouvrez un compte au nom d'une société, vous déclarez avoir le pouvoir de l'engager. Votre compte est personnel.", "mixed"],
    ["Si vous agissez pour le compte d'une organisation, vous garantissez être autorisé à accepter ces conditions en son nom.", "mixed"],
    ["Quand l'application est utilisée pour le compte de votre employeur, c'est lui qui est lié par les présentes. Vous pouvez supprimer votre compte à tout moment.", "mixed"],
    ["Un utilisateur qui s'inscrit au nom d'une personne morale l'engage par son acceptation. L'inscription est gratuite.", "mixed"],
    ["En cas d'utilisation pour le compte d'une entreprise, l'entreprise répond des actes de ses utilisateurs. Chaque utilisateur choisit un mot de passe.", "mixed"],
    // Negatives: the seller's staff or an agent acting for the client, or for the seller; terms scoped to professionals.
    ["Nos préposés agissent pour le compte de la société éditrice. Vous pouvez vous rétracter dans les 14 jours.", "b2c"],
    ["Le transporteur agit pour le compte du vendeur jusqu'à la remise du colis. Votre commande est expédiée sous 48 heures.", "b2c"],
    ["Les présentes sont réservées aux professionnels. Si vous utilisez le service pour le compte d'une entreprise, celle-ci est liée.", "b2b"],
  ]);
});

describe("the client's two kinds named as the categories of two offers", () => {
  each([
    ["Usage privé (clients particuliers) : les images servent dans un cadre familial, à l'exclusion de tout usage commercial. Licence commerciale (clients professionnels) : deux ans.", "mixed"],
    ["- Formule découverte (clients particuliers), sans aucun engagement de durée.\n- Formule entreprise (clients professionnels), facturée chaque mois.", "mixed"],
    ["Les clients particuliers ne paient aucun frais de dossier ; les clients professionnels règlent un forfait de mise en service.", "mixed"],
    ["Pour les membres particuliers, l'adhésion n'ouvre aucun droit de vote. Les membres professionnels disposent d'une voix.", "mixed"],
    ["Les comptes particuliers ne sont pas facturés ; les comptes professionnels le sont au mois.", "mixed"],
    // Negatives: the negation is about the private clients themselves.
    ["Nous ne vendons pas aux clients particuliers. Les clients professionnels paient à 30 jours.", "b2b"],
    ["Les clients particuliers ne sont pas acceptés. Les clients professionnels reçoivent une facture mensuelle.", "b2b"],
    ["Aucun client particulier n'est accepté ; seuls les clients professionnels peuvent ouvrir un compte.", "b2b"],
  ]);
});

describe("prices quoted for firms and for private persons", () => {
  each([
    ["Tarif particuliers : 40 € TTC la séance. Tarif entreprises : 60 € HT la séance.", "mixed"],
    ["Les prix sont indiqués TTC pour les particuliers et HT pour les professionnels.", "mixed"],
    ["Offre entreprises sur devis. Votre enfant est accueilli dès trois ans, au tarif affiché TTC.", "mixed"],
    ["Formules pour les particuliers et formules pour les entreprises sont détaillées sur le site.", "mixed"],
    // Negative: one price list, before tax, for firms.
    ["Les prix sont exprimés HT. Le paiement intervient à 30 jours fin de mois.", "b2b"],
  ]);
});

describe("invoice wording and a liability cap that households get too", () => {
  each([
    ["Dès la réservation de votre séance, une facture vous est envoyée par courriel. La TVA est celle en vigueur à la date d'émission de la facture. Vous pouvez vous rétracter sous 14 jours.", "b2c"],
    ["Le taux de TVA appliqué est celui en vigueur à la date d'émission de la facture. Le consommateur peut saisir le médiateur de la consommation.", "b2c"],
    ["La responsabilité du prestataire est limitée au montant HT payé par le client pour la séance. Vous pouvez vous rétracter dans les 14 jours.", "b2c"],
    ["En tout état de cause, la garantie est limitée au prix HT de la prestation. Les consommateurs disposent d'un droit de rétractation.", "b2c"],
    ["Une facture est remise pour chaque cours. Le consommateur dispose d'un droit de rétractation de 14 jours.", "b2c"],
    ["Votre facture est disponible dans votre espace client. Votre commande est expédiée sous 48 heures ; prix toutes taxes comprises.", "b2c"],
    // Negatives: an invoice paid at a term, prices quoted before tax.
    ["Les factures sont payables à 30 jours date de facture. Le consommateur peut saisir le médiateur de la consommation.", "mixed"],
    ["Le paiement intervient dans les 45 jours suivant la date d'émission de la facture.", "b2b"],
    ["Les prix sont exprimés hors taxes. La responsabilité est limitée au montant HT de la commande.", "b2b"],
    ["Les honoraires sont facturés HT. Le client règle à 30 jours date de facture.", "b2b"],
  ]);
});

describe("B2B-only clauses copied into household terms", () => {
  each([
    ["Le consommateur dispose d'un droit de rétractation de 14 jours. Nous gardons votre chien chez vous. Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.", "b2c"],
    ["Vous pouvez vous rétracter sous 14 jours. Nous intervenons à domicile pour le ménage de votre logement. Pénalités de retard : taux de la BCE majoré de 10 points.", "b2c"],
    ["Le consommateur peut se rétracter. Cours particuliers pour vos enfants ; règlement en espèces. Article L441-10 du Code de commerce : pénalités de retard.", "b2c"],
    // Negatives: a firm's identity beside the consumer's right is terms for both; the mechanisms alone are a firm's.
    ["Le consommateur dispose d'un droit de rétractation. Les clients professionnels doivent une indemnité forfaitaire de 40 € en cas de retard.", "mixed"],
    ["Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement. Les prix sont exprimés HT.", "b2b"],
  ]);
});

describe("a payment term set in bold", () => {
  each([
    ["- factures payables à **30 jours**, net et sans escompte.", "b2b"],
    ["Le paiement est dû à **45 jours fin de mois** à compter de la facture.", "b2b"],
    ["Les prix sont exprimés **HT** et payables à réception.", "b2b"],
    // Negatives: bold that is a heading, or a household's price.
    ["**Prix**\n\nLes prix sont affichés **TTC** ; paiement par carte ou **en espèces**.", "b2c"],
    ["## Article 3 - Paiement\n\n**Délai** : votre commande est payée à la commande, par carte bancaire. Vous pouvez vous rétracter sous **14 jours**.", "b2c"],
  ]);
});
