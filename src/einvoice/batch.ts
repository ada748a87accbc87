// An export batch as data: which invoices and credit notes are written as CII or UBL, which are refused and why
// (a stable code and a message in the user's language). One document that cannot be exported never
// stops the others; the caller writes the files.
import { resolve } from "node:path";
import { BankAccountError, derive } from "../documents/index.js";
import { LegalDataGapError } from "../legal/errors.js";
import { discover, MODEL_EXTENSIONS, Workspace, type Diagnostic, type FilePolicy, type LoadedCreditNote, type LoadedInvoice, type Locale } from "../model/index.js";
import { ComputationError } from "../money/index.js";
import { ciiXml, type CiiProfile } from "./cii.js";
import { en16931Of } from "./en16931.js";
import { EinvoiceError, exportMessage } from "./messages.js";
import { ublXml } from "./ubl.js";

export type ExportFormat = "cii" | "ubl";

/** What is exported: invoices (380) and credit notes (381). */
export type ExportableDocument = LoadedInvoice | LoadedCreditNote;

export interface ExportFailure {
  code: "UNREADABLE_PATH" | "INVALID_DOCUMENT" | "NOT_EXPORTABLE" | "REFUSED" | "INTERNAL_ERROR";
  /** Starts with the file, as the user named it. */
  message: string;
  /** INVALID_DOCUMENT: why it does not load. */
  diagnostics?: Diagnostic[];
  /** INTERNAL_ERROR: shown with CLAUSIER_DEBUG=1. */
  stack?: string;
}

export interface ExportPlan {
  workspace: Workspace;
  /** Invoices and credit notes: the documents that are invoices in law. */
  invoices: ExportableDocument[];
  failures: ExportFailure[];
  /** Told, not refused: a path skipped by choice. */
  warnings: string[];
}

export interface ExportPlanOptions {
  cwd: string;
  roots: string[];
  exclude: string[];
  files: FilePolicy;
  locale: Locale;
}

/** The invoices and credit notes under the paths; other documents are skipped in folders and refused when named. */
export function planExport(options: ExportPlanOptions): ExportPlan {
  const workspace = new Workspace(options.cwd, undefined, options.files, options.locale);
  const failures: ExportFailure[] = [];
  const warnings: string[] = [];
  const named = new Map<string, boolean>();
  for (const root of options.roots) {
    const found = discover([root], options.cwd, { extensions: MODEL_EXTENSIONS, exclude: options.exclude, files: options.files, locale: options.locale });
    for (const d of found.problems) {
      if (d.severity === "error") failures.push({ code: "UNREADABLE_PATH", message: `${d.file} : ${d.message}` });
      else warnings.push(`${d.file} : ${d.message}`);
    }
    for (const abs of found.files) named.set(abs, resolve(options.cwd, root) === abs || named.get(abs) === true);
  }
  const invoices: ExportableDocument[] = [];
  for (const [abs, explicit] of named) {
    const file = workspace.display(abs);
    let doc;
    try {
      doc = workspace.load(abs);
    } catch (error) {
      failures.push(exportFailure(file, error, options.locale));
      continue;
    }
    if (!doc) {
      failures.push({ code: "INVALID_DOCUMENT", message: exportMessage(options.locale, "INVALID_DOCUMENT", { file }), diagnostics: workspace.diagnostics.get(abs) ?? [] });
    } else if (doc.kind === "invoice" || doc.kind === "credit-note") {
      invoices.push(doc);
    } else if (explicit) {
      failures.push({ code: "NOT_EXPORTABLE", message: exportMessage(options.locale, "NOT_EXPORTABLE", { file, kind: doc.kind }) });
    }
  }
  return { workspace, invoices, failures, warnings };
}

/** The XML of one invoice or credit note; throws what derive() or the EN 16931 mapping refuse (see exportFailure). */
export function exportXml(invoice: ExportableDocument, format: ExportFormat, profile: CiiProfile = "en16931"): string {
  const semantic = en16931Of(derive(invoice));
  return format === "cii" ? ciiXml(semantic, profile) : ublXml(semantic);
}

/** Why one document was not exported, in the user's words; a throw that is not a refusal is a bug, kept to this file. */
export function exportFailure(file: string, error: unknown, locale: Locale): ExportFailure {
  if (error instanceof ComputationError || error instanceof LegalDataGapError || error instanceof BankAccountError || error instanceof EinvoiceError) {
    return { code: "REFUSED", message: exportMessage(locale, "REFUSED", { file, reason: error.describe(locale) }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL_ERROR", message: exportMessage(locale, "INTERNAL_ERROR", { file, detail }), stack: error instanceof Error ? error.stack : undefined };
}
