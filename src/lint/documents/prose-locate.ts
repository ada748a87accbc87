// Where a prose document's findings about facts land. A prose text has no fact keys: a finding about
// the seller points at the line that names it; a finding about something absent points at the clause
// where the mention belongs, or at the document's title when no clause fits. One table for every rule.
import type { SourceRange } from "../../model/diagnostics.js";
import type { JsonPath } from "../../model/positions.js";
import { sellerNameLine } from "../scan/identity.js";
import { rentsWithoutSelling } from "../scan/offer.js";
import { LATE_TITLE, PAYMENT_TITLE } from "../scan/payment-facts.js";
import { findFirst, fold } from "../scan/text.js";
import type { LintClause } from "../types.js";
import { readsAsSentence } from "./clause.js";

const IDENTITY_TITLE = /\b(?:identi[a-z]*|mentions legales|editeur|vendeur|prestataire|parties|presentation|preambule|objet)\b/;
// Payment terms before prices: « Conditions de paiement » is where a rate or a discount belongs, « Prix » only failing that;
// and « Paiement » before « Facturation »: the discount and the penalties are conditions of payment (C. com. L441-1).
// « Règlement des litiges », « Plateforme européenne de règlement en ligne des litiges », « règlement amiable »,
// « Règlement (UE) »: not a payment (a few words may stand between « règlement » and « des litiges »).
const NOT_PAYING = String.raw`(?!s?(?: [a-z'-]+){0,3} (?:des?|du|d'un) (?:litiges?|differends?|conflits?)|s? (?:amiable|interieur|general|europeen)|s? \(?(?:ue|ce)\b)`;
const PAYMENT_ONLY_TITLE = new RegExp(`paiement|reglement${NOT_PAYING}|facturation|conditions financieres`);
const PAYING_TITLE = new RegExp(`paiement|reglement${NOT_PAYING}`);
// « Retard de paiement », « Moyens de paiement », « Sécurisation du paiement »: about lateness, the means or their
// safety, not the terms of payment (when it is due, how early it may be paid) where the escompte is written.
// « Sécurité des paiements », « Protection des données de paiement » (round T23): the card data's safety too; with
// no other sub-clause about the terms, the article grouping prices and payment is their home.
const PAYMENT_MEANS_TITLE = /\b(?:moyens?|modes?) de (?:paiement|reglement)|securi[st]|\bdonnees\b/;
const NOT_PAYMENT_TERMS_TITLE = new RegExp(`${LATE_TITLE.source}|${PAYMENT_MEANS_TITLE.source}`);
const PRICE_TITLE = /\b(?:prix|tarifs?)\b/;
// « Modalités de la commission », « Honoraires », « Rémunération du prestataire », « Redevance » (round T35b): the price of
// the seller's own service under another name (a platform's commission on its providers' sales, a lawyer's fees); the
// clause that says what it is and when it is due is where its conditions of payment belong, after a payment or prices
// clause and before a stray line that says « paiement » in passing (« éluder le paiement de la commission »).
const FEE_TITLE = /\b(?:commissions?|remunerations?|honoraires|redevances?)\b/;
// « sur toute somme restant à recouvrer … outre les frais judiciaires »: where recovery costs are written.
const RECOVERY_TITLE = /\b(?:recouvrement|recouvrer|frais judiciaires)\b/;
const WITHDRAWAL_TITLE = /\b(?:retractation|renonciation)\b/;
// « Retour du produit », « Retours et échanges »: where a consumer reads how to give a purchase back; a returns
// clause that never says « rétractation » is where the withdrawal information is missing (round T6).
// Not « Annulation, retour anticipé » (a pet sitter's client coming home early): the service's cancellation.
const RETURN_TITLE = /^(?!.*\b(?:anticipe|annulation)\b).*\b(?:retours?|echanges?)\b/;
// « Seuls les articles défectueux peuvent être retournés »: returns for defects are the guarantees, not a change of mind.
const DEFECTS = /\b(?:defectueu(?:x|se|ses)|non conformes?|vices?|endommage(?:s|e|es)?|casse(?:s|e|es)?)\b/;
// Where a consumer contract is concluded: the withdrawal information belongs there when no clause is about it.
const ORDER_TITLE = /\b(?:commandes?|devis|rendez-vous|reservations?|souscriptions?|achats?)\b/;
// « Condition d'annulation de réservation », « Modification et annulation de commande »: the booking undone, not the
// booking made; the clause that forms the contract is where the consumer is told of the right before contracting
// (L221-5), the cancellation clause only when no other clause has the title.
const CANCELLATION_TITLE = /\bannul[a-z]*\b/;
// « 5.1 Inscription » under « Création d'un compte » registers a user, it orders nothing: an enrolment is where a
// course is bought only when no clause is about orders or bookings.
const ENROLMENT_TITLE = /\binscriptions?\b/;
// « Frais de mise en relation », « Frais de service »: a platform's fee is the price of its own service, and the clause
// that charges it is where that contract is formed when no clause is about orders. Not « Tarifs » or « Prix » alone:
// a price list forms no contract, and terms with neither an order nor a fee clause are reported at their title.
const PRICE_PAID_TITLE = /\bfrais de (?:mise en relation|services?|dossier|reservation|gestion)\b/;
// « Réclamations » is customer service (a late parcel), not where disputes are settled.
// « Tribunal compétent », « Tribunaux compétents »: the courts' heading is the disputes clause too.
const DISPUTE_TITLE = /\b(?:litiges?|mediat[a-z]*|differends?|contestations?|juridictions?|competence|attribution|tribunal|tribunaux)\b/;
// The consumer mediator settles the consumer's disputes with the professional, written with the courts that would
// otherwise hear them (« Droit applicable et juridiction »), before a « Litiges » heading that may be about something
// else: disputes between users of a platform, a contested balance under a wallet clause.
const COURTS_TITLE = /\b(?:juridictions?|competence|attribution|tribunal|tribunaux)\b/;
// « Article 13 – Règlement des litiges » grouping the law, the amicable settlement and the courts: the article itself.
const DISPUTES_ARTICLE_TITLE = /\breglement des (?:litiges|differends)\b|\b(?:droit|loi) applicable\b.*\blitiges\b|\blitiges\b.*\b(?:droit|loi) applicable\b/;
const USERS_DISPUTES_TITLE = /\bentre (?:utilisateurs|membres|particuliers|joueurs|voyageurs|hotes|usagers)\b/;
// The law chosen is written with the disputes and the courts, not with mediation: « Litiges », « Juridiction ».
const LAW_DISPUTE_TITLE = /\b(?:litiges?|differends?|contestations?|juridictions?|competence|attribution|tribunal|tribunaux)\b/;
// « Réclamations »: how to complain, the last step before a dispute (round T24); not « Service client », which answers questions.
const RECLAMATION_TITLE = /\breclamations?\b/;
const COMPLAINT_TITLE = /\b(?:reclamations?|service (?:client|apres-vente)|sav)\b/;
// « Dépôt de garantie » is a security deposit, not a guarantee the seller owes.
const GUARANTEE_TITLE = /(?<!\bdepots? de )\b(?:garanties?|conformite|vices?|defauts?)\b/;
// « 9.1 Garantie commerciale » under « Article 9 – Garanties »: the seller's own promise, not the legal guarantees.
const COMMERCIAL_GUARANTEE_TITLE = /\b(?:commerciales?|contractuelles?|conventionnelles?|constructeur|fabricant)\b/;
// « Colis endommagé – refus de la livraison », « Produits défectueux »: with no guarantees clause, the clause about the
// goods' defects or damage is where the buyer reads what to do when a product is not as it should be, the home of the
// legal guarantees' information before a returns or a complaints clause (writing rules: where the mention belongs).
const DEFECTS_TITLE = /\b(?:defectueu(?:x|se|ses)|endommage(?:s|e|es)?|abime(?:s|e|es)?|deteriore(?:s|e|es)?|casse(?:s|e|es)?|avaries?|non[ -]conformes?|anomalies?)\b/;
// A returns clause about withdrawal (« Délai de rétractation : échange ou retour ») is not where the legal
// guarantees belong: pointing there would mix the two rights up, which the information is meant to keep apart.
const RETURN_NOT_WITHDRAWAL_TITLE = /^(?!.*\b(?:retractation|renonciation)\b).*\b(?:retours?|echanges?|remboursements?)\b/;
// Not any « droit »: « Droit de rétractation », « Droits d'auteur » are other clauses; the law is named in « Droit applicable », « Loi applicable ».
const LAW_TITLE = /\b(?:droits?|lois?) applicables?\b|\bloi (?:francaise|belge|luxembourgeoise|suisse)\b|\bdroit (?:francais|belge|luxembourgeois|suisse)\b/;
// Failing a clause title, the first line of a clause that speaks of the subject (numbered paragraphs, « En cas de litige… »).
const DISPUTE_WORDS = /\b(?:litiges?|differends?|contestations?)\b/;
const LATE_WORDS = /\b(?:retards? de paiement|penalites? de retard|somme non payee|impayes?)\b/;
const RECOVERY_WORDS = /\b(?:frais (?:de recouvrement|judiciaires)|recouvrer)\b/;
// « règlement » of payment, not the EU regulation (« règlement (UE) 2016/679 »), nor a settlement of disputes.
const PAYMENT_WORDS = /\b(?:payables?|paiements?|reglements?(?! \(?ue\)?| general| europeen| des litiges| amiable| interieur| n°| \(?ce\)?))\b/;

/** The clause titles where each fact is written, best first, by the fact path's leading keys; then the words of a body line, best first. */
// `wordsFirst`: the titles after which a line of the clause found by the remaining titles that says the words comes
// before its heading: penalties named without their rate (« des pénalités de retard seront appliquées ») are
// reported at that mention, not at the heading of the payment clause that holds it (issue #11, deliverable 6).
// `avoid`: titles that match but are about something else, taken only when no other clause has the title: the
// conditions of payment (the escompte) are not written in « Retard de paiement », though its title says « paiement ».
// `after`: titles taken only when no title above fits and no line says the words.
const CLAUSE_OF_FACT: Array<{ path: string[]; titles: RegExp[]; avoid?: RegExp; words?: RegExp | RegExp[]; wordsFirst?: number; after?: RegExp[] }> = [
  { path: ["latePayment", "recoveryIndemnity"], titles: [RECOVERY_TITLE, LATE_TITLE, PAYING_TITLE, PAYMENT_ONLY_TITLE, PRICE_TITLE, FEE_TITLE], avoid: PAYMENT_MEANS_TITLE, words: [RECOVERY_WORDS, LATE_WORDS], wordsFirst: 2 },
  { path: ["latePayment"], titles: [LATE_TITLE, PAYING_TITLE, PAYMENT_ONLY_TITLE, PRICE_TITLE, FEE_TITLE], avoid: PAYMENT_MEANS_TITLE, words: LATE_WORDS, wordsFirst: 1 },
  { path: ["payment"], titles: [PAYING_TITLE, PAYMENT_ONLY_TITLE, PRICE_TITLE, FEE_TITLE], avoid: NOT_PAYMENT_TERMS_TITLE, words: PAYMENT_WORDS },
  { path: ["prices"], titles: [PRICE_TITLE, PAYMENT_ONLY_TITLE] },
  { path: ["consumer", "withdrawal"], titles: [WITHDRAWAL_TITLE, RETURN_TITLE, ORDER_TITLE, ENROLMENT_TITLE, PRICE_PAID_TITLE], avoid: CANCELLATION_TITLE },
  // No disputes nor courts clause: the governing-law clause is where the terms speak of their disputes' frame, the home
  // the writing rules give the mediator with the law and the courts (« 12. Droit applicable »), before a stray line.
  // `after` « Réclamations »: with no disputes, courts nor law clause and no line about a dispute, where the terms say how
  // to complain is where the way to a mediator is missing (round T24). Not « Service client »: a clause that answers
  // questions is no step of a dispute; the labellers put those absences at the title.
  { path: ["mediator"], titles: [/\bmediat[a-z]*\b/, DISPUTES_ARTICLE_TITLE, COURTS_TITLE, DISPUTE_TITLE, LAW_TITLE], avoid: USERS_DISPUTES_TITLE, words: DISPUTE_WORDS, after: [RECLAMATION_TITLE] },
  { path: ["consumer", "legalGuarantees"], titles: [GUARANTEE_TITLE, DEFECTS_TITLE, RETURN_NOT_WITHDRAWAL_TITLE, COMPLAINT_TITLE], avoid: COMMERCIAL_GUARANTEE_TITLE },
  { path: ["governingLaw"], titles: [LAW_TITLE, LAW_DISPUTE_TITLE], words: DISPUTE_WORDS, after: [RECLAMATION_TITLE] },
  { path: ["jurisdiction"], titles: [DISPUTE_TITLE, LAW_TITLE], words: DISPUTE_WORDS, after: [RECLAMATION_TITLE] },
];

// A part of the terms titled for one kind of client (« 2. Conditions de vente pour Particulier », « Ventes aux
// particuliers », « 3. Annonceurs », « Professionnels ») is the home of that kind's findings: the consumer's rights are
// told in the consumers' part, the B2B payment mentions in the professionals' part (round T17). A title naming both
// kinds is no such part. Advertisers buy space for their business: they are professionals.
const CONSUMER_PART_TITLE = /\b(?:particuliers?|consommateurs?|non[- ]professionnels?)\b/;
const PRO_PART_TITLE = /(?<!\bnon[- ])\b(?:professionnels?|annonceurs?|entreprises?|revendeurs?)\b/;
const CONSUMER_FACTS = new Set(["consumer", "mediator"]);
const PRO_FACTS = new Set(["payment", "latePayment"]);

/** The clauses of the part titled for the fact's kind of client (its heading and the clauses numbered under it), or undefined. */
function partOfFact(clauses: LintClause[], path: JsonPath): LintClause[] | undefined {
  const key = String(path[0]);
  const [own, other] = CONSUMER_FACTS.has(key) ? [CONSUMER_PART_TITLE, PRO_PART_TITLE] : PRO_FACTS.has(key) ? [PRO_PART_TITLE, CONSUMER_PART_TITLE] : [];
  if (!own || !other) return undefined;
  const heading = clauses.find((c) => c.title && c.number && findFirst(c.title, own) && !findFirst(c.title, other));
  const number = heading?.number?.replace(/[.)]+$/, "");
  if (!heading || !number) return undefined;
  const under = clauses.filter((c) => c.number?.startsWith(`${number}.`));
  return under.length > 0 ? [heading, ...under] : undefined;
}

/**
 * The ranges handed out because no clause fits an absent mention: the document's title. The engine adds
 * to those findings that they are at the title for want of a clause (issue #11, deliverable 6).
 */
export const TITLE_FOR_ABSENCE = new WeakSet<SourceRange>();

export interface ProseLocators {
  locateFact(path: JsonPath): SourceRange;
  /** The clause titled for the fact, or undefined: a rule with a better fallback than the title uses it. */
  clauseOfFact(path: JsonPath): SourceRange | undefined;
  locateSellerFact(path: JsonPath): SourceRange;
}

/** Locators for a prose document's clauses; `empty` is the range used when the document has no clause. */
export function proseLocators(clauses: LintClause[], empty: SourceRange): ProseLocators {
  const listed = listItems(clauses);
  const documentTitleLine = titleRange(clauses)?.line;
  // A copy per finding: the clause's own title range, given for what it says, is not marked.
  const title = () => {
    const range = { ...(titleRange(clauses) ?? empty) };
    TITLE_FOR_ABSENCE.add(range);
    return range;
  };
  const clauseWithTitle = (titles: RegExp[], avoid?: RegExp, pool: LintClause[] = clauses) => {
    // « 9. Retour du produit » in a contents list of numbered lines reads as a heading with nothing under it:
    // a clause says something, or groups numbered sub-clauses that do.
    // « Contrat de mise en relation et commission » over the whole text: the document's title names the contract and
    // its price, it is no clause about the fee's payment.
    const titled = (t: RegExp) => (c: LintClause) =>
      Boolean(c.title && findFirst(c.title, t)) && !contentsLine(clauses, c) && !(t === RETURN_TITLE && findFirst(c.body, DEFECTS)) && !(t === FEE_TITLE && c.titleRange.line === documentTitleLine);
    const fitting = (t: RegExp) => (c: LintClause) => titled(t)(c) && !(avoid && findFirst(c.title, avoid));
    // Headings before titles that read as sentences (a bold line « **Les présentes déterminent les modalités de
    // réservation.** » before « 3. Modalités de réservation »): the sentence only says the word in passing.
    // And before the items of a numbered list read as clauses (« 5. Confirmer la commande et procéder au paiement »
    // among the steps of ordering): a step says the word in passing, the article about the subject is its home.
    for (const headings of [pool.filter((c) => !readsAsSentence(c.title) && !listed.has(c)), pool]) {
      for (const t of titles) {
        // A sibling article about the subject itself before one that only says the word (« Retard de paiement »
        // before « Modalités de paiement », « Garantie commerciale » before « Garanties légales »).
        const clause = headings.find(fitting(t)) ?? headings.find(titled(t));
        if (clause) return subClauseTitled(clauses, clause, fitting(t)) ?? clause;
      }
    }
    return undefined;
  };
  const clauseTitled = (titles: RegExp[], avoid?: RegExp, pool: LintClause[] = clauses) => clauseWithTitle(titles, avoid, pool)?.titleRange;
  // Where an absent fact belongs among `pool`'s clauses, or undefined.
  const locateIn = (entry: (typeof CLAUSE_OF_FACT)[number] | undefined, pool: LintClause[]): SourceRange | undefined => {
    if (!entry) return undefined;
    const saying = () => [entry.words ?? []].flat().reduce<SourceRange | undefined>((found, words) => found ?? lineSaying(pool, words), undefined);
    if (entry.wordsFirst !== undefined) {
      const later = clauseWithTitle(entry.titles.slice(entry.wordsFirst), entry.avoid, pool);
      const mention = later && [entry.words ?? []].flat().reduce<SourceRange | undefined>((found, words) => found ?? lineSaying([later], words), undefined);
      return clauseTitled(entry.titles.slice(0, entry.wordsFirst), entry.avoid, pool) ?? mention ?? later?.titleRange ?? saying();
    }
    return clauseTitled(entry.titles, entry.avoid, pool) ?? saying() ?? (entry.after && clauseTitled(entry.after, entry.avoid, pool));
  };
  let seller: SourceRange | undefined | null = null;
  const sellerRange = () => {
    if (seller === null) seller = sellerNameRange(clauses) ?? clauseTitled([IDENTITY_TITLE]);
    return seller ?? title();
  };
  return {
    clauseOfFact(path) {
      const entry = CLAUSE_OF_FACT.find((e) => e.path.every((key, i) => path[i] === key));
      const part = partOfFact(clauses, path);
      return entry && ((part && clauseTitled(entry.titles, entry.avoid, part)) ?? clauseTitled(entry.titles, entry.avoid));
    },
    locateFact(path) {
      if (SELLER_FACTS.has(String(path[0]))) return sellerRange();
      const entry = CLAUSE_OF_FACT.find((e) => e.path.every((key, i) => path[i] === key));
      const part = partOfFact(clauses, path);
      return refineAbsence(clauses, path, (part && locateIn(entry, part)) ?? locateIn(entry, clauses) ?? title());
    },
    locateSellerFact(path) {
      // The seller's mediator belongs to the disputes clause, the rest to the seller's name.
      return path[0] === "mediator" ? this.locateFact(path) : sellerRange();
    },
  };
}

// Second readings of where an absent mention belongs, once the table above has found a clause: the clause found may be
// about something else than its title's word says (rounds T12, T18).
// « Retard de livraison », « Retard d'exécution »: lateness of the seller's own performance, not of the payment.
const OTHER_LATENESS_TITLE = /\bretards?\b/;
const LATE_PAYMENT_TITLE = /\bretards? (?:de |du )?(?:paiement|reglement)|\bimpayes?\b|\bpenalites?\b|\bdefaut de (?:paiement|reglement)\b/;
const PAYMENT_WORD_TITLE = /\b(?:paiement|reglement|facturation|conditions financieres)\b/;
// « ne paie pas », « défaut de paiement », « non-paiement »: the client's failure to pay, as an event. Not « impayés »
// alone: « le montant des abonnements impayés » prices a breach of licence, it says nothing of paying late.
const NON_PAYMENT_WORDS = /\bne (?:paie|paye|regle|s'acquitte) pas\b|\b(?:defaut|absence) de (?:paiement|reglement)\b|\bnon[- ]paiement\b|\bretards? de paiement\b/;
// The escompte is one of the conditions of règlement (C. com. L441-1, L441-9): a clause titled as the payment terms
// (« conditions », « modalités » or « termes » of payment) is where it is missing, before a bare « Paiement ».
const PAYMENT_TERMS_TITLE = /(?<![\p{L}])(?:conditions?|modalites?|termes?|delais?)\s+(?:de\s+|du\s+)?(?:paiement|reglement)s?(?![\p{L}])/u;
const PRICES_GROUPING_TITLE = /(?<![\p{L}])(?:prix|tarifs?|facturation)(?![\p{L}])/u;
const MEDIATION_TITLE = /\bmediat[a-z]*\b/;

/** The range of an absent mention once second readings are applied to the clause the table found (`range`). */
function refineAbsence(clauses: LintClause[], path: JsonPath, range: SourceRange): SourceRange {
  const at = clauses.find((c) => c.titleRange.line === range.line);
  if (!at) return range;
  if (path[0] === "latePayment") {
    // Late-payment mentions belong to a clause about the payment's lateness, else to the payment terms (writing rules).
    if (findFirst(at.title, OTHER_LATENESS_TITLE) && !findFirst(at.title, LATE_PAYMENT_TITLE)) {
      const home =
        clauses.find((c) => findFirst(c.title, LATE_PAYMENT_TITLE)) ?? clauses.find((c) => c !== at && findFirst(c.title, PAYMENT_TITLE) && !findFirst(c.title, OTHER_LATENESS_TITLE));
      return home?.titleRange ?? range;
    }
    // No payment clause, only prices: a clause that says what follows a failure to pay (« Suspension et résiliation …
    // si le client ne paie pas ») is where a reader looks for the consequences of paying late; a price list only says
    // what is owed.
    if (findFirst(at.title, PRICE_TITLE) && !findFirst(at.title, PAYMENT_WORD_TITLE)) {
      return clauses.find((c) => c !== at && findFirst(c.body, NON_PAYMENT_WORDS))?.titleRange ?? range;
    }
    return range;
  }
  if (path[0] === "payment" && path[1] === "earlyPaymentDiscount") {
    // Only a bare « Paiements » gives way: a heading that already says the payment terms, or groups them with prices
    // (« Tarifs et modalités de paiement »), is their home, sub-clauses and all.
    const terms = (c: LintClause) => PAYMENT_TERMS_TITLE.test(fold(c.title));
    const grouping = (c: LintClause) => PRICES_GROUPING_TITLE.test(fold(c.title));
    if (terms(at) || grouping(at)) return range;
    return clauses.find((c) => terms(c) && !grouping(c))?.titleRange ?? range;
  }
  if (path[0] === "consumer" && path[1] === "withdrawal" && findFirst(at.title, RETURN_TITLE) && !findFirst(at.title, WITHDRAWAL_TITLE) && rentsWithoutSelling(clauses)) {
    // In a rental of movables, « Retour du matériel » is where the rented things come back at the end of the hire, not
    // where the consumer goes back on the contract (round T28): the clause that forms the contract (the booking, the
    // order) is where the withdrawal information belongs; a cancellation clause undoes the booking, it does not form it.
    const forms = (c: LintClause) => c !== at && findFirst(c.title, ORDER_TITLE) && !findFirst(c.title, CANCELLATION_TITLE) && !findFirst(c.title, RETURN_TITLE);
    return clauses.find(forms)?.titleRange ?? range;
  }
  if (path[0] === "governingLaw" && findFirst(at.title, MEDIATION_TITLE)) {
    // « 13. Litiges – Médiation » then « 14. Tribunal compétent »: the law chosen is written with the courts that apply
    // it, not with the amicable settlement a mediator proposes.
    return clauses.find((c) => findFirst(c.title, COURTS_TITLE) && !findFirst(c.title, MEDIATION_TITLE))?.titleRange ?? range;
  }
  return range;
}

/**
 * « Article 3 – Tarifs et conditions de paiement » grouping « 3.1 Tarifs », « 3.2 Conditions de paiement »: the
 * sub-clause (numbered under the clause's number) whose title says the same subject is where the mention belongs,
 * the article's heading only groups it with other subjects. The one such sub-clause, at any depth; when several
 * are, the article's heading is where the mention belongs.
 */
function subClauseTitled(clauses: LintClause[], parent: LintClause, fits: (c: LintClause) => boolean): LintClause | undefined {
  const number = parent.number?.replace(/[.)]+$/, "");
  if (!number) return undefined;
  const prefix = `${number}.`;
  const under = clauses.slice(clauses.indexOf(parent) + 1).filter((c) => c.number?.startsWith(prefix));
  const fitting = under.filter(fits);
  // « 4.2 Modalités de paiement – forfait », « 4.3 Modalités de paiement – abonnement » (round T23): the subject split
  // per offer under one article; a mention missing from all of them is missing from the article that groups them.
  // Sub-clauses of a fitting one (« 3.2.1 Paiement en boutique » under « 3.2 Modalités de paiement ») are its parts.
  const numberOf = (c: LintClause) => c.number?.replace(/[.)]+$/, "") ?? "";
  const tops = fitting.filter((c) => !fitting.some((o) => o !== c && numberOf(c).startsWith(`${numberOf(o)}.`)));
  return tops.length === 1 ? tops[0] : undefined;
}


/**
 * The items of a numbered list the parser read as clauses (round T34b): « Pour commander, le client doit : » over
 * « 1. Choisir les articles » … « 5. Confirmer la commande et procéder au paiement », the items numbered past the
 * article's own number being taken for clauses. A run of clauses at the same depth numbered one after the other, each
 * but the last with no words under it, is a list when its lines follow one another with no blank line (a tight list),
 * or when the numbering after the run goes back (the next clause at that depth, « Article 3 – Paiement », is numbered
 * at most as the run's last item): articles are not written one per line with nothing under them, and their numbers
 * do not go back. A table of contents is such a list too. Its items say their words in passing: no home for an absence
 * while an article fits.
 */
function listItems(clauses: LintClause[]): Set<LintClause> {
  const out = new Set<LintClause>();
  const parts = (c: LintClause) => c.number?.replace(/[.)]+$/, "").split(".") ?? [];
  const numeric = (c: LintClause) => parts(c).every((p) => /^\d+$/.test(p));
  // b follows a at the same depth, under the same parent, numbered one more.
  const next = (a: LintClause, b: LintClause) => {
    const [pa, pb] = [parts(a), parts(b)];
    return numeric(a) && numeric(b) && pa.length > 0 && pa.length === pb.length && pa.slice(0, -1).join(".") === pb.slice(0, -1).join(".") && Number(pb.at(-1)) === Number(pa.at(-1)) + 1;
  };
  let i = 0;
  while (i < clauses.length) {
    let j = i;
    while (j + 1 < clauses.length && !clauses[j]!.body.trim() && next(clauses[j]!, clauses[j + 1]!)) j++;
    if (j > i) {
      const run = clauses.slice(i, j + 1);
      const tight = run.every((c, k) => k === 0 || c.titleRange.line === run[k - 1]!.titleRange.line + 1);
      const last = run.at(-1)!;
      const depth = parts(last).length;
      const after = clauses.slice(j + 1).find((c) => c.number && numeric(c) && parts(c).length === depth);
      const goesBack = after !== undefined && Number(parts(after).at(-1)) <= Number(parts(last).at(-1)) && parts(after).slice(0, -1).join(".") === parts(last).slice(0, -1).join(".");
      if (tight || goesBack) for (const c of run) out.add(c);
    }
    i = j + 1;
  }
  return out;
}

/**
 * A line of a table of contents: a heading with no words under it whose title a later heading repeats (« 9. Retour
 * du produit » in the contents, « ## 9. RETOUR DU PRODUIT » further on). « ## 5. Tarifs » over « ### Tarification »
 * is a group heading: nothing repeats it.
 */
function contentsLine(clauses: LintClause[], clause: LintClause): boolean {
  if (clause.body.trim() || !clause.title) return false;
  const same = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();
  const title = same(clause.title);
  return clauses.slice(clauses.indexOf(clause) + 1).some((c) => c.title && same(c.title) === title);
}

const SELLER_FACTS = new Set(["seller", "legalName", "siren", "siret", "rcs", "legalForm", "shareCapital", "registeredOffice"]);

/** The first body line that says the words. */
function lineSaying(clauses: LintClause[], words: RegExp): SourceRange | undefined {
  for (const clause of clauses) {
    const m = findFirst(clause.body, words);
    if (!m) continue;
    const start = clause.body.lastIndexOf("\n", m.start) + 1;
    const end = clause.body.indexOf("\n", m.end);
    return clause.locate(start, end < 0 ? clause.body.length : end);
  }
  return undefined;
}

/** The line that names the seller, in the first clause that has one. */
function sellerNameRange(clauses: LintClause[]): SourceRange | undefined {
  for (const clause of clauses) {
    const line = sellerNameLine(clause.body);
    if (line) return clause.locate(line.start, line.end);
  }
  return undefined;
}

/**
 * The document's title: its first line when it reads as a title (short, not a sentence) and comes
 * before the first heading, else the first heading, else the first non-empty line.
 */
function titleRange(clauses: LintClause[]): SourceRange | undefined {
  const first = clauses[0];
  const firstLine = first && !first.title ? firstNonEmptyLine(first.body) : undefined;
  if (first && firstLine && firstLine.text.length <= 150 && !/[.;:,]$/.test(firstLine.text)) return first.locate(firstLine.start, firstLine.end);
  const heading = clauses.find((c) => c.title);
  if (heading) return heading.titleRange;
  return first && firstLine ? first.locate(firstLine.start, firstLine.end) : first?.titleRange;
}

function firstNonEmptyLine(body: string): { start: number; end: number; text: string } | undefined {
  const m = /\S[^\n]*/.exec(body);
  return m ? { start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd() } : undefined;
}
