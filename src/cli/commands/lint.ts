// clausier lint: parses the options, calls the Linter API (src/lint/linter.ts), writes what it
// returns (fixed files, suppressions, reports) and sets the exit code.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { Linter, type Concurrency } from "../../lint/linter.js";
import { isCountryCode } from "../../lint/scope/countries.js";
import { clausierRules } from "../../lint/rule-set.js";
import type { Audience, Law, LintResult } from "../../lint/types.js";
import { format, ignoredWarning, UsageError, type FilePolicyOptions } from "../../model/index.js";
import { linterMessages } from "../../lint/messages.js";
import type { LintRun } from "../../lint/run.js";
import { checkDateOption } from "../../api/date-option.js";
import { applyUserLegalData, currentDataVersion } from "../../api/legal-data.js";
import { EXIT, type Io } from "../io.js";
import { t } from "../messages.js";
import { writeReports, type LintReport } from "../lint-reports.js";
import { writeFileAtomic } from "../../api/write-file.js";
import { stdinInput } from "../stdin.js";
import { defaultModelPaths, projectFiles } from "../../api/project.js";

// main.ts loads this module for `lint` only: the option pairing comes with it.
export { pairReports } from "../lint-reports.js";

export interface LintArgs {
  paths: string[];
  /** Lint standard input (also `-` among the paths), as if it were --stdin-filename (default stdin.md). */
  stdin?: boolean;
  stdinFilename?: string;
  /** Print the configuration that applies to this file (JSON) and do nothing else. */
  printConfig?: string;
  /** Each report: a format and where it goes (stdout when no output). */
  reports: LintReport[];
  config?: string;
  rule: string[];
  /** Run only these rules (repeatable --only). */
  only: string[];
  audience?: Audience;
  law?: Law;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings?: number;
  quiet: boolean;
  asOf?: string;
  suppressAll: boolean;
  pruneSuppressions: boolean;
  localeGiven: boolean;
  toolVersion: string;
  /** --root and --no-follow-symlinks. */
  files?: FilePolicyOptions;
  /** Replay the results of unchanged files from a cache file (--cache), at --cache-location (default .clausiercache in cwd). */
  cache?: boolean;
  cacheLocation?: string;
  /** --concurrency: "auto" (default) or a number of threads. */
  concurrency?: string;
}

const CACHE_FILE = ".clausiercache";

/** --cache-location: a file, or a folder to hold .clausiercache (as ESLint's). */
function cachePath(cwd: string, location: string | undefined): string {
  const path = resolve(cwd, location ?? CACHE_FILE);
  try {
    return statSync(path).isDirectory() ? join(path, CACHE_FILE) : path;
  } catch {
    return path;
  }
}

/** The cache's previous text; a cache that cannot be read is as none (rebuilt). */
function readCache(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** --concurrency: "auto" or a whole number of threads, at least 1. */
function concurrencyOf(value: string | undefined, locale: Io["locale"]): Concurrency {
  if (value === undefined || value === "auto") return "auto";
  if (/^[1-9]\d{0,2}$/.test(value)) return Number(value);
  throw new UsageError(t(locale, "CONCURRENCY_OPTION", { value }));
}

export async function runLint(args: LintArgs, io: Io): Promise<number> {
  if (args.law !== undefined && !isCountryCode(args.law)) throw new UsageError(t(io.locale, "LAW_OPTION", { value: args.law }));
  const requestedConcurrency = concurrencyOf(args.concurrency, io.locale);
  const stdin = await stdinInput(args, io, "stdin.md");
  if (stdin && (args.fix || args.fixDryRun)) throw new UsageError(t(io.locale, "STDIN_FIX"));
  const named = stdin ? [stdin.path] : args.printConfig !== undefined ? [args.printConfig] : args.paths;
  const { paths, exclude } = named.length ? { paths: named, exclude: [] } : defaultModelPaths(io.cwd, io.locale);
  const linter = new Linter({
    cwd: io.cwd,
    files: projectFiles(io.cwd, io.locale, args.files, paths),
    configPath: args.config,
    cliRules: args.rule,
    only: args.only,
    asOf: args.asOf,
    defaults: { law: args.law?.toUpperCase(), audience: args.audience },
    locale: args.localeGiven ? io.locale : undefined,
    defaultLocale: io.locale,
  });
  // From here on, the configuration's locale counts too.
  const locale = linter.locale;
  if (args.printConfig !== undefined) {
    const applied = linter.configFor(args.printConfig);
    if (!applied.path) io.stderr(`clausier: ${format(linterMessages, "PRINT_CONFIG_NONE", { path: args.printConfig }, locale)}\n`);
    io.stdout(`${JSON.stringify(applied.config, null, 2)}\n`);
    return EXIT.OK;
  }
  checkDateOption("--as-of", linter.asOf, locale);
  // The rules read the rates (the 3 × legal rate floor): the user's legal data first.
  const userLegalData = applyUserLegalData(io.cwd, locale, args.files, args.config);
  if (args.fix && args.fixDryRun) throw new UsageError(t(locale, "FIX_AND_DRY_RUN"));
  // The user's legal data is applied in this thread only: with it, the lint stays in this thread.
  const concurrency = userLegalData.files.length ? 1 : requestedConcurrency;

  let results: LintResult[];
  let run: LintRun;
  if (args.fix || args.fixDryRun) {
    const fixing = linter.fix(paths, { exclude });
    const { fixed } = fixing;
    run = fixing.run;
    // Only --fix-dry-run prints a diff: a lint does not load the diff package.
    const { createTwoFilesPatch } = args.fixDryRun ? await import("diff") : { createTwoFilesPatch: undefined };
    for (const f of fixed) {
      if (createTwoFilesPatch) io.stdout(createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after));
      else writeFileAtomic(f.absPath, f.bom + f.after, locale);
    }
  } else if (args.cache && !stdin) {
    const path = cachePath(io.cwd, args.cacheLocation);
    const previous = readCache(path);
    const cached = linter.lintPathsCached(paths, { exclude, concurrency }, { previous, key: JSON.stringify([args.toolVersion, currentDataVersion(), userLegalData.files.map((f) => createHash("sha256").update(readCache(f) ?? "").digest("base64url"))]) });
    run = cached;
    if (cached.cacheText !== previous) {
      try {
        writeFileAtomic(path, cached.cacheText, locale);
      } catch (error) {
        // The cache only saves time: a cache that cannot be saved never fails the lint.
        io.stderr(`⚠ ${t(locale, "CACHE_NOT_WRITTEN", { detail: (error as Error).message })}\n`);
      }
    }
  } else run = linter.lintPaths(paths, { exclude, overlay: stdin?.overlay, concurrency });
  // Standard input stands for one file: its findings only, not those of the seller or terms it cites (as lintText).
  results = stdin ? run.results.filter((r) => stdin.overlay.has(resolve(io.cwd, r.filePath))) : run.results;
  for (const ignored of run.ignored) io.stderr(`⚠ ${ignoredWarning(ignored, locale)}\n`);

  const suppressed = linter.suppress(results, args.suppressAll ? "suppress-all" : args.pruneSuppressions ? "prune" : undefined);
  if (suppressed.updatedFile !== undefined) writeFileAtomic(linter.suppressionsPath, suppressed.updatedFile, locale);
  if (suppressed.unused && !args.pruneSuppressions) io.stderr(`clausier: ${t(locale, "UNUSED_SUPPRESSIONS", { count: suppressed.unused })}\n`);
  results = suppressed.results;
  if (args.quiet) results = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === "error"), warningCount: 0, infoCount: 0 }));

  await writeReports(results, args.reports, { rules: clausierRules(), cwd: io.cwd, locale, color: io.color, env: io.env, toolVersion: args.toolVersion, dataVersion: currentDataVersion() }, io);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`clausier: ${t(locale, "TOO_MANY_WARNINGS", { warnings, max: args.maxWarnings })}\n`);
    return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
