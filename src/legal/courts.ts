// Abolished French courts (juridictions de proximité 2017, 2020 reform) and the tribunaux des activités économiques (2025–2028),
// from src/legal/data/courts.json.
import courtsFile from "./data/courts.json" with { type: "json" };
import { type IsoDate, compareDates, isBetween, parseIsoDate } from "./dates.js";
import { type PhraseHit, findAcronyms, findPhrases, fold, phrasePattern, foldText } from "./text-match.js";

export interface AbolishedCourtMatch extends PhraseHit {
  court: string; // canonical old name, e.g. "tribunal d'instance"
  replacement: string;
  replacementNote?: string;
  from: IsoDate;
  instrument: string;
  /** The legal basis id of the abolition, when not the 2020 reform's. */
  basis?: string;
  source: string;
  confidence: string;
  note?: string;
}

export interface TaeRenaming {
  city: string;
  oldName: string; // "tribunal de commerce de Lyon"
  newName: string; // "tribunal des activités économiques de Lyon"
  courDAppel: string;
  from: IsoDate;
  to: IsoDate;
  instrument: string;
  source: string;
  confidence: string;
  note?: string;
}

interface AbolishedCourt {
  court: string;
  patterns: string[];
  acronyms: string[];
  replacement: string;
  replacementNote?: string;
  /** Where the cases went before `replacement` existed (the juridictions de proximité, 2017–2019). */
  earlierReplacement?: { until: IsoDate; replacement: string };
  from: IsoDate;
  instrument: string;
  basis?: string;
  source: string;
  confidence: string;
  note?: string;
}

const abolished: readonly AbolishedCourt[] = courtsFile.abolished;
const tae = courtsFile.tae;
/** Each TAE court's pattern, compiled on first use (by index in tae.courts): clauses are searched by the thousand. */
const taePatterns: RegExp[] = [];

/**
 * The first abolished court named in `name` (a court name or any text), if it no longer existed on `date`.
 * Names match without regard to case or accents, as whole words; the acronyms "TGI" and "TI" match
 * only in capitals, as whole words (so "ti" inside a word or a lowercase "ti" never match).
 */
export function abolishedCourtOn(name: string, date: IsoDate): AbolishedCourtMatch | undefined {
  return findAbolishedCourts(name, date)[0];
}

/** Every mention of an abolished court in `text`, in text order, for a document dated `date`. */
export function findAbolishedCourts(text: string, date: IsoDate): AbolishedCourtMatch[] {
  parseIsoDate(date);
  return abolished
    .filter((court) => compareDates(date, court.from) >= 0)
    .flatMap((court) => {
      const hits = [...findPhrases(text, court.patterns), ...findAcronyms(text, court.acronyms)];
      const { patterns: _p, acronyms: _a, earlierReplacement: earlier, ...facts } = court;
      const replacement = earlier && compareDates(date, earlier.until) <= 0 ? earlier.replacement : court.replacement;
      return hits.map((hit) => ({ ...hit, ...facts, replacement }));
    })
    .sort((a, b) => a.start - b.start);
}

/** The TAE that replaced the tribunal de commerce of `city` on `date` (only during the 2025–2028 experiment). */
export function taeCityOn(city: string, date: IsoDate): TaeRenaming | undefined {
  parseIsoDate(date);
  if (!isBetween(date, tae.from, tae.to)) return undefined;
  const wanted = foldCity(city);
  const court = tae.courts.find((c) => foldCity(c.city) === wanted);
  return court && toRenaming(court);
}

/** Mentions of "tribunal de commerce de <ville>" in `text` for a city whose court was a TAE on `date`. */
export function findTaeRenamings(text: string, date: IsoDate): (TaeRenaming & PhraseHit)[] {
  parseIsoDate(date);
  if (!isBetween(date, tae.from, tae.to)) return [];
  const { folded, originalIndex } = foldText(text);
  // Every pattern needs the words: most clauses are done with at one search.
  if (!folded.includes("commerce")) return [];
  return tae.courts
    .flatMap((court, i) => {
      const re = (taePatterns[i] ??= new RegExp(
        `(?<![\\p{L}\\p{N}])tribunal\\s+de\\s+commerce\\s+(?:${cityWithPreposition(court.city)})(?![\\p{L}\\p{N}])`,
        "gu",
      ));
      return [...folded.matchAll(re)].map((m) => {
        const start = originalIndex[m.index]!;
        const end = originalIndex[m.index + m[0].length]!;
        return { ...toRenaming(court), start, end, matched: text.slice(start, end) };
      });
    })
    .sort((a, b) => a.start - b.start);
}

function toRenaming(court: { city: string; courDAppel: string; note?: string }): TaeRenaming {
  return {
    city: court.city,
    oldName: `tribunal de commerce ${frenchOf(court.city)}`,
    newName: `tribunal des activités économiques ${frenchOf(court.city)}`,
    courDAppel: court.courDAppel,
    from: tae.from,
    to: tae.to,
    instrument: tae.instrument,
    source: tae.source,
    confidence: tae.confidence,
    ...(court.note !== undefined && { note: court.note }),
  };
}

/** "de Lyon", "d'Avignon", "du Havre". */
function frenchOf(city: string): string {
  if (/^Le /.test(city)) return `du ${city.slice(3)}`;
  if (/^[AEIOUYÉH]/i.test(fold(city))) return `d'${city}`;
  return `de ${city}`;
}

/** Regex alternatives for "de/d'/du + city" in folded text ("du havre", "de le havre", "d'avignon", "de avignon"). */
function cityWithPreposition(city: string): string {
  const name = phrasePattern(city.replace(/-/g, " ")).replace(/\\s\+/g, "[\\s-]+");
  const alternatives = [`de\\s+${name}`, `d'\\s*${name}`];
  if (/^Le /.test(city)) alternatives.push(`du\\s+${phrasePattern(city.slice(3))}`);
  if (/^Saint /.test(city.replace(/-/g, " "))) {
    alternatives.push(`de\\s+st[\\s.-]+${phrasePattern(city.replace(/-/g, " ").slice(6))}`);
  }
  return alternatives.join("|");
}

function foldCity(city: string): string {
  return fold(city)
    .replace(/[-']/g, " ")
    .replace(/\bst\.?\s/g, "saint ")
    .replace(/\s+/g, " ")
    .trim();
}
