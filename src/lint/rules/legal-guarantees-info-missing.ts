import type { LintClause, Rule } from "../types.js";
import { TITLE_FOR_ABSENCE } from "../documents/prose-locate.js";
import { sentenceAt } from "../scan/sentences.js";
import { findAll, findFirst, flexible } from "../scan/text.js";
import { CONFORMITY_GUARANTEE, GOODS, HIDDEN_DEFECTS_GUARANTEE, LEGAL_GUARANTEES_IN_ANNEX, MADE_GOODS_SOLD, firstIn, goodsGuaranteeDenied } from "../scan/consumer.js";
import { onlyPutsInTouch, rentsWithoutSelling, sellsNothing } from "../scan/offer.js";

// The general terms of a consumer sale must state the legal guarantees the seller owes: the legal
// guarantee of conformity (C. conso L217-3 and following) and the guarantee against hidden defects
// (C. civ. 1641 to 1649), how to use them and what they cover (C. conso L211-2, 2°; before 2022 in
// the same article, "garantie relative aux défauts de la chose vendue"). The rule checks goods sales
// only: whether a service is a "service numérique" under L224-25-1 is not read from the words.

const rule: Rule = {
  meta: {
    id: "legal-guarantees-info-missing",
    description: {
      fr: "Des conditions de vente de biens à des consommateurs ne mentionnent pas la garantie légale de conformité ou la garantie des vices cachés.",
      en: "Terms for selling goods to consumers do not mention the legal guarantee of conformity or the guarantee against hidden defects.",
    },
    severity: "error",
    category: "consumer",
    legalBasis: ["fr.cconso.L211-2", "fr.cconso.L217-3", "fr.cciv.1641"],
    appliesFrom: "2016-07-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      missingBoth: {
        fr: "ces conditions de vente de biens à des consommateurs ne disent rien des garanties légales : elles doivent mentionner l'existence, la mise en œuvre et le contenu de la garantie légale de conformité et de la garantie des vices cachés dues par le vendeur ; ajoutez une clause « Garanties légales » (avec l'encadré du modèle réglementaire).",
        en: "these terms for selling goods to consumers say nothing of the legal guarantees: they must state the existence, use and content of the legal guarantee of conformity and of the guarantee against hidden defects owed by the seller; add a \"Garanties légales\" clause (with the regulatory model box).",
      },
      missingConformity: {
        fr: "la garantie des vices cachés est mentionnée, mais pas la garantie légale de conformité : les conditions doivent aussi en indiquer l'existence, la durée et la mise en œuvre.",
        en: "the guarantee against hidden defects is mentioned, but not the legal guarantee of conformity: the terms must also state its existence, duration and how to use it.",
        basis: ["fr.cconso.L211-2", "fr.cconso.L217-3"],
      },
      missingHiddenDefects: {
        fr: "la garantie légale de conformité est mentionnée, mais pas la garantie des vices cachés : les conditions doivent aussi indiquer que le vendeur en répond.",
        en: "the legal guarantee of conformity is mentioned, but not the guarantee against hidden defects: the terms must also state that the seller owes it.",
        basis: ["fr.cconso.L211-2", "fr.cciv.1641"],
      },
    },
  },
  check({ doc, report }) {
    const goods = goodsSold(doc.clauses);
    if (!goods) return;
    // The guarantees are the seller's for goods it sells (L217-3): parcels carried between users of a platform that
    // only puts them in touch, or goods of terms that sell nothing, are not; nor goods rented out and sent back
    // (round T28: a lessor owes the delivery of the thing in good order, C. civ. 1719-1721, not the sale's guarantees).
    if (doc.mode === "prose" && (sellsNothing(doc.clauses) || onlyPutsInTouch(doc.clauses) || rentsWithoutSelling(doc.clauses))) return;
    const conformity = firstIn(doc.clauses, CONFORMITY_GUARANTEE);
    const hiddenDefects = firstIn(doc.clauses, HIDDEN_DEFECTS_GUARANTEE);
    if (conformity && hiddenDefects) return;
    // The legal texts annexed to the terms are part of them, but not in the words linted: undecided, not absent.
    if (firstIn(doc.clauses, LEGAL_GUARANTEES_IN_ANNEX)) return;
    const messageId = conformity ? "missingHiddenDefects" : hiddenDefects ? "missingConformity" : "missingBoth";
    // One guarantee named: where it is (the text the finding is about). None: the clause about guarantees,
    // returns or complaints, where the information belongs; failing one, the document's title (issue #11,
    // deliverable 6: an absent mention is not about the words that happen to show goods are sold).
    const named = conformity ?? hiddenDefects;
    // With no clause titled for the guarantees, a clause where the seller denies a guarantee of its goods (round T34c).
    const prose = () => {
      const home = doc.locateFact(["consumer", "legalGuarantees"]);
      const denied = TITLE_FOR_ABSENCE.has(home) ? goodsGuaranteeDenied(doc.clauses) : undefined;
      if (!denied) return home;
      // The clause's heading, or the sentence itself when the clause is the document's title (no heading of its own).
      const heading = denied.clause.titleRange;
      return heading.line !== home.line ? heading : denied.clause.locate(denied.start, denied.end);
    };
    const absent = doc.mode === "prose" ? prose() : (doc.clauseOfFact?.(["consumer", "legalGuarantees"]) ?? goods.clause.locate(goods.start, goods.end));
    const range = named ? named.clause.locate(named.start, named.end) : absent;
    report({ messageId, range });
  },
};

// « un traitement ayant pour finalité la vente et la livraison des produits et services »: the purposes of a data
// processing describe the processing in stock words, not what this seller sells.
const DATA_PROCESSING = flexible(/\bdonnees\b|\btraitements?\b|\bfinalites?\b|\brgpd\b/);

// « grèves des transporteurs », « retards d'expédition des fournisseurs »: events listed as force majeure are what may
// stop the work, in any trade's stock list; they show nothing sold to the client.
const FORCE_MAJEURE = flexible(/\bforce majeure\b|\bcas fortuits?\b/);
// « les fournitures non encore incorporées au bâti », « les matériaux mis en œuvre restent la propriété de l'entreprise
// jusqu'au paiement des travaux »: title kept on what a works contract uses is security for the works, the goods are the
// means of a service, not a sale of goods to the consumer (C. conso L217-1 covers goods sold, not works).
const RETENTION_OF_TITLE = flexible(/\breserve de propriete\b|\b(?:reste|restent|demeure|demeurent) (?:la )?propriete\b/);
const WORKS_MEANS = flexible(/\btravaux\b|\bchantiers?\b|\bmateriaux\b|\bfournitures\b|\bincorpore(?:e|es|s)?\b|\bmaitre (?:de l'|d')ouvrage\b|\bpose(?:e|es|s)?\b|\binstalle(?:e|es|s)?\b|\bmis(?:es)? en (?:oe|œ)uvre\b|\binstallation\b/);
const WORKS_WINDOW = 400;
// « le transporteur aérien contractuel », « les passagers sont acheminés en autocar », « convention de Montréal »: a
// carrier of people (a package, a trip, an excursion) is how a service is performed, not goods sent to a buyer.
const CARRIER = flexible(/\btransporteurs?\b/);
const CARRYING_PEOPLE = flexible(
  /\b(?:passagers?|voyageurs?|embarquement|aeriens?|aerienne|ferroviaires?|autocars?|compagnies? aeriennes?|vols? (?:reguliers?|charters?|internationaux)|code du tourisme|conventions? de (?:varsovie|montreal)|troncons?|excursions?|eleves|participants?)\b/,
);
const PEOPLE_WINDOW = 200;
// « les taxes associées aux produits vendus sur le site du client », « les marchandises qu'il vend sur sa boutique »:
// a web agency's or a provider's terms speak of the goods its client sells to its own customers; the seller sells none.
// Within a few sentences: « les achats faits à partir du site client. Le client … les frais associés aux produits vendus ».
const CLIENT_SELLS = flexible(/\b(?:site|boutique|magasin)s? (?:internet |en ligne |web )?(?:du |de son |de votre )?client\b|\ble client (?:vend|commercialise)\b|\ble client\b[^.;]{0,80}\bqu'il (?:vend|commercialise)\b|\bses propres clients\b|\ba partir du site client\b/);

// Digital content is no goods (C. conso. L217-3 covers goods; digital content has its own regime, L224-25-12 ff.): terms
// whose offer is delivered by download or online, with nothing shipped anywhere in them, call their files « produits
// commandés » too (round T17). A parcel, a carrier or a shipment anywhere keeps the goods.
const DIGITAL_OFFER = flexible(/\btelecharg\w*|\b(?:livres?|fichiers?|contenus?|oeuvres?|ouvrages?|supports?|editions?) numeriques?\b|\be-?books?\b|\bstreaming\b|\blogiciels?\b|\b(?:videos?|cours|formations?|contenus?)\b[^.;]{0,40}\baccessibles? en ligne\b/);
const SHIPPED = flexible(/\bcolis\b|\bfrais de port\b|\btransporteurs?\b|\bexpedi(?:tion|e|ee|es|ees|ons)\b|\bmarchandises?\b|\bsupports? (?:materiels?|physiques?)\b|\bla poste\b/);
// Round T34c: « le contenu numérique présent sur ce site … constitue la propriété exclusive de … »: the website's own
// content, named to protect it by copyright, is what the publisher owns, not what it sells; it shows no digital offer.
// A sentence that sells or buys it (« les e-books achetés sont protégés par le droit d'auteur ») is an offer all the same.
const SITE_CONTENT_OWNED = flexible(/\bpropriete (?:exclusive|intellectuelle)\b|\bdroits? d'auteur\b|\bcopyright\b|\bcontrefacon\b/);
const SOLD_OR_BOUGHT = flexible(/\bvend(?:s|u|ue|ues|us|ons|ez|ent|re)?\b|\bachet\w*|\bachats?\b|\bcommand\w*|\bprix\b|\babonn\w*|\bacqui\w*/);
// « un virus susceptible d'affecter votre matériel informatique, vos logiciels ou vos données », « un logiciel
// malveillant »: software named in a disclaimer about the website's security (the user's own, or malware) is what may be
// harmed, not what the terms sell; so is software the user is told is his (« vos logiciels »).
const USERS_OWN = flexible(/\b(?:vos|votre|leurs?|tes)\s*$/);
const SECURITY = flexible(/\bvirus\b|\bmalveillants?\b|\bpiratages?\b|\bintrusions?\b|\bcontamination\b|\bfailles? de securite\b|\bmateriel informatique\b/);
function digitalOfferIn(body: string): boolean {
  return findAll(body, DIGITAL_OFFER).some((m) => {
    if (findFirst(body.slice(Math.max(0, m.start - 12), m.start), USERS_OWN)) return false;
    const sentence = sentenceAt(body, m.start);
    const text = body.slice(sentence.start, sentence.end);
    if (findFirst(text, SECURITY) && !findFirst(text, SOLD_OR_BOUGHT)) return false;
    return !findFirst(text, SITE_CONTENT_OWNED) || findFirst(text, SOLD_OR_BOUGHT) !== undefined;
  });
}
function onlyDigitalContent(clauses: readonly LintClause[]): boolean {
  // Prints or albums sold besides the files (round T35c) are goods all the same.
  return clauses.some((c) => digitalOfferIn(c.body)) && !clauses.some((c) => findFirst(c.body, SHIPPED) || findFirst(c.body, MADE_GOODS_SOLD) || (c.title !== undefined && findFirst(c.title, SHIPPED)));
}

/** The first words showing goods sold, outside a sentence about personal data, a force-majeure list, title kept on a works' supplies, a carrier of people or the client's own sales. */
function goodsSold<C extends LintClause>(clauses: readonly C[]): { clause: C; start: number; end: number } | undefined {
  if (onlyDigitalContent(clauses)) return undefined;
  for (const clause of clauses) {
    const forceMajeureClause = clause.title !== undefined && findFirst(clause.title, FORCE_MAJEURE) !== undefined;
    const m = [...findAll(clause.body, GOODS), ...findAll(clause.body, MADE_GOODS_SOLD)].find((x) => {
      const sentence = sentenceAt(clause.body, x.start);
      const text = clause.body.slice(sentence.start, sentence.end);
      if (forceMajeureClause || findFirst(text, FORCE_MAJEURE)) return false;
      if (findFirst(x.text, RETENTION_OF_TITLE) && findFirst(clause.body.slice(Math.max(0, x.start - WORKS_WINDOW), x.end + WORKS_WINDOW), WORKS_MEANS)) return false;
      if (findFirst(x.text, CARRIER) && findFirst(clause.body.slice(Math.max(0, x.start - PEOPLE_WINDOW), x.end + PEOPLE_WINDOW), CARRYING_PEOPLE)) return false;
      if (findFirst(clause.body.slice(Math.max(0, x.start - PEOPLE_WINDOW), x.end + PEOPLE_WINDOW), CLIENT_SELLS)) return false;
      return !findFirst(text, DATA_PROCESSING);
    });
    if (m) return { clause, start: m.start, end: m.end };
  }
  return undefined;
}

export default rule;
