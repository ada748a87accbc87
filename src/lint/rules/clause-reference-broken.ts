import { fold } from "../scan/text.js";
import type { LintClause, LintDocument, Report, Rule } from "../types.js";
import { attributionAfter, findCitations } from "../scan/citations.js";

// A reference is a clause number of one or two digits per level ("Clause 4.2.2", "l'article 7") or a
// quoted title ("la clause « Retard de paiement »"); a statute's article ("article 1218 du Code civil",
// "article 6 de la loi …", "article L441-10") is not one.
const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2}){0,3}(?:er)?(?![\p{N}]|[.,]\d|\s?-\s?\d)`;
// A list or a range ("articles 15 à 22"); a paragraph in brackets ("article 30(2)") is part of the number.
const NUMBERED = new RegExp(String.raw`(?<![\p{L}])(?:articles?|art\.|clauses?)\s*(?:n\s*[°o]\.?\s*)?(${NUMBER}(?:\s*(?:,|et|ou|a)\s*${NUMBER})*)(?:\s?\(\d{1,3}\))?`, "gu");
const ONE_NUMBER = new RegExp(NUMBER, "gu");
// « l'article 4-5 »: one article with a hyphenated sub-number (4.5); « articles 4-5 », plural, is a range and left alone.
const HYPHENATED = new RegExp(String.raw`(?<![\p{L}])(?:article|art\.|clause)\s*(?:n\s*[°o]\.?\s*)?(\d{1,2})-(\d{1,2})(?![\p{N}]|\s?-|[.,]\d)`, "gu");
const TITLED = new RegExp(
  String.raw`(?<![\p{L}])(articles?|clauses?)\s*(?:n\s*[°o]\.?\s*)?(${NUMBER})?\s*,?\s*(?:(?:intitulee?s?|denommee?s?|dites?|nommee?s?|relatives?\s+(?:a|au|aux))\s*)?:?\s*"\s*([^"\n]{2,150}?)\s*"`,
  "gu",
);
// "la clause « … », à savoir la Clause 4.2.2": the number that follows names the same clause.
const NAMED_NEXT = new RegExp(String.raw`^\s*,?\s*(?:a\s+savoir|soit|c'est-a-dire|\()\s*(?:la\s+|l')?(?:clause|article)\s*(?:n\s*[°o]\.?\s*)?(${NUMBER})`, "u");
// After a preposition, any name but these makes the number another text's ("de la loi", "du règlement", "de l'annexe").
const OWN_TEXT = /^(?:present|presentes|ci-|contrat(?![\p{L}])|susvise)/u;

interface Reference {
  clause: LintClause;
  start: number;
  end: number;
  number?: string;
  title?: string;
}

// A statute named just before: "Loi n° 2019-222 du 23 mars 2019, art. 95", "RGPD, art. 15", "Règlement (UE) 2016/679, art. 6", "« Rome I », art. 3".
const STATUTE_BEFORE = /(?:(?<![\p{L}])(?:loi|decret|reglement|directive|ordonnance|cpc|cgi|rgpd|lcen|tfue|lf)|\d{4}|\d+\/[\p{L}\d/]+|[)"])\s*,?\s*$/u;

// A statute named by its abbreviation right after the number: "art. 10 LTVA" (Swiss VAT act), "art. 97 CO", "art. 8 CC",
// "art. 6 BGB", "article 9 RGPD".
const STATUTE_AFTER = /^\s*,?\s*(?:ltva|lifd|lcd|lpd|lp|co|cc|cp|cpc|cgi|cde|bgb|hgb|ustg|rgpd|gdpr|lcen|tfue)(?![\p{L}\p{N}])/u;
// « art. 6 al. 2 OB », « art. 14 C.c.Q. », « article 11 LPC »: a number followed (after its « al. », « let. », « ch. »
// paragraph) by an abbreviation in capitals is a statute's article (Swiss, Belgian, Québec codes and acts are cited
// so); a clause of this document is never followed by an acronym, save the document's own (« article 5 CGV »).
const ABBREVIATION_AFTER = /^\s*,?\s*(?:(?:al\.|alin[ée]a|let\.|ch\.|§|para\.)\s*\d{1,3}(?:\s*(?:let\.|ch\.)\s*[\p{L}\d]{1,3})?\s*,?\s*)?(\p{Lu}(?:\.?[\p{Lu}\p{Ll}]){0,3}\p{Lu}\.?|\p{Lu}\.\p{Ll}\.\p{Lu}\.?)(?![\p{L}\p{N}])/u;
const OWN_ABBREVIATIONS = /^(?:CG[VUSA]|CGPS|CPV|CP|CGL)$/;

const AND_FOLLOWING = /^\s*(?:et\s+)?(?:ss\.?|s\.|suiv\.|suivants)(?![\p{L}\p{N}])/u;
// « article 56bis du Code de la TVA », « art. 5 ter de la loi »: the Latin suffix is part of the number.
const LATIN_SUFFIX = /^\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)(?![\p{L}\p{N}])/u;

/** "l'article 6 de la loi", "article 3 du règlement", "RGPD, art. 15", "article 1218 du Code civil", "art. 10 LTVA": not a clause of this document. */
function citesAnotherText(folded: string, start: number, numberEnd: number, body?: string): boolean {
  // « art. 28 ss du Code civil suisse », « art. 97 et ss. CO », « article 2224 s. du Code civil »: « and following »
  // between the number and its code still cites that code.
  const numbered = numberEnd + (LATIN_SUFFIX.exec(folded.slice(numberEnd))?.[0].length ?? 0);
  const end = numbered + (AND_FOLLOWING.exec(folded.slice(numbered))?.[0].length ?? 0);
  const abbreviation = body === undefined ? null : ABBREVIATION_AFTER.exec(body.slice(end, end + 40));
  if (abbreviation && !OWN_ABBREVIATIONS.test(abbreviation[1]!.replace(/\./g, ""))) return true;
  if (STATUTE_BEFORE.test(folded.slice(Math.max(0, start - 60), start)) || STATUTE_AFTER.test(folded.slice(end, end + 12))) return true;
  const attribution = attributionAfter(folded, end);
  if (attribution !== "bare" && attribution !== "internal") return true;
  const preposition = /^\s*,?\s*(?:du|de\s+la|de\s+l'|des|de|d')\s*/u.exec(folded.slice(end));
  return preposition !== null && !OWN_TEXT.test(folded.slice(end + preposition[0].length));
}

// « la liste des Articles\n\n9.5 Le Client… »: a number that opens a line and is followed by a capitalised word
// numbers the next paragraph; the word before it (often a defined term, « Articles » for garments) ends the
// previous one. A reference wrapped onto the next line reads on in lower case (« l'article\n9 des présentes »).
function numbersNextParagraph(body: string, folded: string, start: number, numbers: string): boolean {
  const at = folded.indexOf(numbers, start);
  const gap = folded.slice(start, at);
  return at >= 0 && /\n\s*$/.test(gap) && /^[^\S\n]+\p{Lu}/u.test(body.slice(at + numbers.length));
}

function cleanNumber(n: string): string {
  return n.replace(/er$/, "");
}

// « conformément à l'article III », « article VII »: a roman number, read only in a document that numbers its clauses so
// (a roman number after « article » elsewhere is a statute's or a title's: « article V de la loi »).
const ROMAN_NUMBERED = /(?<![\p{L}])(?:article|art\.|clause)\s+([ivx]{1,5})(?![\p{L}\p{N}])/gu;
const ROMAN_CLAUSE = /^[IVX]{1,5}$/;

function referencesIn(clause: LintClause, roman: boolean): Reference[] {
  const folded = fold(clause.body);
  const refs: Reference[] = [];
  const taken: [number, number][] = [];
  for (const m of folded.matchAll(TITLED)) {
    let end = m.index + m[0].length;
    let number = m[2] ? cleanNumber(m[2]) : undefined;
    const next = number ? null : NAMED_NEXT.exec(folded.slice(end));
    if (next) {
      number = cleanNumber(next[1]!);
      end += next[0].length;
    }
    const quoteAt = m[0].lastIndexOf('"', m[0].length - 2);
    const title = clause.body.slice(m.index + quoteAt + 1, m.index + m[0].length - 1).trim();
    // A concept in quotes ("clause « de hardship »") is not a title: titles start with a capital.
    // Without a number, only "clause" names a clause: "l'article « Robe d'été »" is a product.
    if (!number && (!/^\p{Lu}/u.test(title) || m[1]!.startsWith("art"))) continue;
    taken.push([m.index, end]);
    refs.push({ clause, start: m.index, end, number, title });
  }
  // Ends of citations of other texts: "art. 3 (…) et art. 4" after one goes on citing that text.
  const external = findCitations([clause]).filter((c) => c.attribution !== "bare" && c.attribution !== "internal").map((c) => c.end);
  const continuesExternal = (at: number) => external.some((e) => e <= at && at - e < 60 && !/[.;!?]\s/.test(folded.slice(e, at)));
  for (const m of folded.matchAll(NUMBERED)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    if (numbersNextParagraph(clause.body, folded, m.index, m[1]!)) continue;
    const saysOwn = attributionAfter(folded, end) === "internal";
    if (!saysOwn && (continuesExternal(m.index) || citesAnotherText(folded, m.index, end, clause.body))) {
      external.push(end);
      continue;
    }
    for (const n of m[1]!.matchAll(ONE_NUMBER)) refs.push({ clause, start: m.index, end, number: cleanNumber(n[0]) });
  }
  if (roman) {
    for (const m of folded.matchAll(ROMAN_NUMBERED)) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m.index < b && end > a) || continuesExternal(m.index) || citesAnotherText(folded, m.index, end, clause.body)) continue;
      refs.push({ clause, start: m.index, end, number: m[1]!.toUpperCase() });
    }
  }
  for (const m of folded.matchAll(HYPHENATED)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a) || continuesExternal(m.index) || citesAnotherText(folded, m.index, end, clause.body)) continue;
    refs.push({ clause, start: m.index, end, number: `${m[1]}.${m[2]}` });
  }
  return refs;
}

// « 7.4. Dans ce cas, … » inside « Article 7 », « 9.2 » alone on its line with the title on the next: a dotted number
// that opens a line numbers a paragraph of the document (a long paragraph or a bare number is no heading of its own),
// so a reference to it is not broken. A reference wrapped onto a new line reads on in lower case, not a capital.
const PARAGRAPH_NUMBER = /(?:^|\n)[ \t]*(?:\*\*|__)?(\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\*\*|__)?(?=[ \t]*(?:\n|$)|[ \t]+(?:[-–—][ \t]+)?(?:\*\*|__)?[\p{Lu}«"])/gu;

function paragraphNumbers(doc: LintDocument): Set<string> {
  return new Set(doc.clauses.flatMap((c) => [...c.body.matchAll(PARAGRAPH_NUMBER)].map((m) => m[1]!)));
}

const ARTICLES = new Set(["la", "les", "le", "l"]);

function titleWords(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((w) => w && !ARTICLES.has(w));
}

function startsWith(words: string[], prefix: string[]): boolean {
  return prefix.length > 0 && prefix.every((w, i) => words[i] === w);
}

/**
 * The quoted title names this clause: same words (accents, case, "la"/"les" aside), or the quote
 * shortens the title ("Pénalités de retard" for "Pénalités de retard (mention légale)"), or — in prose,
 * where a title may run on the next line — the title and the body's first words read as the quote.
 */
function titleMatches(doc: LintDocument, clause: LintClause, quoted: string): boolean {
  const title = titleWords(clause.title);
  const quote = titleWords(quoted);
  if (title.join(" ") === quote.join(" ")) return true;
  if (quote.length >= 2 && startsWith(title, quote)) return true;
  // A heading that joins subjects (« Modalités de paiement et Retard de paiement », « Prix, paiement ») is
  // referred to by one of them.
  const parts = fold(clause.title).split(/\s+(?:et|ou)\s+|\s*[,;/–—]\s*|\s+-\s+/u).map(titleWords);
  if (parts.length > 1 && parts.some((part) => part.join(" ") === quote.join(" ") || (quote.length >= 2 && startsWith(part, quote)))) return true;
  return doc.mode === "prose" && startsWith(quote, title) && startsWith(titleWords(`${clause.title} ${clause.body.slice(0, 200)}`), quote);
}

const rule: Rule = {
  meta: {
    id: "clause-reference-broken",
    description: {
      fr: "Un renvoi interne (« Clause 4.2.2 », « l'article 7 », « la clause « Retard de paiement » ») vise une clause qui n'existe pas ou dont le titre cité ne correspond pas.",
      en: "A cross-reference (\"Clause 4.2.2\", \"l'article 7\", \"la clause « Retard de paiement »\") points to a clause that does not exist or whose quoted title does not match.",
    },
    severity: "error",
    category: "consistency",
    legalBasis: ["fr.cciv.1190"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      missingNumber: {
        fr: "le renvoi « {ref} » vise une clause {number} qui n'existe pas dans ce document : corrigez le numéro, sans quoi la clause qui renvoie est inapplicable ou s'interprète contre vous.",
        en: "the reference \"{ref}\" points to a clause {number} that does not exist in this document: fix the number, or the referring clause is inapplicable or read against you.",
      },
      missingNumbers: {
        fr: "le renvoi « {ref} » vise des clauses {numbers} qui n'existent pas dans ce document : corrigez les numéros, sans quoi la clause qui renvoie est inapplicable ou s'interprète contre vous.",
        en: "the reference \"{ref}\" points to clauses {numbers} that do not exist in this document: fix the numbers, or the referring clause is inapplicable or read against you.",
      },
      titleMismatch: {
        fr: "le renvoi « {ref} » cite le titre « {quoted} », mais la clause {number} s'intitule « {actual} » : corrigez le numéro ou le titre cité.",
        en: "the reference \"{ref}\" quotes the title \"{quoted}\", but clause {number} is entitled \"{actual}\": fix the number or the quoted title.",
      },
      missingTitle: {
        fr: "le renvoi « {ref} » cite une clause « {quoted} » qu'aucun titre du document ne porte : reprenez le titre exact de la clause visée.",
        en: "the reference \"{ref}\" quotes a clause \"{quoted}\" that no title of the document bears: use the exact title of the clause meant.",
      },
    },
  },
  check({ doc, report }) {
    const numbered = doc.clauses.filter((c) => c.number !== undefined);
    const byNumber = (n: string) => numbered.filter((c) => c.number!.replace(/\.$/, "") === n);
    const paragraphs = paragraphNumbers(doc);
    const roman = numbered.some((c) => ROMAN_CLAUSE.test(c.number!.replace(/\.$/, "")));
    const refs = doc.clauses.flatMap((c) => referencesIn(c, roman));
    // « articles 6.6.2 et 6.6.3 » is one reference: its missing numbers make one report, at its first number.
    const missingOf = (ref: Reference) =>
      refs.filter((r) => r.clause === ref.clause && r.start === ref.start && r.end === ref.end && r.number !== undefined && !byNumber(r.number).length && !paragraphs.has(r.number));
    for (const ref of refs) {
      const text = ref.clause.body.slice(ref.start, ref.end).replace(/\s+/g, " ");
      const at = (r: Omit<Report, "range">) => report({ ...r, range: ref.clause.locate(ref.start, ref.end) });
      if (ref.number !== undefined) {
        // Without any numbered clause, numbers cannot be checked (a terms file may leave them out).
        if (!numbered.length) continue;
        const targets = byNumber(ref.number);
        if (!targets.length) {
          if (paragraphs.has(ref.number)) continue;
          const missing = missingOf(ref);
          if (missing[0] !== ref) continue;
          if (missing.length === 1) at({ messageId: "missingNumber", data: { ref: text, number: ref.number } });
          else at({ messageId: "missingNumbers", data: { ref: text, numbers: missing.map((r) => r.number).join(", ") } });
        } else if (ref.title && !targets.some((c) => titleMatches(doc, c, ref.title!))) {
          at({ messageId: "titleMismatch", data: { ref: text, quoted: ref.title, number: ref.number, actual: targets[0]!.title } });
        }
      } else if (ref.title && !doc.clauses.some((c) => titleMatches(doc, c, ref.title!))) {
        at({ messageId: "missingTitle", data: { ref: text, quoted: ref.title } });
      }
    }
  },
};

export default rule;
