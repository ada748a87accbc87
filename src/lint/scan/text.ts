// Searching French legal prose: case, accents, apostrophes and spaces vary ("Tribunal d’Instance",
// "tribunal d'instance", "TRIBUNAL D INSTANCE"). Patterns are written for folded text (one fold for
// the whole project: src/legal/text-match.ts) and matches come back with offsets in the original.
import { fold, foldText } from "../../legal/text-match.js";

export { fold };

/** Word boundaries for folded text: a number or a word must not be part of a longer one ("aucun"). */
export const FOLDED_WORD_START = String.raw`(?<![a-z0-9])`;
export const FOLDED_WORD_END = String.raw`(?![a-z0-9])`;

export interface TextMatch {
  start: number;
  end: number;
  text: string;
  groups: string[];
}

/**
 * Every match of a pattern written for folded text (lower case, no accents, ' for apostrophes),
 * with offsets into the original text.
 */
export function findAll(text: string, pattern: RegExp): TextMatch[] {
  const { re, folded, originalIndex } = prepared(text, pattern);
  return [...folded.matchAll(re)].map((m) => matchOf(text, originalIndex, m));
}

/** The pattern's global copy (matchAll needs the g flag), from the start, and the folded text. */
function prepared(text: string, pattern: RegExp): { re: RegExp; folded: string; originalIndex: number[] } {
  const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
  const re = compiledOnce(pattern, globalCopies, flags, () => new RegExp(pattern.source, flags));
  re.lastIndex = 0;
  return { re, ...foldText(text) };
}

function matchOf(text: string, originalIndex: number[], m: RegExpMatchArray): TextMatch {
  const start = originalIndex[m.index!]!;
  const end = originalIndex[m.index! + m[0].length]!;
  return { start, end, text: text.slice(start, end), groups: m.slice(1).map((g) => g ?? "") };
}

/**
 * Patterns compiled once per process: by object, then by text, as rules and helpers that build a
 * pattern per call (a seller's name, a number's words) would otherwise compile it for every document.
 * `variant` names what `make` derives from the pattern (the "g" flag added, spaces made flexible).
 */
function compiledOnce(pattern: RegExp, objects: WeakMap<RegExp, RegExp>, variant: string, make: () => RegExp): RegExp {
  const known = objects.get(pattern);
  if (known) return known;
  // Patterns built from documents' words could grow without end: start over past a bound.
  if (compiledCount >= MAX_COMPILED) {
    bySource.clear();
    compiledCount = 0;
  }
  let sources = bySource.get(variant);
  if (!sources) bySource.set(variant, (sources = new Map()));
  let re = sources.get(pattern.source);
  if (!re) {
    sources.set(pattern.source, (re = make()));
    compiledCount++;
  }
  objects.set(pattern, re);
  return re;
}

const globalCopies = new WeakMap<RegExp, RegExp>();
const flexibleCopies = new WeakMap<RegExp, RegExp>();
const bySource = new Map<string, Map<string, RegExp>>();
const MAX_COMPILED = 10_000;
let compiledCount = 0;

/**
 * A pure function of a text, memoised per process: several rules scan the same clause, and the
 * versions of a document share most of their clauses. The result is shared: callers never change it.
 * Bounded, as the texts come from documents.
 */
export function memoByText<T>(scan: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      if (known.size >= MEMO_SIZE) known.clear();
      known.set(text, (result = scan(text)));
    }
    return result;
  };
}

const MEMO_SIZE = 4096;

/**
 * A function of a list of clauses (a document's), memoised for that list while its items stay the
 * same: the rules of one document ask for the same statements. The result is shared: callers never change it.
 */
export function memoByClauses<C extends object, T>(scan: (clauses: readonly C[]) => T): (clauses: readonly C[]) => T {
  const known = new WeakMap<readonly C[], { items: C[]; result: T }>();
  return (clauses) => {
    const hit = known.get(clauses);
    if (hit && hit.items.length === clauses.length && hit.items.every((c, i) => c === clauses[i])) return hit.result;
    const result = scan(clauses);
    known.set(clauses, { items: [...clauses], result });
    return result;
  };
}

export function findFirst(text: string, pattern: RegExp): TextMatch | undefined {
  const { re, folded, originalIndex } = prepared(text, pattern);
  const m = re.exec(folded);
  re.lastIndex = 0;
  return m ? matchOf(text, originalIndex, m) : undefined;
}

/** Whether the pattern occurs: stops at the first match rather than listing them all. */
export function contains(text: string, pattern: RegExp): boolean {
  const { re, folded } = prepared(text, pattern);
  const found = re.test(folded);
  re.lastIndex = 0;
  return found;
}


/**
 * The pattern with each literal space (outside character classes) matching any run of white space:
 * text pasted from a PDF breaks lines anywhere ("Registre du \n\ncommerce").
 */
export function flexible(pattern: RegExp): RegExp {
  return compiledOnce(pattern, flexibleCopies, `flexible ${pattern.flags}`, () => makeFlexible(pattern));
}

function makeFlexible(pattern: RegExp): RegExp {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const ch = pattern.source[i]!;
    if (ch === "\\") {
      out += ch + (pattern.source[++i] ?? "");
      continue;
    }
    if (ch === "[") inClass = true;
    if (ch === "]") inClass = false;
    // " ?" stays optional (one white-space character); a plain space becomes "one or more".
    const quantified = /[?*+{]/.test(pattern.source[i + 1] ?? "");
    out += ch === " " && !inClass ? (quantified ? String.raw`\s` : String.raw`\s+`) : ch;
  }
  return new RegExp(out, pattern.flags);
}
