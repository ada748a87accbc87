// Shared by the citation, court and jurisdiction rules: finding citations of code articles in clause
// prose ("article 1148 du Code civil", "art. L. 441-6 C. com.", "l'article 1148 du même code"), the
// sentence around a match, matching a renumbered article to the subject of that sentence, and
// recovering court and governing-law choices from the words. Searches run on folded text
// (src/lint/text.ts keeps offsets), so every position is an offset into the clause body.
import { compareDates, type IsoDate } from "../../legal/dates.js";
import {
  type ArticleRenumbering,
  type RenumberedCode,
  normalizeArticle,
  renumberingDataset,
  renumberingOf,
  renumberingsOf,
} from "../../legal/renumbering.js";
import { findPhrases } from "../../legal/text-match.js";
import { findAll, fold } from "../text.js";
import type { LintClause, LintDocument, Suggestion, TextEdit } from "../types.js";

// ---------------------------------------------------------------------------------------------
// Sentences

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentence around [start, end). A sentence ends at . ! ? or ; followed by a space and a capital
 * letter or a line break, so "art. 1148", "C. civ." and "L. 441-6" do not cut it; blank lines do not
 * either (some seeds put a blank line between every printed line).
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  const boundary = /[.!?;](?=\s+(?:\p{Lu}|[-*•]\s)|\s*$)|:\s*\n/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) {
      to = after;
      break;
    }
  }
  return { start: from, end: to, text: text.slice(from, to) };
}

// ---------------------------------------------------------------------------------------------
// Article citations

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

const NUMBER = String.raw`(?:[lrda]\.?\s?)?\d+(?:\s?-\s?\d+)*(?![\p{L}\p{N}])`;
const CITATION = new RegExp(String.raw`(?<![\p{L}])(?:articles?|art\.)\s*(?:n\s*[°o]\.?\s*)?(${NUMBER}(?:\s*(?:,|et|ou|a)\s*${NUMBER})*)`, "gu");
const ONE_NUMBER = new RegExp(NUMBER, "gu");
const PART = /^\s*,?\s*(?:((?:[ivx]+)(?![\p{L}])(?:\s*\d+\s*°)?)|((?:alinea|al\.)\s*\d+))/u;

// Code names, in the order they must be tried (the specific codes before "code …").
const CODE_NAMES: [RenumberedCode | "other", RegExp][] = [
  ["civil", /^(?:code\s+civil|c\.\s*civ\.?|c\s+civ(?![\p{L}]))/u],
  ["commerce", /^(?:code\s+de\s+commerce|c\.\s*comm?\.?(?![\p{L}])|c\s+com(?![\p{L}]))/u],
  ["consommation", /^(?:code\s+de\s+la\s+consommation|c\.\s*conso(?:m|mmation)?\.?(?![\p{L}]))/u],
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
  for (const [code, re] of CODE_NAMES) if (re.test(rest)) return code;
  if (INTERNAL.test(rest)) return "internal";
  return "bare";
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

/** Every code named in a text, with its position (for "du même code"). */
function codeMentions(folded: string): { at: number; code: RenumberedCode | "other" }[] {
  const out: { at: number; code: RenumberedCode | "other" }[] = [];
  for (const m of folded.matchAll(/(?<![\p{L}])(?:code|c\.)/gu)) {
    const rest = folded.slice(m.index);
    // "du même code", "ledit code" name no code of their own.
    if (/(?:meme|dit|ce)\s+$/u.test(folded.slice(Math.max(0, m.index - 6), m.index)) || SAME_CODE.test(rest)) continue;
    const found = CODE_NAMES.find(([, re]) => re.test(rest));
    if (found) out.push({ at: m.index, code: found[0] });
  }
  return out;
}

/** Every citation of an article in the clause bodies, in document order, "même code" resolved. */
export function findCitations(clauses: LintClause[]): Citation[] {
  const citations: Citation[] = [];
  let lastCode: RenumberedCode | "other" | undefined;
  for (const clause of clauses) {
    const folded = fold(clause.body);
    const mentions = codeMentions(folded);
    let mentionIndex = 0;
    for (const m of folded.matchAll(CITATION)) {
      // Codes named before this citation (in this clause or an earlier one) resolve "du même code".
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.at < m.index) lastCode = mentions[mentionIndex++]!.code;
      const listStart = m.index + m[0].length - m[1]!.length;
      const articles = [...m[1]!.matchAll(ONE_NUMBER)].map((n): ArticleRef => {
        const start = listStart + n.index;
        const raw = clause.body.slice(start, start + n[0].length);
        return { raw, number: normalizeArticle(raw), start, end: start + raw.length };
      });
      let end = m.index + m[0].length;
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
      const attribution: Attribution =
        attributionBefore(folded, m.index) ?? (after === "same" ? (lastCode ?? "other") : after);
      citations.push({ clause, start: m.index, end, articles, attribution });
    }
    if (mentions.length) lastCode = mentions[mentions.length - 1]!.code;
  }
  return citations;
}

// ---------------------------------------------------------------------------------------------
// Renumbered articles

export interface ObsoleteCitation {
  clause: LintClause;
  citation: Citation;
  article: ArticleRef;
  /** The renumbering entries that fit the citation's subject (one, or several when the text fits several). */
  entries: ArticleRenumbering[];
  /** One entry, one new article, chosen without guessing: the number can be rewritten in place. */
  oneToOne: boolean;
  /** The entry was chosen by the paragraph cited ("L441-6 VI"): the rewrite covers the paragraph too. */
  byPart: boolean;
}

interface SubjectScore {
  entry: ArticleRenumbering;
  old: number;
  reused: number;
}

/** Keywords of the old subject and of the reused meaning in `text`; a reused keyword inside an old one ("clause" in "clause pénale") does not count. */
function scoreSubject(entry: ArticleRenumbering, text: string): SubjectScore {
  const oldHits = entry.keywords.map((k) => findPhrases(text, [k])).filter((hits) => hits.length > 0);
  const spans = oldHits.flat();
  const inside = (h: { start: number; end: number }) => spans.some((s) => s.start <= h.start && h.end <= s.end && (s.start !== h.start || s.end !== h.end));
  const reused = (entry.reusedWithOtherMeaning?.keywords ?? []).filter((k) => findPhrases(text, [k]).some((h) => !inside(h))).length;
  return { entry, old: oldHits.length, reused };
}

/** The entries whose old subject the text speaks of (and not of the number's new meaning); undefined when the text says nothing of either. */
function entriesForSubject(candidates: ArticleRenumbering[], text: string): ArticleRenumbering[] | undefined {
  const scores = candidates.map((c) => scoreSubject(c, text));
  if (scores.every((s) => s.old === 0 && s.reused === 0)) return undefined;
  const fitting = scores.filter((s) => s.old > s.reused);
  const best = Math.max(0, ...fitting.map((s) => s.old));
  return fitting.filter((s) => s.old === best).map((s) => s.entry);
}

/**
 * Citations of `code` articles that were renumbered on or before `asOf` and whose sentence (or,
 * failing that, clause) speaks of the old article's subject. `acceptBare`: a citation naming no code
 * counts when its number has a letter (L441-6, R132-1), never for plain numbers.
 */
export function findObsoleteCitations(doc: LintDocument, code: RenumberedCode, asOf: IsoDate, acceptBare: boolean): ObsoleteCitation[] {
  const found: ObsoleteCitation[] = [];
  for (const citation of findCitations(doc.clauses)) {
    const ours = citation.attribution === code || (acceptBare && citation.attribution === "bare");
    if (!ours) continue;
    for (const article of citation.articles) {
      if (citation.attribution === "bare" && !/^[A-Z]/.test(article.number)) continue;
      const candidates = renumberingsOf(code, article.number).filter((e) => compareDates(asOf, e.inForceFrom) >= 0);
      if (!candidates.length) continue;
      const byPart = article.part !== undefined ? renumberingOf(code, article.number, article.part) : undefined;
      if (byPart) {
        found.push({ clause: citation.clause, citation, article, entries: [byPart], oneToOne: byPart.oneToOne, byPart: true });
        continue;
      }
      const { body, title } = citation.clause;
      const sentence = sentenceAround(body, citation.start, citation.end).text;
      const entries = entriesForSubject(candidates, sentence) ?? entriesForSubject(candidates, `${title}\n${body}`) ?? [];
      if (!entries.length) continue;
      const oneToOne = candidates.length === 1 && entries.length === 1 && entries[0]!.oneToOne;
      found.push({ clause: citation.clause, citation, article, entries, oneToOne, byPart: false });
    }
  }
  return found;
}

/** "ordonnance n° 2016-131 du 10 février 2016" out of the dataset's longer instrument text. */
export function instrumentOf(code: RenumberedCode): string {
  return renumberingDataset(code).instrument.split(/\s*[,(]/)[0]!.trim();
}

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** "2016-10-01" → "1er octobre 2016". */
export function frenchDate(iso: IsoDate): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d === 1 ? "1er" : d} ${MONTHS[m! - 1]} ${y}`;
}

/** "L441-10" → "L. 441-10" (as the codes print it); "1218" stays. */
export function printArticle(article: string): string {
  return article.replace(/^([A-Z])(\d)/, "$1. $2");
}

/** The new article numbers the findings point to, without repeats. */
export function newArticlesOf(finding: ObsoleteCitation): string[] {
  return [...new Set(finding.entries.flatMap((e) => e.newArticles))];
}

/**
 * The edit that rewrites a cited number: only its digits when the letter prefix stays
 * ("L. 441-6" → "L. 441-10"); with `withPart`, the paragraph cited too ("L442-6 I 5°" → "L442-1 II").
 */
export function renumberEdit(clause: LintClause, article: ArticleRef, newArticle: string, withPart?: { newPart?: string }): TextEdit | undefined {
  const firstDigit = article.raw.search(/\d/);
  const oldPrefix = article.raw.slice(0, firstDigit).replace(/[\s.]/g, "").toUpperCase();
  const newPrefix = newArticle.match(/^[A-Z]*/)![0];
  const keepPrefix = oldPrefix === newPrefix;
  const from = keepPrefix ? article.start + firstDigit : article.start;
  const to = withPart ? (article.partEnd ?? article.end) : article.end;
  const text = (keepPrefix ? newArticle.slice(newPrefix.length) : newArticle) + (withPart?.newPart ? ` ${withPart.newPart}` : "");
  const { start, end } = clause.fileRange(from, to) ?? {};
  return start === undefined || end === undefined ? undefined : { start, end, text };
}

/** The fix (one-to-one) or the suggestions (one per new article) for a renumbered citation. */
export function renumberFixes(finding: ObsoleteCitation, suggestionId: string): { fix?: TextEdit; suggestions?: Suggestion[] } {
  const { clause, article } = finding;
  if (finding.oneToOne) {
    const entry = finding.entries[0]!;
    const fix = renumberEdit(clause, article, entry.newArticles[0]!, finding.byPart ? { newPart: entry.newPart } : undefined);
    return fix ? { fix } : {};
  }
  const suggestions = finding.entries.flatMap((entry) =>
    entry.newArticles.flatMap((n): Suggestion[] => {
      const edit = renumberEdit(clause, article, n, finding.byPart ? { newPart: entry.newPart } : undefined);
      const detail = entry.paragraphs?.find((p) => p.new === n)?.subject ?? entry.subject;
      return edit ? [{ messageId: suggestionId, data: { article: printArticle(n), subject: detail }, fix: edit }] : [];
    }),
  );
  return suggestions.length ? { suggestions } : {};
}

// ---------------------------------------------------------------------------------------------
// Courts and governing law named in the prose

export type Country = "FR" | "LU" | "BE" | "DE" | "CH" | "ES" | "IT" | "GB" | "US" | "NL" | "PT";

export interface CourtMention {
  clause: LintClause;
  start: number;
  end: number;
  /** The words as written: "Tribunal de commerce de LIBOURNE". */
  text: string;
  /** The place, folded for comparison ("lorient"); undefined for "les juridictions du ressort du siège social". */
  cityKey?: string;
  sellerOffice: boolean;
  /** Known from the court's type (a French tribunal de commerce) or its place (Luxembourg). */
  country?: Country;
}

// French court types name the country; Luxembourg's district courts and its capital name theirs.
const FRENCH_COURT = /(?:de\s+commerce|judiciaires?|d'instance|de\s+grande\s+instance|des\s+activites\s+economiques|de\s+proximite|administratifs?)$/u;
const COURT = String.raw`(?<![\p{L}])(?:(?:tribunal|tribunaux)(?:\s+(?:de\s+commerce|judiciaires?|d'instance|de\s+grande\s+instance|des\s+activites\s+economiques|de\s+proximite|d'arrondissement|administratifs?))?|juridictions?)(?:\s+competente?s?)?`;
const COURT_OF_PLACE = new RegExp(String.raw`${COURT}\s+(?:de\s+|d'\s*|du\s+)`, "gu");
const COURT_OF_OFFICE = new RegExp(String.raw`${COURT}\s+(?:du\s+ressort\s+)?(?:du|de\s+son)\s+siege(?:\s+social)?`, "gu");
const PLACE = /^[\p{Lu}][\p{L}'’-]*(?:[ -](?:(?:sur|sous|en|les|le|la|de|du|aux)[ -])?[\p{Lu}][\p{L}'’-]*)*/u;
const REGISTRY = /(?:greffe|immatricul|rcs|registre\s+du\s+commerce)[^.;]*$/u;

/** "Luxembourg-ville" and "Luxembourg", "du Havre" and "Le Havre" compare equal. */
export function cityKey(city: string): string {
  return fold(city)
    .replace(/[-'’]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:le|la|les) /, "")
    .replace(/ ville$/, "");
}

function countryOfCourt(courtWords: string, key: string | undefined): Country | undefined {
  if (FRENCH_COURT.test(courtWords.replace(/\s+competente?s?$/u, ""))) return "FR";
  if (/d'arrondissement/.test(courtWords) || key?.startsWith("luxembourg")) return "LU";
  return undefined;
}

/** Words that follow "tribunal de" without being a place ("Tribunal de Commerce compétent"). */
const NOT_A_PLACE = /^(?:commerce|grande|instance|proximite|activites|arrondissement|son|sa|ses|leur)(?: |$)/u;

/** Courts designated in a clause ("Tribunal de commerce de Lorient", "tribunaux de Luxembourg-ville", "juridictions du ressort du siège social"); not a registry ("greffe du tribunal de commerce de …"). */
export function findCourtMentions(clause: LintClause): CourtMention[] {
  const { body } = clause;
  const folded = fold(body);
  const mentions: CourtMention[] = [];
  const notRegistry = (start: number) => !REGISTRY.test(folded.slice(Math.max(0, start - 60), start));
  for (const m of folded.matchAll(COURT_OF_PLACE)) {
    const placeAt = m.index + m[0].length;
    // A place is written with a capital ("de Paris"), unlike "de commerce".
    const place = PLACE.exec(body.slice(placeAt));
    if (!place || !notRegistry(m.index)) continue;
    const city = place[0].replace(/[’'-]+$/, "");
    const key = cityKey(city);
    if (NOT_A_PLACE.test(key)) continue;
    const courtWords = folded.slice(m.index, placeAt).replace(/\s+(?:de|d'|du)\s*$/u, "").trim();
    const end = placeAt + city.length;
    mentions.push({ clause, start: m.index, end, text: body.slice(m.index, end), cityKey: key, sellerOffice: false, country: countryOfCourt(courtWords, key) });
  }
  for (const m of findAll(body, COURT_OF_OFFICE)) {
    if (!notRegistry(m.start)) continue;
    mentions.push({ clause, start: m.start, end: m.end, text: m.text, sellerOffice: true, country: countryOfCourt(fold(m.text).split(/\s+du\s+/)[0]!, undefined) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export interface LawMention {
  clause: LintClause;
  start: number;
  end: number;
  text: string;
  country: Country;
}

const NATIONALITY: Record<string, Country> = {
  francais: "FR", luxembourgeois: "LU", belge: "BE", allemand: "DE", suisse: "CH", espagnol: "ES",
  italien: "IT", anglais: "GB", americain: "US", neerlandais: "NL", portugais: "PT",
};
const ADJECTIVE_SPELLING: Record<string, string> = { francais: "français", americain: "américain", neerlandais: "néerlandais" };

/** "FR" → "droit français" (a country without an adjective here keeps its code). */
export function lawAdjective(country: string): string {
  const adjective = Object.entries(NATIONALITY).find(([, c]) => c === country)?.[0];
  return adjective ? `droit ${ADJECTIVE_SPELLING[adjective] ?? adjective}` : `droit du pays ${country}`;
}

const LAW = /(?<![\p{L}])(?:droit|loi|legislation)\s+(francais|luxembourgeois|belge|allemand|suisse|espagnol|italien|anglais|americain|neerlandais|portugais)e?s?(?![\p{L}])/u;
// Words that make "droit français" a choice of law rather than a passing mention.
const LAW_CHOICE = /soumis|regi(?:e|s|es)?(?![\p{L}])|gouvern|releve|applicable|s'appliqu/u;

/** Choices of the governing law in a clause ("soumises au droit français", "relève du droit français"). */
export function findLawChoices(clause: LintClause): LawMention[] {
  return findAll(clause.body, new RegExp(LAW.source, "gu"))
    .filter((m) => LAW_CHOICE.test(fold(`${clause.title} ${sentenceAround(clause.body, m.start, m.end).text}`)))
    .map((m) => ({ clause, start: m.start, end: m.end, text: m.text, country: NATIONALITY[m.groups[0]!]! }));
}

const EXCLUSIVE = /exclusivement\s+competent|competence\s+exclusive|(?<![\p{L}])seul(?:e|s|es)?\s+(?:les?\s+|la\s+)?(?:tribunal|tribunaux|juridictions?)|attribution\s+(?:exclusive\s+)?de\s+(?:juridiction|competence)/u;
const COURT_CHOICE = /competen|litige|differend|contestation|devant|porte|soumis|saisi|reclamation/u;

/** The sentence says the court is exclusive ("seuls les tribunaux de …", "compétence exclusive"). */
export function saysExclusive(text: string): boolean {
  return EXCLUSIVE.test(fold(text));
}

/** A court designation that chooses the court for disputes (a court named in a sentence about disputes or competence). */
export function isCourtChoice(mention: CourtMention): boolean {
  const sentence = sentenceAround(mention.clause.body, mention.start, mention.end).text;
  return COURT_CHOICE.test(fold(sentence)) || saysExclusive(sentence);
}

/** "Tribunal de commerce de Lorient", "tribunaux de Luxembourg-ville", "tribunaux du siège du vendeur": the structured jurisdiction in words. */
export function describeJurisdiction(doc: LintDocument): string | undefined {
  const j = doc.terms?.jurisdiction;
  if (!j) return undefined;
  if (j.type === "named-court") return `${j.court} de ${j.city}`;
  if (j.type === "courts-of-city") return `tribunaux de ${j.city}`;
  return "juridictions du siège du vendeur";
}
