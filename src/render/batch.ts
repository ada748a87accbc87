// A render batch as data: which documents are rendered, which are refused and why (a stable code),
// what was written, and why the run stopped, if it did. A document is rendered only when it loads
// (schema errors always refuse it) and when it and the files it relies on have no lint error
// (unless forced). One document that fails never stops the others. Writes go through the caller.
import { readdirSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { discover, isConfigFile, MODEL_EXTENSIONS, UsageError, Workspace, type Diagnostic, type FilePolicy, type Locale } from "../model/index.js";
import { BrowserError, PdfPrinter, PrinterSetupError } from "./browser.js";
import { documentFailure, type DocumentFailure } from "./failures.js";
import { renderMessage } from "./messages.js";
import { DocumentRenderer, type RenderableDocument } from "./render.js";

/** A lint error as the gate lists it, in the file (shown path) where it is. */
export interface GateError {
  file: string;
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

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
  failures: BatchFailure[];
  /** Told, not refused: a path skipped by choice, a document rendered despite lint errors. */
  warnings: string[];
  /** Rendered with --force despite lint errors: marked as drafts. */
  drafts: ReadonlySet<RenderableDocument>;
}

export interface PlanOptions {
  cwd: string;
  /** Files and folders to render; folders skip `exclude`. */
  roots: string[];
  exclude: string[];
  files: FilePolicy;
  bind: boolean;
  force: boolean;
  /** The language of the failures' and warnings' messages. */
  locale: Locale;
  /** The lint errors of these files (shown path → errors), suppressions applied; called once, when there are documents. */
  lintErrors: (absPaths: string[]) => ReadonlyMap<string, ReadonlyArray<Omit<GateError, "file">>>;
}

/** Discovers the documents, refuses the invalid and those with lint errors, keeps the rest. */
export function planBatch(options: PlanOptions): BatchPlan {
  const workspace = new Workspace(options.cwd, undefined, options.files, options.locale);
  const failures: BatchFailure[] = [];
  const warnings: string[] = [];
  const candidates = new Map<string, boolean>(); // absolute path → named on the command line
  for (const root of options.roots) {
    const found = discover([root], options.cwd, { extensions: MODEL_EXTENSIONS, exclude: options.exclude, files: options.files, locale: options.locale });
    // A folder or symlink not looked into: refused when an error, told when skipped by choice (--no-follow-symlinks).
    for (const d of found.problems) {
      if (d.severity === "error") failures.push({ code: "UNREADABLE_PATH", message: `${d.file} : ${d.message}` });
      else warnings.push(`${d.file} : ${d.message}`);
    }
    for (const abs of found.files) candidates.set(abs, resolve(options.cwd, root) === abs || candidates.get(abs) === true);
  }

  const loaded: RenderableDocument[] = [];
  const threw = new Set<string>(); // a loader bug stays with its own file, out of the others' lint run
  for (const [abs, explicit] of candidates) {
    const file = workspace.display(abs);
    // A seller file named on the command line is an error; one met in a folder is skipped.
    const notRenderable = (id: "NOT_RENDERABLE" | "SELLER_NOT_RENDERABLE") => {
      if (explicit) failures.push({ code: "NOT_RENDERABLE", message: renderMessage(options.locale, id, { file }) });
    };
    if (isConfigFile(abs) || /^seller\.(ya?ml|json)$/.test(basename(abs))) {
      notRenderable("NOT_RENDERABLE");
      continue;
    }
    let doc;
    try {
      doc = workspace.load(abs);
    } catch (error) {
      // The loader reports bad data as diagnostics: a throw is a bug, kept to this one file.
      failures.push(documentFailure(file, error, options.locale));
      threw.add(abs);
      continue;
    }
    if (!doc) failures.push({ code: "INVALID_DOCUMENT", message: renderMessage(options.locale, "INVALID_DOCUMENT", { file }), diagnostics: workspace.diagnostics.get(abs) ?? [] });
    else if (doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") notRenderable("SELLER_NOT_RENDERABLE");
    else loaded.push(doc);
  }

  // Lint the documents and everything they rely on, in one run, with the documents beside them as
  // context: rules across documents (an invoice series) must not see a gap where they only see a part.
  const relied = new Map(loaded.map((d) => [d, reliedOn(d, options.bind)]));
  const context = [...new Set(loaded.map((d) => dirname(d.absPath)))].flatMap(documentsIn).filter((abs) => !threw.has(abs));
  const errors: ReturnType<PlanOptions["lintErrors"]> = loaded.length ? options.lintErrors([...new Set([...[...relied.values()].flat(), ...context])]) : new Map();
  const documents: RenderableDocument[] = [];
  const drafts = new Set<RenderableDocument>();
  for (const doc of loaded) {
    const found = (relied.get(doc) ?? []).flatMap((abs) => {
      const file = workspace.display(abs);
      return (errors.get(file) ?? []).map((m) => ({ file, line: m.line, column: m.column, message: m.message, ruleId: m.ruleId }));
    });
    if (found.length && !options.force) {
      failures.push({ code: "LINT_ERRORS", message: renderMessage(options.locale, "LINT_REFUSED", { file: doc.path, count: found.length }), lintErrors: found });
      continue;
    }
    if (found.length) {
      warnings.push(renderMessage(options.locale, "LINT_FORCED", { file: doc.path, count: found.length }));
      drafts.add(doc);
    }
    documents.push(doc);
  }
  return { workspace, documents, failures, warnings, drafts };
}

/** The regular model files directly in a folder (context only: links and sub-folders are not followed). */
function documentsIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && MODEL_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !/^seller\./.test(e.name))
    .map((e) => join(dir, e.name))
    .filter((abs) => !isConfigFile(abs));
}

/** The files a document relies on: their lint errors refuse it too. */
function reliedOn(doc: RenderableDocument, bind: boolean): string[] {
  switch (doc.kind) {
    case "terms":
      return [doc.absPath, ...(bind ? doc.related.map((r) => r.absPath) : [])];
    case "invoice":
      return [doc.absPath, doc.terms.absPath];
    case "quote":
      return [doc.absPath, doc.terms.absPath, ...doc.terms.related.map((r) => r.absPath)];
    case "refund":
    case "credit-note":
      return [doc.absPath, doc.terms.absPath, doc.invoice.absPath];
  }
}

export interface RenderBatchOptions {
  outDir: string;
  to: "html" | "pdf" | "both";
  bind: boolean;
  attachSource: boolean;
  version: string;
  env: NodeJS.ProcessEnv;
  locale: Locale;
  /** Writes one output whole or not at all; a UsageError (the disk, the folder) stops the run. */
  writeFile: (path: string, content: string | Uint8Array) => void;
  ensureDir: (dir: string) => void;
}

export interface BatchResult {
  /** The files written, as shown to users. */
  written: string[];
  /** The number of documents written. */
  rendered: number;
  failures: BatchFailure[];
  /** Why the run stopped (no browser can be restarted, the disk is full); what was written is still listed. */
  stopped?: string;
}

/** Renders the planned documents; a browser that cannot start before anything is written is a UsageError (exit 2). */
export async function renderBatch(plan: BatchPlan, options: RenderBatchOptions): Promise<BatchResult> {
  const { documents, workspace } = plan;
  // The output folder first: an unwritable folder fails before the browser starts or anything is written.
  if (documents.length) options.ensureDir(options.outDir);
  const wantPdf = options.to !== "html";
  const printer = wantPdf && documents.length ? await startPrinter(options.env, options.locale) : undefined;
  const failures: BatchFailure[] = [];
  const written: string[] = [];
  const names = new Map<string, string>(); // output name → the document that wrote it
  let stopped: string | undefined;
  try {
    const renderer = new DocumentRenderer(printer, { html: options.to !== "pdf", pdf: wantPdf, bind: options.bind, attachSource: options.attachSource, version: options.version });
    for (const [i, doc] of documents.entries()) {
      let outputs;
      try {
        outputs = (await renderer.render(doc, { draft: plan.drafts.has(doc) })).outputs;
      } catch (error) {
        if (error instanceof BrowserError && error.isLaunchFailure) {
          stopped = runStopped(error.describe(options.locale), documents.slice(i), options.locale);
          break;
        }
        // One document that cannot be computed or printed never stops the others.
        failures.push(documentFailure(doc.path, error, options.locale));
        continue;
      }
      const clash = outputs.map((o) => names.get(o.name)).find(Boolean);
      if (clash) {
        failures.push({ code: "NAME_CLASH", message: renderMessage(options.locale, "NAME_CLASH", { file: doc.path, other: clash }) });
        continue;
      }
      try {
        for (const o of outputs) {
          const target = join(options.outDir, o.name);
          options.writeFile(target, o.content);
          names.set(o.name, doc.path);
          written.push(workspace.display(target));
        }
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        stopped = runStopped(error.message, documents.slice(i), options.locale);
        break;
      }
    }
  } finally {
    await printer?.close();
  }
  return { written, rendered: new Set(names.values()).size, failures, stopped };
}

async function startPrinter(env: NodeJS.ProcessEnv, locale: Locale): Promise<PdfPrinter> {
  try {
    return await PdfPrinter.start(env);
  } catch (error) {
    if (error instanceof BrowserError || error instanceof PrinterSetupError) throw new UsageError(error.describe(locale));
    throw error;
  }
}

function runStopped(reason: string, notRendered: RenderableDocument[], locale: Locale): string {
  return renderMessage(locale, "RUN_STOPPED", { reason, count: notRendered.length, files: notRendered.map((d) => d.path).join(", ") });
}
