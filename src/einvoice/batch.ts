// An export batch as data: which invoices and credit notes are written as CII or UBL, which are
// refused and why (a stable code and a message in the user's language). Which documents are exported
// is decided by the planner render uses too (src/documents/batch-plan.ts: discovery, loading, the
// lint gate, --force); this file words its refusals. One document that cannot be exported never
// stops the others; the caller writes the files.
import { BankAccountError, derive } from "../documents/index.js";
import { planDocuments, type DocumentPlanOptions, type GateError, type PlanRefusal } from "../documents/batch-plan.js";
import { LegalDataGapError } from "../legal/errors.js";
import type { Diagnostic, LoadedCreditNote, LoadedDocument, LoadedInvoice, Locale, Workspace } from "../model/index.js";
import { ComputationError } from "../money/index.js";
import { ciiXml, type CiiProfile } from "./cii.js";
import { en16931Of } from "./en16931.js";
import { EinvoiceError, exportMessage } from "./messages.js";
import { ublXml } from "./ubl.js";

export type ExportFormat = "cii" | "ubl";

/** What is exported: invoices (380) and credit notes (381). */
export type ExportableDocument = LoadedInvoice | LoadedCreditNote;

export const isExportable = (doc: LoadedDocument): doc is ExportableDocument => doc.kind === "invoice" || doc.kind === "credit-note";

export interface ExportFailure {
  code: "UNREADABLE_PATH" | "INVALID_DOCUMENT" | "NOT_EXPORTABLE" | "LINT_ERRORS" | "REFUSED" | "INTERNAL_ERROR";
  /** Starts with the file, as the user named it. */
  message: string;
  /** INVALID_DOCUMENT: why it does not load. */
  diagnostics?: Diagnostic[];
  /** LINT_ERRORS: the errors that refuse it. */
  lintErrors?: GateError[];
  /** INTERNAL_ERROR: shown with CLAUSIER_DEBUG=1. */
  stack?: string;
}

export interface ExportPlan {
  workspace: Workspace;
  /** Invoices and credit notes: the documents that are invoices in law. */
  invoices: ExportableDocument[];
  failures: ExportFailure[];
  /** Told, not refused: a path skipped by choice, a document exported despite lint errors. */
  warnings: string[];
}

export type ExportPlanOptions = Omit<DocumentPlanOptions<ExportableDocument>, "handles" | "bind">;

/** The invoices and credit notes under the paths that pass the lint gate; other documents are skipped in folders and refused when named. */
export function planExport(options: ExportPlanOptions): ExportPlan {
  const plan = planDocuments({ ...options, bind: false, handles: isExportable });
  const warnings = [...plan.skipped, ...[...plan.forced].map(([doc, errors]) => exportMessage(options.locale, "LINT_FORCED", { file: doc.path, count: errors.length }))];
  return { workspace: plan.workspace, invoices: plan.documents, failures: plan.refusals.map((r) => planFailure(r, options.locale)), warnings };
}

/** A refusal of the planner in export's words. */
function planFailure(refusal: PlanRefusal, locale: Locale): ExportFailure {
  switch (refusal.code) {
    case "UNREADABLE_PATH":
      return { code: "UNREADABLE_PATH", message: refusal.message };
    case "NOT_HANDLED":
      return { code: "NOT_EXPORTABLE", message: exportMessage(locale, "NOT_EXPORTABLE", { file: refusal.file, kind: refusal.kind }) };
    case "INVALID_DOCUMENT":
      return { code: "INVALID_DOCUMENT", message: exportMessage(locale, "INVALID_DOCUMENT", { file: refusal.file }), diagnostics: refusal.diagnostics };
    case "LOAD_FAILED":
      return exportFailure(refusal.file, refusal.error, locale);
    case "LINT_ERRORS":
      return { code: "LINT_ERRORS", message: exportMessage(locale, "LINT_REFUSED", { file: refusal.file, count: refusal.lintErrors.length }), lintErrors: refusal.lintErrors };
  }
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
