// The recovery indemnity stated in clauses (C. com. L441-10 II, D441-5; Dir. 2011/7 art. 6): its
// amount, the conditions D441-5 does not allow, and whether it is limited to professionals.
import type { Decimal } from "decimal.js";
import type { LintClause } from "../types.js";
import { NUMERAL_PATTERN as NUM, decimal, numeral } from "./numbers.js";
import { aboutAnotherDebt, labelBefore, labelOf } from "./payment-facts.js";
import { type Sentence, type TextClause, type Words, scopeText, sentencesIn, wordsAt } from "./sentences.js";
import { FOLDED_WORD_END as E, FOLDED_WORD_START as B, findAll, findFirst, type TextMatch } from "./text.js";

// Also as people write it: « indemnité légale forfaitaire », « forfait de recouvrement », « une indemnité de 40 € » (the sum of D441-5 names it, in a late-payment sentence),
// « indemnité de 40 € pour frais de recouvrement », « une somme forfaitaire de 40 € au titre
// des frais de recouvrement », « indemnité (légale) de recouvrement », « frais forfaitaires de recouvrement », « frais de
// recouvrement forfaitaires », « frais de recouvrement de quarante euros », « de 40 (quarante) euros » (a fixed sum is the flat indemnity; bare
// « frais de recouvrement » are the actual costs, another thing).
export const INDEMNITY = new RegExp(
  String.raw`indemnites?\s+(?:legales?\s+)?forfaitaires?|forfait\s+(?:legal\s+)?(?:de|pour\s+frais\s+de)\s+recouvrement|indemnite\s+(?:[a-z0-9'€,.()]+\s+){0,4}?(?:pour|au titre des)\s+frais\s+de\s+recouvrement|(?:somme|montant|forfait)\s+(?:forfaitaire\s+)?(?:[a-z0-9'€,.()]+\s+){0,4}?(?:pour|au titre des)\s+frais\s+de\s+recouvrement|indemnites?\s+(?:legales?\s+)?de\s+recouvrement` +
    String.raw`|indemnites?(?=\s+(?:d'un\s+montant\s+)?de\s+(?:40|quarante)(?:\s*\(\s*(?:40|quarante)\s*\))?\s*(?:€|euros?${E}|eur${E}))|frais\s+forfaitaires?\s+de\s+recouvrement|frais\s+de\s+recouvrement(?:\s+forfaitaires?|(?=\s+(?:d'un\s+montant\s+)?de\s+${NUM}\s*(?:€|euros?${E}|eur${E})))` +
    // A label and its value (« Frais de recouvrement : 40 € », a table row « | Frais de recouvrement | 40 € | »): a fixed sum; the
    // article of the decree that sets the sum (« D. 441-5 ») names the indemnity too.
    String.raw`|frais\s+de\s+recouvrement(?=[\s*:|–—-]*(?:${NUM}\s*(?:€|euros?${E}|eur${E})|(?:€|eur${E})\s*\d))|${B}d\.?\s*441-5${E}`,
);
// A heading or label « Frais de recouvrement » over a sum names the flat sum (bare, in a sentence, they are the actual costs).
const namesIndemnity = (label: string) => findFirst(label, INDEMNITY) !== undefined || findFirst(label, /frais\s+de\s+recouvrement/) !== undefined;
// The sentence is about late payment (not a cancellation fee called "indemnité forfaitaire").
const LATE_CONTEXT = /recouvrement|retard|impaye|non[\s-]paiement|defaut de paiement|echeance|exigibilite/;
const EURO_AMOUNT = new RegExp(String.raw`${B}(${NUM})\s*(?:€|euros?${E}|eur${E})|(?:€|${B}eur${E})\s*(\d+(?:[.,]\d+)?)`);

export interface Amount<C extends TextClause = LintClause> {
  value: Decimal;
  words: Words<C>;
}

export interface IndemnityStatement<C extends TextClause = LintClause> {
  sentence: Sentence<C>;
  /** "indemnité forfaitaire …": the words that name it. */
  words: Words<C>;
  /** The first amount in euros after the name (or anywhere in the sentence). */
  amount?: Amount<C>;
  /** The words that make it conditional, if any. */
  condition?: Words<C>;
  /** The sentence limits it to professional clients. */
  professionalsOnly: boolean;
}

/** The sentences that state the recovery indemnity, in document order. */
export function indemnityStatements<C extends TextClause>(clauses: readonly C[]): IndemnityStatement<C>[] {
  const out: IndemnityStatement<C>[] = [];
  const sentences = sentencesIn(clauses);
  sentences.forEach((sentence, i) => {
    const name = findFirst(sentence.text, INDEMNITY);
    // A label on its line (« Indemnité forfaitaire : ») or a heading (« ### Forfait de recouvrement ») names the sum below it.
    const label = labelOf(sentences, i, namesIndemnity);
    const labelled = !name && label !== undefined && namesIndemnity(label);
    if (!name && !labelled) return;
    const next = sentences[i + 1];
    const value = /:\s*\**\s*$/.test(sentence.text) && next && labelBefore(sentences, i + 1) === sentence ? next : undefined;
    const scope = [label, scopeText(sentence), value?.text].filter(Boolean).join(" ");
    if (!findFirst(scope, LATE_CONTEXT) || aboutAnotherDebt(scope)) return;
    const amount = euroAmountIn(sentence, name?.end ?? 0) ?? (value && euroAmountIn(value, 0));
    // Under a label, only a sum is the indemnity's value (« Indemnité forfaitaire : » then « 15 % des sommes dues » is not).
    if (name ? percentagePenalty(sentence.text, name, amount !== undefined) : !amount) return;
    // "… une indemnité forfaitaire de 40 €. Elle n'est due qu'après mise en demeure." reads as one statement.
    const followUp = next && next.clause === sentence.clause && findFirst(next.text, /^(?:elle|celle-ci|cette indemnite|ladite indemnite)\b/) ? next : undefined;
    const condition = conditionIn(sentence) ?? (followUp && conditionIn(followUp));
    out.push({
      sentence,
      words: name ? wordsAt(sentence, name) : { clause: sentence.clause, start: sentence.start, end: sentence.end, text: sentence.text },
      ...(amount ? { amount } : {}),
      ...(condition ? { condition } : {}),
      professionalsOnly: Boolean(findFirst(scopeText(sentence), PROFESSIONALS_ONLY) || forProfessionalsByTitle(sentence.clause)),
    });
  });
  return out;
}

// « une indemnité forfaitaire égale à 15 % des sommes dues »: a share of the debt is a clause pénale, not the
// fixed 40 € compensation for recovery costs; the cue is a percentage right after the name, with no euro
// amount in the sentence (« 10 % … avec un minimum de 40 euros » states it) and « frais de recouvrement » unsaid.
function percentagePenalty(text: string, name: TextMatch, hasEuroAmount: boolean): boolean {
  if (hasEuroAmount || findFirst(text, /recouvrement/)) return false;
  return findFirst(text.slice(name.end, name.end + 80), /\d+(?:[.,]\d+)?\s*(?:%|pour\s*cent)/) !== undefined;
}

function euroAmountIn<C extends TextClause>(sentence: Sentence<C>, after: number): Amount<C> | undefined {
  const all = findAll(sentence.text, EURO_AMOUNT)
    .map((m) => ({ m, value: m.groups[1] ? decimal(m.groups[1]) : numeral(m.groups[0]!) }))
    .filter((a): a is { m: TextMatch; value: Decimal } => a.value !== undefined);
  const chosen = all.find((a) => a.m.start >= after) ?? all[0];
  return chosen && { value: chosen.value, words: wordsAt(sentence, chosen.m) };
}

/** « Article 7 – Dispositions propres aux clients professionnels »: the clause's title limits what it says to them. */
function forProfessionalsByTitle(clause: TextClause & { title?: string }): boolean {
  const title = clause.title;
  return title !== undefined && Boolean(findFirst(title, /(?<!non[\s-])\bprofessionnels?\b|\bentre (?:entreprises|professionnels)\b|\bb2b\b/)) && !findFirst(title, /\b(?:consommateurs?|particuliers?|non[\s-]professionnels?)\b/);
}

// An exception that governs the consumers (« sauf si le client est un particulier », « à moins qu'il ne s'agisse d'un
// consommateur », « ne s'applique pas aux particuliers »): the connector, a few words, then whom it leaves out.
const CONSUMER_WORD = String.raw`(?:consommateurs?|particuliers?|non[\s-]professionnels?)\b`;
const PROFESSIONALS_ONLY = new RegExp(
  String.raw`(?<!non[\s-])professionnels?\b|(?:\bsauf|\bhors|\bexcepte|\bexception(?: faite)?|\ba l'exclusion|\ba moins qu)\b[^.;:]{0,40}?\b${CONSUMER_WORD}` +
    String.raw`|\bn(?:e\s+|')\s*(?:s'appliqu\w*|est|sont|ser\w*)\s+pas\s+(?:due?s?\s+|exigibles?\s+|applicables?\s+|opposables?\s+)?(?:par\s+|aux?\s+|pour\s+)(?:les?\s+|des\s+)?(?:clients?\s+)?${CONSUMER_WORD}`,
);

// Conditions that D441-5 does not allow: a minimum delay, a formal notice, a third-party collection.
const CONDITIONS = [
  new RegExp(String.raw`(?:pour\s+(?:tout|un)\s+)?retard\s+(?:de\s+paiement\s+)?(?:de\s+plus\s+de|d'au\s+moins|de|superieur\s+a|excedant)\s+${NUM}\s+jours(?:\s+ou\s+plus)?`),
  new RegExp(String.raw`(?:au-dela|a\s+partir|a\s+l'issue|passe\s+un\s+delai)\s+(?:de\s+|d'un\s+delai\s+de\s+|d')?${NUM}\s+jours(?:\s+de\s+retard|\s+(?:apres|suivant)\s+l'echeance)?`),
  new RegExp(String.raw`${NUM}\s+jours\s+(?:de\s+retard|apres\s+l'echeance)`),
  // "après (une / l'envoi d'une) mise en demeure"; the words between may not be "sans" or "ni".
  new RegExp(String.raw`${B}(?:apres|suite a|des reception d[e']|a compter d[e']|a l'issue d[e']|sous reserve d[e']|a condition d[e']|subordonnee? a|si|lorsque|une fois)(?:(?<=')|\s+)(?:(?!sans${E}|ni${E}|besoin${E})[a-z']+\s+){0,3}?(?:mise en demeure|relance|lettre de rappel|rappel)`),
  /(?:en cas de|si|lorsque|des lors que)\s+[^.;]{0,80}?recouvrement\s+(?:est\s+|serait\s+|sera\s+)?(?:confie|effectue|realise|assure|poursuivi)?\s*(?:par|a)\s+(?:un|une|des)\s+(?:tiers|societe|cabinet|huissier|commissaire|organisme|agence|avocat|prestataire)/,
  /confi(?:er|e|ait|erait)\s+(?:le\s+)?recouvrement/,
];

function conditionIn<C extends TextClause>(sentence: Sentence<C>): Words<C> | undefined {
  const hits = CONDITIONS.map((re) => findFirst(sentence.text, re)).filter((m): m is TextMatch => m !== undefined);
  const first = hits.sort((a, b) => a.start - b.start)[0];
  return first && wordsAt(sentence, first);
}
