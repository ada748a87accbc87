// The payment term and the escompte stated in clauses (C. com. L441-10 I, L441-9, L441-1;
// Dir. 2011/7 art. 3).
import type { LintClause } from "../types.js";
import { NUMERAL_PATTERN as NUM, numeral } from "./numbers.js";
import { labelOf } from "./payment-facts.js";
import { type TextClause, type Words, sentencesIn, wordsAt } from "./sentences.js";
import { FOLDED_WORD_START as B, findAll, findFirst } from "./text.js";

export interface TermStatement<C extends TextClause = LintClause> {
  days: number;
  endOfMonth: boolean;
  words: Words<C>;
}

const TERM_CONTEXT = /paiement|payables?|reglement|regle(?:e|es|s)?\b|acquitte|exigible/;
// Other deadlines counted in days: complaints, refunds, withdrawal, delays, notice periods.
const OTHER_DEADLINE = /retard|rembours|retractation|reclamation|contest|differend|refus|resiliation|preavis/;
const TERM = new RegExp(
  String.raw`${B}(?:a|de|sous|les|dans|endeans\s+les|au\s+plus\s+tard)\s+(${NUM})\s+jours(?:\s+(?:nets?|calendaires?|francs?))?(\s+(?:fin\s+de\s+mois|f\.?d\.?m\b\.?))?`,
);

/** The payment terms the clauses state ("payable à 90 jours", "à 45 jours fin de mois"). */
export function paymentTermStatements<C extends TextClause>(clauses: readonly C[]): TermStatement<C>[] {
  const out: TermStatement<C>[] = [];
  for (const s of sentencesIn(clauses)) {
    if (!findFirst(s.text, TERM_CONTEXT) || findFirst(s.text, OTHER_DEADLINE)) continue;
    for (const m of findAll(s.text, TERM)) {
      const days = numeral(m.groups[0]!);
      if (days) out.push({ days: days.toNumber(), endOfMonth: Boolean(m.groups[1]), words: wordsAt(s, m) });
    }
  }
  return out;
}

const EXPRESS_AGREEMENT = /expressement\s+(?:convenu|stipule|accepte|prevu)|accord\s+expres|derogation\s+expresse|convention\s+expresse/;

/** A payment sentence says the term was expressly agreed (Dir. 2011/7 art. 3 (5)). */
export function statesExpressAgreement(clauses: readonly TextClause[]): boolean {
  return sentencesIn(clauses).some((s) => findFirst(s.text, TERM_CONTEXT) && findFirst(s.text, EXPRESS_AGREEMENT));
}

// ---------------------------------------------------------------------------------------------
// Escompte (C. com. L441-9, L441-1)

const ESCOMPTE = /escomptes?(?![a-z])|remise\s+pour\s+paiement/;
// « Paiement anticipé », « règlement comptant » also name a prepayment the terms require (« Le paiement comptant est
// exigé à la commande »): they speak of the escompte only with a discount or a « none » in the same sentence.
const EARLY_PAYMENT = /(?:paiement|reglement)s?\s+(?:anticipes?|comptant|avant\s+(?:l'echeance|la\s+date|echeance))/;
const DISCOUNT_OR_NONE = /\b(?:remises?|reductions?|rabais|ristournes?|minorations?|bonifications?|neant|aucune?|pas\s+d[e'])\b|\bnul(?:le)?\b/;

/** Whether the clauses say anything about a discount for early payment ("le résultat escompté" does not count). */
export function mentionsEscompte(clauses: readonly (TextClause & { title?: string })[]): boolean {
  const said = (text: string) => findAll(text, ESCOMPTE).some((m) => !/escompté/i.test(m.text));
  // « Paiement anticipé : » on its line (or as a heading) and « aucune remise » below: the label and its value read together.
  const early = (c: TextClause) => {
    const all = sentencesIn([c]);
    return all.some((s, i) => {
      const text = `${labelOf(all, i, (title) => findFirst(title, EARLY_PAYMENT) !== undefined) ?? ""} ${s.text}`;
      return findFirst(text, EARLY_PAYMENT) && findFirst(text, DISCOUNT_OR_NONE);
    });
  };
  return clauses.some((c) => said(c.body) || (c.title !== undefined && said(c.title)) || early(c));
}
