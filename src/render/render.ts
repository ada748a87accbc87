// The pipeline for one document: load (done by the caller) → view model → Handlebars → HTML →
// Chromium → PDF → pdf-lib. A quote carries its terms as extra pages, and a terms document bound
// with --bind carries its related documents (the Luxogés CGT and CGU); page numbers run across the
// whole file. With a Factur-X profile, an invoice's or credit note's PDF becomes a Factur-X PDF/A-3
// carrying the CII XML of the same derived document (src/einvoice).
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { derive } from "../documents/index.js";
import { ciiXml, en16931Of, type CiiProfile } from "../einvoice/index.js";
import { toFacturX, type FacturXProfile } from "../einvoice/facturx.js";
import type { LoadedCreditNote, LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms } from "../model/documents.js";
import { ComputationError, formatDate } from "../money/index.js";
import { RenderRefusal } from "./branding.js";
import { BrowserError, type PdfPrinter } from "./browser.js";
import type { PageFurniture } from "./css.js";
import { outlineOf } from "./outline.js";
import { DRAFT_MARK } from "./draft.js";
import { assemblePdf, pageCount, type PdfAttachment, type PdfMetadata } from "./pdf.js";
import { type DocumentView, renderHtml } from "./templates.js";
import { creditNoteView } from "./views/credit-note.js";
import { invoiceView } from "./views/invoice.js";
import { safeName } from "./names.js";
import { quoteView } from "./views/quote.js";
import { refundView } from "./views/refund.js";
import { termsView } from "./views/terms.js";

export type RenderableDocument = LoadedTerms | LoadedInvoice | LoadedQuote | LoadedRefund | LoadedCreditNote;

export interface RenderOptions {
  html: boolean;
  pdf: boolean;
  /** Terms: bind the related documents into the same PDF. */
  bind: boolean;
  /** Attach the source data file to the PDF. */
  attachSource: boolean;
  /** Clausier's version, for the PDF producer. */
  version: string;
  /** Invoices and credit notes as Factur-X PDFs at this profile; other documents stay ordinary PDFs. */
  facturx?: CiiProfile;
}

export interface RenderOutput {
  /** File name, without folder. */
  name: string;
  content: string | Uint8Array;
}

/** Per document: a draft (rendered with --force despite lint errors) is marked as such on every page and in its metadata. */
export interface DocumentRenderOptions {
  draft: boolean;
}

export interface RenderedDocument {
  outputs: RenderOutput[];
  /** Every request Chromium's page attempted while printing this document. */
  requests: string[];
}

export { safeName };

/** FA-2026-0042, DEV-2026-0012, AV-2026-0003; terms: `<id>-<effectiveDate>` or `<id>`. */
export function outputBaseName(doc: RenderableDocument): string {
  if (doc.kind === "terms") return safeName(doc.data.effectiveDate ? `${doc.data.id}-${doc.data.effectiveDate}` : doc.data.id);
  return safeName(doc.data.number);
}

/** Builds the view from the derived document; a computation the data does not allow becomes a refusal with its French reason. */
export function viewOf(doc: RenderableDocument, printedWith: readonly LoadedTerms[] = []): DocumentView {
  try {
    switch (doc.kind) {
      case "terms":
        return termsView(derive(doc), printedWith);
      case "invoice":
        return invoiceView(derive(doc));
      case "quote":
        return quoteView(derive(doc));
      case "refund":
        return refundView(derive(doc));
      case "credit-note":
        return creditNoteView(derive(doc));
    }
  } catch (error) {
    if (error instanceof ComputationError) throw RenderRefusal.ofComputation(error);
    throw error;
  }
}

function headerRight(view: DocumentView): string {
  return view.kind === "terms" ? view.kindLabel : view.title;
}

function footerLabel(view: DocumentView): string {
  return view.kind === "terms" ? view.shortLabel : view.title;
}

function metadataOf(view: DocumentView, version: string, draft: boolean): PdfMetadata {
  const meta = documentMetadata(view, version);
  // A reader that shows only the title or searches the keywords still sees a draft.
  return draft ? { ...meta, title: `${DRAFT_MARK} — ${meta.title}`, keywords: ["BROUILLON", ...meta.keywords] } : meta;
}

function documentMetadata(view: DocumentView, version: string): PdfMetadata {
  const common = { author: view.seller.name, producer: `Clausier ${version}`, creator: `Clausier ${version} (clausier render, Chromium)` };
  if (view.kind === "terms") {
    return {
      ...common,
      title: view.title,
      subject: `${view.kindLabel} — ${view.seller.name}${view.effectiveDate ? `, en vigueur au ${formatDate(view.effectiveDate)}` : ""}`,
      keywords: [view.kindLabel, view.id, view.seller.name],
      date: view.effectiveDate ?? view.lastUpdated,
    };
  }
  return {
    ...common,
    title: `${view.title} — ${view.seller.name}`,
    subject: `${view.title} du ${formatDate(view.issueDate)}, ${view.client.name}`,
    keywords: [view.title.split(" ")[0] ?? view.kind, view.number, view.seller.name, view.client.name],
    date: view.issueDate,
  };
}

/** The XMP fx:ConformanceLevel of each CII profile. */
const FACTURX_LEVEL: Readonly<Record<CiiProfile, FacturXProfile>> = { minimum: "MINIMUM", basicwl: "BASIC WL", basic: "BASIC", en16931: "EN 16931" };

/**
 * The Factur-X file of an invoice or credit note: the printed PDF with the CII XML of the very
 * derived document the view was built from (derive() is cached per loaded document); the Info
 * dictionary assemblePdf wrote gives the XMP its title, seller and date. Other documents: the PDF.
 */
async function facturXOf(doc: RenderableDocument, pdf: Uint8Array, profile: CiiProfile | undefined): Promise<Uint8Array> {
  if (!profile || (doc.kind !== "invoice" && doc.kind !== "credit-note")) return pdf;
  const xml = ciiXml(en16931Of(derive(doc)), profile);
  return toFacturX(pdf, xml, { profile: FACTURX_LEVEL[profile] });
}

interface Part {
  view: DocumentView;
  furniture: PageFurniture;
}

export class DocumentRenderer {
  /**
   * Pages of each terms document printed in this run, by file and the terms printed with it (what
   * they state, it does not restate: views/legal-facts.ts): appended terms are counted once.
   */
  private readonly termsPages = new Map<string, number>();

  constructor(
    private readonly printer: PdfPrinter | undefined,
    private readonly options: RenderOptions,
  ) {}

  /**
   * Renders one document; several may run at once on a printer with several pages. When the
   * browser crashes or hangs on it, a new browser is started and the document tried once more;
   * a second failure (or a browser that cannot start) is thrown.
   */
  async render(doc: RenderableDocument, perDocument: DocumentRenderOptions = { draft: false }): Promise<RenderedDocument> {
    try {
      return await this.renderOnce(doc, perDocument, false);
    } catch (error) {
      if (!(error instanceof BrowserError) || error.isLaunchFailure) throw error;
      // Alone in the browser: a document that crashes it again fails by itself, not its neighbours in the pool.
      return await this.renderOnce(doc, perDocument, true);
    }
  }

  private async renderOnce(doc: RenderableDocument, { draft }: DocumentRenderOptions, alone: boolean): Promise<RenderedDocument> {
    // Terms printed in the same file state their own facts: the others do not restate them.
    const boundTerms = [...(doc.kind === "terms" ? [doc] : []), ...this.appendedTerms(doc)];
    const main = viewOf(doc, boundTerms);
    const base = outputBaseName(doc);
    const mainPart: Part = { view: main, furniture: { header: main.seller.name, headerRight: headerRight(main), footer: footerLabel(main), draft } };
    const outputs: RenderOutput[] = [];
    if (this.options.html) outputs.push({ name: `${base}.html`, content: renderHtml(main, mainPart.furniture) });
    if (!this.options.pdf) return { outputs, requests: [] };
    if (!this.printer) throw new Error("PDF demandé sans navigateur");

    // A quote's pages carry the quote's number; bound terms keep their own labels.
    const appended = this.appendedTerms(doc).map((t): Part => {
      const view = termsView(derive(t), boundTerms);
      return { view, furniture: { header: view.seller.name, headerRight: view.kindLabel, footer: doc.kind === "quote" ? footerLabel(main) : view.shortLabel, draft } };
    });
    const parts = [mainPart, ...appended];
    const requests: string[] = [];
    const print = async (part: Part, furniture: PageFurniture) => {
      // The outline is written by assemblePdf from the views (src/render/outline.ts), not by Chromium.
      // Fonts linked, not inlined: the printer serves them from memory (fonts.ts).
      const result = await this.printer!.print(renderHtml(part.view, furniture, "linked"), { alone });
      requests.push(...result.requests);
      return result.pdf;
    };

    let pdfs = [await print(mainPart, mainPart.furniture)];
    if (doc.kind === "terms" && !appended.length) this.termsPages.set(termsPagesKey(doc, boundTerms), await pageCount(pdfs[0]!));
    if (appended.length) {
      // Page counts first (a terms document's count is kept for the run: the footer text does not
      // change the layout), then every part printed with "page X / Y" across the whole file.
      const termsDocs = this.appendedTerms(doc);
      const counts = [await pageCount(pdfs[0]!)];
      for (const [i, part] of appended.entries()) {
        const key = termsPagesKey(termsDocs[i]!, boundTerms);
        if (!this.termsPages.has(key)) this.termsPages.set(key, await pageCount(await print(part, part.furniture)));
        counts.push(this.termsPages.get(key)!);
      }
      const total = counts.reduce((a, b) => a + b, 0);
      let before = 0;
      pdfs = [];
      for (const [i, part] of parts.entries()) {
        pdfs.push(await print(part, { ...part.furniture, pagesBefore: before, totalPages: total }));
        before += counts[i] ?? 0;
      }
    }
    const pdf = await assemblePdf(
      pdfs,
      metadataOf(main, this.options.version, draft),
      this.options.attachSource ? [sourceAttachment(doc)] : [],
      parts.map((p) => outlineOf(p.view)),
    );
    outputs.push({ name: `${base}.pdf`, content: await facturXOf(doc, pdf, this.options.facturx) });
    return { outputs, requests };
  }

  private appendedTerms(doc: RenderableDocument): LoadedTerms[] {
    if (doc.kind === "quote") return [doc.terms, ...doc.terms.related];
    if (doc.kind === "terms" && this.options.bind) return doc.related;
    return [];
  }
}

function termsPagesKey(terms: LoadedTerms, printedWith: readonly LoadedTerms[]): string {
  return [terms.absPath, ...printedWith.map((t) => t.absPath)].join("\n");
}

function sourceAttachment(doc: RenderableDocument): PdfAttachment {
  const ext = extname(doc.absPath).toLowerCase();
  return {
    name: basename(doc.absPath),
    bytes: readFileSync(doc.absPath),
    mimeType: ext === ".json" ? "application/json" : "application/yaml",
    description: "Fichier source Clausier de ce document",
  };
}
