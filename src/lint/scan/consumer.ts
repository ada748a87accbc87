// What consumer terms say of the mediator and of the withdrawal right (C. conso L616-1, L221-5):
// the rules check it, and the renderer reads it so as not to print a fact a clause already gives.
import type { Sentence, TextClause, Words } from "./sentences.js";
import { sentenceAt, sentencesIn, wordsAt } from "./sentences.js";
import { findAll, findFirst, flexible } from "./text.js";
import { paidToSeller } from "./offer.js";

// A mediator is also named by its name alone (« saisir gratuitement le CM2C »): the consumer's free recourse
// (C. conso L612-1) is what the sentence offers, whoever provides it.
// A plural names one too: « Association des Médiateurs Européens ».
export const MEDIATOR = /\bmediat(?:eur|rice|ion)s?\b|\bcm2c\b|\b(?:saisir|recourir|s'adresser) gratuitement\b/;
// A withdrawal period granted by another code is another right, not the consumer code's distance right
// (L221-18, 14 days): the vocational trainee's 10 days (C. trav. L6353-5), the non-professional home buyer's 10 days
// (CCH L271-1, « loi SRU »; construction contracts are excluded from L221-18 by L221-2), insurance (C. assur. L112-9,
// L112-10, L132-5-1), financial canvassing and consumer credit (C. mon. fin. L341-16, C. conso. L312-19), distance
// teaching (C. éduc. L444-8). A period under 14 days in such a sentence is no defect of the distance right.
export const OTHER_CODE_WITHDRAWAL = flexible(
  /\bcode du travail\b|\bl\.? ?6353-|\bformation professionnelle\b|\bcode des assurances\b|\bcode monetaire\b|\bcode de la construction\b|\bl\.? ?271-[12]\b|\bacquereurs? non professionnels?\b|\bloi s\.?r\.?u\.?\b|\bl\.? ?112-(?:9|10)\b|\bl\.? ?132-5-1\b|\bl\.? ?341-16\b|\bl\.? ?312-19\b|\bcontrats? de credit\b|\bcode de l'education\b|\bl\.? ?444-8\b/,
);
// « droit de rétraction » is a common misspelling of the same right.
export const WITHDRAWAL = flexible(/\bretract(?:at)?ion\b|\bse retracter\b/);

export function mentionsMediator(clauses: readonly TextClause[]): boolean {
  return clauses.some((c) => findFirst(c.body, MEDIATOR) !== undefined);
}

// The right told without its name: « vous disposez de quatorze jours pour nous retourner l'article, sans avoir à vous
// justifier » gives the consumer the 14 days (or more) to go back on the purchase without a reason, which is what the
// information is for. A return for defects only (« articles défectueux ») is the guarantee, not this right.
const RETURN_PERIOD = flexible(/\b(?:(?:1[4-9]|[2-9]\d)|quatorze|quinze|trente)(?: \(\d+\))? jours\b/);
const GOING_BACK = flexible(/\b(?:retourner|renvoyer|retourne(?:e|es|s)?|renvoye(?:e|es|s)?|annuler (?:sa|votre) commande|renoncer (?:a|au) (?:l'achat|sa commande|votre commande|contrat))\b/);
const WITHOUT_REASON = flexible(/\bsans (?:avoir a (?:se|vous) justifier|(?:aucune |devoir )?(?:justification|justifier|motif|motiver|raison|donner (?:de )?(?:motif|raison)))\b/);

/** Whether a sentence gives the consumer 14 days or more to go back on the purchase without a reason, in other words. */
export function statesWithdrawalInOtherWords(clauses: readonly TextClause[]): boolean {
  return sentencesIn(clauses).some((s) => findFirst(s.text, RETURN_PERIOD) && findFirst(s.text, GOING_BACK) && findFirst(s.text, WITHOUT_REASON));
}

export function mentionsWithdrawal(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some((c, i) => namesTheRight(c.body) || (c.title !== undefined && findFirst(c.title, WITHDRAWAL) && titleInforms(c.body || (clauses[i + 1]?.body ?? ""))));
}

// « En cas de rétractation du stagiaire, l'organisateur conserve les arrhes et peut demander des dommages et intérêts »
// (round T36b): « rétractation » there names a cancellation the consumer pays for, with no period; it does not tell the
// conditions, time limit and way of exercising the right (C. conso L221-5 2°), which is free of charge (L221-18,
// L221-24). Such a sentence is no mention of the right; one that gives a period or a way of exercising it still is.
const PENALISED = flexible(/\bperte (?:des|de ces|de celles-ci|de l'acompte|d'arrhes)\b|\bperte de celles|\bdommages(?: et |-)interets\b|\bpenalites?\b|\bindemnit(?:e|es)\b|\b(?:arrhes|acomptes?) (?:restent |reste |sont |est )?(?:acquis|conserve|retenu|du)e?s?\b|\b(?:conserve|garde|retient|retiendra|conservera) (?:les |l')(?:arrhes|acompte)\b|\bfrais d'annulation\b/);
const RIGHT_TOLD = flexible(/\bjours?\b|\bdelais?\b|\bformulaire\b|\bl\.? ?221-|\bsans (?:frais|penalite|motif|justifi)|\bexerc/);

/** The first « rétractation » that only names a penalised cancellation: where the terms misname the right they do not tell. */
export function penalisedWithdrawal<C extends TextClause>(clauses: readonly C[]): { clause: C; start: number; end: number } | undefined {
  for (const s of sentencesIn(clauses)) {
    const m = findFirst(s.text, WITHDRAWAL);
    if (m && onlyPenalised(s.text)) return { clause: s.clause, start: s.start + m.start, end: s.start + m.end };
  }
  return undefined;
}

/** A sentence that names « rétractation » as a cancellation that costs money, with no period nor procedure of the right. */
function onlyPenalised(sentence: string): boolean {
  return Boolean(findFirst(sentence, PENALISED)) && !findFirst(sentence, RIGHT_TOLD);
}

function namesTheRight(body: string): boolean {
  return sentencesIn([{ body }]).some((s) => findFirst(s.text, WITHDRAWAL) && !onlyPenalised(s.text));
}

// « ## Droit de rétractation » names the right; the words under it (or under the next heading when it stands alone)
// tell of it: a period, a way to send the goods back, a form, a reason it does not apply. A heading over words about
// something else (the customer service's hours) informs of nothing (L221-5 asks for the conditions, the period, the way).
const WITHDRAWAL_TOLD = flexible(/\bjours?\b|\bdelais?\b|\bformulaire\b|\bretourn|\brenvo|\brembours|\bexerc|\bl\.? ?221-|\bexceptions?\b|\bne s'applique\b|\bexclu|\bsans (?:motif|justifi|frais)/);
function titleInforms(body: string): boolean {
  return findFirst(body, WITHDRAWAL_TOLD) !== undefined || findFirst(body, LEGAL_REASON) !== undefined;
}

// Online distance contracts, subscriptions and sales of goods: what decides whether the online
// withdrawal function (L221-21), online cancellation (L215-1-1) and the legal guarantees (L211-2) apply.

/** The contract is concluded on a website or an app: "commande en ligne", "sur le site", "application mobile". */
// Or through a third party's platform, app or app store (« souscrits via la plateforme Peppy (app.peppy.cool) », « dans
// l'App Store »): the contract is still formed at a distance, online, whoever runs the interface.
export const CONCLUDED_ONLINE = flexible(
  /\ben ligne\b|\bsite (?:internet|web|marchand)\b|\bsur (?:le|notre) site\b|\bapplication mobile\b|\binterface en ligne\b|\bboutique en ligne\b|\b(?:via|sur|depuis) (?:la |notre |une |l'|leur )?(?:\*\*)?(?:plateforme|application|appli)\b(?! (?:europeenne|de reglement|rll|odr|logistique|telephonique))|\bapp ?store\b|\bgoogle play\b|(?<![@\w.])(?:www|app)\.[a-z0-9-]+\.[a-z]{2,}\b/,
);

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
// « une livraison à domicile est organisée » (round T23): a thing brought to the buyer's home is goods sold, whatever
// its name (a dress, a table); a service performed at home is « à domicile » without a delivery.
// Goods re-billed with a service (« en plus de la facturation des produits achetés » for a pet-sitting visit) are
// bought by the provider for its work: not goods sold to the consumer as the contract's object.
// Round T34c: the buyer's wish to buy (« les Produits qu'il désire acheter ») and goods offered for sale (« articles proposés
// à la vente ») name goods sold as plainly as « produits achetés » (digital content is set apart by the rule itself).
export const GOODS = flexible(/\bcolis\b|\bfrais de (?:port|livraison)\b|\btransporteur\b|\bexpedi(?:tion|e|ee|es|ees)\b|\breserve de propriete\b|\bmarchandises?\b|(?<!(?:facturation|refacturation|remboursement) (?:des|les) )\b(?:biens?|produits?) (?:vendus?|commandes?|livres?|achetes?)\b|\b(?:livraison|reception) (?:des?|du) (?:produits?|biens?|articles?|marchandises?|colis)\b|\blivraisons? a domicile\b|\blivre(?:e|es|s)? a domicile\b|\b(?:produits?|articles?|biens?|meubles?|objets?) (?:qu'(?:il|elle|ils|elles|on)|que vous) (?:desire|desirent|desirez|souhaite|souhaitent|souhaitez|veut|veulent|voulez) (?:acheter|acquerir|commander)\b|\b(?:produits?|articles?|biens?|meubles?|objets?) (?:proposes?|mise?s?|disponibles?) (?:a la|en) vente\b/);
// Round T35c: things a service trade makes and sells besides its service, named as an option or with a price: a
// photographer's prints and albums (« tirages et albums disponibles en option selon les tarifs en vigueur », « commander
// des agrandissements »). They are goods sold to the consumer (C. conso. L217-1: goods, made to order or not), owed the
// legal guarantees, even when the service itself is delivered as files.
export const MADE_GOODS_SOLD = flexible(
  /\b(?:tirages?(?: papier| photos?| d'art)?|albums?(?: photos?)?|livres? photos?|agrandissements?|toiles? imprimees?|posters?)\b[^.;\n]{0,60}\b(?:en option|en supplement|sur commande|a commander|selon (?:les|nos|le) tarifs?|tarifs? en vigueur|factures?|vendus?|commandes?|achetes?|payants?)\b|\b(?:commander|acheter|achat|commande)\s(?:des |un |une |les |de |d'|du )?(?:tirages?|albums?|livres? photos?|agrandissements?)\b/,
);
/** The legal guarantee of conformity (C. conso L217-3 and following) and the hidden-defects guarantee (C. civ. 1641). */
// « des garanties légales applicables (conformité et vices cachés) » names it too.
// A product « non conforme » put under « la garantie légale » names it by its subject. Cited by its numbers before the
// recodification of 1 July 2016 too: « la garantie légale des articles L. 211-4 à
// L. 211-14 du Code de la consommation » (now L217-4 to L217-14) names the same guarantee.
export const CONFORMITY_GUARANTEE = flexible(
  /\bgaranties? (?:legales? )?de conformite\b|\bdefauts? de conformite\b|\bl\.? ?217-\d|\bgaranties? legales?\b[^.;]{0,80}\bconformite\b|\bconformite\b[^.;]{0,40}\bgaranties? legales?\b|\bgaranties? legales?\b[^.;]{0,120}\bl\.? ?211-(?:[4-9]|1[0-4])\b|\b(?:non|pas) conformes?\b[^.;]{0,80}\bgaranties? legales?\b|\bgaranties? legales?\b[^.;]{0,80}\b(?:non|pas) conformes?\b/,
);
/** « les garanties légales … reproduites en annexe »: the terms give them in an annex this text does not show; nothing can be told of it. */
export const LEGAL_GUARANTEES_IN_ANNEX = flexible(/\bgaranties? legales?\b[^.;]{0,120}\ben annexe\b|\ben annexe\b[^.;]{0,120}\bgaranties? legales?\b/);
// « la garantie contre les vices de la chose vendue » is the Code civil's own wording (art. 1641).
export const HIDDEN_DEFECTS_GUARANTEE = flexible(/\bvices? caches?\b|\bdefauts? caches?\b|\b1641\b|\bgarantie (?:des|contre les) vices\b/);

// Round T34c: « l'association ne garantit pas la durée de vie de chaque structure … du produit », « les articles sont vendus
// sans aucune garantie »: a sentence where the seller denies or limits a guarantee of what it sells is where the terms speak
// of guarantees; with no clause titled for them, the legal guarantees' information belongs to that clause.
const GUARANTEE_DENIED = flexible(/\bne (?:garanti(?:t|ssons|ssent)|saurai(?:t|ent) garantir|peu(?:t|vent) garantir)\b[^.;]{0,20}\b(?:pas|en aucun cas|aucune?|nullement|ni)\b|\b(?:sans|aucune) (?:\w+ )?garanties?\b|\bexclu\w* (?:de )?(?:toute|toutes|les) garanties?\b|\bdeclin\w* toute garantie\b/);
const GOODS_NAMED = flexible(/\b(?:produits?|articles?|biens?|meubles?|mobilier|marchandises?|objets?|pieces?|creations?)\b/);

/** The first sentence where the seller denies or limits a guarantee of goods, or undefined. */
export function goodsGuaranteeDenied<C extends TextClause>(clauses: readonly C[]): Sentence<C> | undefined {
  return sentencesIn(clauses).find((s) => findFirst(s.text, GUARANTEE_DENIED) && findFirst(s.text, GOODS_NAMED));
}

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
// « lors de la prise de rendez-vous téléphonique »: the adjective names the same channel.
// « confirmée par l'envoi de la convention signée », « le devis retourné signé »: a signed document sent or returned
// travels between parties who are not together (L221-1 1°); « à réception du devis signé » alone may be handed over.
const REMOTE_CHANNEL = flexible(/\b(?:envoi|renvoi|retour) (?:du|de la|de l'|de sa|de son|de votre) (?:devis|bon de commande|convention|contrat|bulletin)\b[^.;]{0,60}\bsigne(?:e|es|s)?\b|\b(?:devis|bon de commande|convention|contrat|bulletin)\b[^.;]{0,40}\b(?:retourne|renvoye)(?:e|es|s)? signe(?:e|es|s)?\b|\bpar (?:telephone|courriel|e-?mail|mail|courrier|voie electronique|correspondance)\b|\b(?:rendez-vous|commandes?|reservations?) telephoniques?\b|\bpar l'envoi d'un (?:e-?mail|courriel|mail|courrier)\b|\bsignature electronique\b/);
// « par courrier recommandé avec accusé de réception » is the form of a notice (a reserve, a complaint, a termination),
// not a way of ordering; and a sentence that sends a complaint, a reserve or a termination « par e-mail », however it
// names the order (« en indiquant la référence de la commande »), gives the channel of that notice, not of the contract.
const REGISTERED = flexible(/^\s*(?:recommande(?:e|es|s)?|avec (?:accuse|avis) de reception)\b/);
const NOTICE = flexible(/\breclamations?\b|\breserves?\b(?! (?:de|du|des|d'))|\bresili(?:er|e|ee|ation|ations)\b|\bmise en demeure\b|\bcontestations?\b|\bannul(?:er|e|ee|ation)\b/);
// The contract formed in the same sentence all the same: « passer commande », « les commandes sont passées », « réserver ».
const ORDER_PLACED = flexible(/\bpass(?:er|e|ee|ees|ent|ez) (?:sa |votre |une |la )?commandes?\b|\bcommandes? (?:sont|est) (?:passee|prise|recue)s?\b|\breserv(?:er|ez|ent)\b|\bsouscri[a-z]*\b|\bcommander\b|\bdevis\b/);
/** …counts when the sentence is about forming the contract, not a contact line. */
// « Les séances se réservent par téléphone »: the verb's plural present forms the contract too.
export const ORDERING = flexible(/\bprise de rendez-vous\b|\bcommand(?:e|es|er|ee|ees|ent|ez)\b|\bdevis\b|\bcontrats?\b|\baccept(?:e|er|ee|ation)\b|\bvalid(?:e|er|ee|ation|ations)\b|\breserv(?:e|er|ee|ees|ent|ez|ation|ations)\b|\bsouscri[a-z]*\b|\binscri(?:re|ption|ptions|t|vent)\b/);
// Round T35c: joining a programme, a club or a membership (« l'adhésion s'effectue via le formulaire en ligne », « adhérer
// en ligne ») concludes a contract there too; adhering to the terms themselves (« l'adhésion sans réserve aux présentes
// CGV ») concludes nothing, nor does the business's own membership (« l'entreprise adhère au dispositif de médiation »:
// the third person and the mediator, federation or charter it joins are left out). « sans réserve » books nothing.
const ORDERING_ONLINE = flexible(
  /\bcommand(?:e|es|er|ee|ees|ent|ez)\b|\bdevis\b|\bcontrats?\b|(?<!\bsans )\breserv(?:e|es|er|ee|ees|ent|ez|ation|ations)\b|\bsouscri[a-z]*\b|\binscri(?:re|ption|ptions|t|vent)\b|\b(?:adhesions?|adher(?:er|ez))\b(?! (?:(?:a|au|aux|a la|a l'|a un|a une) ?(?:dispositif|mediat|federation|syndicat|association professionnelle|charte|code de|reseau|organisme|centre)[a-z]*)\b| (?:sans reserve|pleine|entiere|totale|expresse|(?:a|aux) (?:l'ensemble|la totalite|ces|ses|nos|leurs?|vos|les|la|des) ?(?:presentes|conditions|cgv|cgu|cga|stipulations|clauses)?\b|(?:a|aux) (?:presentes|conditions|cgv|cgu|cga)\b))/,
);
/** A sale or a payment: « le site propose à la vente », « achat », « régler en ligne », « payés en ligne ». */
const SELLING = flexible(/\bvente\b|\bvend(?:s|u|ue|ues|us|ons|ent|re)?\b|\bachat\b|\bachet(?:e|er|ez|ent)\b|\bpai(?:e|ement|ements)\b|\bpay(?:e|es|er|ez|ant)\b|\bregl(?:e|er|ement)\b|\bpanier\b|\bboutique\b|\babonn[a-z]*\b|\bachats?\b/);

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
      // « des photos … publiées sur notre site internet », « Site internet : www.cm2c.net »: a website named
      // for something else is no channel; it is one where the sentence orders, books, buys or pays.
      const m = findAll(clause.body, pattern).find((x) => pattern !== CONCLUDED_ONLINE || orderingOrSelling(clause.body, x.start));
      if (m) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
    }
    const listed = sentencesIn([clause]);
    for (const m of findAll(clause.body, REMOTE_CHANNEL)) {
      const sentence = sentenceAt(clause.body, m.start);
      const text = clause.body.slice(sentence.start, sentence.end);
      if (findFirst(clause.body.slice(m.end, m.end + 40), REGISTERED)) continue;
      if (findFirst(text, NOTICE) && !findFirst(text, ORDER_PLACED)) continue;
      if (findFirst(text, ORDERING)) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
      // « Les réservations se font : » then « - par téléphone »: a list item's channel is the lead-in's way of ordering.
      if (listedUnderOrdering(listed, m.start)) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
    }
  }
  return platformPaidEvidence(clauses);
}

// « Colibri est une plateforme de mise en relation » and « l'expéditeur règle des frais de mise en relation de 3 € »:
// an online platform (C. conso L111-7) that charges the user its own fee sells a service at a distance. Not the EU
// platform for disputes, a logistics platform, nor a telephone one.
const PLATFORM = flexible(/\bplateformes?\b(?! (?:europeenne|de reglement|rll|odr|logistique|telephonique))/);
const DISPUTES_PLATFORM = flexible(/\blitiges?\b|\breglement en ligne\b/);

function platformPaidEvidence<C extends TextClause & { title?: string }>(clauses: readonly C[]): Evidence<C> | undefined {
  if (!paidToSeller(clauses)) return undefined;
  for (const clause of clauses) {
    const m = findAll(clause.body, PLATFORM).find((x) => {
      const sentence = sentenceAt(clause.body, x.start);
      return !findFirst(clause.body.slice(sentence.start, sentence.end), DISPUTES_PLATFORM);
    });
    if (m) return { clause, inTitle: false, start: m.start, end: m.end, text: m.text };
  }
  return undefined;
}

/** The item at `at` is one of a few short lines under a lead-in ending with a colon that orders or books. */
function listedUnderOrdering(listed: readonly Sentence<TextClause>[], at: number): boolean {
  const i = listed.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return false;
  if (listed[i]!.leadIn) return findFirst(listed[i]!.leadIn!.text, ORDERING) !== undefined;
  // List markers may be gone from the text linted: the lead-in is the nearest sentence above ending with a colon.
  for (let j = i - 1; j >= Math.max(0, i - LIST_ITEMS); j--) {
    const text = listed[j]!.text.trim();
    if (text.endsWith(":")) return findFirst(text, ORDERING) !== undefined;
    if (text.length > SHORT_ITEM) return false;
  }
  return false;
}
const LIST_ITEMS = 6;
const SHORT_ITEM = 80;

/** The contract concluded online: a website or an app named in a sentence that orders, books, buys or pays (a title says it alone). */
export function concludedOnline(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some(
    (c) => (c.title !== undefined && findFirst(c.title, CONCLUDED_ONLINE) !== undefined) || findAll(c.body, CONCLUDED_ONLINE).some((m) => orderingOrSelling(c.body, m.start)),
  );
}

// « photographier les chantiers à des fins de communication (site internet, réseaux sociaux, devis) »: a website
// listed with social networks where photos are published is a medium, not where the contract is concluded.
const PUBLICATION_MEDIUM = flexible(/\breseaux sociaux\b/);
const PUBLISHING = flexible(/\bphoto[a-z]*\b|\bpubli(?:e|ee|ees|er|ees|cation|cations)\b|\bfins de communication\b|\bdiffus(?:e|ee|ees|er|ion)\b/);

// « Le vendeur ne pratique pas la vente en ligne », « aucune vente n'est conclue en ligne »: a sentence that denies the
// sale denies the online contract; « pas seulement en boutique » or « ne … que » still sells.
const NEGATED_SALE = flexible(/\bne (?:pratique|vend|vendons|vendent|propose|proposons|proposent|conclut|concluons)(?:nt)? pas\b(?! seulement| uniquement)|\baucune (?:vente|commande)\b/);

const ONLINE_DISPUTE_SETTLEMENT = flexible(/\breglement en ligne des litiges\b|\blitiges en ligne\b|\brll\b|\bodr\b/);

// Round T34c: a showcase website (C. conso. L221-1, 1°: a distance contract is concluded within an organised system of
// distance selling, by distance means only, up to its conclusion). « les prix affichés sur le site sont à titre
// indicatif », « aucun produit visible sur le site n'est assuré d'être disponible à la vente, les informations étant
// purement indicatives »: what the site shows is information, no offer accepted there. « par tout moyen de contact
// disponible sur le site, ou … les rencontrer lors d'événements de vente »: the site gives the way to reach the seller,
// the sale is made elsewhere. Either sentence still forms the contract online when it orders, books or subscribes.
const INDICATIVE = flexible(/\ba titre (?:indicatif|informatif)\b|\b(?:purement|uniquement|seulement) (?:indicati|informati)(?:f|ve|fs|ves)\b|\b(?:sont|est|etant|restent|reste) (?:donnee?s? )?(?:indicati|informati)(?:f|ve|fs|ves)\b/);
const CONTACT_MEANS = flexible(/\b(?:moyens? de contact|coordonnees|formulaire de contact|(?:nous|les|le|la|vous) (?:joindre|contacter|ecrire))\b[^.;]{0,60}$/);

function orderingOrSelling(body: string, at: number): boolean {
  const sentence = sentenceAt(body, at);
  const text = body.slice(sentence.start, sentence.end);
  if ((findFirst(text, INDICATIVE) || findFirst(body.slice(sentence.start, at), CONTACT_MEANS)) && !findFirst(text, ORDERING_ONLINE)) return false;
  if (findFirst(text, PUBLICATION_MEDIUM) && findFirst(text, PUBLISHING)) return false;
  if (findFirst(text, NEGATED_SALE)) return false;
  // « la plateforme de règlement en ligne des litiges »: the EU's platform for disputes settles them online, it sells nothing.
  if (findFirst(text, ONLINE_DISPUTE_SETTLEMENT)) return false;
  // Not « accepter » / « valider » here: « le client accepte que des photos soient publiées » agrees to no sale.
  return findFirst(text, ORDERING_ONLINE) !== undefined || findFirst(text, SELLING) !== undefined;
}

// An exception of L221-28 that covers some goods (made to order, personalised, perishable, unsealed…) does not rule
// the right out for the rest: « Le droit de rétractation ne s'applique pas aux articles personnalisés. Par conséquent,
// aucun retour n'est accepté » stretches it to every item. The cue is the consequence drawn from a partial exception;
// terms that say every item falls under it (« tous nos articles sont réalisés sur mesure ») are not stretching it.
const RULED_OUT = flexible(/\bne s'applique pas\b|\bne (?:peut|pourra) (?:pas )?etre exercee?\b|\bn'est pas applicable\b|\best exclue?\b|\bne beneficie(?:nt)? pas\b|\bne dispose(?:nt)? pas\b/);
const PARTIAL_CATEGORY = flexible(/\b(?:aux|pour les|des|les) (?:produits?|articles?|biens?|commandes?|creations?|bijoux|pieces?)\b[^.;]{0,60}\b(?:personnalise[a-z]*|sur mesure|a la demande|confectionne[a-z]*|perissables?|descelle[a-z]*|graves?)\b/);
const WHOLE_CATALOGUE = flexible(/\b(?:tou(?:s|tes) (?:nos|les) (?:produits|articles|bijoux|biens|pieces|creations)|l'ensemble (?:de nos|des) (?:produits|articles|bijoux|creations)|chaque (?:produit|article|piece|bijou))\b[^.;]{0,60}\b(?:personnalise[a-z]*|sur mesure|a la demande|confectionne[a-z]*|unique)/);
const CONSEQUENCE = flexible(/^(?:par consequent|en consequence|de ce fait|des lors|ainsi|c'est pourquoi)\b/);
const BLANKET_REFUSAL = flexible(/\baucun(?:e)? (?:retour|remboursement|echange|article|produit|commande|bien|retractation)\b|\bni repris\b|\bne (?:sont|seront) (?:ni )?(?:repris|echanges|rembourses)\b/);

/** The words that refuse every return on the strength of an exception that covers only some goods, if the text has them. */
export function stretchedWithdrawalException<C extends TextClause>(clauses: readonly C[]): Words<C> | undefined {
  if (mentions(clauses, WHOLE_CATALOGUE)) return undefined;
  const sentences = sentencesIn(clauses);
  for (let i = 0; i + 1 < sentences.length; i++) {
    const exception = sentences[i]!;
    if (!findFirst(exception.text, WITHDRAWAL) || !findFirst(exception.text, RULED_OUT) || !findFirst(exception.text, PARTIAL_CATEGORY)) continue;
    const next = sentences[i + 1]!;
    if (next.clause !== exception.clause || !findFirst(next.text.trim(), CONSEQUENCE)) continue;
    const refusal = findFirst(next.text, BLANKET_REFUSAL);
    if (refusal) return wordsAt(next, refusal);
  }
  return undefined;
}

// « Une fois la commande validée, aucune rétractation n'est possible »: the right ruled out in words, while nothing
// in the text gives the 14 days or one of the reasons of L221-28 (or its former number L121-21-8).
// Digital content is a reason only with the consumer's prior express consent and waiver (L221-28 13°), read as « renonc »:
// « contenus numériques » alone is no reason (round T17).
// « aucun remboursement ni droit de rétractation », « aucun échange ou droit de rétractation »: the same, after another refusal.
const NO_WITHDRAWAL = flexible(/\baucune? (?:\w+ (?:ni|ou) )?(?:droit de )?retractation\b|\bpas de (?:droit de )?retractation\b|\bne (?:peut|pourra|peuvent) pas se retracter\b|\bne peut (?:plus )?(?:etre )?(?:exercer|exerce)\b/);
const LEGAL_REASON = flexible(
  /\bl\.? ?221-28\b|\bl\.? ?121-21-8\b|\bpersonnalis|\bsur mesure\b|\ba la demande\b|\bconfectionn|\bperissab|\bdescell|\bhygiene\b|\bdate (?:ou (?:a )?une periode )?determinee\b|\b(?:pleinement|integralement|entierement|totalement) execut|\bexecution (?:complete|integrale|totale)\b|\bbillets?\b|\bspectacles?\b|\bevenements?\b|\bconcerts?\b|\benregistrements? (?:audio|video)\b|\bjournaux\b|\bloisirs\b|\bhebergement\b|\brestauration\b|\burgence\b|\bfluctu|\bexecution (?:a )?commence\b|\brenonc/,
);
const PROFESSIONAL_CLIENT = /(?<!non[\s-])\bprofessionnels?\b/;

/** The words ruling the right out without a reason the law allows, when the text gives neither the 14 days nor a reason. */
export function withdrawalRuledOutWithoutReason<C extends TextClause>(clauses: readonly C[]): Words<C> | undefined {
  const about = clauses.filter((c) => findFirst(c.body, WITHDRAWAL));
  if (about.some((c) => findFirst(c.body, LEGAL_REASON) || findFirst(c.body, RETURN_PERIOD)) || statesWithdrawalInOtherWords(clauses)) return undefined;
  for (const s of sentencesIn(about)) {
    if (!findFirst(s.text, WITHDRAWAL) || findFirst(s.text, PROFESSIONAL_CLIENT)) continue;
    const m = findFirst(s.text, NO_WITHDRAWAL) ?? findFirst(s.text, RULED_OUT);
    if (m) return { clause: s.clause, start: s.start, end: s.end, text: s.text };
  }
  return undefined;
}
