// A render batch as data: which documents are rendered, which are refused and why (a stable code),
// what was written, and why the run stopped, if it did. Which documents are rendered is decided by
// the planner all batch commands share (src/documents/batch-plan.ts: discovery, loading, the lint
// gate); this file words its refusals and renders document by document, one failure never stopping
// the others. Writes go through the caller.
import { join } from "node:path";
import { planDocuments, type DocumentPlanOptions, type GateError, type PlanRefusal } from "../documents/batch-plan.js";
import type { CiiProfile } from "../einvoice/index.js";
import { UsageError, type Diagnostic, type FilePolicy, type LoadedDocument, type Locale, type Workspace } from "../model/index.js";
import { BrowserError, pagesFrom, PdfPrinter, PrinterSetupError } from "./browser.js";
import { documentFailure, type DocumentFailure } from "./failures.js";
import { renderMessage } from "./messages.js";
import { DocumentRenderer, type RenderableDocument, type RenderOutput } from "./render.js";
import { RenderCache } from "./render-cache.js";

export type { GateError };

export interface BatchFailure {
  code: DocumentFailure["code"] | "UNREADABLE_PATH" | "NOT_RENDERABLE" | "INVALID_DOCUMENT" | "LINT_ERRORS" | "NAME_CLASH";
  /** Starts with the file, as the user named it. */
  message: string;
  /** INVALID_DOCUMENT: why it does not load. */
  diagnostics?: Diagnostic[];
  /** LINT_ERRORS: the errors that refuse it. */
  lintErrors?: GateError[];
  /** INTERNAL_ERROR: shown with CLAUSIER_DEBUG=1. */
  stack?: string;
}

export interface BatchPlan {
  workspace: Workspace;
  /** The documents to render, in order. */
  documents: RenderableDocument[];
  /** The documents rendered despite lint errors (--force): marked as drafts, not sendable as they are. */
  forced: ReadonlySet<RenderableDocument>;
  failures: BatchFailure[];
  /** Told, not refused: a path skipped by choice, a document rendered despite lint errors. */
  warnings: string[];
}

/** The planner's options, the kinds handled being render's own. */
export type PlanOptions = Omit<DocumentPlanOptions<RenderableDocument>, "handles">;

const RENDERABLE: ReadonlySet<LoadedDocument["kind"]> = new Set(["terms", "invoice", "quote", "refund", "credit-note"]);
const isRenderable = (doc: LoadedDocument): doc is RenderableDocument => RENDERABLE.has(doc.kind);

/** Discovers the documents, refuses the invalid and those with lint errors, keeps the rest. */
export function planBatch(options: PlanOptions): BatchPlan {
  const plan = planDocuments({ ...options, handles: isRenderable });
  const warnings = [...plan.skipped, ...[...plan.forced].map(([doc, errors]) => renderMessage(options.locale, "LINT_FORCED", { file: doc.path, count: errors.length }))];
  return { workspace: plan.workspace, documents: plan.documents, forced: new Set(plan.forced.keys()), failures: plan.refusals.map((r) => batchFailure(r, options.locale)), warnings };
}

/** A refusal of the planner in render's words. */
function batchFailure(refusal: PlanRefusal, locale: Locale): BatchFailure {
  switch (refusal.code) {
    case "UNREADABLE_PATH":
      return { code: "UNREADABLE_PATH", message: refusal.message };
    case "NOT_HANDLED":
      // Only seller, configuration and suppressions files are not rendered.
      return { code: "NOT_RENDERABLE", message: renderMessage(locale, refusal.kind === "seller" ? "SELLER_NOT_RENDERABLE" : "NOT_RENDERABLE", { file: refusal.file }) };
    case "INVALID_DOCUMENT":
      return { code: "INVALID_DOCUMENT", message: renderMessage(locale, "INVALID_DOCUMENT", { file: refusal.file }), diagnostics: refusal.diagnostics };
    case "LOAD_FAILED":
      return documentFailure(refusal.file, refusal.error, locale);
    case "LINT_ERRORS":
      return { code: "LINT_ERRORS", message: renderMessage(locale, "LINT_REFUSED", { file: refusal.file, count: refusal.lintErrors.length }), lintErrors: refusal.lintErrors };
  }
}

export interface RenderBatchOptions {
  outDir: string;
  to: "html" | "pdf" | "both";
  bind: boolean;
  attachSource: boolean;
  /** Invoices and credit notes as Factur-X PDFs at this profile. */
  facturx?: CiiProfile;
  version: string;
  env: NodeJS.ProcessEnv;
  locale: Locale;
  /**
   * Writes one output whole or not at all; a UsageError (the disk, the folder) stops the run. It may
   * return a promise (the write on libuv's threads while the next documents print): it is awaited.
   */
  writeFile: (path: string, content: string | Uint8Array) => void | Promise<void>;
  ensureDir: (dir: string) => void;
  /** Told of each document as soon as its outputs are written, or why it was not rendered, so the caller reports as it goes. */
  onWritten?: (report: DocumentReport) => void;
  /**
   * Resumable run: a document whose outputs are up to date (render-cache.ts) is not rendered again.
   * `dataVersion`: the legal data's version. Absent: every document is rendered (--no-cache).
   */
  cache?: { dataVersion: string };
}

/** One document of the run, done: the files it wrote (as shown to users), or its failure. */
export interface DocumentReport {
  document: string;
  written: string[];
  /** Not rendered again: its outputs (as shown to users) are up to date. */
  upToDate?: string[];
  failure?: BatchFailure;
}

export interface BatchResult {
  /** The files written, as shown to users. */
  written: string[];
  /** The number of documents written. */
  rendered: number;
  /** The number of documents skipped because their outputs were up to date. */
  upToDate: number;
  failures: BatchFailure[];
  /** Why the run stopped (no browser can be restarted, the disk is full); what was written is still listed. */
  stopped?: string;
}

/** A document rendered, or why not (rendering never throws: the run decides what a failure means). */
type Attempt = { outputs: RenderOutput[] } | { error: unknown };

/**
 * Renders the planned documents; a browser that cannot start before anything is written is a
 * UsageError (exit 2). PDFs are printed by a pool of pages of one browser (CLAUSIER_RENDER_PAGES,
 * default one per core): documents start in order, a few ahead of the one being written, and are
 * written and reported in order.
 */
export async function renderBatch(plan: BatchPlan, options: RenderBatchOptions): Promise<BatchResult> {
  const { documents, workspace } = plan;
  // The output folder first: an unwritable folder fails before the browser starts or anything is written.
  if (documents.length) options.ensureDir(options.outDir);
  const wantPdf = options.to !== "html";
  const failures: BatchFailure[] = [];
  const written: string[] = [];
  const names = new Map<string, string>(); // output name → the document that wrote it
  let stopped: string | undefined;
  let rendered = 0;
  const attempts: Array<Promise<Attempt> | undefined> = [];
  const renderOptions = { html: options.to !== "pdf", pdf: wantPdf, bind: options.bind, attachSource: options.attachSource, version: options.version, facturx: options.facturx };
  const cache = options.cache && documents.length ? RenderCache.open(options.outDir, { dataVersion: options.cache.dataVersion, options: renderOptions }) : undefined;
  const keys = new Map<RenderableDocument, string>();
  let upToDate = 0;
  // Up to date: known before the browser starts, so that a run with nothing to do starts none.
  const toRender = documents.filter((doc) => {
    if (!cache) return true;
    const key = cache.keyOf(doc, plan.forced.has(doc));
    keys.set(doc, key);
    const kept = cache.upToDate(doc, key);
    if (!kept) return true;
    upToDate++;
    for (const name of kept) names.set(name, doc.path);
    options.onWritten?.({ document: doc.path, written: [], upToDate: kept.map((name) => workspace.display(join(options.outDir, name))) });
    return false;
  });
  const printer = wantPdf && toRender.length ? await startPrinter(options.env, options.locale) : undefined;
  let flushed = Date.now();
  try {
    const renderer = new DocumentRenderer(printer, renderOptions);
    const attempt = (doc: RenderableDocument): Promise<Attempt> =>
      renderer.render(doc, { draft: plan.forced.has(doc) }).then(
        (rendered) => ({ outputs: rendered.outputs }),
        (error: unknown) => ({ error }),
      );
    // Twice the pages: each page has its next document waiting while one is written; no more, so
    // that a batch of thousands holds only a few PDFs in memory.
    const ahead = printer ? 2 * printer.pages : 1;
    let started = 0;
    for (const [i, doc] of toRender.entries()) {
      for (; started < Math.min(toRender.length, i + ahead); started++) attempts[started] = attempt(toRender[started]!);
      const outcome = await attempts[i]!;
      attempts[i] = undefined;
      if ("error" in outcome) {
        const { error } = outcome;
        if (error instanceof BrowserError && error.isLaunchFailure) {
          stopped = runStopped(error.describe(options.locale), toRender.slice(i), options.locale);
          break;
        }
        // One document that cannot be computed or printed never stops the others.
        const failure = documentFailure(doc.path, error, options.locale);
        failures.push(failure);
        options.onWritten?.({ document: doc.path, written: [], failure });
        continue;
      }
      const { outputs } = outcome;
      const clash = outputs.map((o) => names.get(o.name)).find(Boolean);
      if (clash) {
        const failure: BatchFailure = { code: "NAME_CLASH", message: renderMessage(options.locale, "NAME_CLASH", { file: doc.path, other: clash }) };
        failures.push(failure);
        options.onWritten?.({ document: doc.path, written: [], failure });
        continue;
      }
      const own: string[] = [];
      try {
        for (const o of outputs) {
          const target = join(options.outDir, o.name);
          await options.writeFile(target, o.content);
          names.set(o.name, doc.path);
          own.push(workspace.display(target));
        }
        written.push(...own);
        rendered++;
        cache?.record(doc, keys.get(doc)!, outputs);
        // Every few seconds, not per document: a long run does not rewrite a growing manifest thousands of times.
        if (cache && Date.now() - flushed > 2000) {
          await cache.flush(options.writeFile);
          flushed = Date.now();
        }
        options.onWritten?.({ document: doc.path, written: own });
      } catch (error) {
        written.push(...own);
        if (!(error instanceof UsageError)) throw error;
        stopped = runStopped(error.message, toRender.slice(i), options.locale);
        break;
      }
    }
  } finally {
    // Documents started ahead of a stop: let them end (their outcome is dropped) before the browser closes.
    await Promise.all(attempts);
    await printer?.close();
    try {
      await cache?.flush(options.writeFile);
    } catch {
      // The outputs are written; without their keys the next run renders these documents again.
    }
  }
  return { written, rendered, upToDate, failures, stopped };
}

async function startPrinter(env: NodeJS.ProcessEnv, locale: Locale): Promise<PdfPrinter> {
  try {
    return await PdfPrinter.start(env, {}, pagesFrom(env));
  } catch (error) {
    if (error instanceof BrowserError || error instanceof PrinterSetupError) throw new UsageError(error.describe(locale));
    throw error;
  }
}

function runStopped(reason: string, notRendered: RenderableDocument[], locale: Locale): string {
  return renderMessage(locale, "RUN_STOPPED", { reason, count: notRendered.length, files: notRendered.map((d) => d.path).join(", ") });
}
