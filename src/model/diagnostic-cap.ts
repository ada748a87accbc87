import { diagnostic, type Diagnostic, type SourceRange } from "./diagnostics.js";
import { format } from "./locale.js";
import { loaderMessages } from "./messages.js";

/**
 * A file with 100,000 unknown keys is one mistake repeated, not 100,000 things to read: past this
 * many diagnostics a file gets one summary instead, which also keeps every later step (sorting,
 * reporting, printing) bounded.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/** The first diagnostics in file order, then one TOO_MANY_ERRORS at the first one left out. */
export function capDiagnostics(file: string, items: Diagnostic[], limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const sorted = [...items].sort(byPosition);
  if (sorted.length <= limit) return sorted;
  return [...sorted.slice(0, limit), tooManyErrors(file, sorted.length - limit, sorted[limit]!)];
}

/** "N more errors from here on": placed at the first diagnostic not shown. */
export function tooManyErrors(file: string, count: number, at: SourceRange, limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic {
  const { line, column, endLine, endColumn } = at;
  const message = format(loaderMessages, "TOO_MANY_ERRORS", { count, limit });
  return diagnostic(file, "TOO_MANY_ERRORS", message, { line, column, endLine, endColumn }, format(loaderMessages, "HINT_TOO_MANY_ERRORS"));
}
