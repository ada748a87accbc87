// Citations of code articles in clause prose ("article 1148 du Code civil", "art. L. 441-6 C. com.",
// "l'article 1148 du même code"): the numbers cited, the paragraph, and the code they belong to.
// Searches run on folded text (text.ts keeps offsets), so every position is an offset into the
// clause body.
import { type RenumberedCode, normalizeArticle } from "../../legal/renumbering.js";
import { COUNTRY_OF_ADJECTIVE, COUNTRY_OF_NAME } from "../scope/countries.js";
import type { LintClause } from "../types.js";
import { sentenceAround } from "./sentences.js";
import { fold } from "./text.js";

/** Which text a citation points to. "bare": no code or statute named after the number. */
export type Attribution = RenumberedCode | "other" | "internal" | "bare";

export interface ArticleRef {
  /** As written: "1148", "L. 441-6". */
  raw: string;
  /** Normalized: "1148", "L441-6". */
  number: string;
  start: number;
  end: number;
  /** Paragraph written after the number ("VI", "I 5°", "al. 2"), with the end of the whole reference. */
  part?: string;
  partEnd?: number;
}

export interface Citation {
  clause: LintClause;
  start: number;
  end: number;
  articles: ArticleRef[];
  attribution: Attribution;
}

// « L121-20du Code »: a typo glues the number to the « du » that names its code; the number still ends there.
const NUMBER = String.raw`(?:[lrda]\.?\s?)?\d+(?:\s?-\s?\d+)*(?!\p{N})(?!(?!(?:du|des?)\s)\p{L})`;
const CITATION = new RegExp(String.raw`(?<![\p{L}])(?:articles?|art\.)\s*(?:n\s*[°o]\.?\s*)?(${NUMBER}(?:\s*(?:,|et|ou|a)\s*${NUMBER})*)`, "gu");
const ONE_NUMBER = new RegExp(NUMBER, "gu");
const PART = /^\s*,?\s*(?:((?:[ivx]+)(?![\p{L}])(?:\s*\d+\s*°)?)|((?:alinea|al\.)\s*\d+))/u;

// Code names, in the order they must be tried (the specific codes before "code …").
// « Code civ. », « Code com. », « Code de com. », « Code conso »: the word « code » with the abbreviation.
const CODE_NAMES: [RenumberedCode | "other", RegExp][] = [
  ["civil", /^(?:code\s+civil|(?:code|c\.)\s*civ\.?(?![\p{L}])|c\s+civ(?![\p{L}]))/u],
  // « Code du commerce »: a common misspelling of the same code.
  ["commerce", /^(?:code\s+d[eu]\s+commerce|(?:code(?:\s+de)?|c\.)\s*comm?\.?(?![\p{L}])|c\s+com(?![\p{L}]))/u],
  ["consommation", /^(?:code\s+de\s+la\s+consommation|(?:code(?:\s+de\s+la)?|c\.)\s*conso(?:m|mmation)?\.?(?![\p{L}]))/u],
  ["other", /^(?:code\s+[\p{L}']+|c\.\s*\p{L}|cgi|cpc|loi|decret|reglement|directive|ordonnance|arrete|traite|tfue|rgpd|convention|lcen|constitution)(?![\p{L}])/u],
];
const SAME_CODE = /^(?:meme\s+code|code\s+precite|dit\s+code|ce\s+code|code\s+susvise)(?![\p{L}])/u;
const INTERNAL = /^(?:present|presentes|ci-dessous|ci-dessus|ci-apres|susvise|precedent|suivant)/u;
const LINK = /^(?:\s+et\s+(?:suivants|s\.|ss\.?))?\s*,?\s*\(?\s*(?:du|de\s+la|de\s+l'|des|de|d')?\s*/u;

/** Whom the words right after a citation attribute it to ("du Code civil", "de la loi …", "ci-dessous"). */
export function attributionAfter(folded: string, end: number): RenumberedCode | "other" | "internal" | "same" | "bare" {
  const tail = folded.slice(end, end + 80);
  const rest = tail.slice(LINK.exec(tail)![0].length);
  if (SAME_CODE.test(rest)) return "same";
  const code = codeNamedAt(rest);
  if (code) return code;
  if (INTERNAL.test(rest)) return "internal";
  return "bare";
}

// « Code civil suisse », « Code civil du Québec », « Code de la consommation luxembourgeois », « Code civil belge »: a
// foreign code of the same name, whose numbers are not France's (Belgium and Luxembourg kept 1134, 1147, 1148).
const FOREIGN_ADJECTIVES = [...COUNTRY_OF_ADJECTIVE].filter(([, country]) => country !== "FR").map(([adjective]) => adjective);
const FOREIGN_NAMES = [...COUNTRY_OF_NAME].filter(([, country]) => country !== "FR").map(([name]) => name);
const FOREIGN_AFTER = new RegExp(
  String.raw`^\s*(?:(?:${[...FOREIGN_ADJECTIVES, "quebecois"].sort((a, b) => b.length - a.length).join("|")})(?:n?e)?s?|(?:du|de\s+la|de\s+l'|des|de|d')\s*(?:${[...FOREIGN_NAMES, "quebec", "luxembourg", "monaco"].sort((a, b) => b.length - a.length).join("|")}))(?![\p{L}])`,
  "u",
);

/** The code named at the start of `rest` (« code civil … », « C. com. »); a foreign code of the same name is "other". */
function codeNamedAt(rest: string): RenumberedCode | "other" | undefined {
  for (const [code, re] of CODE_NAMES) {
    const m = re.exec(rest);
    if (m) return code !== "other" && FOREIGN_AFTER.test(rest.slice(m[0].length)) ? "other" : code;
  }
  return undefined;
}

/** A code named right before the citation: "C. civ., art. 1148", "Code de commerce, article L441-6". */
function attributionBefore(folded: string, start: number): RenumberedCode | "other" | undefined {
  const head = folded.slice(Math.max(0, start - 40), start);
  for (const [code, re] of CODE_NAMES) {
    const source = re.source.replace(/^\^/, "");
    if (new RegExp(`(?:${source})\\s*[,:]?\\s*$`, "u").test(head)) return code;
  }
  return undefined;
}

// "article 441-6", "article 121-20-2": a Code de commerce or Code de la consommation number written
// without its L. The code is the one named in the sentence or the clause, or the one the subject
// implies (late penalties, the 40 € indemnity and payment terms are the Code de commerce's).
const WITHOUT_LETTER = /^\d{3}-\d+(?:-\d+)*$/;
const LETTERED_CODES = CODE_NAMES.filter(([code]) => code === "commerce" || code === "consommation").map(
  ([code, re]) => [code as RenumberedCode, new RegExp(String.raw`(?<![\p{L}])(?:${re.source.replace(/^\^/, "")})`, "u")] as const,
);
const COMMERCE_SUBJECT = /penalites?\s+de\s+retard|indemnite\s+forfaitaire|frais\s+de\s+recouvrement|delais?\s+de\s+paiement|(?<![\d,.])40\s*(?:€|euros?)(?![\p{L}])/u;
const CONSUMER_SUBJECT = /retractation|garantie\s+legale|consommateur|mediateur\s+de\s+la\s+consommation/u;

/** The code a letterless number belongs to, from the codes named around it or, failing that, its subject. */
function impliedCode(sentence: string, clause: string): RenumberedCode | undefined {
  for (const text of [sentence, clause]) {
    const named = LETTERED_CODES.filter(([, re]) => re.test(text));
    if (named.length === 1) return named[0]![0];
    if (named.length > 1) return undefined;
  }
  const commerce = COMMERCE_SUBJECT.test(sentence);
  const consumer = CONSUMER_SUBJECT.test(sentence);
  return commerce === consumer ? undefined : commerce ? "commerce" : "consommation";
}

/** Every code named in a text, with its position (for "du même code"). */
function codeMentions(folded: string): { at: number; code: RenumberedCode | "other" }[] {
  const out: { at: number; code: RenumberedCode | "other" }[] = [];
  for (const m of folded.matchAll(/(?<![\p{L}])(?:code|c\.)/gu)) {
    const rest = folded.slice(m.index);
    // "du même code", "ledit code" name no code of their own.
    if (/(?:meme|dit|ce)\s+$/u.test(folded.slice(Math.max(0, m.index - 6), m.index)) || SAME_CODE.test(rest)) continue;
    const found = codeNamedAt(rest);
    if (found) out.push({ at: m.index, code: found });
  }
  return out;
}

// « selon L.441-6 », « (L 441-10 C. com.) »: a lettered number written without « article » before it.
// The letter and the hyphenated number together are a citation whatever precedes them.
const LETTERED_ALONE = new RegExp(String.raw`(?<![\p{L}\p{N}'’])[lr]\.?\s?\d{3,4}(?:\s?-\s?\d+)+(?![\p{L}\p{N}])`, "gu");

interface CitationMatch {
  index: number;
  /** Where the list of numbers starts, and its text (folded). */
  listStart: number;
  list: string;
}

/** The matches of CITATION, then the lettered numbers written alone outside them, in text order. */
function citationMatches(folded: string): CitationMatch[] {
  const out: CitationMatch[] = [...folded.matchAll(CITATION)].map((m) => ({ index: m.index, listStart: m.index + m[0].length - m[1]!.length, list: m[1]! }));
  const covered = out.map((c) => [c.index, c.listStart + c.list.length] as const);
  for (const m of folded.matchAll(LETTERED_ALONE)) {
    if (covered.some(([a, b]) => m.index < b && a < m.index + m[0].length)) continue;
    out.push({ index: m.index, listStart: m.index, list: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Every citation of an article in the clause bodies, in document order, "même code" resolved. */
export function findCitations(clauses: LintClause[]): Citation[] {
  const citations: Citation[] = [];
  let lastCode: RenumberedCode | "other" | undefined;
  for (const clause of clauses) {
    const folded = fold(clause.body);
    const mentions = codeMentions(folded);
    let mentionIndex = 0;
    for (const m of citationMatches(folded)) {
      // Codes named before this citation (in this clause or an earlier one) resolve "du même code".
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.at < m.index) lastCode = mentions[mentionIndex++]!.code;
      const articles = [...m.list.matchAll(ONE_NUMBER)].map((n): ArticleRef => {
        const start = m.listStart + n.index;
        const raw = clause.body.slice(start, start + n[0].length);
        return { raw, number: normalizeArticle(raw), start, end: start + raw.length };
      });
      let end = m.listStart + m.list.length;
      const part = PART.exec(folded.slice(end));
      const last = articles[articles.length - 1];
      if (part && last) {
        const written = clause.body.slice(end, end + part[0].length).trim().replace(/^,\s*/, "");
        // A roman paragraph is written in capitals ("VI"): "article 1148 il …" is not one.
        if (part[2] || /^[IVX]+/.test(written)) {
          end += part[0].length;
          last.part = written;
          last.partEnd = end;
        }
      }
      const after = attributionAfter(folded, end);
      let attribution: Attribution = attributionBefore(folded, m.index) ?? (after === "same" ? (lastCode ?? "other") : after);
      const letterless = articles.length > 0 && articles.every((a) => WITHOUT_LETTER.test(a.number));
      if (attribution === "bare" && letterless) {
        const sentence = fold(sentenceAround(clause.body, m.index, end).text);
        attribution = impliedCode(sentence, `${fold(clause.title ?? "")}\n${folded}`) ?? "bare";
      }
      // These codes number their legislative articles with an L: "441-6" is L441-6.
      if ((attribution === "commerce" || attribution === "consommation") && letterless) for (const a of articles) a.number = `L${a.number}`;
      citations.push({ clause, start: m.index, end, articles, attribution });
    }
    if (mentions.length) lastCode = mentions[mentions.length - 1]!.code;
  }
  return citations;
}

/** "L441-10" → "L. 441-10" (as the codes print it); "1218" stays. */
export function printArticle(article: string): string {
  return article.replace(/^([A-Z])(\d)/, "$1. $2");
}
