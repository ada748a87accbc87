// Reads what a Factur-X PDF carries besides its pages, with pdf-lib: the embedded files (name,
// /AFRelationship, presence in the catalogue's /AF, MIME type, bytes), the XMP metadata, the
// output intents. Decompression is bounded: a received PDF may be a zip bomb.
import { inflateSync } from "node:zlib";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from "pdf-lib";

/** Far above any invoice's XML or XMP; beyond it a stream is not read. */
export const MAX_STREAM_BYTES = 20 * 1024 * 1024;
/** Nested name-tree levels followed (real files use one or two). */
const MAX_TREE_DEPTH = 8;

export interface EmbeddedFile {
  name: string;
  afRelationship?: string;
  inCatalogAF: boolean;
  mimeType?: string;
  /** Undefined when the stream could not be decoded within the bound. */
  bytes?: Uint8Array;
}

export interface Xmp {
  /** The fx: properties, from whichever Factur-X / ZUGFeRD namespace the file uses. */
  facturX?: { DocumentType?: string; DocumentFileName?: string; Version?: string; ConformanceLevel?: string; extensionSchema: boolean };
  pdfaPart?: string;
  pdfaConformance?: string;
}

export type PdfRead =
  | { ok: true; encrypted: boolean; files: EmbeddedFile[]; xmp?: Xmp; outputIntents: number; fontsNotEmbedded: string[]; javaScript: boolean }
  | { ok: false; detail: string };

export const FACTURX_NAMESPACES = [
  "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#",
  "urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#",
  "urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#",
];
const PDFAID = "http://www.aiim.org/pdfa/ns/id/";

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    return readDocument(doc);
  } catch (error) {
    // pdf-lib reads leniently, then fails on what it did not find (a catalogue without /Pages).
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

function readDocument(doc: PDFDocument): PdfRead {
  const catalog = doc.catalog;
  const lookup = (value: PDFObject | undefined) => (value ? doc.context.lookup(value) : undefined);
  const get = (dict: PDFDict | undefined, key: string) => lookup(dict?.get(PDFName.of(key)));
  const dictOf = (o: PDFObject | undefined) => (o instanceof PDFDict ? o : undefined);

  const af = get(catalog, "AF");
  const afSpecs = new Set(af instanceof PDFArray ? af.asArray().map((o) => lookup(o)) : []);

  const files: EmbeddedFile[] = [];
  const walk = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > MAX_TREE_DEPTH) return;
    const names = get(node, "Names");
    if (names instanceof PDFArray) {
      const entries = names.asArray();
      for (let i = 0; i + 1 < entries.length; i += 2) {
        const spec = dictOf(lookup(entries[i + 1]));
        if (spec) files.push(embeddedFile(textOf(lookup(entries[i])), spec, afSpecs.has(spec), get, dictOf));
      }
    }
    const kids = get(node, "Kids");
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(dictOf(lookup(kid)), depth + 1);
  };
  walk(dictOf(get(dictOf(get(catalog, "Names")), "EmbeddedFiles")), 0);

  const metadata = get(catalog, "Metadata");
  const xmpBytes = metadata instanceof PDFRawStream ? streamBytes(metadata) : undefined;
  const intents = get(catalog, "OutputIntents");
  return {
    ok: true,
    encrypted: doc.isEncrypted,
    files,
    ...(xmpBytes ? { xmp: readXmp(new TextDecoder().decode(xmpBytes)) } : {}),
    outputIntents: intents instanceof PDFArray ? intents.size() : 0,
    fontsNotEmbedded: fontsNotEmbedded(doc, get, dictOf),
    javaScript: hasJavaScript(doc, get, dictOf),
  };
}

type Get = (dict: PDFDict | undefined, key: string) => PDFObject | undefined;
type DictOf = (o: PDFObject | undefined) => PDFDict | undefined;

/** The base names of the pages' fonts that carry no font file (PDF/A wants every font embedded; Type 3 fonts are drawn, not embedded). */
function fontsNotEmbedded(doc: PDFDocument, get: Get, dictOf: DictOf): string[] {
  const missing = new Set<string>();
  for (const page of doc.getPages()) {
    const fonts = dictOf(get(dictOf(get(page.node, "Resources")), "Font"));
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = dictOf(doc.context.lookup(ref));
      const subtype = get(font, "Subtype");
      if (!font || (subtype instanceof PDFName && subtype.decodeText() === "Type3")) continue;
      const descendants = get(font, "DescendantFonts");
      const described = descendants instanceof PDFArray ? dictOf(doc.context.lookup(descendants.get(0))) : font;
      const descriptor = dictOf(get(described, "FontDescriptor"));
      if (!["FontFile", "FontFile2", "FontFile3"].some((k) => get(descriptor, k))) {
        const name = get(font, "BaseFont");
        missing.add(name instanceof PDFName ? name.decodeText() : "?");
      }
    }
  }
  return [...missing];
}

/** Document-level JavaScript: a /JavaScript name tree or an /OpenAction that runs a script. */
function hasJavaScript(doc: PDFDocument, get: Get, dictOf: DictOf): boolean {
  if (get(dictOf(get(doc.catalog, "Names")), "JavaScript")) return true;
  const action = dictOf(get(doc.catalog, "OpenAction"));
  const kind = get(action, "S");
  return kind instanceof PDFName && kind.decodeText() === "JavaScript";
}

function textOf(o: PDFObject | undefined): string {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : "";
}

function embeddedFile(
  treeName: string,
  spec: PDFDict,
  inCatalogAF: boolean,
  get: (dict: PDFDict | undefined, key: string) => PDFObject | undefined,
  dictOf: (o: PDFObject | undefined) => PDFDict | undefined,
): EmbeddedFile {
  // The unicode file name first, as readers show it; the name tree's key when the spec has none.
  const name = textOf(get(spec, "UF")) || textOf(get(spec, "F")) || treeName;
  const relationship = get(spec, "AFRelationship");
  const ef = dictOf(get(spec, "EF"));
  const stream = get(ef, "UF") ?? get(ef, "F");
  const subtype = stream instanceof PDFRawStream ? stream.dict.get(PDFName.of("Subtype")) : undefined;
  return {
    name,
    ...(relationship instanceof PDFName ? { afRelationship: relationship.decodeText() } : {}),
    inCatalogAF,
    ...(subtype instanceof PDFName ? { mimeType: subtype.decodeText() } : {}),
    ...(stream instanceof PDFRawStream ? { bytes: streamBytes(stream) } : {}),
  };
}

/** A stream's decoded bytes, at most MAX_STREAM_BYTES; FlateDecode (nearly every stream) through zlib's bound. */
function streamBytes(stream: PDFRawStream): Uint8Array | undefined {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.get(0) : filter;
  try {
    if (!only) return stream.contents.length <= MAX_STREAM_BYTES ? stream.contents : undefined;
    if (only instanceof PDFName && only.decodeText() === "FlateDecode" && !stream.dict.get(PDFName.of("DecodeParms"))) {
      return inflateSync(stream.contents, { maxOutputLength: MAX_STREAM_BYTES });
    }
    const decoded = decodePDFRawStream(stream).decode();
    return decoded.length <= MAX_STREAM_BYTES ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** The Factur-X and PDF/A identification properties, as elements or attributes, whatever the prefixes. */
export function readXmp(text: string): Xmp {
  const prefixesOf = (ns: string) => [...text.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)].filter((m) => m[2] === ns).map((m) => m[1]!);
  const prop = (ns: string, local: string) => {
    for (const p of prefixesOf(ns)) {
      const element = new RegExp(`<${p}:${local}(?:\\s[^>]*)?>([^<]*)</${p}:${local}>`).exec(text);
      if (element) return element[1]!.trim();
      const attribute = new RegExp(`\\s${p}:${local}\\s*=\\s*["']([^"']*)["']`).exec(text);
      if (attribute) return attribute[1]!.trim();
    }
    return undefined;
  };
  const ns = FACTURX_NAMESPACES.find((n) => prefixesOf(n).length);
  const escaped = ns?.replace(/[.#]/g, "\\$&");
  return {
    ...(ns
      ? {
          facturX: {
            DocumentType: prop(ns, "DocumentType"),
            DocumentFileName: prop(ns, "DocumentFileName"),
            Version: prop(ns, "Version"),
            ConformanceLevel: prop(ns, "ConformanceLevel"),
            // PDF/A-3 wants every non-standard property declared in an extension schema.
            extensionSchema: new RegExp(`namespaceURI(>\\s*|\\s*=\\s*["'])${escaped}`).test(text),
          },
        }
      : {}),
    pdfaPart: prop(PDFAID, "part"),
    pdfaConformance: prop(PDFAID, "conformance"),
  };
}
