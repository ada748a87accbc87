// Lints one corpus text in-process with the Linter API, as `clausier lint --as-of <asOf> <file>`
// would: prose mode, no --law, no --audience, every rule, French messages unless asked.
import { join } from "node:path";
import { Linter } from "../../dist/lint/linter.js";

/**
 * The text's reports and the scope the linter used: the result's `scope` when the linter reports
 * one, else the law and audience of the document it built, with the sources of its `scope` if any
 * ("document" when unknown: without inference, the defaults).
 */
export function lintText(corpus, entry, locale) {
  const linter = new Linter({ cwd: corpus, asOf: entry.asOf, locale });
  const run = linter.lintPaths([join(corpus, entry.file)]);
  const result = run.results[0];
  const doc = run.documents[0];
  // The scope under work: results carry law, audience and sources; documents carry law and audience, their scope the sources.
  const sources = result?.scope ?? doc?.scope;
  const law = result?.scope?.law ?? doc?.law;
  const audience = result?.scope?.audience ?? doc?.audience;
  const scope = law === undefined && audience === undefined ? undefined : { law, audience, lawSource: sources?.lawSource ?? "document", audienceSource: sources?.audienceSource ?? "document" };
  return { messages: result?.messages ?? [], scope };
}
