import { parse as parseYaml } from "yaml";
import { DateOutOfRangeError, MAX_DATE, MIN_DATE, parseIsoDate } from "../../legal/dates.js";
import { diagnostic, type Diagnostic } from "../../model/diagnostics.js";
import { format, type Locale } from "../../model/locale.js";
import { markdownOverBudget, MAX_MARKDOWN_DELIMITERS } from "../../model/markdown-budget.js";
import { proseMessages } from "../messages.js";
import { buildClause, readsAsSentence } from "./clause.js";
import { fold } from "../scan/text.js";
import { isCountryCode } from "../scope/countries.js";
import { resolveScope } from "../scope/resolve.js";
import type { Audience, Law, LintClause, LintDocument } from "../types.js";
import type { Defaults } from "./from-model.js";
import { LineIndex } from "./line-index.js";
import { proseLocators } from "./prose-locate.js";
import { detectDocumentDate } from "./prose-dates.js";

/**
 * Prose mode: a Word-era document saved as Markdown or text. The clause structure is recovered
 * from headings and numbering ("Article 3 :", "Clause n° 5", "3.2.1 Titre", "# Titre").
 * Front matter (--- … ---) may set audience, law, kind, title and effectiveDate.
 */
export interface FrontMatter {
  audience?: Audience;
  law?: Law;
  title?: string;
  effectiveDate?: string;
}

const FRONT_MATTER_KEYS = ["audience", "law", "title", "effectiveDate", "kind"];

export function readFrontMatter(path: string, text: string, locale: Locale): { front: FrontMatter; bodyStart: number; diagnostics: Diagnostic[] } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { front: {}, bodyStart: 0, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let data: Record<string, unknown> = {};
  try {
    const parsed = parseYaml(m[1]!, { maxAliasCount: 0 });
    if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
  } catch (e) {
    diagnostics.push(diagnostic(path, "FRONT_MATTER_SYNTAX", format(proseMessages, "FRONT_MATTER_SYNTAX", { detail: (e as Error).message.split("\n")[0] }, locale), { line: 2, column: 1, endLine: 2, endColumn: 1 }));
  }
  const front: FrontMatter = {};
  const index = new LineIndex(text);
  for (const [key, value] of Object.entries(data)) {
    const at = text.indexOf(`${key}:`);
    const range = index.range(Math.max(0, at), Math.max(0, at) + key.length);
    if (!FRONT_MATTER_KEYS.includes(key)) {
      diagnostics.push(diagnostic(path, "FRONT_MATTER_KEY", format(proseMessages, "FRONT_MATTER_KEY", { key, allowed: FRONT_MATTER_KEYS.join(", ") }, locale), range));
    } else if (key === "audience" && !["b2b", "b2c", "mixed"].includes(String(value))) {
      diagnostics.push(diagnostic(path, "FRONT_MATTER_VALUE", format(proseMessages, "FRONT_MATTER_AUDIENCE", { found: JSON.stringify(value) }, locale), range));
    } else if (key === "law" && !isCountryCode(String(value))) {
      diagnostics.push(diagnostic(path, "FRONT_MATTER_VALUE", format(proseMessages, "FRONT_MATTER_LAW", { found: JSON.stringify(value) }, locale), range));
    } else if (key === "effectiveDate" && !/^\d{4}-\d{2}-\d{2}$/.test(String(value instanceof Date ? value.toISOString().slice(0, 10) : value))) {
      diagnostics.push(diagnostic(path, "FRONT_MATTER_VALUE", format(proseMessages, "FRONT_MATTER_DATE", { found: JSON.stringify(value) }, locale), range));
    } else if (key === "effectiveDate" && outOfRange(yamlDate(value))) {
      diagnostics.push(diagnostic(path, "DATE_OUT_OF_RANGE", dateOutOfRange(yamlDate(value), locale), range));
    } else if (key === "law") {
      front.law = String(value).toUpperCase();
    } else if (key !== "kind") {
      (front as Record<string, unknown>)[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    }
  }
  return { front, bodyStart: m[0].length, diagnostics };
}

/** A front-matter date as written: YAML may have read it as a Date. */
function yamlDate(value: unknown): string {
  return String(value instanceof Date ? value.toISOString().slice(0, 10) : value);
}

function outOfRange(date: string): boolean {
  try {
    parseIsoDate(date);
    return false;
  } catch (error) {
    return error instanceof DateOutOfRangeError;
  }
}

function dateOutOfRange(date: string, locale: Locale): string {
  return format(proseMessages, "DATE_OUT_OF_RANGE", { date, min: MIN_DATE, max: MAX_DATE }, locale);
}

/** The date the text says it is in force from; one outside the accepted range is reported where written, and not used. */
function documentDate(path: string, text: string, index: LineIndex, diagnostics: Diagnostic[], locale: Locale): string | undefined {
  const found = detectDocumentDate(text);
  if (!found || !outOfRange(found.date)) return found?.date;
  diagnostics.push(diagnostic(path, "DATE_OUT_OF_RANGE", dateOutOfRange(found.date, locale), index.range(found.start, found.end)));
  return undefined;
}

interface Heading {
  lineStart: number;
  lineEnd: number;
  number?: string;
  title: string;
  titleStart: number;
  /** Where the clause's text starts when not on the next line: a numbered sentence is its own clause's text. */
  bodyStart?: number;
}

// « 1.1 Les présentes conditions s'appliquent à … . »: a numbered paragraph, not a heading. Its number still makes it
// a clause (references, homes) but its words are the clause's text, which every scanner reads; « 1.1 Objet : les
// présentes … » keeps « Objet » as the title. A title of a word or two with a dot (« 12. Confidentialité. ») stays one.
const SENTENCE_END = /[.!?;]$/;
const TITLE_THEN_SENTENCE = /^(\p{Lu}[^:.;!?]{0,60}?)\s*(?::|\.|[-–—])\s+(?=\S)/u;

// « 3.1 Le client dispose … . » over 160 characters: a sub-numbered sentence is still its clause (its words are the text).
const SUB_NUMBER = /^(?:#{1,6}\s*)?(?:article\s+)?\d{1,2}(?:\.\d{1,2})+[.)]?\s*[-–—]?\s*\p{Lu}/iu;
function longNumberedSentence(trimmed: string): boolean {
  return SUB_NUMBER.test(trimmed) && SENTENCE_END.test(trimmed);
}

/** A numbered heading whose title is a sentence: its title (the words before « : » if they read as one) and where the text starts. */
function sentenceParagraph(heading: Heading): void {
  if (!heading.number || !readsAsSentence(heading.title)) return;
  const lead = TITLE_THEN_SENTENCE.exec(heading.title);
  const title = lead && looksLikeTitle(lead[1]!) && lead[1]!.split(/\s+/).length <= 5 ? lead[1]! : "";
  const textAt = title ? lead![0].length : 0;
  Object.assign(heading, { title, bodyStart: heading.titleStart + textAt, lineEnd: title ? heading.titleStart + title.length : heading.lineEnd });
}

// « Article premier », « Article 1er »: clause 1. A clause number has at most three digits: « Article 1218 du Code civil »
// opening a line cites the statute, it is no heading.
const ARTICLE = /^(?:#{1,6}\s*)?(?:article|clause|art\.)\s*(?:n\s*[°o]\.?\s*)?(premier|1er|\d{1,3}(?:\.\d{1,3})*)(?![\d\p{L}])\s*(?:[:.\-–—)]\s*)?(.*)$/u;
const FIRST = /^(?:premier|1er)$/;
// « ### 4.2 – Validation »: a dash may part the number from the title; « 3.1- Annulation », « 3.3-Annulation Groupe »:
// a hyphen may follow the number at once, with or without a space before the title.
// Not « 7-a / Dates »: a hyphen straight after the number parts it from a capitalised title only.
const NUMBERED = /^(?:#{1,6}\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)])?(?:\s+|(?=[-–—]\s*\p{Lu}))(?:[-–—]\s*)?(\S.*)$/u;
const MARKDOWN_HEADING = /^#{1,6}\s+(\S.*)$/;

// Word-era headings: a paragraph all in bold ("**Article 5 – Paiement**", "__Livraison__"), a short
// line in capitals ("CONDITIONS DE PAIEMENT"), a roman number ("V. PAIEMENT").
const BOLD_LINE = /^(\*\*|__)(?![\s*_])(.+?)(?<![\s*_])\1$/u;
// « III – PRIX »: a dash may part a roman number from its title too.
const ROMAN = /^(?:#{1,6}\s*)?([IVX]{1,5}(?:\.\d{1,2}){0,3})\.?[)]?\s+(?:[-–—]\s+)?(\S.*)$/u;
const CAPITALS_LINE = /^\p{Lu}[\p{Lu}'’ ,&-]*\p{Lu}$/u;
// A company name in capitals (« SARL DUPONT ») opens a legal-notice block, not a clause.
const LEGAL_FORM = /(?<![\p{L}])(?:SARL|SASU?|EURL|SA|SCI|SNC|SCOP|SELARL|EIRL|EI|GIE|SC)(?![\p{L}])/u;
const LIST_ITEM = /^[-*+•]\s/u;
// « **Indemnité forfaitaire de recouvrement : 40 €** », « **Délai de paiement : 30 jours** »: a label and its
// figure in bold state a term; they do not open a clause.
const LABEL_WITH_FIGURE = /\s:\s*[^:]*\d/u;
// « **SIREN :** », « **Adresse :** » alone on their line: the name of a field of the seller's record (its value on the
// next line), not a clause title; the colon inside the bold is the reader's cue, with a field's name.
const FIELD_LABEL = /^(?:n°\s*|numero\s+(?:de\s+)?)?(?:siren|siret|rcs|r\.c\.s\.?|tva(?: intracommunautaire)?|raison sociale|denomination(?: sociale)?|forme juridique|capital(?: social)?|siege(?: social)?|adresse(?: postale| du siege(?: social)?| e-?mail| electronique)?|e-?mail|courriel|telephone|tel\.?|nom(?: commercial)?|enseigne|statut|immatriculation|directeur de (?:la )?publication|hebergeur)\s*:$/;

// « 1. **Nombre insuffisant de participants** » under « 7.2 »: a plain number before a dot or bracket, written
// without « # » or « Article », lower than the clause numbers already seen, restarts a numbered list inside
// the clause; it is no clause « 1 » (after which every reference to 7 would look broken).
const LIST_NUMBER = /^(\d{1,2})[.)]\s/;

function restartsList(line: string, number: string | undefined, before: readonly { number?: string }[]): boolean {
  const item = LIST_NUMBER.exec(line.trim());
  if (!item || number !== item[1]) return false;
  const highest = Math.max(0, ...before.map((h) => Number.parseInt(h.number ?? "", 10)).filter((n) => Number.isFinite(n)));
  return Number(item[1]) < highest;
}

/**
 * Whether a line opens a clause, and its number and title. `startsParagraph`: the line follows a
 * blank line (or starts the text); a bold line or a line in capitals is a heading only then (« PARIS »
 * inside an address block is not).
 */
export function parseHeading(line: string, startsParagraph = true): { number?: string; title: string; titleOffset: number } | undefined {
  const trimmed = line.trim();
  if (!trimmed || (trimmed.length > 180 && !longNumberedSentence(trimmed)) || LIST_ITEM.test(trimmed)) return undefined;
  const lead = line.length - line.trimStart().length;
  const bold = BOLD_LINE.exec(trimmed);
  if (bold) {
    // The bold words, without a trailing colon ("**Garanties :**"), read as a heading of their own;
    // an unnumbered bold title must start a paragraph (a bold line inside one is emphasis).
    if (FIELD_LABEL.test(fold(bold[2]!.trim()))) return undefined;
    const inner = bold[2]!.replace(/\s*:$/, "");
    const h = headingIn(inner, startsParagraph) ?? (startsParagraph && looksLikeTitle(inner) && !LABEL_WITH_FIGURE.test(inner) ? { title: inner, titleOffset: 0 } : undefined);
    return h && { ...h, titleOffset: lead + bold[1]!.length + h.titleOffset };
  }
  // « ## **2. Prix** »: bold inside a Markdown heading leaves the heading's number its own.
  const boldInHeading = BOLD_IN_HEADING.exec(trimmed);
  if (boldInHeading) {
    const h = headingIn(`${boldInHeading[1]}${boldInHeading[3]}`, startsParagraph);
    if (h) return { ...h, titleOffset: lead + h.titleOffset + (h.titleOffset >= boldInHeading[1]!.length ? boldInHeading[2]!.length : 0) };
  }
  const h = headingIn(trimmed, startsParagraph);
  return h && { ...h, titleOffset: lead + h.titleOffset };
}

const BOLD_IN_HEADING = /^(#{1,6}\s+)(\*\*|__)(?![\s*_])(.+?)(?<![\s*_])\2\s*$/u;

/** A heading written without bold: "Article 5 : …", "5) …", "V. …", "# …", or capitals. Offsets into `trimmed`. */
function headingIn(trimmed: string, startsParagraph = true): { number?: string; title: string; titleOffset: number } | undefined {
  const folded = fold(trimmed);
  const article = ARTICLE.exec(folded);
  if (article) {
    const title = trimmed.slice(trimmed.length - article[2]!.length).trim();
    return { number: FIRST.test(article[1]!) ? "1" : article[1], title, titleOffset: trimmed.length - article[2]!.length };
  }
  const numbered = NUMBERED.exec(trimmed);
  if (numbered) {
    // « 13. ** Garantie, responsabilité**»: the number outside the bold, the title inside it.
    const title = numbered[2]!.replace(/^(\*\*|__)\s*(.+?)\s*\1$/u, "$2");
    const boldTitle = title !== numbered[2];
    // "30 % du montant", "1. le client…": a title starts with a capital letter and is not a sentence.
    if (!/^\p{Lu}/u.test(title) || /[;,]$/.test(title) || (title.length > 160 && !longNumberedSentence(trimmed)) || /^\d/.test(title)) return undefined;
    // « 2 – Prix »: a dash between a bare number and a short title parts them as a heading's number and title do.
    const dashed = /^\s*[-–—]\s+/.test(trimmed.slice(numbered[1]!.length)) && looksLikeTitle(title);
    if (!boldTitle && !dashed && numbered[1]!.includes(".") === false && !/[.)]/.test(trimmed.slice(numbered[1]!.length, numbered[1]!.length + 1)) && !/^#/.test(trimmed)) {
      // A bare "12 Mois" is not a heading; "12. Confidentialité", "4.1 Prérequis" and "8 **Délai de livraison**" are.
      return undefined;
    }
    return { number: numbered[1], title, titleOffset: trimmed.indexOf(title, numbered[1]!.length) };
  }
  const roman = ROMAN.exec(trimmed);
  if (roman) {
    const title = roman[2]!;
    return /^\p{Lu}/u.test(title) && looksLikeTitle(title) ? { number: roman[1], title, titleOffset: trimmed.length - title.length } : undefined;
  }
  const md = MARKDOWN_HEADING.exec(trimmed);
  if (md) return { title: md[1]!, titleOffset: trimmed.length - md[1]!.length };
  // Capitals: a few words, one of four letters or more ("TVA" or "SAS" alone is an acronym, not a title).
  if (startsParagraph && CAPITALS_LINE.test(trimmed) && looksLikeTitle(trimmed) && /\p{Lu}{4}/u.test(trimmed) && !LEGAL_FORM.test(trimmed)) return { title: trimmed, titleOffset: 0 };
  return undefined;
}

// « Prix » over « ------ » or « ====== »: a Markdown setext heading.
const UNDERLINE = /^ {0,3}(?:={3,}|-{3,})\s*$/;
// « Prix : » alone on its line over its paragraph: a title announced by a colon. Not a word that opens a remark.
const COLON_TITLE = /^(\p{Lu}[^:]*?)\s*:$/u;
const REMARK = /^(?:important|attention|nota|nb|n\.b|exemple|remarque|precision|rappel|avertissement)\b/;

/**
 * A heading read with the line after it: a setext heading (its underline next), or a short capitalised line
 * ending with a colon that starts a paragraph and is followed by the paragraph's text (not a list: « Le client
 * s'engage à : » over « - payer… » announces items; not a field over another: « Etablissement : » over « SIRET : »).
 */
function headingByNextLine(line: string, next: string | undefined, startsParagraph: boolean): { number?: string; title: string; titleOffset: number } | undefined {
  const trimmed = line.trim();
  if (!startsParagraph || !trimmed || next === undefined || LIST_ITEM.test(trimmed)) return undefined;
  const lead = line.length - line.trimStart().length;
  if (UNDERLINE.test(next)) return /^\p{Lu}/u.test(trimmed) && looksLikeTitle(trimmed) ? { title: trimmed, titleOffset: lead } : undefined;
  const colon = COLON_TITLE.exec(trimmed);
  // « Etablissement : » over « SIRET : »: fields of a record, each line a label; a title is followed by its prose.
  const text = next.trim();
  if (!colon || LIST_ITEM.test(text) || text.split(/\s+/).length < 4 || text.endsWith(":") || colon[1]!.split(/\s+/).length > 5) return undefined;
  const folded = fold(trimmed);
  if (FIELD_LABEL.test(folded) || REMARK.test(folded) || !looksLikeTitle(colon[1]!)) return undefined;
  return { title: colon[1]!, titleOffset: lead };
}

/** A line that is a title alone: capitalised, a few words, not a heading or a list item itself. */
function titleOnItsOwn(line: string): boolean {
  const trimmed = line.trim().replace(/^(\*\*|__)(.+)\1$/u, "$2");
  return /^\p{Lu}/u.test(trimmed) && looksLikeTitle(trimmed) && !LIST_ITEM.test(trimmed) && parseHeading(line) === undefined;
}

/** A title, not a sentence: a few words, no closing punctuation. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 100 && text.split(/\s+/).length <= 8 && !/[.;,!?]$/.test(text);
}

function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "clause";
}

export function fromProse(path: string, absPath: string, text: string, defaults: Defaults, locale: Locale): { doc: LintDocument; diagnostics: Diagnostic[] } {
  const { front, bodyStart, diagnostics } = readFrontMatter(path, text, locale);
  const index = new LineIndex(text);
  const headings: Heading[] = [];
  const lines = text.slice(bodyStart).split("\n");
  let offset = bodyStart;
  lines.forEach((line, i) => {
    const startsParagraph = i === 0 || !lines[i - 1]!.trim();
    const h = parseHeading(line, startsParagraph) ?? headingByNextLine(line, lines[i + 1], startsParagraph);
    if (h && !restartsList(line, h.number, headings)) {
      const heading: Heading = { lineStart: offset, lineEnd: offset + line.length, number: h.number, title: h.title.trim(), titleStart: offset + h.titleOffset };
      // « Article 3. » alone, its title on the next line (« Prix »): the clause is titled by that line.
      const next = lines[i + 1];
      if (!heading.title && h.number && next !== undefined && titleOnItsOwn(next)) Object.assign(heading, { title: next.trim(), lineEnd: offset + line.length + 1 + next.length });
      sentenceParagraph(heading);
      headings.push(heading);
    }
    offset += line.length + 1;
  });
  const clauses: LintClause[] = [];
  const used = new Set<string>();
  const addClause = (start: number, end: number, heading: Heading | undefined) => {
    const body = text.slice(start, end);
    if (!heading && !body.trim()) return;
    const base = heading ? slug(heading.number ? `article-${heading.number}` : heading.title) : "preambule";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const delimiters = markdownOverBudget(body);
    if (delimiters !== undefined) {
      const message = format(proseMessages, "MARKDOWN_TOO_COMPLEX", { title: heading?.title ?? id, count: delimiters, limit: MAX_MARKDOWN_DELIMITERS }, locale);
      diagnostics.push(diagnostic(path, "MARKDOWN_TOO_COMPLEX", message, index.range(start, start)));
    }
    clauses.push(
      buildClause({
        index: clauses.length,
        id,
        number: heading?.number,
        title: heading?.title ?? "",
        markdown: body,
        locateMarkdown: (a, b) => index.range(start + a, start + b),
        markdownToFile: (a) => start + a,
        fileText: text,
        titleRange: heading ? index.range(heading.titleStart, heading.lineEnd) : index.range(start, start),
      }),
    );
  };
  addClause(bodyStart, headings[0]?.lineStart ?? text.length, undefined);
  headings.forEach((h, i) => addClause(h.bodyStart ?? Math.min(h.lineEnd + 1, text.length), headings[i + 1]?.lineStart ?? text.length, h));
  const locators = proseLocators(clauses, index.range(bodyStart, bodyStart));

  const { law, audience, scope } = resolveScope(
    text.slice(bodyStart),
    bodyStart,
    index,
    [{ value: front.law, source: "front-matter" }, { value: defaults.law, source: defaults.sources?.law ?? "option" }],
    [{ value: front.audience, source: "front-matter" }, { value: defaults.audience, source: defaults.sources?.audience ?? "option" }],
  );
  const doc: LintDocument = {
    path,
    absPath,
    mode: "prose",
    kind: "terms",
    text,
    law,
    audience,
    scope,
    date: front.effectiveDate ?? documentDate(path, text, index, diagnostics, locale),
    clauses,
    locateFact: (fact) => locators.locateFact(fact),
    clauseOfFact: (fact) => locators.clauseOfFact(fact),
    locateSellerFact: (fact) => ({ ...locators.locateSellerFact(fact), file: path }),
  };
  return { doc, diagnostics };
}
