// Why one document of a batch was not rendered, as data (a stable code) with its message in the
// user's words: the batch reports it and goes on with the other documents.
import { BankAccountError } from "../documents/index.js";
import { EinvoiceError } from "../einvoice/index.js";
import { LegalDataGapError } from "../legal/errors.js";
import type { Locale } from "../model/locale.js";
import { ComputationError } from "../money/index.js";
import { RenderRefusal } from "./branding.js";
import { BrowserError } from "./browser.js";
import { renderMessage } from "./messages.js";

export interface DocumentFailure {
  code: "REFUSED" | "NO_LEGAL_DATA" | "BROWSER_FAILED_TWICE" | "INTERNAL_ERROR";
  message: string;
  /** Only for an internal error: the stack, shown with CLAUSIER_DEBUG=1. */
  stack?: string;
}

/** `file` is the document as the user named it (workspace-relative). */
export function documentFailure(file: string, error: unknown, locale: Locale): DocumentFailure {
  // EinvoiceError: a fact the Factur-X XML needs is unusable (an IBAN whose key is wrong).
  if (error instanceof ComputationError || error instanceof RenderRefusal || error instanceof BankAccountError || error instanceof EinvoiceError) return { code: "REFUSED", message: renderMessage(locale, "REFUSED", { file, reason: error.describe(locale) }) };
  if (error instanceof LegalDataGapError) {
    return { code: "NO_LEGAL_DATA", message: renderMessage(locale, "NO_LEGAL_DATA", { file, date: error.date, dataset: error.dataset, detail: error.describe(locale) }) };
  }
  if (error instanceof BrowserError && !error.isLaunchFailure) {
    return { code: "BROWSER_FAILED_TWICE", message: renderMessage(locale, "BROWSER_FAILED_TWICE", { file, reason: error.describe(locale) }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL_ERROR", message: renderMessage(locale, "DOCUMENT_INTERNAL_ERROR", { file, detail }), stack: error instanceof Error ? error.stack : undefined };
}
