// Errors as RFC 9457 problem details (application/problem+json): a stable type and code, a title
// and a detail worded in the caller's language, the request as `instance`, and for a document's
// own problems an `errors` list with each one's file:line:column.
import type { Diagnostic, Locale } from "../model/index.js";
import { serveMessage, type ServeMessageId } from "./messages.js";

export const PROBLEM_TYPE = "application/problem+json";

/** One problem of the document sent (schema, reference, lint error), where it is. */
export interface ProblemError {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  /** The stable code, the same in every language (the type URI ends with it). */
  code: string;
  errors?: ProblemError[];
}

/** A request the service refuses or cannot serve: thrown by a route, answered by the error handler. */
export class HttpProblem extends Error {
  override name = "HttpProblem";

  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: ServeMessageId,
    /** A message id and its data, or a detail already worded (an error of another catalogue, described in the caller's language). */
    readonly detail: { id: ServeMessageId; data?: Record<string, unknown> } | ((locale: Locale) => string),
    readonly extra: { errors?: ProblemError[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
  }

  body(locale: Locale, instance: string): ProblemDetails {
    const detail = typeof this.detail === "function" ? this.detail(locale) : serveMessage(locale, this.detail.id, this.detail.data);
    return {
      type: problemType(this.code),
      title: serveMessage(locale, this.title),
      status: this.status,
      detail,
      instance,
      code: this.code,
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
    };
  }
}

/** Stable and not meant to be fetched: docs/serve.md lists every code. */
export function problemType(code: string): string {
  return `urn:clausier:problem:${code.toLowerCase().replace(/_/g, "-")}`;
}

export function diagnosticErrors(diagnostics: readonly Diagnostic[]): ProblemError[] {
  return diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, code: d.code, message: d.message }));
}

/** French unless the caller's Accept-Language puts English first (French is the service's default, as the CLI's). */
export function localeOf(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase();
  return first?.startsWith("en") ? "en" : "fr";
}
