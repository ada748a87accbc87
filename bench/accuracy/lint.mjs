// Lints one corpus text in-process with the Linter API, as `clausier lint --as-of <asOf> <file>`
// would: prose mode, no --law, no --audience, every rule, French messages unless asked.
import { join } from "node:path";
import { Linter } from "../../dist/lint/linter.js";

/**
 * The text's reports and the scope the linter used. With `labelledScope`, the labels' law and audience are
 * given as --law and --audience would give them (a law labelled "unknown" is left to inference): what the
 * rules do once the scope is right, to tell scope errors from recognition errors.
 */
export function lintText(corpus, entry, locale, labelledScope = false) {
  const defaults = labelledScope ? { audience: entry.audience, ...(entry.law === "unknown" ? {} : { law: entry.law }) } : undefined;
  const linter = new Linter({ cwd: corpus, asOf: entry.asOf, locale, defaults });
  const run = linter.lintPaths([join(corpus, entry.file)]);
  const result = run.results[0];
  return { messages: result?.messages ?? [], scope: scopeOf(result, run.documents[0]) };
}

/**
 * The law and audience the linter used: the result's `scope` when it reports one; else those of
 * the document it built, with the sources of the document's `scope` if it has one ("document" when
 * unknown: before inference, the defaults). Undefined when neither says.
 */
export function scopeOf(result, doc) {
  const sources = result?.scope ?? doc?.scope;
  const law = result?.scope?.law ?? doc?.law;
  const audience = result?.scope?.audience ?? doc?.audience;
  if (law === undefined && audience === undefined) return undefined;
  return { law, audience, lawSource: sources?.lawSource ?? "document", audienceSource: sources?.audienceSource ?? "document" };
}
