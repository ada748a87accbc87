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
  let re = globalCopies.get(pattern);
  if (!re) globalCopies.set(pattern, (re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g")));
  re.lastIndex = 0;
  const { folded, originalIndex } = foldText(text);
  return [...folded.matchAll(re)].map((m) => {
    const start = originalIndex[m.index!]!;
    const end = originalIndex[m.index! + m[0].length]!;
    return { start, end, text: text.slice(start, end), groups: m.slice(1).map((g) => g ?? "") };
  });
}

/** Global copies of the patterns rules pass (matchAll needs the g flag), compiled once each. */
const globalCopies = new WeakMap<RegExp, RegExp>();

export function findFirst(text: string, pattern: RegExp): TextMatch | undefined {
  return findAll(text, pattern)[0];
}

export function contains(text: string, pattern: RegExp): boolean {
  return findAll(text, pattern).length > 0;
}


/**
 * The pattern with each literal space (outside character classes) matching any run of white space:
 * text pasted from a PDF breaks lines anywhere ("Registre du \n\ncommerce").
 */
export function flexible(pattern: RegExp): RegExp {
  const cached = flexibleCache.get(pattern);
  if (cached) return cached;
  const made = makeFlexible(pattern);
  flexibleCache.set(pattern, made);
  return made;
}

const flexibleCache = new WeakMap<RegExp, RegExp>();

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
