// Why one document of a batch was not rendered, as data (a stable code) with its message in the
// user's words: the batch reports it and goes on with the other documents.
import { LegalDataGapError } from "../legal/errors.js";
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
export function documentFailure(file: string, error: unknown): DocumentFailure {
  if (error instanceof RenderRefusal || error instanceof ComputationError) return { code: "REFUSED", message: `${file} : refusé, ${error.message}` };
  if (error instanceof LegalDataGapError) {
    return { code: "NO_LEGAL_DATA", message: renderMessage("NO_LEGAL_DATA", { file, date: error.date, dataset: error.dataset, detail: error.message }) };
  }
  if (error instanceof BrowserError && !error.isLaunchFailure) {
    return { code: "BROWSER_FAILED_TWICE", message: renderMessage("BROWSER_FAILED_TWICE", { file, reason: error.message }) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: "INTERNAL_ERROR", message: renderMessage("DOCUMENT_INTERNAL_ERROR", { file, detail }), stack: error instanceof Error ? error.stack : undefined };
}
