import { findAll, findFirst, flexible } from "../scan/text.js";
import type { LintClause, Report, Rule, RuleContext } from "../types.js";

// A seller under the franchise en base (CGI art. 293 B) charges no VAT and must say on what basis:
// "TVA non applicable, art. 293 B du CGI" (CGI art. 293 E). Invoices are the invoice rules' job; here,
// the terms that announce the prices. A seller "not subject" to VAT (outside its scope or exempt, e.g.
// CGI art. 261) has no single mention to print and the linter cannot tell which basis applies: it is
// not reported (vat-exempt-ttc-prices still warns when such a seller quotes "TTC" prices).

const MENTION = /\b293\s*b\b/;
const FRANCHISE_WORDS = flexible(/\btva non applicable\b|\bfranchise (?:en base|de tva)\b/);
const FULL_MENTION = "TVA non applicable, art. 293 B du CGI";

const rule: Rule = {
  meta: {
    id: "vat-exemption-mention-missing",
    description: {
      fr: "Un vendeur en franchise en base de TVA ne mentionne pas « TVA non applicable, art. 293 B du CGI » dans ses conditions.",
      en: "A seller under the VAT franchise en base does not state \"TVA non applicable, art. 293 B du CGI\" in its terms.",
    },
    severity: "error",
    category: "vat",
    legalBasis: ["fr.cgi.293B", "fr.cgi.293E"],
    fixable: true,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      missing: {
        fr: "le vendeur est en franchise en base de TVA mais les conditions ne le disent pas : sans la mention « TVA non applicable, art. 293 B du CGI », le client peut croire que la TVA s'ajoute aux prix ; ajoutez-la dans la clause sur les prix.",
        en: "the seller is under the VAT franchise en base but the terms do not say so: without \"TVA non applicable, art. 293 B du CGI\" a client may think VAT comes on top of the prices; add it to the prices clause.",
      },
      incomplete: {
        fr: "« {stated} » ne cite pas sa base légale : la mention attendue est « TVA non applicable, art. 293 B du CGI ».",
        en: "\"{stated}\" does not cite its legal basis: the expected mention is \"TVA non applicable, art. 293 B du CGI\".",
        basis: ["fr.cgi.293E"],
      },
      useFullMention: {
        fr: "Citer l'article : « TVA non applicable, art. 293 B du CGI »",
        en: "Cite the article: \"TVA non applicable, art. 293 B du CGI\"",
      },
    },
  },
  check(context) {
    const { doc } = context;
    if (doc.clauses.some((c) => findFirst(c.body, MENTION) || findFirst(c.title, MENTION))) return;
    const franchise = doc.mode === "facts" ? doc.seller?.vat.regime === "franchise" : undefined;
    if (franchise === false) return;

    // Words that announce the franchise without its article: point at them, and rewrite them when the facts confirm the regime.
    const partial = firstFranchiseWords(doc.clauses);
    if (partial) {
      context.report(incompleteReport(partial.clause, partial.start, partial.end, franchise === true));
      return;
    }
    if (franchise) context.report({ messageId: "missing", range: pricesClause(context)?.titleRange ?? doc.locateFact(["prices"]) });
  },
};

/** The first words announcing the franchise that cite no article (another article, e.g. 261, is another basis). */
function firstFranchiseWords(clauses: LintClause[]): { clause: LintClause; start: number; end: number } | undefined {
  for (const clause of clauses) {
    const m = findAll(clause.body, FRANCHISE_WORDS).find((w) => !/^\s*[,(–-]?\s*(?:art\.?|article)\s/i.test(clause.body.slice(w.end, w.end + 20)));
    if (m) return { clause, start: m.start, end: m.end };
  }
  return undefined;
}

function incompleteReport(clause: LintClause, start: number, end: number, confirmed: boolean): Report {
  const stated = clause.body.slice(start, end);
  const { start: from, end: to } = clause.fileRange(start, end) ?? {};
  // "TVA non applicable" becomes the full mention; "franchise en base de TVA" gets its article after it.
  const edit =
    from === undefined || to === undefined
      ? undefined
      : /^tva/i.test(stated)
        ? { start: from, end: to, text: FULL_MENTION }
        : { start: to, end: to, text: " (art. 293 B du CGI)" };
  return {
    messageId: "incomplete",
    data: { stated },
    range: clause.locate(start, end),
    // With the regime in the facts the rewrite is certain; in prose the words may rest on another basis.
    ...(edit && confirmed ? { fix: edit } : {}),
    ...(edit && !confirmed ? { suggestions: [{ messageId: "useFullMention", fix: edit }] } : {}),
  };
}

/** The clause about prices, where the mention belongs. */
function pricesClause(context: RuleContext): LintClause | undefined {
  return context.doc.clauses.find((c) => findFirst(c.title, /\b(?:prix|tarifs?)\b/));
}

export default rule;
