// What consumer terms say of the mediator and of the withdrawal right (C. conso L616-1, L221-5):
// the rules check it, and the renderer reads it so as not to print a fact a clause already gives.
import type { TextClause } from "./sentences.js";
import { sentenceAt } from "./sentences.js";
import { findAll, findFirst, flexible } from "./text.js";

// A mediator is also named by its name alone (« saisir gratuitement le CM2C »): the consumer's free recourse
// (C. conso L612-1) is what the sentence offers, whoever provides it.
// A plural names one too: « Association des Médiateurs Européens ».
export const MEDIATOR = /\bmediat(?:eur|rice|ion)s?\b|\bcm2c\b|\b(?:saisir|recourir|s'adresser) gratuitement\b/;
// « droit de rétraction » is a common misspelling of the same right.
export const WITHDRAWAL = flexible(/\bretract(?:at)?ion\b|\bse retracter\b/);

export function mentionsMediator(clauses: readonly TextClause[]): boolean {
  return clauses.some((c) => findFirst(c.body, MEDIATOR) !== undefined);
}

export function mentionsWithdrawal(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some((c) => findFirst(c.body, WITHDRAWAL) || (c.title !== undefined && findFirst(c.title, WITHDRAWAL)));
}

// Online distance contracts, subscriptions and sales of goods: what decides whether the online
// withdrawal function (L221-21), online cancellation (L215-1-1) and the legal guarantees (L211-2) apply.

/** The contract is concluded on a website or an app: "commande en ligne", "sur le site", "application mobile". */
export const CONCLUDED_ONLINE = flexible(/\ben ligne\b|\bsite (?:internet|web|marchand)\b|\bsur (?:le|notre) site\b|\bapplication mobile\b|\binterface en ligne\b|\bboutique en ligne\b/);

/** A contract that runs on: a subscription or a tacit renewal. */
export const SUBSCRIPTION = flexible(/\babonnements?\b|\btacite reconduction\b|\breconduit(?:e|es|s)? tacitement\b|\breconduction tacite\b|\bse renouvelle(?:nt)? (?:automatiquement|tacitement|par tacite)\b/);

/** A fixed term renewed tacitly (C. conso L215-1; C. civ. 1215). */
export const TACIT_RENEWAL = flexible(/\btacite reconduction\b|\breconduction tacite\b|\breconduite?s? tacitement\b|\bse renouvelle(?:nt)? (?:automatiquement|tacitement)\b|\brenouvellement automatique\b/);
/** The professional's reminder before the non-renewal deadline: "le prestataire informe le client, un à trois mois avant l'échéance". */
export const RENEWAL_REMINDER = flexible(/\b(?:informe(?:ra)?|avise(?:ra)?|previen(?:t|dra)|rappel(?:le|lera)?|adresse(?:ra)?) (?:le |au )?(?:client|consommateur|abonne)\b.*\b(?:reconduction|renouvellement|echeance|non-reconduction)\b/);

/** The withdrawal function of L221-21 (from 2026-06-19), as the terms or the model notice word it. */
export const WITHDRAWAL_FUNCTION = flexible(
  /\brenoncer au contrat ici\b|\bfonctionnalite (?:de retractation|permettant (?:au consommateur )?de (?:se retracter|exercer (?:son|le) droit de retractation))\b|\bbouton de retractation\b|\b(?:se retracter|retractation) (?:directement )?en ligne\b/,
);

/** The consumer's cancellation, and an electronic way to give it (the L215-1-1 function). */
export const CANCELLATION = flexible(/\bresili(?:er|e|ent|ez|ation|able)s?\b|\bmettre fin (?:a|au) (?:l'abonnement|contrat)\b|\bne pas (?:renouveler|reconduire)\b/);
export const ONLINE_CANCELLATION = flexible(
  /\bresilier votre contrat\b|\bfonctionnalite de resiliation\b|(?<!(?:souscrite?s?|conclue?s?|commandee?s?|passee?s?) )\ben ligne\b|\bpar voie electronique\b|\bespace (?:client|personnel|abonne)\b|\bdepuis (?:son|votre) compte\b|\b(?:sur|depuis) (?:le|notre) site\b|\bdepuis l'application\b/,
);
/** An account, portal or dashboard the client acts from (« via le compte Stripe », « sur le portail client »): online when it is the way to cancel. */
export const ACCOUNT_MEANS = flexible(/\b(?:via|depuis|sur|dans|a partir de|par) (?:le |la |son |sa |votre |leur |un |une |l')?(?:compte|espace|portail|tableau de bord|interface|application)\b|\ben un clic\b/);
export const BY_LETTER = flexible(/\blettre\b|\bcourrier\b|\brecommande\b/);

/** A sale of goods: delivery of things, transport, retention of title. */
// Goods re-billed with a service (« en plus de la facturation des produits achetés » for a pet-sitting visit) are
// bought by the provider for its work: not goods sold to the consumer as the contract's object.
export const GOODS = flexible(/\bcolis\b|\bfrais de (?:port|livraison)\b|\btransporteur\b|\bexpedi(?:tion|e|ee|es|ees)\b|\breserve de propriete\b|\bmarchandises?\b|(?<!(?:facturation|refacturation|remboursement) (?:des|les) )\b(?:biens?|produits?) (?:vendus?|commandes?|livres?|achetes?)\b|\b(?:livraison|reception) (?:des?|du) (?:produits?|biens?|articles?|marchandises?|colis)\b/);
/** The legal guarantee of conformity (C. conso L217-3 and following) and the hidden-defects guarantee (C. civ. 1641). */
// « des garanties légales applicables (conformité et vices cachés) » names it too.
export const CONFORMITY_GUARANTEE = flexible(/\bgarantie legale de conformite\b|\bdefauts? de conformite\b|\bl\.? ?217-\d|\bgaranties? legales?\b[^.;]{0,80}\bconformite\b|\bconformite\b[^.;]{0,40}\bgaranties? legales?\b/);
export const HIDDEN_DEFECTS_GUARANTEE = flexible(/\bvices? caches?\b|\bdefauts? caches?\b|\b1641\b/);

/** The first match of `pattern` in the clauses' bodies (a title alone informs of nothing). */
export function firstIn<C extends TextClause>(clauses: readonly C[], pattern: RegExp): { clause: C; start: number; end: number } | undefined {
  for (const clause of clauses) {
    const m = findFirst(clause.body, pattern);
    if (m) return { clause, start: m.start, end: m.end };
  }
  return undefined;
}

export function mentions(clauses: readonly TextClause[], pattern: RegExp): boolean {
  return clauses.some((c) => findFirst(c.body, pattern) !== undefined);
}

// The withdrawal right is for contracts concluded at a distance or off premises (C. conso L221-1, L221-18):
// consumer terms say so by where the order is placed, or by a remote way of accepting the offer.
/** Concluded online or at a distance: the website, the shop online, a payment link. */
const AT_DISTANCE = flexible(/\ba distance\b|\bvente par correspondance\b|\bpaiement en ligne\b|\blien de paiement\b|\bstripe\b|\bpaypal\b/);
/** Concluded away from the professional's premises: the seller comes to the consumer to sell (C. conso L221-1, 2°). */
const OFF_PREMISES = flexible(/\bhors etablissements?\b|\bdemarchage\b|\bvente a domicile\b|\bconclue?s? (?:au|a) domicile\b/);
/** A remote channel (« par téléphone », « devis envoyé par courriel »)… */
const REMOTE_CHANNEL = flexible(/\bpar (?:telephone|courriel|e-?mail|mail|courrier|voie electronique|correspondance)\b|\bpar l'envoi d'un (?:e-?mail|courriel|mail|courrier)\b|\bsignature electronique\b/);
/** …counts when the sentence is about forming the contract, not a contact line. */
export const ORDERING = flexible(/\bcommand(?:e|es|er|ee|ees)\b|\bdevis\b|\bcontrats?\b|\baccept(?:e|er|ee|ation)\b|\bvalid(?:e|er|ee|ation|ations)\b|\breserv(?:e|er|ee|ation|ations)\b|\bsouscri[a-z]*\b|\binscri(?:re|ption|ptions|t)\b/);

export interface Evidence<C> {
  clause: C;
  /** In the title rather than the body. */
  inTitle: boolean;
  start: number;
  end: number;
  text: string;
}

/** The first words showing a contract concluded at a distance or off premises, or undefined when the text shows none. */
export function distanceOrOffPremisesEvidence<C extends TextClause & { title?: string }>(clauses: readonly C[]): Evidence<C> | undefined {
  for (const clause of clauses) {
    for (const pattern of [CONCLUDED_ONLINE, AT_DISTANCE, OFF_PREMISES]) {
      const inTitle = clause.title !== undefined ? findFirst(clause.title, pattern) : undefined;
      if (inTitle) return { clause, inTitle: true, start: inTitle.start, end: inTitle.end, text: inTitle.text };
      const m = findFirst(clause.body, pattern);
      if (m) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
    }
    for (const m of findAll(clause.body, REMOTE_CHANNEL)) {
      const sentence = sentenceAt(clause.body, m.start);
      if (findFirst(clause.body.slice(sentence.start, sentence.end), ORDERING)) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
    }
  }
  return undefined;
}
