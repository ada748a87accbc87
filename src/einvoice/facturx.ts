// The Factur-X container: the visible PDF (printed by Chromium, assembled by src/render/pdf.ts)
// becomes a PDF/A-3 that carries the invoice's CII XML as `factur-x.xml`: an associated file
// (catalog /AF, /Names /EmbeddedFiles) with the /AFRelationship the profile asks for, XMP
// metadata with the PDF/A-3 identification and the Factur-X properties (facturx-xmp.ts), the
// document information dictionary written from the same values, and an sRGB output intent
// (Chromium paints in DeviceRGB, which PDF/A allows only under an RGB output intent).
// Nothing comes from the clock: the dates are the caller's, the /ID is a hash of the content, so
// one input gives one byte-identical file. The page content is not touched.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRef, PDFStream, PDFString } from "pdf-lib";
import { facturXXmp, xmlSafe } from "./facturx-xmp.js";

export { FACTURX_XMP_NAMESPACE, FACTURX_XMP_VERSION } from "./facturx-xmp.js";

/** The Factur-X profiles Clausier writes, spelt as XMP fx:ConformanceLevel wants them. */
export type FacturXProfile = "MINIMUM" | "BASIC WL" | "BASIC" | "EN 16931";
export const FACTURX_PROFILES: readonly FacturXProfile[] = ["MINIMUM", "BASIC WL", "BASIC", "EN 16931"];

/** The embedded file's name: Factur-X allows no other. */
export const FACTURX_FILENAME = "factur-x.xml";

/** fx:DocumentType: INVOICE for every Factur-X invoice, credit notes included (their kind is BT-3 in the XML, 381). */
export const FACTURX_DOCUMENT_TYPE = "INVOICE";

/** BT-24, the specification identifier each profile's XML carries (GuidelineSpecifiedDocumentContextParameter/ID). */
export const FACTURX_GUIDELINES: Readonly<Record<FacturXProfile, string>> = {
  MINIMUM: "urn:factur-x.eu:1p0:minimum",
  "BASIC WL": "urn:factur-x.eu:1p0:basicwl",
  BASIC: "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
  "EN 16931": "urn:cen.eu:en16931:2017",
};

/**
 * How the XML relates to the PDF (Factur-X 1.09, § PDF/A-3 attachment): MINIMUM and BASIC WL are
 * not complete invoices, their XML is only data extracted from the PDF ("Data", the only value
 * allowed for them); from BASIC on the XML is the whole invoice, an equivalent representation of
 * the PDF ("Alternative"). "Source" would say the PDF was made from the XML; here both are made
 * from the derived document.
 */
export function afRelationshipOf(profile: FacturXProfile): "Data" | "Alternative" {
  return profile === "MINIMUM" || profile === "BASIC WL" ? "Data" : "Alternative";
}

/**
 * What the Factur-X file says about itself. Only the profile is required: every other field
 * defaults to what the PDF's document information dictionary already says (assemblePdf wrote it
 * from the derived document), so nothing is typed twice.
 */
export interface FacturXMetadata {
  profile: FacturXProfile;
  /** Info dictionary and XMP (dc:title, dc:creator, dc:description, pdf:Keywords, pdf:Producer, xmp:CreatorTool). */
  title?: string;
  /** The seller. */
  author?: string;
  subject?: string;
  keywords?: string[];
  producer?: string;
  creator?: string;
  /** The document's instant: creation, modification and metadata dates, the embedded file's dates. Default: the PDF's /CreationDate. */
  created?: Date;
}

/** The values written to both the Info dictionary and the XMP, without the characters XML cannot carry. */
interface DocumentFacts {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  producer?: string;
  creator?: string;
  created: Date;
}

function documentFacts(doc: PDFDocument, meta: FacturXMetadata): DocumentFacts {
  const created = meta.created ?? doc.getCreationDate();
  // A broken invariant (a bug): dates come from the document, never from the clock.
  if (!created) throw new Error("invariant: no date for the Factur-X file (meta.created or the PDF's /CreationDate)");
  const clean = (value: string | undefined) => (value === undefined ? undefined : xmlSafe(value));
  return {
    title: clean(meta.title ?? doc.getTitle()),
    author: clean(meta.author ?? doc.getAuthor()),
    subject: clean(meta.subject ?? doc.getSubject()),
    keywords: clean(meta.keywords?.join(" ") ?? doc.getKeywords()),
    producer: clean(meta.producer ?? doc.getProducer()),
    creator: clean(meta.creator ?? doc.getCreator()),
    created,
  };
}

const RAM_NS = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

/** The sRGB ICC profile (ICC v2, icc-profiles-free; source and licence in icc/README.md), read once. */
let srgbProfile: Uint8Array | undefined;
function srgbIcc(): Uint8Array {
  // The same relative path from src/einvoice/ (tests) and dist/einvoice/ (the CLI).
  srgbProfile ??= readFileSync(new URL("../../src/einvoice/icc/sRGB.icc", import.meta.url));
  return srgbProfile;
}

/** The profile an XML declares (BT-24), or undefined when it is not a Factur-X CII. */
export function facturXProfileOf(xml: string): FacturXProfile | undefined {
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    // A byte order mark is text to the parser; warnings are not this function's business.
    doc = new DOMParser({ onError: () => {} }).parseFromString(xml.replace(/^\ufeff/, ""), "text/xml");
  } catch {
    return undefined;
  }
  const context = doc.getElementsByTagNameNS(RAM_NS, "GuidelineSpecifiedDocumentContextParameter")[0];
  const id = context && Array.from(context.childNodes).find((n) => n.localName === "ID")?.textContent?.trim();
  return FACTURX_PROFILES.find((p) => FACTURX_GUIDELINES[p] === id);
}

/** Actions PDF/A-3 forbids (ISO 19005-3, 6.6.1), and JavaScript wherever it hides. */
const FORBIDDEN_ACTIONS = new Set(["JavaScript", "Launch", "Sound", "Movie", "ResetForm", "ImportData", "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView"]);

/** What in the PDF PDF/A forbids and this module does not remove: encryption, JavaScript, additional actions. */
export function activeContent(doc: PDFDocument): string[] {
  const found = new Set<string>();
  if (doc.isEncrypted || doc.context.trailerInfo.Encrypt) found.add("/Encrypt");
  const visit = (o: PDFObject | undefined): void => {
    if (o instanceof PDFDict) {
      for (const [key, value] of o.entries()) {
        const k = key.decodeText();
        if (k === "JS" || k === "AA" || k === "JavaScript") found.add(`/${k}`);
        if (k === "S" && value instanceof PDFName && FORBIDDEN_ACTIONS.has(value.decodeText())) found.add(`/S /${value.decodeText()}`);
        visit(value);
      }
    } else if (o instanceof PDFArray) o.asArray().forEach(visit);
  };
  // Every indirect object is visited once; references are not followed, so no cycle.
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object instanceof PDFStream ? object.dict : object);
  return [...found].sort();
}

/** PDF/A: every annotation printable, none hidden (the F flags Print set; Invisible, Hidden, NoView, ToggleNoView cleared). */
function printableAnnotations(doc: PDFDocument): void {
  const PRINT = 4;
  const NOT_SHOWN = 1 | 2 | 32 | 256;
  for (const page of doc.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of("Subtype")) === PDFName.of("Popup")) continue;
      const flags = annot.lookupMaybe(PDFName.of("F"), PDFNumber)?.asNumber() ?? 0;
      annot.set(PDFName.of("F"), PDFNumber.of((flags | PRINT) & ~NOT_SHOWN));
    }
  }
}

/** PDF/A: an image may not ask the viewer to interpolate it. */
function noInterpolation(doc: PDFDocument): void {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFStream && object.dict.get(PDFName.of("Interpolate")) === PDFBool.True) object.dict.set(PDFName.of("Interpolate"), PDFBool.False);
  }
}

const nameOf = (key: PDFObject | undefined) => (key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : undefined);

function dictOf(doc: PDFDocument, holder: PDFDict, key: string): PDFDict {
  const existing = holder.lookupMaybe(PDFName.of(key), PDFDict);
  if (existing) return existing;
  const created = doc.context.obj({});
  holder.set(PDFName.of(key), created);
  return created;
}

function deleteIfIndirect(doc: PDFDocument, object: PDFObject | undefined): void {
  if (object instanceof PDFRef) doc.context.delete(object);
}

/**
 * Puts the file specification in the catalog's embedded files (a flat name tree, kept in order)
 * and its /AF array, replacing an earlier `factur-x.xml`. The other attachments (the source file
 * `render --attach-source` adds) stay, made PDF/A-3 associated files too.
 */
function associate(doc: PDFDocument, fileSpec: PDFRef, created: Date): void {
  const catalog = doc.catalog;
  const embeddedFiles = dictOf(doc, dictOf(doc, catalog, "Names"), "EmbeddedFiles");
  // A broken invariant (a bug): pdf-lib and Chromium write flat name trees.
  if (embeddedFiles.has(PDFName.of("Kids"))) throw new Error("invariant: embedded files name tree with /Kids");
  const oldNames = embeddedFiles.lookupMaybe(PDFName.of("Names"), PDFArray)?.asArray() ?? [];
  const entries: [string, PDFRef][] = [];
  for (let i = 0; i + 1 < oldNames.length; i += 2) {
    const name = nameOf(oldNames[i]);
    const spec = oldNames[i + 1];
    if (name === undefined || !(spec instanceof PDFRef)) continue;
    if (name === FACTURX_FILENAME) {
      const old = doc.context.lookup(spec, PDFDict);
      deleteIfIndirect(doc, old.lookupMaybe(PDFName.of("EF"), PDFDict)?.get(PDFName.of("F")));
      doc.context.delete(spec);
      continue;
    }
    entries.push([name, spec]);
    asAssociatedFile(doc, spec, created);
  }
  entries.push([FACTURX_FILENAME, fileSpec]);
  // Name trees are sorted by key; every key is written the same way (UTF-16BE), so code-unit order is byte order.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  embeddedFiles.set(PDFName.of("Names"), doc.context.obj(entries.flatMap(([name, spec]) => [PDFHexString.fromText(name), spec])));
  deleteIfIndirect(doc, catalog.get(PDFName.of("AF")));
  catalog.set(PDFName.of("AF"), doc.context.obj([fileSpec, ...entries.map(([, spec]) => spec).filter((spec) => spec !== fileSpec)]));
}

/** PDF/A-3 asks every embedded file for a relationship and a modification date. */
function asAssociatedFile(doc: PDFDocument, spec: PDFRef, created: Date): void {
  const dict = doc.context.lookup(spec, PDFDict);
  if (!dict.has(PDFName.of("AFRelationship"))) dict.set(PDFName.of("AFRelationship"), PDFName.of("Unspecified"));
  const stream = dict.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookupMaybe(PDFName.of("F"), PDFStream);
  if (!stream) return;
  const params = dictOf(doc, stream.dict, "Params");
  if (!params.has(PDFName.of("ModDate"))) params.set(PDFName.of("ModDate"), PDFString.fromDate(created));
}

function embedXml(doc: PDFDocument, xml: Uint8Array, profile: FacturXProfile, created: Date): PDFRef {
  const context = doc.context;
  const file = context.register(
    context.flateStream(xml, {
      Type: "EmbeddedFile",
      Subtype: "text/xml",
      Params: {
        Size: xml.length,
        CreationDate: PDFString.fromDate(created),
        ModDate: PDFString.fromDate(created),
        // MD5, as the PDF specification defines /CheckSum (integrity, not security).
        CheckSum: PDFHexString.of(createHash("md5").update(xml).digest("hex")),
      },
    }),
  );
  return context.register(
    context.obj({
      Type: "Filespec",
      F: PDFString.of(FACTURX_FILENAME),
      UF: PDFHexString.fromText(FACTURX_FILENAME),
      EF: { F: file, UF: file },
      Desc: PDFHexString.fromText(`Facture électronique Factur-X, profil ${profile} (XML CII)`),
      AFRelationship: afRelationshipOf(profile),
    }),
  );
}

/** One output intent, sRGB; an earlier one (a PDF made Factur-X twice) is removed with its profile. */
function replaceOutputIntents(doc: PDFDocument): void {
  for (const intent of doc.catalog.lookupMaybe(PDFName.of("OutputIntents"), PDFArray)?.asArray() ?? []) {
    const dict = doc.context.lookup(intent);
    if (dict instanceof PDFDict) deleteIfIndirect(doc, dict.get(PDFName.of("DestOutputProfile")));
    deleteIfIndirect(doc, intent);
  }
  deleteIfIndirect(doc, doc.catalog.get(PDFName.of("OutputIntents")));
  doc.catalog.set(PDFName.of("OutputIntents"), doc.context.obj([doc.context.register(outputIntent(doc))]));
}

function outputIntent(doc: PDFDocument): PDFDict {
  const profile = doc.context.register(doc.context.flateStream(srgbIcc(), { N: 3 }));
  return doc.context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    RegistryName: PDFString.of("http://www.color.org"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: profile,
  });
}

/** The Info dictionary and the XMP written from the same values, as PDF/A requires. */
function writeMetadata(doc: PDFDocument, facts: DocumentFacts, profile: FacturXProfile): void {
  const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
  // A key PDF/A would want mirrored in the XMP and that this module does not write.
  info?.delete(PDFName.of("Trapped"));
  if (facts.title !== undefined) doc.setTitle(facts.title, { showInWindowTitleBar: true });
  if (facts.author !== undefined) doc.setAuthor(facts.author);
  if (facts.subject !== undefined) doc.setSubject(facts.subject);
  if (facts.keywords !== undefined) doc.setKeywords([facts.keywords]);
  if (facts.producer !== undefined) doc.setProducer(facts.producer);
  if (facts.creator !== undefined) doc.setCreator(facts.creator);
  doc.setCreationDate(facts.created);
  doc.setModificationDate(facts.created);

  const xmp = facturXXmp({
    title: facts.title,
    author: facts.author,
    subject: facts.subject,
    keywords: facts.keywords,
    producer: facts.producer,
    creatorTool: facts.creator,
    created: facts.created,
    conformanceLevel: profile,
    documentType: FACTURX_DOCUMENT_TYPE,
    documentFileName: FACTURX_FILENAME,
  });
  deleteIfIndirect(doc, doc.catalog.get(PDFName.of("Metadata")));
  // Uncompressed: PDF/A forbids a filter on the metadata stream.
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
}

/** The file identifier: a hash of the file as written without it (stable, and new whenever the content changes). */
async function saveWithContentId(doc: PDFDocument): Promise<Uint8Array> {
  delete doc.context.trailerInfo.ID;
  const withoutId = await doc.save({ addDefaultPage: false, updateFieldAppearances: false });
  const id = createHash("sha256").update(withoutId).digest("hex").slice(0, 32).toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return doc.save({ addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * The Factur-X PDF/A-3 of a visible PDF and its CII XML (a string, embedded as UTF-8 bytes). The
 * XML must declare the profile it is written for (BT-24). `toFacturX(assembled, xml, { profile })`
 * keeps the title, seller, subject, keywords and date assemblePdf wrote. A PDF that is encrypted or carries
 * JavaScript is a bug upstream (Chromium prints with JavaScript off) and is refused, not cleaned.
 */
export async function toFacturX(pdf: Uint8Array, xml: string, meta: FacturXMetadata): Promise<Uint8Array> {
  // Broken invariants (bugs), shown as an internal error's detail: not worded per locale.
  const declared = facturXProfileOf(xml);
  if (declared !== meta.profile) throw new Error(`invariant: Factur-X profile ${meta.profile} but the XML declares ${declared ?? "no Factur-X profile"}`);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const active = activeContent(doc);
  if (active.length) throw new Error(`invariant: the PDF to make Factur-X carries ${active.join(", ")}`);

  const facts = documentFacts(doc, meta);
  printableAnnotations(doc);
  noInterpolation(doc);
  writeMetadata(doc, facts, meta.profile);
  associate(doc, embedXml(doc, new TextEncoder().encode(xml), meta.profile, facts.created), facts.created);
  replaceOutputIntents(doc);
  return saveWithContentId(doc);
}
