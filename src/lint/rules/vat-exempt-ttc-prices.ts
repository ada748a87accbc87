import { sentenceAround } from "../scan/sentences.js";
import { findAll, findFirst, flexible, fold } from "../scan/text.js";
import type { LintClause, Rule } from "../types.js";

// "TTC" means VAT included. A seller that charges no VAT (franchise en base, or not subject) has no
// VAT to include: "TTC" tells the client the opposite of the truth and invites a VAT line on the invoice.

// « La TVA est non applicable selon l'article 293 B »: the copula between « TVA » and « non applicable » says the same.
const NO_VAT = flexible(/\b(?:n'est pas|ne sont pas|non) (?:soumise?s? a la tva|assujettie?s? a la tva)\b|\btva (?:est )?non applicable\b|\bfranchise en base\b/);
// « Notre activité est exonérée de TVA (article 261-7 du CGI) »: an exempt seller has no VAT to include either; an
// export or intra-EU exemption (CGI 262 ter, « hors UE ») covers some sales only, and VAT stays on the others.
const EXEMPT = flexible(/\bexoneree?s? de (?:la )?tva\b|\bexoneration de (?:la )?tva\b|\ben exoneration de tva\b/);
const SOME_SALES_ONLY = flexible(/\bexport|\bhors (?:de l')?(?:ue|union europeenne)\b|\bintra-?communautaire|\b262\b|\betranger\b|\bcertaine?s\b/);
// « TVA comprise », « TVA incluse », « y compris la TVA », « les prix comprennent la taxe sur la valeur ajoutée » say the same
// in words (round T37b); « TVA non comprise » does not.
const TTC = flexible(
  /\bttc\b|\btoutes taxes (?:comprises|incluses)\b|\btva (?:comprise|incluse)\b|\by compris (?:la )?tva\b|\b(?:prix|tarifs) (?:comprennent|incluent) (?:la )?(?:tva|taxe sur la valeur ajoutee)\b/,
);
// "calculée sur le montant TTC restant dû": the base of a late-payment penalty or interest is not a price.
const PENALTY_BASE = /penalite|interets? de retard|retard de paiement|indemnite/;
// « ou TTC si TVA applicable », « TTC le cas échéant », « le cas échéant, TTC »: a price whose VAT
// depends on a condition claims no VAT-inclusive price.
const CONDITION_AFTER = /^\W{0,3}(?:si|s'il|lorsque|quand|le cas echeant|selon le cas|s'il y a lieu)(?![a-z])/;
const CONDITION_BEFORE = /(?:le cas echeant|s'il y a lieu|selon le cas|si (?:la )?tva (?:est )?(?:applicable|due))\W{0,3}$/;
// « le prix total HT et TTC », « HT/TTC »: both bases named side by side (what a quote lists) claim no VAT.
const BOTH_BASES_BEFORE = /(?:\bht|hors (?:taxes?|tva)|nets? de tva)\s*(?:et|ou|\/|-)\s*$/;
const BOTH_BASES_AFTER = /^\s*(?:et|ou|\/|-)\s*(?:ht\b|hors (?:taxes?|tva)|nets? de tva)/;
// « Selon le régime fiscal du vendeur, les prix sont soit TTC, soit nets de TVA »: a price whose basis depends on the
// regime, or one of two alternatives, claims no VAT-inclusive price.
const REGIME_DEPENDENT = flexible(/\b(?:selon|suivant|en fonction d(?:u|e))\s+(?:le |son |leur )?regime (?:fiscal|de (?:la )?tva|d'imposition|applicable)\b|\bsoit\b[^.;]{0,80}\bsoit\b/);

const rule: Rule = {
  meta: {
    id: "vat-exempt-ttc-prices",
    description: {
      fr: "Un vendeur qui ne facture pas la TVA annonce des prix « TTC ».",
      en: "A seller that charges no VAT states its prices \"TTC\" (VAT included).",
    },
    severity: "warning",
    category: "vat",
    legalBasis: ["fr.cgi.293B", "fr.cgi.293E"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      ttc: {
        fr: "prix annoncés « {stated} » alors que le vendeur ne facture pas la TVA ({regime}) : il n'y a pas de TVA à inclure ; écrivez « prix nets » et, en franchise en base, « TVA non applicable, art. 293 B du CGI ».",
        en: "prices stated \"{stated}\" although the seller charges no VAT ({regime}): there is no VAT to include; write \"net prices\" and, under the franchise en base, \"TVA non applicable, art. 293 B du CGI\".",
      },
    },
  },
  check({ doc, locale, report }) {
    const regimeLabel = (regime: "franchise" | "not-subject" | "exempt") =>
      regime === "franchise"
        ? "franchise en base, CGI art. 293 B"
        : regime === "exempt"
          ? locale === "en" ? "exempt from VAT" : "exonéré de TVA"
          : locale === "en" ? "not subject to VAT" : "non soumis à la TVA";

    if (doc.mode === "facts") {
      const regime = doc.seller?.vat.regime;
      if (regime !== "franchise" && regime !== "not-subject") return;
      const data = { stated: "TTC", regime: regimeLabel(regime) };
      // The price list's basis first, else the first item priced TTC, else every "TTC" of the clauses.
      if (doc.terms?.prices?.taxBasis === "TTC") return report({ messageId: "ttc", data, range: doc.locateFact(["prices", "taxBasis"]) });
      const item = doc.terms?.prices?.items.findIndex((i) => i.taxBasis === "TTC") ?? -1;
      if (item >= 0) return report({ messageId: "ttc", data, range: doc.locateFact(["prices", "items", item, "taxBasis"]) });
      for (const words of everyTtc(doc.clauses)) report({ messageId: "ttc", data: { ...data, stated: words.text }, range: rangeOf(words) });
      return;
    }
    // Prose: the document itself says no VAT is charged.
    const noVat = doc.clauses.map((c) => findFirst(c.body, NO_VAT)).find((m) => m !== undefined);
    const exempt = noVat ? undefined : exemptSeller(doc.clauses);
    if (!noVat && !exempt) return;
    const regime = exempt ? "exempt" : findFirst(noVat!.text, /franchise|non applicable/) ? "franchise" : "not-subject";
    // Each "TTC" is a price the client reads as VAT-inclusive: each one needs rewording.
    for (const words of everyTtc(doc.clauses)) report({ messageId: "ttc", data: { stated: words.text, regime: regimeLabel(regime) }, range: rangeOf(words) });
  },
};

/** The seller's statement that its activity is exempt from VAT, not an exemption of some sales (exports, intra-EU). */
function exemptSeller(clauses: LintClause[]) {
  for (const clause of clauses) {
    for (const m of findAll(clause.body, EXEMPT)) {
      if (!findFirst(sentenceAround(clause.body, m.start, m.end).text, SOME_SALES_ONLY)) return m;
    }
  }
  return undefined;
}

type TtcWords = { clause: LintClause; start: number; end: number; text: string; inTitle?: boolean };

/** Every "TTC" the clauses write about prices (not the base of a penalty), in their headings (« ARTICLE 3 – PRIX TTC ») and bodies. */
function everyTtc(clauses: LintClause[]): TtcWords[] {
  return clauses.flatMap((clause): TtcWords[] => [
    ...(clause.title && !findFirst(clause.title, PENALTY_BASE) ? findAll(clause.title, TTC).filter((m) => !conditional(clause.title, m.start, m.end)) : []).map((m) => ({ clause, ...m, inTitle: true })),
    ...oncePerStatement(
      clause.body,
      findAll(clause.body, TTC)
        .filter((m) => !findFirst(sentenceAround(clause.body, m.start, m.end).text, PENALTY_BASE))
        .filter((m) => !conditional(clause.body, m.start, m.end)),
    ).map((m) => ({ clause, ...m })),
  ]);
}

/** One report per statement: « toutes taxes comprises (TTC) » says it once, in two forms side by side; two prices are two statements. */
function oncePerStatement<M extends { start: number; end: number }>(body: string, matches: M[]): M[] {
  return matches.filter((m, i) => i === 0 || !/^[\s()]*$/.test(body.slice(matches[i - 1]!.end, m.start)));
}

/** Where a « TTC » is: its words in the body, the heading for a title (a heading's words have no body offsets). */
function rangeOf(words: TtcWords) {
  return words.inTitle ? words.clause.titleRange : words.clause.locate(words.start, words.end);
}

/** A « TTC » said only under a condition (« ou TTC si TVA applicable », « le cas échéant, TTC ») or beside « HT » (« HT et TTC »). */
function conditional(body: string, start: number, end: number): boolean {
  const before = fold(body.slice(Math.max(0, start - 40), start));
  const after = fold(body.slice(end, end + 40));
  if (findFirst(sentenceAround(body, start, end).text, REGIME_DEPENDENT)) return true;
  return CONDITION_AFTER.test(after) || CONDITION_BEFORE.test(before) || BOTH_BASES_BEFORE.test(before) || BOTH_BASES_AFTER.test(after);
}

export default rule;
