// Old → new article numbers of the Code civil (2016), Code de commerce (2019) and Code de la
// consommation (2016), from src/legal/data/*-renumbering-*.json.
import civilFile from "./data/civil-code-renumbering-2016.json" with { type: "json" };
import commerceFile from "./data/commercial-code-renumbering-2019.json" with { type: "json" };
import consumerFile from "./data/consumer-code-renumbering-2016.json" with { type: "json" };
import { type IsoDate, compareDates, isBetween, parseIsoDate } from "./dates.js";
import { fold, keywordsFoundIn } from "./text-match.js";

export type RenumberedCode = "civil" | "commerce" | "consommation";

export interface ReusedMeaning {
  meaning: string;
  keywords: string[];
  source: string;
  confidence: string;
}

export interface ArticleRenumbering {
  code: RenumberedCode;
  oldArticle: string;
  /** Last article of an old block (1156 → 1164), when the entry covers a range. */
  oldRangeTo?: string;
  /** Paragraph of the old article when its content was split (e.g. "VI" of L441-6). */
  part?: string;
  newArticles: string[];
  newPart?: string;
  oneToOne: boolean;
  subject: string;
  keywords: string[];
  paragraphs?: { part: string; new: string; subject: string }[];
  /** The old number exists in the new numbering with another content: a bare citation is ambiguous. */
  reusedWithOtherMeaning?: ReusedMeaning;
  note?: string;
  /** A later reform rewrote the new article's content (ordonnance 2021-1247 for L217-x): the new number alone may no longer fit. */
  rewrittenBy?: LaterRewrite;
  inForceFrom: IsoDate;
  instrument: string;
  source: string;
  confidence: string;
}

export interface LaterRewrite {
  instrument: string;
  from: IsoDate;
  source: string;
  confidence: string;
}

export interface RenumberingDataset {
  code: RenumberedCode;
  instrument: string;
  inForceFrom: IsoDate;
  source: string;
  confidence: string;
}

/** An article number that meant something else during a past period (e.g. L441-10 before 26 April 2019). */
export interface ReusedNumber {
  article: string;
  otherContentFrom: IsoDate;
  otherContentTo: IsoDate;
  note: string;
  source: string;
  confidence: string;
}

export interface StatuteCitation {
  citation: string;
  number: string;
  subject: string;
  currentArticles: string[];
  since: IsoDate;
  note: string;
  source: string;
  confidence: string;
}

interface RawEntry {
  old: string;
  oldRangeTo?: string;
  part?: string;
  new: string[];
  newPart?: string;
  oneToOne: boolean;
  subject: string;
  keywords: string[];
  paragraphs?: { part: string; new: string; subject: string }[];
  reusedWithOtherMeaning?: ReusedMeaning;
  note?: string;
  rewrittenBy?: LaterRewrite;
  source: string;
  confidence: string;
}

interface RawFile {
  instrument: string;
  inForceFrom: IsoDate;
  inForceSource: string;
  inForceConfidence: string;
  entries: RawEntry[];
}

const files: Record<RenumberedCode, RawFile> = {
  civil: civilFile,
  commerce: commerceFile,
  consommation: consumerFile,
};

const entriesByCode: Record<RenumberedCode, readonly ArticleRenumbering[]> = {
  civil: files.civil.entries.map((e) => toRenumbering("civil", e)),
  commerce: files.commerce.entries.map((e) => toRenumbering("commerce", e)),
  consommation: files.consommation.entries.map((e) => toRenumbering("consommation", e)),
};

const reusedNumbers: readonly ReusedNumber[] = commerceFile.reusedNumbers;
const statuteCitations: readonly StatuteCitation[] = commerceFile.statuteCitations;

export function renumberingDataset(code: RenumberedCode): RenumberingDataset {
  const f = files[code];
  return { code, instrument: f.instrument, inForceFrom: f.inForceFrom, source: f.inForceSource, confidence: f.inForceConfidence };
}

/**
 * "L. 441-6", "art. L.441‑6", "l441-6" → "L441-6"; "1231‑5" → "1231-5".
 * Keeps the letter prefix (L, R, D, A) and the number; drops "article"/"art." and spacing.
 */
export function normalizeArticle(text: string): string {
  const compact = fold(text)
    .replace(/^\s*(?:articles?|art\.?)\s*/, "")
    .replace(/[\s.]/g, "")
    .toUpperCase();
  return compact;
}

/**
 * Every renumbering entry for an old article (several when its paragraphs went to different
 * articles). An entry for the article itself wins over an old block that contains it (1156 → 1188
 * rather than the whole 1157–1164 block's 1188 to 1192).
 */
export function renumberingsOf(code: RenumberedCode, article: string): ArticleRenumbering[] {
  const wanted = normalizeArticle(article);
  const covering = entriesByCode[code].filter((e) => coversArticle(e, wanted));
  const own = covering.filter((e) => normalizeArticle(e.oldArticle) === wanted);
  return own.length ? own : covering;
}

/** The entry for an old article, or for one of its paragraphs when `part` is given ("VI", "I 5°"). */
export function renumberingOf(code: RenumberedCode, article: string, part?: string): ArticleRenumbering | undefined {
  const candidates = renumberingsOf(code, article);
  if (part === undefined) return candidates[0];
  const wantedPart = normalizePart(part);
  return candidates.find((e) => e.part !== undefined && normalizePart(e.part) === wantedPart);
}

/** True when `article` is an old number and, on `date`, the new numbering was already in force. */
export function isObsoleteNumberOn(code: RenumberedCode, article: string, date: IsoDate): boolean {
  parseIsoDate(date);
  return renumberingsOf(code, article).some((e) => compareDates(date, e.inForceFrom) >= 0);
}

/** The past meaning of a reused Code de commerce number when `date` falls in that period. */
export function reusedNumberOn(article: string, date: IsoDate): ReusedNumber | undefined {
  const wanted = normalizeArticle(article);
  return reusedNumbers.find(
    (r) => normalizeArticle(r.article) === wanted && isBetween(date, r.otherContentFrom, r.otherContentTo),
  );
}

/** A bare statute citation (e.g. "Loi n° 2012-387") and the articles that now carry its rule. */
export function statuteCitationIn(text: string): StatuteCitation | undefined {
  const compact = fold(text).replace(/\s/g, "");
  return statuteCitations.find((s) => compact.includes(s.number));
}

/** Keywords of the old subject and of the reused meaning that occur in `text` (accent/case-insensitive). */
export function subjectKeywordsIn(
  entry: ArticleRenumbering,
  text: string,
): { oldSubject: string[]; reusedMeaning: string[] } {
  return {
    oldSubject: keywordsFoundIn(text, entry.keywords),
    reusedMeaning: entry.reusedWithOtherMeaning ? keywordsFoundIn(text, entry.reusedWithOtherMeaning.keywords) : [],
  };
}

function toRenumbering(code: RenumberedCode, e: RawEntry): ArticleRenumbering {
  const f = files[code];
  const { old, new: newArticles, ...rest } = e;
  return { code, oldArticle: old, newArticles, ...rest, inForceFrom: f.inForceFrom, instrument: f.instrument };
}

function coversArticle(e: ArticleRenumbering, wanted: string): boolean {
  if (normalizeArticle(e.oldArticle) === wanted) return true;
  if (e.oldRangeTo === undefined || !/^\d+$/.test(wanted)) return false;
  const n = Number(wanted);
  return n >= Number(e.oldArticle) && n <= Number(e.oldRangeTo);
}

function normalizePart(part: string): string {
  return fold(part).replace(/[\s.]/g, "");
}
