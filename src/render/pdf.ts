// PDF post-processing with pdf-lib: parts are joined (a quote and its terms), then the metadata is
// written from the document itself and nothing from the clock — creation and modification dates
// are the document's date, the /ID is a hash of the content — so one input gives one byte-identical
// PDF. Chromium's own /CreationDate, /ModDate, /Producer and /Creator are replaced; its font subset
// tags (AAAAAA+…) are already stable. Chromium prints untagged (browser.ts): its structure tree
// names and orders elements by DOM node ids, which differ from one print to the next in one browser.
import { createHash } from "node:crypto";
import { AFRelationship, type PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFPage } from "pdf-lib";
import { mergeDestinations, type OutlineNode, type OutlinePart, partNodes, writeDestinations, writeOutline } from "./outline.js";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The document's own date (issue date, effective date); none: no dates are written. */
  date: string | null;
  producer: string;
  creator: string;
}

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  description: string;
}

const INFO_KEYS = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"];

/** Noon UTC: the day stays the same in every time zone a reader may display it in. */
function documentInstant(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/** `outline`: one entry per part, in the parts' order (none: the file has no bookmarks). */
export async function assemblePdf(parts: Uint8Array[], meta: PdfMetadata, attachments: PdfAttachment[] = [], outline: OutlinePart[] = []): Promise<Uint8Array> {
  const [first, ...rest] = parts;
  // A broken invariant (a bug), shown as an internal error's detail for the report: not worded per locale.
  if (!first) throw new Error("invariant: no pages to assemble");
  const doc = await PDFDocument.load(first, { updateMetadata: false });
  const bookmarks: OutlineNode[] = [];
  const destinations = new Map<string, PDFArray>();
  const addPart = (index: number, source: PDFDocument, pages: PDFPage[]) => {
    const part = outline[index];
    const node = part ? partNodes(doc, source, pages.map((p) => p.ref), part) : null;
    if (node) bookmarks.push(node);
    mergeDestinations(doc, source, pages, index, destinations);
  };
  addPart(0, doc, doc.getPages());
  for (const [i, part] of rest.entries()) {
    const source = await PDFDocument.load(part, { updateMetadata: false });
    const copied = await doc.copyPages(source, source.getPageIndices());
    for (const page of copied) doc.addPage(page);
    addPart(i + 1, source, copied);
  }
  writeOutline(doc, bookmarks);
  writeDestinations(doc, destinations);

  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const key of INFO_KEYS) info?.delete(PDFName.of(key));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setProducer(meta.producer);
  doc.setCreator(meta.creator);
  doc.setLanguage("fr-FR");
  if (meta.date) {
    doc.setCreationDate(documentInstant(meta.date));
    doc.setModificationDate(documentInstant(meta.date));
  }
  for (const a of attachments) {
    await doc.attach(a.bytes, a.name, {
      mimeType: a.mimeType,
      description: a.description,
      afRelationship: AFRelationship.Source,
      ...(meta.date ? { creationDate: documentInstant(meta.date), modificationDate: documentInstant(meta.date) } : {}),
    });
  }
  return withFileIdentifier(doc);
}

const ID_PLACEHOLDER = "0".repeat(32);

/**
 * Saves the file with its identifier: a hash of the file as written with a placeholder identifier
 * (stable, and different whenever the content differs), then written over the placeholder, which
 * has the same length, so no offset moves. One save instead of two (a save without the identifier,
 * hashed, then the real one) — the second save was the costliest step of pdf-lib per document.
 */
async function withFileIdentifier(doc: PDFDocument): Promise<Uint8Array> {
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
  const bytes = await doc.save({ addDefaultPage: false });
  const id = createHash("sha256").update(bytes).digest("hex").slice(0, 32).toUpperCase();
  // The trailer (or the cross-reference stream's dictionary) is near the end of the file.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const placeholder = `<${ID_PLACEHOLDER}>`;
  let at = text.length;
  for (let n = 0; n < 2; n++) {
    at = text.lastIndexOf(placeholder, at - 1, "latin1");
    // A broken invariant (a bug): pdf-lib no longer writes the identifier as a hex string.
    if (at < 0) throw new Error("invariant: the file identifier's placeholder is not in the saved PDF");
    text.write(`<${id}>`, at, "latin1");
  }
  return bytes;
}
