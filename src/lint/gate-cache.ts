// The render gate's memory for a long-running service (`clausier serve`): every request parses,
// validates and lints the posted document AND the project files it relies on (terms, seller), which
// rarely change. Kept here, keyed by CONTENT (never by modification time), so an edited file is
// simply a new key: parse results of files, the lint documents made from them, and the findings of
// the rules that read only their own document (src/lint/engine.ts, FindingsMemo). Cross-document rules run on every request with the
// posted document. Bounded in entries and in (estimated) bytes; the least recently used goes first.
// An optimisation only: the findings are those of the uncached gate.
import { createHash } from "node:crypto";
import type { LoadedDocument, ParsedFiles, SourceFile } from "../model/index.js";
import type { ParseResult } from "../model/source-file.js";
import type { Defaults } from "./documents/from-model.js";
import type { DocumentFindings, FindingsMemo } from "./engine.js";
import type { BuiltDocuments } from "./run.js";
import type { LintDocument } from "./types.js";

export interface GateCacheLimits {
  /** Entries of each kind (parsed files, documents' findings). */
  entries: number;
  /** Estimated bytes of each kind. */
  bytes: number;
}

export const DEFAULT_GATE_CACHE_LIMITS: GateCacheLimits = { entries: 512, bytes: 64 * 1024 * 1024 };

/** A parsed YAML file takes many times its text in memory (nodes, ranges, line index): a rough factor. */
const PARSED_BYTES_PER_CHAR = 24;

/** A map that forgets its least recently used entries beyond a count and a total size. */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private bytes = 0;

  constructor(private readonly limits: GateCacheLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: moved to the end, it is the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, size: number): void {
    if (size > this.limits.bytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.size;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

export class GateCache implements ParsedFiles, BuiltDocuments, FindingsMemo {
  private readonly parsedFiles: BoundedCache<ParseResult>;
  private readonly built: BoundedCache<LintDocument>;
  private readonly findingsOf: BoundedCache<DocumentFindings>;
  /** Content hashes of the sources in memory: a parsed file shared between requests is hashed once. */
  private readonly hashes = new WeakMap<SourceFile, string>();
  /** Lookups answered from memory / worked out, for /metrics. */
  hits = 0;
  misses = 0;

  /** `scope`: what applies to every document besides the run's options (Clausier's version, the legal data version). */
  constructor(
    private readonly scope: string,
    limits: GateCacheLimits = DEFAULT_GATE_CACHE_LIMITS,
  ) {
    this.parsedFiles = new BoundedCache(limits);
    this.built = new BoundedCache(limits);
    this.findingsOf = new BoundedCache(limits);
  }

  parse(path: string, text: string, locale: string, parse: () => ParseResult): ParseResult {
    const key = JSON.stringify([path, locale, sha256(text)]);
    const known = this.count(this.parsedFiles.get(key));
    if (known) return known;
    const parsed = parse();
    this.parsedFiles.set(key, parsed, text.length * PARSED_BYTES_PER_CHAR);
    return parsed;
  }

  /**
   * The lint document of a loaded file (its clauses' Markdown parsed, its facts located) made once
   * for the same sources and defaults. A replayed one points at the loaded file of the run that made
   * it: the same content, so the rules read the same.
   */
  lintDocument(loaded: LoadedDocument, defaults: Defaults | undefined, build: () => LintDocument | undefined): LintDocument | undefined {
    const key = JSON.stringify([this.sourcesKey(loaded), defaults ?? null]);
    const known = this.count(this.built.get(key));
    if (known) return known;
    const doc = build();
    if (doc) this.built.set(key, doc, doc.text.length * PARSED_BYTES_PER_CHAR);
    return doc;
  }

  contentKey(doc: LintDocument): string | undefined {
    // Prose documents are not loaded files: not kept (the service's gate reads model files).
    return doc.loaded ? JSON.stringify([this.scope, this.sourcesKey(doc.loaded as LoadedDocument)]) : undefined;
  }

  /** The sources a loaded file was built from, each by path and content hash. */
  private sourcesKey(loaded: LoadedDocument): Array<[string, string]> {
    return [...sourcesOf(loaded)].map((s): [string, string] => [s.path, this.hashOf(s)]).sort(([a], [b]) => a.localeCompare(b));
  }

  get(key: string): DocumentFindings | undefined {
    return this.count(this.findingsOf.get(key));
  }

  set(key: string, findings: DocumentFindings): void {
    this.findingsOf.set(key, findings, key.length + JSON.stringify(findings).length);
  }

  private count<V>(value: V | undefined): V | undefined {
    if (value === undefined) this.misses++;
    else this.hits++;
    return value;
  }

  private hashOf(source: SourceFile): string {
    let hash = this.hashes.get(source);
    if (hash === undefined) this.hashes.set(source, (hash = sha256(source.text)));
    return hash;
  }
}

/** Every source a loaded document was built from: itself, its seller file, terms, related terms, invoices, credit notes. */
function sourcesOf(loaded: LoadedDocument, out = new Set<SourceFile>(), seen = new Set<LoadedDocument>()): Set<SourceFile> {
  if (seen.has(loaded)) return out;
  seen.add(loaded);
  out.add(loaded.source);
  const l = loaded as Partial<{ seller: { source: SourceFile }; terms: LoadedDocument; invoice: LoadedDocument; related: LoadedDocument[]; creditNotes: LoadedDocument[]; feeInvoices: LoadedDocument[] }>;
  if (l.seller?.source) out.add(l.seller.source);
  for (const next of [l.terms, l.invoice, ...(l.related ?? []), ...(l.creditNotes ?? []), ...(l.feeInvoices ?? [])]) if (next) sourcesOf(next, out, seen);
  return out;
}
