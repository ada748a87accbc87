// Resumable batches: a rerun skips a document whose outputs are up to date. Each document's key is
// a hash of what its outputs are made from: the document and every file it relies on (terms,
// seller, related terms, the invoice a credit note corrects, the logo), the templates and fonts,
// the legal data's version, Clausier's version and the render options. The keys live beside the
// outputs, in `.clausier-render.json` in the output folder, written atomically after the outputs
// they describe: an interrupted run at worst renders a few documents again, never skips a stale one.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { LoadedTerms } from "../model/documents.js";
import { logoPathOf } from "./branding.js";
import { fontFaceCss } from "./fonts.js";
import type { RenderableDocument, RenderOptions } from "./render.js";
import { TEMPLATE_DIR } from "./templates.js";

export const MANIFEST_NAME = ".clausier-render.json";
/** Bumped when the key's recipe changes: older manifests are then ignored. */
const MANIFEST_FORMAT = 1;

interface Entry {
  key: string;
  /** Output file name → size in bytes when written. */
  outputs: Record<string, number>;
}

interface Manifest {
  format: number;
  /** By document path relative to the output folder. */
  documents: Record<string, Entry>;
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The templates folder (partials included) and the fonts, hashed once per process. */
let layoutHash: string | undefined;
function layoutFingerprint(): string {
  if (layoutHash) return layoutHash;
  const hash = createHash("sha256");
  const walk = (dir: URL) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
      else hash.update(`${entry.name}\0`).update(readFileSync(new URL(entry.name, dir))).update("\0");
    }
  };
  walk(TEMPLATE_DIR);
  hash.update(fontFaceCss("inline"));
  layoutHash = hash.digest("hex");
  return layoutHash;
}

/** Every file a document's outputs are made from, path → content hash (a logo that cannot be read: "missing"). */
function sourcesOf(doc: RenderableDocument, bind: boolean, out = new Map<string, string>()): Map<string, string> {
  const add = (path: string, text: string) => {
    if (!out.has(path)) out.set(path, sha256(text));
  };
  const addTerms = (terms: LoadedTerms, withRelated: boolean) => {
    if (out.has(terms.absPath)) return;
    add(terms.absPath, terms.source.text);
    add(terms.seller.source.path, terms.seller.source.text);
    const logo = logoPathOf(terms);
    if (logo && !out.has(logo)) {
      try {
        out.set(logo, sha256(readFileSync(logo)));
      } catch {
        out.set(logo, "missing");
      }
    }
    // Related terms shape the text of the terms printed with them (what is stated once), bound or not.
    if (withRelated) for (const r of terms.related) addTerms(r, withRelated);
  };
  add(doc.absPath, doc.source.text);
  switch (doc.kind) {
    case "terms":
      addTerms(doc, true);
      break;
    case "invoice":
    case "quote":
      addTerms(doc.terms, true);
      break;
    case "credit-note":
      addTerms(doc.terms, true);
      sourcesOf(doc.invoice, bind, out);
      break;
    case "refund":
      addTerms(doc.terms, true);
      for (const d of [doc.invoice, ...doc.creditNotes, ...doc.feeInvoices]) sourcesOf(d, bind, out);
      break;
  }
  return out;
}

export interface CacheContext {
  /** The legal data's version (what the computations and mentions were taken from). */
  dataVersion: string;
  /** Which outputs, and how they are made. */
  options: RenderOptions;
}

export class RenderCache {
  private dirty = false;

  private constructor(
    private readonly outDir: string,
    private readonly context: CacheContext,
    private readonly manifest: Manifest,
  ) {}

  /** The manifest of the output folder; none, unreadable or of another format: nothing is up to date. */
  static open(outDir: string, context: CacheContext): RenderCache {
    let manifest: Manifest = { format: MANIFEST_FORMAT, documents: {} };
    try {
      const read = JSON.parse(readFileSync(join(outDir, MANIFEST_NAME), "utf8")) as Manifest;
      if (read?.format === MANIFEST_FORMAT && read.documents && typeof read.documents === "object") manifest = { format: MANIFEST_FORMAT, documents: read.documents };
    } catch {
      // No manifest yet (first run) or a damaged one: everything is rendered and it is written anew.
    }
    return new RenderCache(outDir, context, manifest);
  }

  keyOf(doc: RenderableDocument, draft: boolean): string {
    const { html, pdf, bind, attachSource, version, facturx } = this.context.options;
    const sources = [...sourcesOf(doc, bind)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, hash]) => [relative(this.outDir, path), hash]);
    return sha256(JSON.stringify({ format: MANIFEST_FORMAT, version, dataVersion: this.context.dataVersion, layout: layoutFingerprint(), html, pdf, bind, attachSource, facturx: facturx ?? null, draft, sources }));
  }

  /** The outputs the document's last render wrote, if its key is unchanged and they are still there, whole. */
  upToDate(doc: RenderableDocument, key: string): string[] | undefined {
    const entry = this.manifest.documents[this.entryName(doc)];
    if (entry?.key !== key) return undefined;
    const names = Object.keys(entry.outputs);
    const intact = names.every((name) => {
      try {
        return statSync(join(this.outDir, name)).size === entry.outputs[name];
      } catch {
        return false;
      }
    });
    return intact && names.length ? names : undefined;
  }

  /** Records outputs just written (call after they are). */
  record(doc: RenderableDocument, key: string, outputs: ReadonlyArray<{ name: string; content: string | Uint8Array }>): void {
    this.manifest.documents[this.entryName(doc)] = { key, outputs: Object.fromEntries(outputs.map((o) => [o.name, typeof o.content === "string" ? Buffer.byteLength(o.content) : o.content.byteLength])) };
    this.dirty = true;
  }

  /** Writes the manifest if anything changed since the last write. */
  flush(writeFile: (path: string, content: string) => void | Promise<void>): void | Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    // A failed write leaves the manifest to be written again.
    const failed = (error: unknown): never => {
      this.dirty = true;
      throw error;
    };
    try {
      const written = writeFile(join(this.outDir, MANIFEST_NAME), `${JSON.stringify(this.manifest)}\n`);
      if (written instanceof Promise) return written.catch(failed);
    } catch (error) {
      failed(error);
    }
  }


  private entryName(doc: RenderableDocument): string {
    return relative(this.outDir, doc.absPath);
  }
}
