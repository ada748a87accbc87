// lint() and lintText(): the Linter API with each file's nearest configuration, the user's legal
// data merged, inline disables and bulk suppressions applied. Nothing is written.
import { resolve } from "node:path";
import { Linter } from "../lint/linter.js";
import type { Audience, Law, LintResult } from "../lint/types.js";
import type { FilePolicyOptions, Locale } from "../model/index.js";
import { applyUserLegalData } from "./legal-data.js";
import { defaultModelPaths, projectFiles } from "./project.js";

export interface LintOptions {
  /** The folder paths are relative to, whose clausier.config.* gives the project-wide settings (default: process.cwd()). */
  cwd?: string;
  /** An explicit configuration file for every file; else each file's nearest clausier.config.*, looked up from its folder. */
  config?: string;
  /** `id=severity` settings, above the configuration. */
  rules?: string[];
  /** Run only these rules. */
  only?: string[];
  /** The date whose law applies (YYYY-MM-DD; default: the configuration's, else today). */
  asOf?: string;
  /** Law and audience of prose without front matter. */
  law?: Law;
  audience?: Audience;
  locale?: Locale;
  files?: FilePolicyOptions;
}

function linterFor(paths: string[], options: LintOptions): Linter {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? "fr";
  const linter = new Linter({
    cwd,
    files: projectFiles(cwd, locale, options.files, paths),
    configPath: options.config,
    cliRules: options.rules,
    only: options.only,
    asOf: options.asOf,
    defaults: { law: options.law, audience: options.audience },
    locale: options.locale,
    defaultLocale: locale,
  });
  // The rules read the rates (the 3 × legal rate floor): the user's legal data first.
  applyUserLegalData(cwd, linter.locale, options.files, options.config);
  return linter;
}

/** Lints files and folders (none: terms/ and fixtures/ of cwd, as the CLI); one result per file. */
export function lint(paths: string[], options: LintOptions = {}): LintResult[] {
  const cwd = options.cwd ?? process.cwd();
  const { paths: roots, exclude } = paths.length ? { paths, exclude: [] } : defaultModelPaths(cwd, options.locale ?? "fr");
  const linter = linterFor(roots, options);
  return linter.suppress(linter.lintPaths(roots, { exclude }).results).results;
}

/**
 * Lints a text that is not (or not yet) on disk: standard input, an editor's buffer. `filePath`
 * says what it is (its extension: .md/.txt prose, .yaml/.json a document) and where its seller file
 * and configuration are looked for.
 */
export function lintText(text: string, options: LintOptions & { filePath: string }): LintResult {
  const cwd = options.cwd ?? process.cwd();
  const abs = resolve(cwd, options.filePath);
  const linter = linterFor([options.filePath], options);
  const { results } = linter.suppress(linter.lintPaths([options.filePath], { overlay: new Map([[abs, text]]) }).results);
  return results.find((r) => resolve(cwd, r.filePath) === abs) ?? { filePath: options.filePath, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 };
}
