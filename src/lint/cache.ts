// The lint cache (--cache, as ESLint's): results replayed for files whose inputs did not change.
//
// The unit is a group, not a file: the documents of one seller are linted together (cross-document
// rules: jurisdiction conflicts, invoice sequences, credit notes) and their findings land in other
// files too (the seller file). A group's entry is valid when every file it read (its documents, the
// seller, terms and invoices they cite) has the same content hash, every member is still linted
// with the same settings (severities, law and audience defaults), and no new or changed document
// joins its seller. The whole cache is also keyed by what applies to every file (`key`: Clausier's
// version, data version, --as-of, locale, rule set). The cache is data: reading and writing the file
// is the caller's; text that does not parse as a cache is ignored (rebuilt), never an error.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { LoadedDocument } from "../model/documents.js";
import type { LintDocument, LintResult } from "./types.js";

// 2: refund statements also read their credit notes and fee invoices (a format-1 cache may miss them).
const FORMAT = 2;

interface FileEntry {
  hash: string;
  settings: string;
  group: string;
}

interface GroupEntry {
  /** Every file the group's lint read (absolute path → content hash). */
  reads: Record<string, string>;
  results: LintResult[];
}

interface CacheData {
  format: number;
  key: string;
  files: Record<string, FileEntry>;
  groups: Record<string, GroupEntry>;
}

/** A linted document as the cache keeps it: its group and every file it was built from (absolute). */
export interface DocumentReads {
  absPath: string;
  group: string;
  reads: string[];
}

/** A lint run over `files` (absolute paths) that returns results and what each document linted read. */
export type LintSome = (files: string[]) => { results: LintResult[]; documents: DocumentReads[] };

/** What the cache needs of a linted document (plain data: a worker thread sends it back, src/lint/parallel.ts). */
export function documentReads(doc: LintDocument, cwd: string): DocumentReads {
  return { absPath: doc.absPath, group: groupOf(doc), reads: [...readsOf(doc.loaded as LoadedDocument | undefined, cwd).add(doc.absPath)] };
}

export interface CachedRunInput {
  /** The files to lint (absolute, after discovery and ignore files). */
  files: string[];
  cwd: string;
  /** The cache file's previous text, if any. */
  previous: string | undefined;
  key: string;
  /** What applies to one file besides its content (severities, defaults), as a string. */
  settingsFor: (absPath: string) => string;
  lint: LintSome;
}

export interface CachedRun {
  results: LintResult[];
  /** The new text of the cache file. */
  cacheText: string;
  /** Files whose results were replayed from the cache. */
  replayed: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isFileEntry = (x: unknown): x is FileEntry => isObject(x) && typeof x.hash === "string" && typeof x.settings === "string" && typeof x.group === "string";
const isGroupEntry = (x: unknown): x is GroupEntry => isObject(x) && isObject(x.reads) && Object.values(x.reads).every((h) => typeof h === "string") && Array.isArray(x.results);

/** The previous cache, when it is one, of this format and key; anything else is as no cache. */
function parse(text: string | undefined, key: string): CacheData | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.format !== FORMAT || data.key !== key || !isObject(data.files) || !isObject(data.groups)) return undefined;
  if (!Object.values(data.files).every(isFileEntry) || !Object.values(data.groups).every(isGroupEntry)) return undefined;
  return data as unknown as CacheData;
}

/** Content hashes, each file read once per run; a file that cannot be read has none. */
function hasher(): (absPath: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (absPath) => {
    if (!known.has(absPath)) {
      let hash: string | undefined;
      try {
        hash = createHash("sha256").update(readFileSync(absPath)).digest("base64url");
      } catch {
        hash = undefined;
      }
      known.set(absPath, hash);
    }
    return known.get(absPath);
  };
}

/** The group a document belongs to: its seller (the documents rules compare), else itself. */
function groupOf(doc: LintDocument): string {
  return doc.seller ? `seller:${doc.seller.id}` : `file:${doc.absPath}`;
}

/**
 * Every file a loaded document was built from: itself, its terms (and theirs), seller, invoice, and
 * a refund statement's credit notes and fee invoices (an edit to one of those changes its findings).
 */
export function readsOf(loaded: LoadedDocument | undefined, cwd: string, out = new Set<string>()): Set<string> {
  if (!loaded || out.has(loaded.absPath)) return out;
  out.add(loaded.absPath);
  const l = loaded as Partial<{
    seller: { source: { path: string } };
    terms: LoadedDocument;
    invoice: LoadedDocument;
    related: LoadedDocument[];
    creditNotes: LoadedDocument[];
    feeInvoices: LoadedDocument[];
  }>;
  if (l.seller?.source) out.add(resolve(cwd, l.seller.source.path));
  readsOf(l.terms, cwd, out);
  readsOf(l.invoice, cwd, out);
  for (const r of [...(l.related ?? []), ...(l.creditNotes ?? []), ...(l.feeInvoices ?? [])]) readsOf(r, cwd, out);
  return out;
}

export function lintWithCache(input: CachedRunInput): CachedRun {
  const { files, cwd, key, settingsFor } = input;
  const hash = hasher();
  const old = parse(input.previous, key);
  const inRun = new Set(files);
  const settings = new Map(files.map((f) => [f, settingsFor(f)]));

  // A group is replayed when all it read is unchanged and each of its members is linted as before.
  const membersOf = new Map<string, string[]>();
  for (const [abs, entry] of Object.entries(old?.files ?? {})) membersOf.set(entry.group, [...(membersOf.get(entry.group) ?? []), abs]);
  const valid = new Set<string>();
  for (const [group, entry] of Object.entries(old?.groups ?? {})) {
    const members = membersOf.get(group) ?? [];
    const unchanged = Object.entries(entry.reads).every(([abs, h]) => hash(abs) === h);
    const same = members.every((abs) => inRun.has(abs) && old!.files[abs]!.settings === settings.get(abs) && old!.files[abs]!.hash === hash(abs));
    if (members.length && unchanged && same) valid.add(group);
  }
  const covered = (abs: string) => {
    const entry = old?.files[abs];
    return entry !== undefined && valid.has(entry.group) && entry.hash === hash(abs) && entry.settings === settings.get(abs);
  };

  let toLint = files.filter((f) => !covered(f));
  let live = toLint.length ? input.lint(toLint) : { results: [], documents: [] };
  // A new or changed document of a seller whose group was cached: that group is linted again, with it.
  const joined = [...new Set(live.documents.map((d) => d.group))].filter((g) => valid.has(g));
  if (joined.length) {
    for (const g of joined) valid.delete(g);
    toLint = files.filter((f) => !covered(f));
    live = input.lint(toLint);
  }

  // The new entries: each linted document's group, with every file it read and the findings on them.
  const data: CacheData = { format: FORMAT, key, files: {}, groups: {} };
  const groupOfFile = new Map<string, string>();
  for (const doc of live.documents) {
    const group = doc.group;
    const entry = (data.groups[group] ??= { reads: {}, results: [] });
    for (const abs of doc.reads) {
      const h = hash(abs);
      if (h !== undefined) entry.reads[abs] = h;
      if (!groupOfFile.has(abs) || abs === doc.absPath) groupOfFile.set(abs, group);
    }
  }
  // A file no document was built from (it does not load, or the file it cites does not) is never
  // cached: what it depends on is not known, so it is linted every time.
  for (const result of live.results) {
    const group = groupOfFile.get(resolve(cwd, result.filePath));
    if (group) data.groups[group]!.results.push(result);
  }
  for (const abs of toLint) {
    const h = hash(abs);
    const group = groupOfFile.get(abs);
    if (h !== undefined && group) data.files[abs] = { hash: h, settings: settings.get(abs)!, group };
  }
  // Groups of files not linted this time (another folder, a pre-commit run on a few files) are kept.
  for (const [group, entry] of Object.entries(old?.groups ?? {})) {
    const members = membersOf.get(group) ?? [];
    if (data.groups[group] || !members.length || members.some((abs) => inRun.has(abs))) continue;
    data.groups[group] = entry;
    for (const abs of members) data.files[abs] = old!.files[abs]!;
  }
  // Replayed groups are kept as they were.
  let replayed = 0;
  const results = [...live.results];
  for (const group of valid) {
    data.groups[group] = old!.groups[group]!;
    results.push(...old!.groups[group]!.results);
  }
  for (const abs of files) {
    if (data.files[abs] || !covered(abs)) continue;
    data.files[abs] = old!.files[abs]!;
    replayed++;
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { results, cacheText: JSON.stringify(data), replayed };
}
