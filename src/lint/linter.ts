// The Linter API (as ESLint's `Linter`): one place that resolves the configuration and its per-path
// overrides, selects rules, runs them, applies inline disables and bulk suppressions, runs the fix
// loop and honours --as-of. `clausier lint`, the render gate and later the HTTP service call it;
// none of them repeats that logic. It never writes: fixed texts and suppressions come back as data.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { todayIso } from "../legal/dates.js";
import { format, UsageError, Workspace, type ClausierConfiguration, type Diagnostic, type FilePolicy, type Locale } from "../model/index.js";
import { checkRuleId, findConfig, loadConfig, parseRuleOptions, severityResolver } from "./config.js";
import { ConfigTree, type AppliedConfig } from "./config-tree.js";
import type { Defaults } from "./documents/from-model.js";
import { applyEdits, fixesOf, splitBom } from "./fix.js";
import { linterMessages } from "./messages.js";
import { clausierRules } from "./rule-set.js";
import { lintPaths, lintTargets, type LintPathsOptions, type LintRun } from "./run.js";
import { documentReads, lintWithCache } from "./cache.js";
import { lintInParts, threadsFor, type PartRun } from "./parallel.js";
import { applySuppressions, loadSuppressions, pruneSuppressions, serializeSuppressions, suppressAll, SUPPRESSIONS_FILE, type Suppressions } from "./suppressions.js";
import type { LintMessage, LintResult, Rule } from "./types.js";

export interface LinterOptions {
  cwd: string;
  /** The project root and symlink choice (default: the working directory, symlinks followed). */
  files?: FilePolicy;
  /** An explicit configuration file (--config) for every file; else each file's nearest clausier.config.* (cwd's for the project-wide settings: locale, asOf). */
  configPath?: string;
  /** `id=severity` settings (--rule), above the configuration and its overrides. */
  cliRules?: string[];
  /** Run only these rules (--only). */
  only?: string[];
  /** The date whose law applies (--as-of); else the configuration's, else today. */
  asOf?: string;
  /** Law and audience of prose without front matter (--law, --audience); else the configuration's. */
  defaults?: Defaults;
  /** The messages' language when the user chose one (--locale); else the configuration's, else `defaultLocale`. */
  locale?: Locale;
  /** The language when neither the user nor the configuration chose one (CLAUSIER_LOCALE; default French). */
  defaultLocale?: Locale;
  /** The rules to choose from (default: all of Clausier's, each imported when it first runs). */
  rules?: Rule[];
  /**
   * Tell how each prose document's law and audience were decided (scope-inferred). Default: when
   * all of Clausier's rules run; a run narrowed to chosen rules (--only, `rules`) reports only theirs.
   */
  reportScope?: boolean;
}

/** A configuration or suppressions file that does not load: a usage error (exit 2) with each problem positioned. */
export class SetupFileError extends UsageError {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message);
  }
}

/** A file --fix changed: its text before and after (without the BOM, written back as `bom`). */
export interface FixedFile {
  absPath: string;
  /** The path as shown to users. */
  path: string;
  bom: string;
  before: string;
  after: string;
}

export type SuppressionsUpdate = "suppress-all" | "prune";

/**
 * Threads for a large set of files (--concurrency): a number, or "auto" (one per core from
 * PARALLEL_THRESHOLD files on); default 1, this thread only. Never with rules given as functions
 * (LinterOptions.rules) nor with texts in memory (--fix, standard input). A parallel run's
 * `documents` is empty: documents do not cross threads.
 */
export type Concurrency = number | "auto";

const MAX_FIX_PASSES = 10;

export class Linter {
  readonly config: ClausierConfiguration | undefined;
  readonly locale: Locale;
  /** Checked by the caller, which names the option (--as-of) in its message. */
  readonly asOf: string;
  readonly rules: Rule[];
  readonly suppressionsPath: string;
  private readonly cwd: string;
  private readonly options: LintPathsOptions;
  private readonly ignore: (shownPath: string) => boolean;
  private readonly configs: ConfigTree;
  /** What a worker thread needs to build the same Linter, when threads may be used. */
  private readonly workerOptions: LinterOptions | undefined;

  constructor(options: LinterOptions) {
    // Rules given as functions cannot be sent to another thread.
    this.workerOptions = options.rules ? undefined : options;
    const available = options.rules ?? clausierRules();
    const knownIds = available.map((r) => r.meta.id);
    const only = options.only ?? [];
    // Before the configuration is read, its problems are told in the language known so far.
    const early = options.locale ?? options.defaultLocale ?? "fr";
    for (const id of only) checkRuleId(id, knownIds, "--only", early);
    this.cwd = options.cwd;
    const configPath = options.configPath ?? findConfig(options.cwd);
    const read = memoize((path: string) => readConfig(path, options.cwd, early));
    this.config = configPath ? read(resolve(options.cwd, configPath)) : undefined;
    this.locale = options.locale ?? this.config?.locale ?? early;
    this.asOf = options.asOf ?? this.config?.asOf ?? todayIso();
    this.rules = only.length ? available.filter((r) => only.includes(r.meta.id)) : available;
    this.suppressionsPath = join(options.cwd, SUPPRESSIONS_FILE);
    const cli = parseRuleOptions(options.cliRules ?? [], knownIds, this.locale);
    // The working directory's configuration is checked at once (an unknown rule id is exit 2 before any work).
    severityResolver(this.config, cli, knownIds, this.locale);
    this.configs = new ConfigTree({
      cwd: options.cwd,
      locale: this.locale,
      read,
      knownIds,
      cli,
      explicit: options.configPath ? { path: resolve(options.cwd, options.configPath), config: this.config ?? {} } : undefined,
    });
    this.ignore = (p) => this.configs.ignored(p);
    const given = { law: options.defaults?.law, audience: options.defaults?.audience };
    this.options = {
      asOf: this.asOf,
      locale: this.locale,
      severityFor: (ruleId, path) => this.configs.severity(ruleId, path),
      defaults: {
        law: given.law ?? this.config?.law,
        audience: given.audience ?? this.config?.audience,
        sources: { law: given.law ? "option" : "config", audience: given.audience ? "option" : "config" },
      },
      defaultsFor: (abs) => this.configs.defaults(abs, given),
      files: options.files,
      reportScope: options.reportScope ?? (!only.length && !options.rules),
    };
  }

  /** The configuration that applies to a file (--print-config): the nearest clausier.config.* above it, extends merged. */
  configFor(path: string): AppliedConfig {
    return this.configs.forFile(resolve(this.cwd, path));
  }

  /** Lints files and folders (the configuration's `ignore` left out), inline disables applied, suppressions not. */
  lintPaths(
    paths: string[],
    options: { exclude?: string[]; overlay?: ReadonlyMap<string, string>; concurrency?: Concurrency } & Pick<LintPathsOptions, "parsed" | "findings" | "built" | "workspace"> = {},
  ): LintRun {
    const { concurrency = 1, ...rest } = options;
    const all = { ...this.options, ignore: this.ignore, ...rest };
    if (concurrency !== 1 && !options.overlay) {
      const targets = lintTargets(paths, this.cwd, all);
      const parallel = targets.problems.length ? undefined : this.inParts(targets.files, concurrency, options.exclude);
      if (parallel) return { results: parallel.results, documents: [], ignored: targets.ignored };
    }
    return lintPaths(paths, this.cwd, this.rules, all);
  }

  /** Lints these files (absolute) in this thread: findings and what each document read. A worker thread's job. */
  lintPart(files: string[], options: { exclude?: string[] } = {}): PartRun {
    const run = lintPaths(files, this.cwd, this.rules, { ...this.options, ignore: this.ignore, ...options });
    return { results: run.results, documents: run.documents.map((d) => documentReads(d, this.cwd)) };
  }

  /** The files linted on several threads, when the settings and their number call for it and the split holds. */
  private inParts(files: string[], concurrency: Concurrency, exclude: string[] | undefined): PartRun | undefined {
    const threads = threadsFor(concurrency, files.length);
    if (threads < 2 || !this.workerOptions) return undefined;
    return lintInParts(files, threads, { linterOptions: { ...this.workerOptions }, exclude }, (part) => this.lintPart(part, { exclude }));
  }

  /**
   * As lintPaths, with the results of files whose inputs did not change replayed from a cache
   * (--cache; src/lint/cache.ts). `previous` is the cache file's text (undefined: none); `key`, what
   * the caller knows applies to every file (Clausier's version, the data version). Returns the run
   * and the cache's new text, for the caller to write.
   */
  lintPathsCached(paths: string[], options: { exclude?: string[]; concurrency?: Concurrency }, cache: { previous: string | undefined; key: string }): LintRun & { cacheText: string; replayed: number } {
    const { concurrency = 1, exclude } = options;
    const all = { ...this.options, ignore: this.ignore, exclude };
    const targets = lintTargets(paths, this.cwd, all);
    // Files that cannot be found or read are reported as they are, with nothing cached.
    if (targets.problems.length) return { ...this.lintPaths(paths, { exclude }), cacheText: cache.previous ?? "", replayed: 0 };
    // Results hold paths as shown from cwd, and what may be read depends on the file policy.
    const policy = this.options.files && [this.options.files.root, this.options.files.followSymlinks];
    const key = JSON.stringify([cache.key, this.cwd, policy, this.asOf, this.locale, this.rules.map((r) => r.meta.id), this.options.defaults, this.options.reportScope]);
    // Every file × every rule: the file's configuration and path are worked out once, not per rule.
    const ruleIds = this.rules.map((r) => r.meta.id);
    const settingsFor = (abs: string) => {
      const severities = this.configs.forFile(abs).severities(ruleIds, abs);
      return JSON.stringify([severities.map((s, i) => s ?? this.rules[i]!.meta.severity), this.options.defaultsFor?.(abs)]);
    };
    const run = lintWithCache({ files: targets.files, cwd: this.cwd, previous: cache.previous, key, settingsFor, lint: (files) => this.inParts(files, concurrency, exclude) ?? this.lintPart(files, { exclude }) });
    return { results: run.results, documents: [], ignored: targets.ignored, cacheText: run.cacheText, replayed: run.replayed };
  }

  /**
   * Applies the safe fixes, pass after pass until nothing changes, to texts in memory: a fix that
   * would leave a YAML or JSON file unable to load is dropped. Returns the last run (on the fixed
   * texts) and the files changed; writing them is the caller's.
   */
  fix(paths: string[], options: { exclude?: string[] } = {}): { run: LintRun; fixed: FixedFile[] } {
    const overlay = new Map<string, string>();
    const original = new Map<string, { bom: string; text: string }>();
    let run = this.lintPaths(paths, { ...options, overlay });
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      let changed = false;
      for (const result of run.results) {
        const edits = fixesOf(result);
        if (!edits.length) continue;
        const abs = resolve(this.cwd, result.filePath);
        if (!original.has(abs)) original.set(abs, splitBom(readFileSync(abs, "utf8")));
        const before = overlay.get(abs) ?? original.get(abs)!.text;
        const after = applyEdits(before, edits).text;
        if (after !== before && this.stillValid(abs, after)) {
          overlay.set(abs, after);
          changed = true;
        }
      }
      if (!changed) break;
      run = this.lintPaths(paths, { ...options, overlay });
    }
    const workspace = new Workspace(this.cwd);
    const fixed = [...overlay].map(([abs, after]) => {
      const { bom, text: before } = original.get(abs)!;
      return { absPath: abs, path: workspace.display(abs), bom, before, after };
    });
    return { run, fixed };
  }

  /**
   * Hides the errors recorded in the suppressions file. With `update`, first records every current
   * error (suppress-all) or drops what no longer occurs (prune), and returns the file's new text.
   * `unused`: suppressions that no longer match anything.
   */
  suppress(results: LintResult[], update?: SuppressionsUpdate): { results: LintResult[]; unused: number; updatedFile?: string } {
    let suppressions = this.readSuppressions();
    if (update) suppressions = update === "prune" ? pruneSuppressions(suppressions, results) : suppressAll(suppressions, results);
    const applied = applySuppressions(results, suppressions);
    return { ...applied, ...(update ? { updatedFile: serializeSuppressions(suppressions) } : {}) };
  }

  /**
   * The render gate: the errors of exactly these files (by the path shown to users), suppressions
   * applied. The configuration's `ignore` does not apply: a document named for rendering is judged.
   */
  errorsFor(files: string[]): Map<string, LintMessage[]> {
    const run = lintPaths(files, this.cwd, this.rules, this.options);
    const { results } = applySuppressions(run.results, this.readSuppressions());
    return new Map(results.map((r) => [r.filePath, r.messages.filter((m) => m.severity === "error")]));
  }

  private readSuppressions(): Suppressions {
    const loaded = loadSuppressions(this.suppressionsPath, this.cwd, this.locale);
    if (!loaded.suppressions) throw new SetupFileError(format(linterMessages, "INVALID_SUPPRESSIONS", { path: SUPPRESSIONS_FILE }, this.locale), loaded.diagnostics);
    return loaded.suppressions;
  }

  /** --fix never produces a file that no longer loads (YAML that stopped parsing or validating). */
  private stillValid(abs: string, text: string): boolean {
    if (!/\.(ya?ml|json)$/i.test(abs)) return true;
    const ws = new Workspace(this.cwd, new Map([[abs, text]]), this.options.files);
    return Boolean(ws.load(abs)) && !ws.diagnostics.get(abs)?.length;
  }
}

function memoize<T>(read: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, read(key));
    return cache.get(key)!;
  };
}

/** The configuration file, or a SetupFileError with each problem at its file:line:column. */
export function readConfig(configPath: string, cwd: string, locale: Locale): ClausierConfiguration {
  const loaded = loadConfig(configPath, cwd, locale);
  if (!loaded.config) throw new SetupFileError(format(linterMessages, "INVALID_CONFIG", { path: configPath }, locale), loaded.diagnostics);
  return loaded.config;
}
