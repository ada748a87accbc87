// Shared by the document rules (invoices, quotes, refunds): the derived document they read (amounts,
// dates, currency and mentions come from src/documents, never recomputed by a rule), where a fact of
// the document's terms is, and the edit that replaces a scalar value (for suggestions).
import { derive, type DerivedDocument, type DerivedInvoice, type DerivedRefund, type DeriveOptions } from "../../documents/index.js";
import type { SourceRange } from "../../model/diagnostics.js";
import { fileOffsetInString, locate, type JsonPath } from "../../model/positions.js";
import type { LintDocument, RuleContext, TextEdit } from "../types.js";

/**
 * The derived document of a facts-mode document, as of the run's date. Rules hold the document's data
 * (doc.invoice, doc.terms…) and, in facts mode, the loaded file it came from: the derivation is cached
 * per loaded document, so every rule, `compute` and the renderer read the same object.
 */
export function derivedOf({ doc, asOf }: Pick<RuleContext, "doc" | "asOf">, options: Omit<DeriveOptions, "asOf"> = {}): DerivedDocument | undefined {
  const loaded = doc.loaded;
  if (!loaded || loaded.kind === "seller" || loaded.kind === "config" || loaded.kind === "suppressions") return undefined;
  return derive(loaded, { ...options, asOf });
}

export function derivedInvoice(context: Pick<RuleContext, "doc" | "asOf">, options: Omit<DeriveOptions, "asOf"> = {}): DerivedInvoice | undefined {
  const derived = derivedOf(context, options);
  return derived?.kind === "invoice" ? derived : undefined;
}

export function derivedRefund(context: Pick<RuleContext, "doc" | "asOf">): DerivedRefund | undefined {
  const derived = derivedOf(context);
  return derived?.kind === "refund" ? derived : undefined;
}

/** The range of a fact of the terms an invoice, quote or refund refers to, in the terms file. */
export function locateTermsFact(doc: LintDocument, path: JsonPath): SourceRange & { file: string } {
  const loaded = doc.loaded;
  if (!loaded || (loaded.kind !== "invoice" && loaded.kind !== "quote" && loaded.kind !== "refund")) {
    return { ...doc.locateFact(["terms"]), file: doc.path };
  }
  return { ...locate(loaded.terms.source, path), file: loaded.terms.path };
}

/** Replaces the scalar value at `path` in the document's own file; undefined when it cannot be mapped exactly. */
export function replaceValue(doc: LintDocument, path: JsonPath, value: string | number, text: string): TextEdit | undefined {
  const loaded = doc.loaded;
  if (!loaded) return undefined;
  const start = fileOffsetInString(loaded.source, path, 0);
  return start === undefined ? undefined : { start, end: start + String(value).length, text };
}
