import { LineCounter, parseAllDocuments, isAlias, isMap, isScalar, isPair, visit, type Document, type Node } from "yaml";
import { capDiagnostics } from "./diagnostic-cap.js";
import { diagnostic, type Diagnostic, type SourceRange } from "./diagnostics.js";
import { loaderMessages, typeNames } from "./messages.js";
import { format, type Locale } from "./locale.js";
import { clip, quoteValue } from "./quote-value.js";

/** Files above this size are refused before parsing: no terms file comes close. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A parsed YAML or JSON file that keeps every node's source range. */
export interface SourceFile {
  path: string;
  text: string;
  lineCounter: LineCounter;
  doc: Document.Parsed;
}

export type ParseResult = { ok: true; source: SourceFile; data: unknown } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parse results shared between workspaces, by path, language and content: a long-running service
 * parses its project files (terms, seller) once (src/lint/gate-cache.ts). What it returns is never
 * changed by its users.
 */
export interface ParsedFiles {
  parse(path: string, text: string, locale: Locale, parse: () => ParseResult): ParseResult;
}

export function rangeOf(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** Decodes bytes as UTF-8 text, refusing binary and non-UTF-8 content with a positioned error. */
export function decodeText(path: string, bytes: Uint8Array, locale: Locale): { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] } {
  const msg = (id: keyof typeof loaderMessages, data = {}) => format(loaderMessages, id, data, locale);
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, diagnostics: [diagnostic(path, "FILE_TOO_LARGE", msg("FILE_TOO_LARGE", { size: bytes.length, limit: MAX_FILE_BYTES }))] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, diagnostics: [diagnostic(path, "BINARY_FILE", msg("BINARY_FILE", { offset: nul }))] };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    const lines = before.split("\n");
    const line = lines.length;
    const column = (lines.at(-1)?.length ?? 0) + 1;
    return {
      ok: false,
      diagnostics: [diagnostic(path, "NOT_UTF8", msg("NOT_UTF8"), { line, column, endLine: line, endColumn: column + 1 }, msg("HINT_UTF8"))],
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

/**
 * Parses YAML (JSON is YAML 1.2) into one document. Aliases, anchors and merge keys are refused
 * before anything is expanded, so an alias bomb costs nothing.
 */
export function parseSource(path: string, text: string, locale: Locale): ParseResult {
  const lineCounter = new LineCounter();
  const msg = (id: keyof typeof loaderMessages, data = {}) => format(loaderMessages, id, data, locale);
  // uniqueKeys: false, because the yaml package compares each key with every earlier one (n² on a
  // map of 100,000 keys); duplicateKeys() does the same check with one Set per map.
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, merge: false });
  const list = Array.isArray(docs) ? docs : [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of list) {
    for (const offset of duplicateKeys(doc)) {
      diagnostics.push(diagnostic(path, "YAML_DUPLICATE_KEY", msg("YAML_DUPLICATE_KEY"), rangeOf(lineCounter, offset, offset + 1)));
    }
    for (const err of doc.errors) {
      // An unclosed quote swallows the rest of the file: point at where it opened, not at the end.
      const start = err.code === "MISSING_CHAR" ? (unclosedQuote(text, err.pos[0]) ?? err.pos[0]) : err.pos[0];
      // Common mistakes get a message in the user's words; the others keep the parser's.
      const id = `YAML_${err.code}` as keyof typeof loaderMessages;
      const message = id in loaderMessages && id !== "YAML_SYNTAX" ? msg(id, { detail: firstLine(err.message) }) : msg("YAML_SYNTAX", { detail: firstLine(err.message) });
      diagnostics.push(diagnostic(path, `YAML_${err.code}`, message, rangeOf(lineCounter, start, start === err.pos[0] ? err.pos[1] : start + 1)));
    }
  }
  if (diagnostics.length) return { ok: false, diagnostics: capDiagnostics(path, diagnostics, locale) };
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range[0];
    return { ok: false, diagnostics: [diagnostic(path, "MULTIPLE_DOCUMENTS", msg("MULTIPLE_DOCUMENTS"), rangeOf(lineCounter, start, start))] };
  }
  const doc = list[0];
  if (!doc || doc.contents === null) {
    return { ok: false, diagnostics: [diagnostic(path, "NOT_AN_OBJECT", msg("NOT_AN_OBJECT", { found: typeNames.null[locale] }))] };
  }
  visit(doc, {
    Node(_, node) {
      const n = node as Node & { anchor?: string; range?: [number, number, number] };
      if (isAlias(n) || n.anchor) {
        const name = isAlias(n) ? n.source : n.anchor;
        const range = n.range ? rangeOf(lineCounter, n.range[0], n.range[1]) : undefined;
        diagnostics.push(diagnostic(path, "ALIAS_NOT_ALLOWED", msg("ALIAS_NOT_ALLOWED", { name }), range, msg("HINT_ALIAS")));
        return visit.BREAK; // one is enough: the file is refused as a whole
      }
      return undefined;
    },
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === "<<") {
        const r = pair.key.range;
        diagnostics.push(diagnostic(path, "MERGE_KEY_NOT_ALLOWED", msg("MERGE_KEY_NOT_ALLOWED"), r ? rangeOf(lineCounter, r[0], r[1]) : undefined));
      }
    },
  });
  if (diagnostics.length) return { ok: false, diagnostics: capDiagnostics(path, diagnostics, locale) };
  diagnostics.push(...inexactNumbers(path, text, doc, lineCounter, locale));
  if (diagnostics.length) return { ok: false, diagnostics: capDiagnostics(path, diagnostics, locale) };
  if (!isMap(doc.contents)) {
    const r = doc.contents.range;
    const value = isScalar(doc.contents) ? doc.contents.value : undefined;
    const found = typeof value === "string" ? quoteValue(value) : isScalar(doc.contents) ? clip(String(value)) : typeNames.array[locale];
    return { ok: false, diagnostics: [diagnostic(path, "NOT_AN_OBJECT", msg("NOT_AN_OBJECT", { found }), r ? rangeOf(lineCounter, r[0], r[1]) : undefined)] };
  }
  const data = doc.toJS({ maxAliasCount: 0 });
  return { ok: true, source: { path, text, lineCounter, doc }, data };
}

/** A double keeps 15 significant decimal digits exactly (DBL_DIG); a longer unquoted number may be changed. */
export const MAX_EXACT_DIGITS = 15;

const DECIMAL_LITERAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Significant digits of a decimal literal: leading zeros and the zeros that end it do not count. */
export function significantDigits(literal: string): number {
  const mantissa = literal.replace(/^[-+]/, "").split(/[eE]/)[0]!.replace(".", "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/**
 * Unquoted numbers that cannot be read exactly: more significant digits than a double keeps (a
 * 17-digit price would silently lose a cent), or .inf / .nan. Each is refused where it is written,
 * with the quoted form to write instead (a quoted number is read as decimal text, exactly).
 */
function inexactNumbers(path: string, text: string, doc: Document.Parsed, lineCounter: LineCounter, locale: Locale): Diagnostic[] {
  const msg = (id: keyof typeof loaderMessages, data = {}) => format(loaderMessages, id, data, locale);
  const found: Diagnostic[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "number" || node.type !== "PLAIN" || !node.range) return;
      const [start, end] = node.range;
      const literal = text.slice(start, end).trim();
      const range = rangeOf(lineCounter, start, end);
      if (!Number.isFinite(node.value)) {
        found.push(diagnostic(path, "NUMBER_NOT_FINITE", msg("NUMBER_NOT_FINITE", { value: clip(literal, 40) }), range));
      } else if (DECIMAL_LITERAL.test(literal) && significantDigits(literal) > MAX_EXACT_DIGITS) {
        const data = { value: clip(literal, 60), digits: significantDigits(literal), read: String(node.value) };
        found.push(diagnostic(path, "NUMBER_TOO_PRECISE", msg("NUMBER_TOO_PRECISE", data), range, msg("HINT_QUOTE_NUMBER", { quoted: `"${clip(literal, 60)}"` })));
      }
    },
  });
  return found;
}

/**
 * The offsets of keys already present in their map, as the yaml package's `uniqueKeys` reports
 * them: scalar keys are equal when their values are (so `1` and `"1"` differ), other keys never.
 */
function duplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (seen.has(value) && pair.key.range) offsets.push(pair.key.range[0]);
        seen.add(value);
      }
    },
  });
  return offsets;
}

/** The offset of the first value quote opened and not closed on its line, before `limit`. */
function unclosedQuote(text: string, limit: number): number | undefined {
  let offset = 0;
  for (const line of text.slice(0, limit).split("\n")) {
    const m = /^(\s*(?:-\s+)?[^#"'\s][^:#]*:\s+|\s*-\s+)(["'])/.exec(line);
    if (m) {
      const quote = m[2]!;
      const rest = line.slice(m[0].length);
      const closed = quote === '"' ? /(?<!\\)"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ""));
      if (!closed) return offset + m[1]!.length;
    }
    offset += line.length + 1;
  }
  return undefined;
}

function firstLine(s: string): string {
  return clip(s.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""), 120);
}
