// What the routes do with a body: the document sent is read in place of a file of the project (the
// Workspace overlay: nothing is written), at `filename` under the root, so its references (terms,
// seller, quote) resolve as they would on disk. Then the CLI's gates: schema, lint errors (unless
// forced, as a draft), and the render, lint or computation of the library.
import { extname, isAbsolute, relative, resolve, sep } from "node:path";
import { computeDocument, DocumentNotLoadedError } from "../api/compute.js";
import { lintText } from "../api/lint.js";
import { VERSION } from "../api/version.js";
import { currentDataVersion } from "../api/legal-data.js";
import { jsonSection } from "../api/compute-output.js";
import { reliedOn } from "../documents/batch-plan.js";
import type { ComputeRequest } from "../documents/computations.js";
import { ComputeUsageError } from "../documents/messages.js";
import type { CiiProfile } from "../einvoice/index.js";
import { LegalDataGapError } from "../legal/errors.js";
import type { GateCache } from "../lint/gate-cache.js";
import { Linter } from "../lint/linter.js";
import { allRules } from "../lint/rules/index.js";
import { reporters } from "../lint/reporters/index.js";
import { FilePolicy, UsageError, Workspace, type LoadedDocument, type Locale } from "../model/index.js";
import { ComputationError } from "../money/index.js";
import { BrowserError, PrinterSetupError, type PdfPrinter } from "../render/browser.js";
import { documentFailure } from "../render/failures.js";
import { DocumentRenderer, type RenderableDocument } from "../render/render.js";
import { diagnosticErrors, HttpProblem } from "./problems.js";

export type Target = "pdf" | "html" | "facturx";

/** The body, where it stands in the project, and its language for messages. */
export interface Sent {
  root: string;
  /** Absolute path the body is read at (it need not exist). */
  abs: string;
  text: string;
  locale: Locale;
}

const EXTENSIONS = new Set([".yaml", ".yml", ".json", ".md", ".txt"]);
const MODEL = new Set([".yaml", ".yml", ".json"]);

/** The path the body stands at: `filename` (relative, under the root), else request.<ext> of its content type at the root. */
export function sentPath(root: string, filename: string | undefined, contentType: string, model: boolean): string {
  const name = filename ?? `request${defaultExtension(contentType)}`;
  const abs = resolve(root, name);
  const inside = relative(root, abs);
  const ext = extname(abs).toLowerCase();
  if (isAbsolute(name) || !inside || inside.startsWith(`..${sep}`) || inside === ".." || !EXTENSIONS.has(ext) || (model && !MODEL.has(ext)))
    throw new HttpProblem(400, "BAD_FILENAME", "BAD_REQUEST_TITLE", { id: "BAD_FILENAME", data: { name } });
  return abs;
}

function defaultExtension(contentType: string): string {
  if (contentType.includes("json")) return ".json";
  if (contentType.includes("yaml")) return ".yaml";
  if (contentType.includes("markdown")) return ".md";
  return ".txt";
}

function policy(root: string): FilePolicy {
  return new FilePolicy(root, { root });
}

/** The document loaded from the overlay, or a 422 problem with its diagnostics. */
function load(sent: Sent, gate?: GateCache): { workspace: Workspace; doc: LoadedDocument; overlay: ReadonlyMap<string, string> } {
  const overlay = new Map([[sent.abs, sent.text]]);
  const workspace = new Workspace(sent.root, overlay, policy(sent.root), sent.locale, gate);
  const doc = workspace.load(sent.abs);
  if (!doc) {
    const diagnostics = workspace.allDiagnostics();
    throw new HttpProblem(
      422,
      "INVALID_DOCUMENT",
      "INVALID_DOCUMENT_TITLE",
      { id: "INVALID_DOCUMENT", data: { file: workspace.display(sent.abs), count: diagnostics.length } },
      { errors: diagnosticErrors(diagnostics) },
    );
  }
  return { workspace, doc, overlay };
}

const RENDERABLE = new Set<LoadedDocument["kind"]>(["terms", "invoice", "quote", "refund", "credit-note"]);

export interface Rendered {
  body: string | Uint8Array;
  contentType: string;
  name: string;
  draft: boolean;
}

/**
 * Renders the document sent, as `clausier render` does one file: refused when it or what it relies on
 * has lint errors, unless `force` (then printed as a draft). `withPrinter` lends a browser for the print.
 */
export async function renderSent(
  sent: Sent,
  options: { to: Target; force: boolean; profile: CiiProfile; asOf?: string; gate?: GateCache },
  withPrinter: <T>(use: (printer: PdfPrinter) => Promise<T>) => Promise<T>,
): Promise<Rendered> {
  const { workspace, doc, overlay } = load(sent, options.gate);
  const file = workspace.display(sent.abs);
  if (!RENDERABLE.has(doc.kind)) throw new HttpProblem(422, "NOT_RENDERABLE", "NOT_RENDERABLE_TITLE", { id: "NOT_RENDERABLE", data: { file, kind: doc.kind } });
  if (options.to === "facturx" && doc.kind !== "invoice" && doc.kind !== "credit-note")
    throw new HttpProblem(422, "NOT_FACTURX", "NOT_RENDERABLE_TITLE", { id: "NOT_FACTURX", data: { file, kind: doc.kind } });
  const linter = new Linter({ cwd: sent.root, files: policy(sent.root), asOf: options.asOf, locale: sent.locale });
  // With the cache, the gate also reuses the files just loaded (the same overlay, policy and locale).
  const cached = options.gate && { parsed: options.gate, built: options.gate, findings: options.gate, workspace };
  const run = linter.lintPaths(reliedOn(doc, false), { overlay, ...cached });
  const errors = linter
    .suppress(run.results)
    .results.flatMap((r) => r.messages.filter((m) => m.severity === "error").map((m) => ({ file: r.filePath, line: m.line, column: m.column, code: m.ruleId, message: m.message })));
  if (errors.length && !options.force) throw new HttpProblem(422, "LINT_ERRORS", "LINT_ERRORS_TITLE", { id: "LINT_ERRORS", data: { file, count: errors.length } }, { errors });
  const draft = errors.length > 0;
  const renderable = doc as RenderableDocument;
  const to = options.to;
  const rendererOf = (printer: PdfPrinter | undefined) =>
    new DocumentRenderer(printer, { html: to === "html", pdf: to !== "html", bind: false, attachSource: false, version: VERSION, facturx: to === "facturx" ? options.profile : undefined });
  try {
    const { outputs } = to === "html" ? await rendererOf(undefined).render(renderable, { draft }) : await withPrinter((printer) => rendererOf(printer).render(renderable, { draft }));
    const output = outputs[0]!;
    return { body: output.content, contentType: to === "html" ? "text/html; charset=utf-8" : "application/pdf", name: output.name, draft };
  } catch (error) {
    throw renderProblem(file, error, sent.locale);
  }
}

function renderProblem(file: string, error: unknown, locale: Locale): unknown {
  if (error instanceof HttpProblem) return error;
  // The service's browser, not the document: another instance may serve it.
  if (error instanceof PrinterSetupError) return new HttpProblem(503, "BROWSER_SETUP", "BROWSER_TITLE", (l) => error.describe(l));
  if (error instanceof BrowserError && error.isLaunchFailure) return new HttpProblem(503, "BROWSER_UNAVAILABLE", "BROWSER_TITLE", (l) => error.describe(l), { headers: { "retry-after": "1" } });
  if (error instanceof BrowserError) return new HttpProblem(503, "BROWSER_FAILED_TWICE", "BROWSER_TITLE", (l) => documentFailure(file, error, l).message, { headers: { "retry-after": "1" } });
  const failure = documentFailure(file, error, locale);
  if (failure.code === "INTERNAL_ERROR") return error;
  return new HttpProblem(422, failure.code, "REFUSED_TITLE", (l) => documentFailure(file, error, l).message);
}

/** The findings of the text sent, as `clausier lint --format json|sarif` prints them. */
export function lintSent(sent: Sent, format: "json" | "sarif"): { text: string; contentType: string } {
  const result = lintText(sent.text, { cwd: sent.root, filePath: sent.abs, locale: sent.locale, files: { root: sent.root } });
  const { text } = reporters[format]([result], { rules: allRules, cwd: sent.root, locale: sent.locale, color: false, env: {}, toolVersion: VERSION, dataVersion: currentDataVersion() });
  return { text, contentType: format === "sarif" ? "application/sarif+json" : "application/json" };
}

/** `clausier compute <what> --format json` on the document sent. */
export function computeSent(sent: Sent, request: ComputeRequest): object {
  try {
    const { file, sections } = computeDocument(sent.abs, request, { cwd: sent.root, locale: sent.locale, files: { root: sent.root }, overlay: new Map([[sent.abs, sent.text]]) });
    return { file, computation: request.what, dataVersion: currentDataVersion(), sections: sections.map((s) => jsonSection(s, sent.locale)) };
  } catch (error) {
    if (error instanceof DocumentNotLoadedError) {
      const file = relative(sent.root, sent.abs);
      throw new HttpProblem(
        422,
        "INVALID_DOCUMENT",
        "INVALID_DOCUMENT_TITLE",
        { id: "INVALID_DOCUMENT", data: { file, count: error.diagnostics.length } },
        { errors: diagnosticErrors(error.diagnostics) },
      );
    }
    if (error instanceof ComputeUsageError) throw new HttpProblem(422, error.code, "REFUSED_TITLE", (l) => error.describe(l));
    if (error instanceof ComputationError || error instanceof LegalDataGapError) throw new HttpProblem(422, error.code, "REFUSED_TITLE", (l) => error.describe(l));
    if (error instanceof UsageError) throw new HttpProblem(400, "BAD_QUERY", "BAD_REQUEST_TITLE", () => error.message);
    throw error;
  }
}
