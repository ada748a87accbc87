// What the terms sell and who sells it (issue #11, round T9). Terms under which the seller sells nothing to the
// user — a free app whose prices link to other shops, a platform that passes requests to providers who sell and
// collect themselves — owe no withdrawal information (C. conso L221-18: a contract concluded for a price), no
// consumer mediator (L611-1: a dispute about a contract of sale or of services, the latter a contract for a
// price by its 4°) and no legal guarantees (L217-3, C. civ. 1641: goods sold by the seller). A forum clause is
// still void against users (CPC 48 covers any contract). An inference that cannot tell stays undecided: only the
// text's own words that nothing is sold, and no price paid to the seller, make such terms.
import type { TextClause } from "./sentences.js";
import { sentencesIn } from "./sentences.js";
import { findFirst, flexible } from "./text.js";

// « L'application est gratuite », « propose gratuitement », « sans frais pour l'utilisateur »: the service itself
// is free. Not « la livraison est gratuite », « essai gratuit », « devis gratuit » (a paid shop's sentences), nor
// « l'inscription est gratuite » (a marketplace may charge on each sale). « Le programme est gratuit », « l'adhésion est
// gratuite », « fournies sans contrepartie financière » (round T35b): a free programme or membership, unless a price paid
// to the seller is written elsewhere (a commission on each sale: `paidToSeller`).
const FREE_SERVICE = flexible(
  /\b(?:l'application|l'appli|le service|les services|le programme|la plateforme|l'adhesion|l'utilisation (?:du site|de l'application|du service))\b[^.;]{0,60}\b(?:est|sont|reste|restent) (?:entierement |totalement |integralement )?gratuite?s?\b|\bsans (?:aucune )?contrepartie financiere\b|\bpropose(?:nt)? gratuitement\b|\bservices? gratuits?\b|\bsans frais pour (?:l'utilisateur|les utilisateurs|le client|les clients)\b/,
);
// The seller says it sells nothing, or that another is the seller and is paid directly.
const NOT_THE_SELLER = flexible(
  /\bnous ne vendons\b|\bne vend(?:ons)? (?:aucun|aucune|pas|rien)\b|\b(?:est|reste|sont|restent) (?:le |les )?seuls? vendeurs?\b|\bne (?:collecte|percoit|encaisse|recoit) aucun(?:e)? (?:paiement|somme|prix|montant)\b|\bne prend pas en charge les transactions\b|\bpaiement (?:est |sont )?(?:effectue|realise|regle|fait)s? directement (?:aupres|entre)\b|\breglement\b[^.;]{0,40}\bse fait directement (?:aupres|entre)\b|\bsites? tiers (?:de vente|vers lequel)\b|\bredirige\b[^.;]{0,60}\bsites? tiers\b/,
);
// A price the user pays the seller: an amount or a rate with a fee or a commission, a price in euros. Not when the
// sentence denies it (« ne prélève pas de commission »), speaks of a third party's price, or of services to come.
// « Commission européenne », « Commission nationale de l'informatique »: a public body, no fee (round T35b).
const PAID_TO_SELLER = flexible(
  /\b\d+(?:[.,]\d+)? ?(?:€|euros?|%)|\bcommissions?\b(?! (?:europeenne|nationale|de l'informatique|des clauses|d'acces|paritaire|de (?:la )?mediation))|\bfrais de (?:service|mise en relation|dossier|reservation|gestion)\b|\bprix\b[^.;]{0,60}\b(?:ttc|euros?)\b|\bpanier\b|\b(?:reglement|versement|paiement) (?:d'arrhes|d'un acompte|de l'acompte|des arrhes)\b/,
);
// « au capital de 1 000 € »: the seller's share capital is no price.
const DENIED_OR_ELSEWHERE = flexible(/\bcapital\b|\bne\b[^.;]{0,30}\bpas\b|\baucun(?:e)?\b|\btiers\b|\ba l'avenir\b|\ba venir\b|\bpourra(?:it)? proposer\b|\blivraison\b|\bfrais de port\b|\bessai\b|\bgratuit/);

// « Vous autorisez X à utiliser les photos de votre image … sans contrepartie financière », « le membre cède ses droits
// à titre gratuit » (round T36b): what the user grants for free (an image right, a licence of its content) is no free
// service; the lessons or camps it pays for are still sold.
const USER_GRANTS = flexible(/\bautoris(?:e|ez|ent|ation)\b|\bced(?:e|ez|ent)\b|\bcession\b|\bdroits? (?:a|sur) (?:l'|son |sa |votre )?image\b|\bphotos?\b|\bfilms?\b|\blicences?\b|\b(?:son|sa|ses|votre|vos|leur|leurs) (?:image|images|contenus?|oeuvres?)\b/);

/** Words showing that the terms sell nothing to the user, or undefined when the text does not say so. */
export function sellsNothing(clauses: readonly TextClause[]): string | undefined {
  const sentences = sentencesIn(clauses);
  const free = (text: string) => {
    const m = findFirst(text, FREE_SERVICE);
    return m && !findFirst(text, USER_GRANTS) ? m : undefined;
  };
  const cue = sentences.map((s) => free(s.text) ?? findFirst(s.text, NOT_THE_SELLER)).find((m) => m);
  if (!cue) return undefined;
  return paidToSeller(clauses) ? undefined : cue.text;
}

/** The words of a price the user pays the seller (a fee, a commission, a price in euros), or undefined. */
export function paidToSeller(clauses: readonly TextClause[]): string | undefined {
  for (const s of sentencesIn(clauses)) {
    const m = findFirst(s.text, PAID_TO_SELLER);
    if (m && !findFirst(s.text, DENIED_OR_ELSEWHERE)) return m.text;
  }
  return undefined;
}

// « plateforme de mise en relation », « Colibri n'est pas un transporteur »: the goods that change hands are the
// users' own; the platform sells at most its own service. Not « par l'intermédiaire de notre transporteur ».
const INTERMEDIARY_ONLY = flexible(/\bmise en relation\b|\b(?:agit|intervient) (?:uniquement |seulement )?(?:en (?:qualite|tant) (?:d'|que )|comme )intermediaire\b|\bn'est pas (?:un |le )?(?:transporteur|vendeur|loueur)\b/);

/** Whether the seller only puts users in touch: the goods of the text are not sold by it. */
export function onlyPutsInTouch(clauses: readonly TextClause[]): boolean {
  return sentencesIn(clauses).some((s) => findFirst(s.text, INTERMEDIARY_ONLY) !== undefined);
}

// A rental of movables (round T28): « conditions générales de location », « le loueur », « le locataire », « le matériel
// loué », « propose à la location ». The lessor sells nothing: the goods it sends « à domicile » or « par colis » come
// back at the end, so the sale's legal guarantees (C. conso L217-3, C. civ. 1641) are not owed, and the « retour » of
// those goods is not the consumer's withdrawal. A room or a holiday home rented (« location de salle ») sells no goods
// either: any rental is no sale.
const RENTAL = flexible(
  /\bconditions generales de location\b|\bloueurs?\b|\blocataires?\b|\b(?:materiels?|equipements?|articles?|biens?|objets?|vehicules?|produits?) loue(?:e|es|s)?\b|\b(?:proposes?|disponibles?|mise?s?) a la location\b|\blocation (?:de|du|des|d')|\blou(?:er|ez|ons|ent)\b/,
);
// Goods sold all the same (« proposé à la vente », « les produits achetés »): a shop that sells and rents owes the
// guarantees for what it sells. Not « conditions générales de vente », the usual title of any terms.
const SALE_OF_GOODS = flexible(
  /(?<!\bconditions (?:generales )?(?:de )?)\bvente (?:de|des|du|d')\b|\b(?:proposes?|mise?s?) (?:a la|en) vente\b|\b(?:produits?|articles?|biens?) (?:vendus?|achetes?)\b|\b(?:produits?|marchandises?) (?:commandes?|livres?)\b|\bachats? (?:de|des|du|d')\b|\bacheteurs?\b|\blocation avec option d'achat\b/,
);

/** The words showing a rental of movables that sells no goods, or undefined. */
export function rentsWithoutSelling(clauses: readonly TitledClause[]): string | undefined {
  return cueWithoutSale(clauses, RENTAL, [SALE_OF_GOODS]);
}

// Gifts (round T33): « effectuer des dons », « les donateurs », « libéralités », « une cagnotte », « une collecte de
// fonds », « une contribution sans contrepartie ». A gift is no contract for goods or services against a price (C. conso
// L221-1: a contract « entre un professionnel et un consommateur » within a system of sale or services; C. civ. 893: a
// libéralité), so the consumer's withdrawal right never arises for it. A membership fee (« cotisation ») is left
// undecided: it may pay for the association's services.
const GIFT = flexible(/\bdons?\b|\bdonateurs?\b|\bdonatrices?\b|\bliberalites?\b|\bcagnottes?\b|\bcollectes? de fonds\b|\bsans (?:aucune )?contreparties?\b/);
// Something sold beside the gifts: goods sold or bought (SALE_OF_GOODS), a gift card, a shop, a price, a paid offer, an
// order, or a reward in return for the contribution (« en contrepartie de sa contribution, … reçoit »: a reward is a
// sale). Not « sans contrepartie », « aucune contrepartie », « absence de contrepartie ».
const SOLD_BESIDE_GIFTS = flexible(
  /\bcartes? (?:cadeaux?|-cadeaux?)\b|\bboutique\b|\bprix (?:de|du|des|d')\b|\bau prix\b|\bpayante?s?\b|\bcommand(?:e|es|er|ee|ees|ez)\b|\bachet(?:e|er|ez|ent)\b|(?<!\b(?:sans|aucune|absence de|pas de|ni|ni de) (?:aucune )?)\bcontreparties?\b/,
);

/** The words showing terms that collect gifts and sell nothing beside them, or undefined. */
export function givesWithoutSelling(clauses: readonly TitledClause[]): string | undefined {
  return cueWithoutSale(clauses, GIFT, [SALE_OF_GOODS, SOLD_BESIDE_GIFTS]);
}

type TitledClause = TextClause & { title?: string };
/** The first words of `cue` in the clauses' titles and texts, unless any of `sale` shows something sold anywhere. */
function cueWithoutSale(clauses: readonly TitledClause[], cue: RegExp, sale: RegExp[]): string | undefined {
  let found: string | undefined;
  for (const c of clauses) {
    for (const text of [c.title ?? "", c.body]) {
      if (sale.some((p) => findFirst(text, p))) return undefined;
      found ??= findFirst(text, cue)?.text;
    }
  }
  return found;
}
