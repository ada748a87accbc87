// Citations of renumbered articles: matching the old number to the subject of its sentence, and
// the fixes or suggestions that rewrite it.
import { compareDates, type IsoDate } from "../../legal/dates.js";
import { type ArticleRenumbering, type RenumberedCode, renumberingDataset, renumberingOf, renumberingsOf } from "../../legal/renumbering.js";
import { findPhrases } from "../../legal/text-match.js";
import type { LintClause, LintDocument, Suggestion, TextEdit } from "../types.js";
import { type ArticleRef, type Citation, findCitations, printArticle } from "./citations.js";
import { sentenceAround } from "./sentences.js";
import { fold } from "./text.js";

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

// « l'ancien article 1147 », « anciens articles L. 211-4 et s. », « ex-article L121-21 », « l'article L. 137-2, devenu
// L. 218-2 »: the text says itself that the number is the old one (a history or a concordance), not a defect to report.
// « (ancien C. civ., art. 1369-4) »: the code's abbreviation may stand between « ancien » and the article.
const OLD_BEFORE = /(?<![\p{L}])(?:anciens?|anciennes?|anc\.|ex)\s*-?\s*(?:c\.\s*(?:civ|com|conso|consom)\.?\s*,?\s*)?$/u;
const OLD_AFTER = /^\s*,?\s*\(?\s*(?:anciens?|anc\.|devenus?|desormais)(?![\p{L}])/u;

function citedAsOld(citation: Citation): boolean {
  const body = citation.clause.body;
  return OLD_BEFORE.test(fold(body.slice(Math.max(0, citation.start - 20), citation.start))) || OLD_AFTER.test(fold(body.slice(citation.end, citation.end + 30)));
}

/**
 * « l'article 1369-1 du Code civil » with no word of its subject: the old Code civil's hyphenated numbers
 * of the table (1316-4, 1369-1, 1386-1…) no longer exist since 2016 (the reform left no number between
 * 1316 and 1317, 1369 and 1370…), so the number itself is obsolete once the Code civil is named. A plain
 * number (1134, 1226) was reused with another content: it still needs its subject's words.
 */
function numberAlone(code: RenumberedCode, candidates: ArticleRenumbering[]): ArticleRenumbering[] {
  const only = candidates.length === 1 ? candidates[0]! : undefined;
  return code === "civil" && only && only.oldArticle.includes("-") && !only.oldRangeTo && !only.reusedWithOtherMeaning ? [only] : [];
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
    if (!ours || citedAsOld(citation)) continue;
    // Articles of this citation in the table whose sentence did not speak of their own subject (round T37c).
    const unsettled: { article: ArticleRef; candidates: ArticleRenumbering[] }[] = [];
    const before = found.length;
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
      const entries = entriesForSubject(candidates, sentence) ?? entriesForSubject(candidates, `${title}\n${body}`) ?? numberAlone(code, candidates);
      if (!entries.length) {
        unsettled.push({ article, candidates });
        continue;
      }
      const oneToOne = candidates.length === 1 && entries.length === 1 && entries[0]!.oneToOne;
      found.push({ clause: citation.clause, citation, article, entries, oneToOne, byPart: false });
    }
    // « articles L. 121-21, L. 121-21-1 et L. 121-21-2 »: one list is written in one numbering. Once an article of it is
    // read as old, the others of the table are old too, unless their number was reused with another content.
    if (found.length === before) continue;
    for (const { article, candidates } of unsettled) {
      const only = candidates.length === 1 ? candidates[0]! : undefined;
      if (only && !only.reusedWithOtherMeaning) found.push({ clause: citation.clause, citation, article, entries: [only], oneToOne: only.oneToOne, byPart: false });
    }
    found.push(...found.splice(before).sort((a, b) => a.article.start - b.article.start));
  }
  return found;
}

/** "ordonnance n° 2016-131 du 10 février 2016" out of the dataset's longer instrument text. */
export function instrumentOf(code: RenumberedCode): string {
  return renumberingDataset(code).instrument.split(/\s*[,(]/)[0]!.trim();
}

// One French date format for the project ("2016-10-01" → "1er octobre 2016"); message data takes localizedDate.
export { formatDate as frenchDate, localizedDate } from "../../money/format.js";

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
