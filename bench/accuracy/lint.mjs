// Lints one corpus text in-process with the Linter API, as `clausier lint --as-of <asOf> <file>`
// would: prose mode, no --law, no --audience, every rule, French messages unless asked.
import { join } from "node:path";
import { Linter } from "../../dist/lint/linter.js";

/**
 * The text's reports and the scope the linter used: the result's (or document's) `scope` when the
 * linter reports one, else the law and audience of the document it built (without inference: its defaults).
 */
export function lintText(corpus, entry, locale) {
  const linter = new Linter({ cwd: corpus, asOf: entry.asOf, locale });
  const run = linter.lintPaths([join(corpus, entry.file)]);
  const result = run.results[0];
  const doc = run.documents[0];
  const reported = result?.scope ?? doc?.scope;
  const scope = reported
    ? { law: reported.law, audience: reported.audience, lawSource: reported.lawSource, audienceSource: reported.audienceSource }
    : doc
      ? { law: doc.law, audience: doc.audience, lawSource: "document", audienceSource: "document" }
      : undefined;
  return { messages: result?.messages ?? [], scope };
}
