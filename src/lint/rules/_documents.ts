// Shared by the document rules (invoices, quotes, refunds): where a fact of the document's terms is,
// the invoice totals from src/money, and the edit that replaces a scalar value (for suggestions).
import type { Invoice } from "../../model/documents.js";
import type { SourceRange } from "../../model/diagnostics.js";
import { fileOffsetInString, locate, type JsonPath } from "../../model/positions.js";
import { computeTotals, type Totals } from "../../money/index.js";
import type { LintDocument, TextEdit } from "../types.js";

/** The range of a fact of the terms an invoice, quote or refund refers to, in the terms file. */
export function locateTermsFact(doc: LintDocument, path: JsonPath): SourceRange & { file: string } {
  const loaded = doc.loaded;
  if (!loaded || (loaded.kind !== "invoice" && loaded.kind !== "quote" && loaded.kind !== "refund")) {
    return { ...doc.locateFact(["terms"]), file: doc.path };
  }
  return { ...locate(loaded.terms.source, path), file: loaded.terms.path };
}

/** EN 16931 totals of an invoice; undefined when its amounts cannot be computed (reported elsewhere). */
export function invoiceTotals(invoice: Invoice): Totals | undefined {
  try {
    return computeTotals(invoice, { currency: invoice.currency ?? "EUR" });
  } catch {
    return undefined;
  }
}

/** Replaces the scalar value at `path` in the document's own file; undefined when it cannot be mapped exactly. */
export function replaceValue(doc: LintDocument, path: JsonPath, value: string | number, text: string): TextEdit | undefined {
  const loaded = doc.loaded;
  if (!loaded) return undefined;
  const start = fileOffsetInString(loaded.source, path, 0);
  return start === undefined ? undefined : { start, end: start + String(value).length, text };
}
