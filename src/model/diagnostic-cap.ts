import { diagnostic, type Diagnostic, type SourceRange } from "./diagnostics.js";
import { format, type Locale } from "./locale.js";
import { loaderMessages } from "./messages.js";

/**
 * A file with 100,000 unknown keys is one mistake repeated, not 100,000 things to read: past this
 * many diagnostics a file gets one summary instead, which also keeps every later step (sorting,
 * reporting, printing) bounded.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

export function byPosition(a: SourceRange, b: SourceRange): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * The first diagnostics in file order, then one TOO_MANY_ERRORS at the first one left out.
 * `skipped` counts problems a check already left out without building them, from `skipped.from`.
 */
export function capDiagnostics(file: string, items: Diagnostic[], locale: Locale, skipped?: { count: number; from: SourceRange }, limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const sorted = [...items].sort(byPosition);
  if (sorted.length <= limit && !skipped?.count) return sorted;
  const cut = sorted[limit];
  const from = cut && (!skipped || byPosition(cut, skipped.from) <= 0) ? cut : skipped!.from;
  const count = Math.max(0, sorted.length - limit) + (skipped?.count ?? 0);
  return [...sorted.slice(0, limit), tooManyErrors(file, count, from, locale)];
}

/** "N more errors from here on": placed at the first diagnostic not shown. */
export function tooManyErrors(file: string, count: number, at: SourceRange, locale: Locale, limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic {
  const { line, column, endLine, endColumn } = at;
  const message = format(loaderMessages, "TOO_MANY_ERRORS", { count, limit }, locale);
  return diagnostic(file, "TOO_MANY_ERRORS", message, { line, column, endLine, endColumn }, format(loaderMessages, "HINT_TOO_MANY_ERRORS", {}, locale));
}
