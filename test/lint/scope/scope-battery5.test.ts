// Round T7 of the scope battery (src/lint/scope/audience.ts, docs/scope.md): short texts written for the test.
// (1) Payment terms in list layouts and bold labels (« **Règlement** … 30 jours date facture »); (2) the trade's
// words for a client firm (« Commanditaire », « donneur d'ordre »), not a bank transfer's payer; (3) the « tribunal de
// commerce » as the agreed forum (a consumer cannot be bound to it), not the seller's registry; (4) prices « hors
// taxe » for exports outside the EU are an export exemption, not a price for firms; (5) a consumer's right beside
// copied B2B payment mechanisms in a household's terms; (6) a client's own advertising campaigns, the counterpart
// named by its trade, prices before tax in any currency. `undefined` is undecided. 13 of the first 28 cases failed on
// main's code; 6 of the 12 added after failed on the code before their fix.
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

// Cases that failed on main's code before round T7 are listed in the commit that added this file.
const STILL_FAILING = new Set<string>([]);
const each = (cases: Case[]) => eachCase(cases, STILL_FAILING);

describe("payment terms counted from the invoice, in lists and bold labels", () => {
  each([
    ["- **Paiement** le solde est réglé à 45 jours date de facture par virement.", "b2b"],
    ["**Facturation :** délai de paiement de 30 jours date facture.", "b2b"],
    ["Le solde est dû 30 jours date facture.", "b2b"],
    ["* Conditions de paiement : soixante jours date d'émission de facture.", "b2b"],
    ["Les sommes sont payables 60 jours fin de mois.", "b2b"],
  ]);
});

describe("the trade's words for a client firm", () => {
  each([
    ["Le Commanditaire valide le planning des sessions proposé par l'organisme.", "b2b"],
    ["Les sessions peuvent être annulées par le commanditaire jusqu'à dix jours avant leur début.", "b2b"],
    ["Le donneur d'ordre transmet le cahier des charges avant le début de la mission.", "b2b"],
    ["Le donneur d'ordre s'engage à fournir les plans du chantier.", "b2b"],
    ["Le nom du donneur d'ordre doit figurer sur le virement. Vos achats sont expédiés sous 48 heures.", "b2c"],
    ["Le client particulier règle à la commande ; le donneur d'ordre professionnel règle à 30 jours.", "mixed"],
  ]);
});

describe("the commercial court as the agreed forum", () => {
  each([
    ["Tout différend relève de la compétence exclusive du tribunal de commerce de Lyon.", "b2b"],
    ["À défaut d'accord amiable, le litige sera porté devant le Tribunal de Commerce de Bordeaux.", "b2b"],
    ["Les parties attribuent compétence aux tribunaux de commerce de Paris.", "b2b"],
    ["Le consommateur dispose de 14 jours pour se rétracter. Tout litige est porté devant le tribunal de commerce de Nice.", "mixed"],
    ["SARL Dupont, immatriculée au greffe du tribunal de commerce de Tours sous le numéro 123 456 789.", "presumed b2c"],
    ["Le vendeur est inscrit au RCS, tribunal de commerce de Rennes. Votre commande est expédiée sous trois jours.", "b2c"],
    ["Tout litige relève des tribunaux du ressort du domicile du défendeur.", "presumed b2c"],
    ["Nos techniciens se déplacent à domicile le samedi. Les litiges relèvent du tribunal de commerce d'Angers.", "b2c"],
  ]);
});

describe("natural persons and export prices are no professional sign", () => {
  each([
    ["Les présentes s'appliquent aux ventes conclues avec des personnes physiques.", "presumed b2c"],
    ["Le client, personne physique, commande en ligne ; les frais de livraison sont offerts dès 60 €.", "b2c"],
    ["Toute commande livrée hors de l'Union européenne est facturée hors taxe. Votre colis part sous 48 heures.", "b2c"],
    ["Les expéditions en dehors de l'Union européenne sont facturées en hors taxe ; l'autorisation parentale est requise pour les mineurs.", "b2c"],
    ["Les commandes à l'exportation sont facturées hors taxes. Les frais de port s'ajoutent au panier.", "b2c"],
    ["Les prix sont indiqués hors taxe ; la facture est payable à réception.", "b2b"],
    ["Nos prix sont hors taxe. Les frais de livraison s'ajoutent au panier.", undefined],
  ]);
});

describe("a consumer's right beside the B2B payment mechanisms copied into a household's terms", () => {
  each([
    ["Je garde vos chats chez vous pendant vos vacances. Vous disposez d'un délai de rétractation de quatorze jours. Conformément à l'article L441-10 du code de commerce, une indemnité de 40 € est due en cas de retard.", "b2c"],
    ["Nos clients professionnels paient à 30 jours. Nous promenons votre chien ; vous disposez d'un droit de rétractation de quatorze jours.", "mixed"],
    ["Vous disposez d'un droit de rétractation de quatorze jours. Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.", "mixed"],
  ]);
});

describe("a client that advertises is a firm", () => {
  each([
    ["Le client reste seul responsable des prix et promotions mis en avant dans ses campagnes.", "b2b"],
    ["Nous configurons vos campagnes publicitaires et en suivons les conversions chaque mois.", "b2b"],
    ["La campagne de dons est ouverte à tous ; le reçu est envoyé par courriel.", "presumed b2c"],
  ]);
});

describe("the counterpart named by its trade, prices before tax in any currency", () => {
  each([
    ["Les présentes lient le Prestataire et tout commerçant souhaitant réserver un emplacement. Les frais de livraison sont offerts.", "b2b"],
    ["La participation coûte 1 200 CHF HT par boutique.", "b2b"],
    ["Le forfait mensuel est de 50 000 FCFA HT.", "b2b"],
    ["Tout commerçant partenaire peut distribuer nos bons cadeaux ; vos achats sont livrés sous 48 heures.", "b2c"],
    ["Nous remettons nos conditions à toute entreprise qui en fait la demande ; le consommateur dispose de 14 jours pour se rétracter.", "b2c"],
  ]);
});

describe("nothing changes the old readings", () => {
  each([
    ["Le consommateur dispose d'un délai de quatorze jours pour se rétracter.", "b2c"],
    ["Les présentes conditions sont réservées aux professionnels.", "b2b"],
    ["En cas de litige entre professionnels, le tribunal de commerce est compétent ; le consommateur peut saisir le médiateur.", "mixed"],
  ]);
});
