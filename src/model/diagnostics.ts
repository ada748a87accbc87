// A diagnostic is plain data: a stable code, a message already rendered in the user's locale,
// and a source range. Line and column are 1-based, as editors show them.
export type Severity = "error" | "warning" | "info";

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends SourceRange {
  file: string;
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
}

export const START_OF_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function diagnostic(
  file: string,
  code: string,
  message: string,
  range: SourceRange = START_OF_FILE,
  hint?: string,
): Diagnostic {
  return { file, code, severity: "error", message, ...range, ...(hint ? { hint } : {}) };
}

/** Thrown for usage and I/O errors (exit code 2); never for invalid documents (those are diagnostics). */
export class UsageError extends Error {
  override name = "UsageError";
}
