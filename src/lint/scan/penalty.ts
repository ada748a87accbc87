// The late-penalty rate stated in clauses (C. com. L441-10 II; LU loi du 18 avril 2004 mod.): a
// multiple of the legal rate, the ECB rate plus points, a fixed rate, or the bare legal rate.
import { Decimal } from "decimal.js";
import type { LintClause } from "../types.js";
import { INDEMNITY } from "./indemnity.js";
import { aboutAnotherDebt, labelOf } from "./payment-facts.js";
import { NUMERAL_PATTERN as NUM, decimal, numeral } from "./numbers.js";
import { type Sentence, type TextClause, type Words, scopeText, sentencesIn, wordsAt } from "./sentences.js";
import { FOLDED_WORD_START as B, findAll, findFirst, fold, memoByClauses } from "./text.js";

/** `consumersOnly`: the sentence gives the rate to consumers alone (« Pour les clients particuliers, … »), not to professionals. */
export type PenaltyStatement<C extends TextClause = LintClause> = (
  | { kind: "legal-rate-multiple"; multiple: Decimal; words: Words<C> }
  | { kind: "ecb-plus"; points: Decimal; words: Words<C>; namedLegalRate: boolean }
  /** `monthlyRate`: the rate as written per month ("1,5 % par mois"), `annualRate` being twelve times it. */
  | { kind: "fixed"; annualRate: Decimal; monthlyRate?: Decimal; words: Words<C> }
  /** "au taux d'intérêt légal": the legal rate itself, once; `plusPoints`: « majoré de 10 points » follows it. */
  | { kind: "legal-rate"; words: Words<C>; plusPoints?: Decimal }
) & { consumersOnly?: true };

const LEGAL_RATE = String.raw`taux\s+(?:(?:d'|de\s+l')\s*interets?\s+)?legal`;
// The legal rate named in words rather than as « le taux légal »: « l'intérêt légal », « intérêts légaux », « le taux
// des intérêts légaux » name the same rate, after a multiple (« trois fois l'intérêt légal ») or alone (the rate once).
const LEGAL_RATE_NAMED = String.raw`(?:${LEGAL_RATE}|taux\s+des\s+interets\s+legaux|l'\s*interet\s+legal|interets\s+legaux)`;
const MULTIPLIED_RATE = LEGAL_RATE_NAMED;
// « 1.5fois »: typed without the space, the multiple is still a multiple; « 3 x le taux légal » is written with a sign.
const MULTIPLE = new RegExp(
  String.raw`${B}(?:(une\s+fois\s+et\s+demie)|(${NUM})\s*(?:fois|[x×*]))\s+(?:le\s+|au\s+|du\s+|celui\s+(?:du\s+|de\s+(?=l'))?)?${MULTIPLIED_RATE}` +
    String.raw`|${B}(triple|double)\s+(?:du|de|des)\s+${MULTIPLIED_RATE}` +
    String.raw`|${LEGAL_RATE}\s+(?:en\s+vigueur\s+)?(?:multiplie\s+par\s+|[x×*]\s*)(${NUM})`,
);
const ECB = new RegExp(
  String.raw`(?:taux\s+(?:d'interet\s+)?(?:de\s+(?:reference|refinancement)\s+|directeur\s+)?(?:de\s+la\s+|appliques?\s+par\s+la\s+)?)?(?:bce|banque\s+centrale\s+europeenne)\b[^.;]{0,140}?(?:majoree?s?|augmentee?s?|\+|plus)\s*(?:de\s+)?(${NUM})\s*(?:points?|pts?|%|pour\s*cent)(?:\s+de\s+pourcentage)?(?:\s*\(\s*\d+(?:[.,]\d+)?\s*(?:%|points?)?\s*\))?`,
);
const PERCENT = String.raw`(${NUM})\s*(?:%|pour\s*cent)(?:\s*\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\))?`;
const PERIOD = String.raw`\s*(?:l'an|par\s+an|annuels?|\/\s*an|par\s+mois|mensuels?|par\s+jour|journaliers?|\/\s*jour)`;
const SHARE = String.raw`\s+(?:du|de\s+la|des|de\s+l')\s*(?:solde|montant|somme|prix|facture|total|commande)s?`;
// "1,5 % du montant par mois" (or par jour) is a rate: a share of the debt for each period; the share's few
// qualifying words ("du montant TTC", "des sommes dues") may stand before the period.
const FIXED = new RegExp(
  String.raw`(?:taux|penalites?|interets?)[^.;%]{0,60}?${B}${PERCENT}(?:(${SHARE}(?:\s+[^\s.;%]+){0,4}?)(${PERIOD})|(${PERIOD}))?`,
);
// The same rate on a value line under a label (« Pénalités de retard : » then « 12 % l'an »): the figure opens the line.
const FIXED_VALUE = new RegExp(
  String.raw`^[\s*|:-]*(?:[^.;%]{0,60}?)${B}${PERCENT}(?:(${SHARE}(?:\s+[^\s.;%]+){0,4}?)(${PERIOD})|(${PERIOD}))?`,
);
const RATE_LABEL = /taux|penalites?|interets?/;
// « Taux de TVA : 20 % » is a rate too: a label names the late-payment rate when it says both.
const namesRate = (label: string) => findFirst(label, RATE_LABEL) !== undefined && findFirst(label, PENALTY_CONTEXT) !== undefined;
// « au taux de 15 (par an) », « au taux annuel de 10 »: a rate written without its % sign is still a rate when the word
// « taux » holds it and a year names its period (a bare « taux de 15 » could be anything: left alone).
const UNSIGNED = new RegExp(
  String.raw`${B}taux\s+(?:de\s+)?(${NUM})\s*(?:\(\s*(?:par\s+an|l'an|annuel)\s*\)|l'an|par\s+an|annuel(?![\p{L}])|\/\s*an)` +
    String.raw`|${B}taux\s+annuel\s+(?:de\s+)?(${NUM})(?![\p{N}]|\s*(?:%|pour\s*cent|points?|jours?|mois))`,
  "u",
);
// "10 % du solde" with no period is a share of the debt (a one-off fee), not a rate.
const SHARE_OF_DEBT = /^\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*)?(?:du|de\s+la|des|de\s+l')\s+(?:solde|montant|somme|prix|facture|total|commande|ttc|ht)/;
// « taux annuel », « taux fixe annuel », « au taux de … l'an »: the period written before the figure.
const YEAR_BEFORE = /\btaux\b(?:\s+[a-z]+){0,2}?\s+annuel|\bannuel(?:le)?s?\b|\bpar\s+an\b/;
// « au taux mensuel de 1,5 % du montant TTC », « au taux journalier de 0,1 % des sommes dues » (round T34b): the rate's
// period written before the figure, as a word of the rate itself (« taux (fixe) mensuel »), makes it a rate per month or
// per day, not a share of the debt nor a rate per year; « chaque échéance mensuelle impayée » is the instalment's period.
const PERIOD_BEFORE = /\btaux\b(?:\s+[a-z]+){0,2}?\s+(mensuel|journalier|quotidien)\b/;
// In a sentence about late payment, the legal rate however introduced (« au taux légal », « Pénalités : taux d'intérêt
// légal en vigueur », « En cas de retard : intérêts légaux ») is the penalty rate: the legal rate once.
const BARE_LEGAL = new RegExp(String.raw`${B}(?:(?:au|le|du)\s+)?${LEGAL_RATE_NAMED}`);
// « au taux d'intérêt légal (en vigueur) majoré de 10 points »: more than the legal rate once.
const PLUS_POINTS = new RegExp(String.raw`^\s*(?:en\s+vigueur\s*)?,?\s*(?:majores?|majorees?|augmentes?|augmentees?|\+|plus)\s*(?:de\s+)?(${NUM})\s*(?:points?|pts?|%)`);
const PENALTY_CONTEXT = /retard|penalite|impaye|non[\s-]paiement|moratoire|echeance/;

/** The late-interest rates the clauses state, in document order. Asked by several rules of a document: worked out once, shared, never changed. */
export function penaltyStatements<C extends TextClause>(clauses: readonly C[]): readonly PenaltyStatement<C>[] {
  // The statements hold the clauses given: of type C.
  return statementsOnce(clauses) as unknown as readonly PenaltyStatement<C>[];
}

const statementsOnce = memoByClauses((clauses: readonly TextClause[]) => statementsOf(clauses));

// Mixed terms give consumers their own rate (« Pour les clients particuliers, intérêts au taux légal »): the sentence,
// or the title of its clause (« Article 8 – Clients consommateurs »), names consumers as whom it is for, and no professional. The professionals' penalty (L441-10) is another rate.
const CONSUMERS = /\b(?:consommateurs?|(?<!en )particuliers?|non[\s-]professionnels?)\b/;
const PROFESSIONALS = /(?<!non[\s-])\bprofessionnels?\b|\bentreprises?\b/;

function statementsOf<C extends TextClause>(clauses: readonly C[]): PenaltyStatement<C>[] {
  const explicit: PenaltyStatement<C>[] = [];
  const bare: PenaltyStatement<C>[] = [];
  const all = sentencesIn(clauses);
  all.forEach((s, i) => {
    // « Pénalités de retard : » on its line (or as the clause's heading), the rate on the next: the label names what the value is.
    const label = labelOf(all, i, namesRate);
    const scope = label ? `${label} ${scopeText(s)}` : scopeText(s);
    if (aboutAnotherDebt(scope)) return;
    const title = (s.clause as TextClause & { title?: string }).title ?? "";
    const consumersNamed = (findFirst(scope, CONSUMERS) || findFirst(title, CONSUMERS)) && !findFirst(scope, PROFESSIONALS) && !findFirst(title, PROFESSIONALS);
    const forConsumers = consumersNamed ? ({ consumersOnly: true } as const) : {};
    const found = explicitRatesIn(s, label).map((f) => ({ ...f, ...forConsumers }));
    explicit.push(...found);
    if (!found.length && findFirst(scope, PENALTY_CONTEXT)) {
      const legal = findFirst(s.text, BARE_LEGAL);
      const plusMatch = legal && findFirst(s.text.slice(legal.end), PLUS_POINTS);
      const points = plusMatch ? numeral(plusMatch.groups[0]!) : undefined;
      const plus = points ? { plusPoints: points } : {};
      if (legal) bare.push({ kind: "legal-rate", words: wordsAt(s, legal), ...forConsumers, ...plus });
    }
  });
  // A bare "taux d'intérêt légal" elsewhere usually says which legal rate the stated multiple uses.
  return explicit.length ? explicit : bare;
}

function explicitRatesIn<C extends TextClause>(s: Sentence<C>, label?: string): PenaltyStatement<C>[] {
  const out: PenaltyStatement<C>[] = [];
  for (const m of findAll(s.text, MULTIPLE)) {
    const [half, n, word, by] = m.groups;
    const multiple = half ? new Decimal("1.5") : n ? numeral(n) : word ? new Decimal(word === "triple" ? 3 : 2) : by ? numeral(by) : undefined;
    if (multiple) out.push({ kind: "legal-rate-multiple", multiple, words: wordsAt(s, m) });
  }
  const ecb = findAll(s.text, ECB);
  for (const m of ecb) {
    const points = numeral(m.groups[0]!);
    if (points) out.push({ kind: "ecb-plus", points, words: wordsAt(s, m), namedLegalRate: Boolean(findFirst(s.text, BARE_LEGAL)) });
  }
  // « une pénalité de 1 % du montant par mois, ainsi qu'une indemnité forfaitaire de 40 € »: a percentage
  // before the indemnity is named is the penalty's; from the indemnity on, it may be the indemnity's.
  const indemnity = findFirst(s.text, INDEMNITY);
  const labelled = label !== undefined && namesRate(label);
  if (!ecb.length && (findFirst(scopeText(s), PENALTY_CONTEXT) || labelled)) {
    // Under a label naming a rate or a penalty, the value line starts with the figure (« 1 % par mois de retard »).
    for (const m of findAll(s.text, labelled ? FIXED_VALUE : FIXED)) {
      if (indemnity && m.start >= indemnity.start) continue;
      const [n, inBrackets, , periodAfterShare, plainPeriod] = m.groups;
      const period = periodAfterShare || plainPeriod;
      const start = m.start + fold(m.text).search(new RegExp(`${B}${PERCENT}`));
      // « au taux fixe annuel égales à 10 % du montant de la facture »: a year named before the share makes it a rate.
      const yearBefore = findFirst(s.text.slice(m.start, start), YEAR_BEFORE);
      const periodBefore = period ? undefined : findFirst(s.text.slice(m.start, start), PERIOD_BEFORE)?.groups[0];
      if (!period && !yearBefore && !periodBefore && findFirst(s.text.slice(m.end), SHARE_OF_DEBT)) continue;
      const rate = inBrackets ? decimal(inBrackets) : numeral(n!);
      if (!rate) continue;
      const perMonth = /mois|mensuel/.test(period || periodBefore || "");
      // « 1 % du montant par jour de retard »: a year of days.
      const perDay = /jour|quotidien/.test(period || periodBefore || "");
      const words = { clause: s.clause, start: s.start + start, end: s.start + m.end, text: s.text.slice(start, m.end) };
      out.push(perMonth ? { kind: "fixed", annualRate: rate.times(12), monthlyRate: rate, words } : { kind: "fixed", annualRate: perDay ? rate.times(365) : rate, words });
    }
    if (!out.some((f) => f.kind === "fixed")) {
      for (const m of findAll(s.text, UNSIGNED)) {
        if (indemnity && m.start >= indemnity.start) continue;
        const rate = numeral(m.groups[0] || m.groups[1]!);
        if (rate) out.push({ kind: "fixed", annualRate: rate, words: wordsAt(s, m) });
      }
    }
  }
  return out.sort((a, b) => a.words.start - b.words.start);
}
