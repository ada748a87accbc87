import { appendFileSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTwoFilesPatch } from "diff";
import picomatch from "picomatch";
import { todayIso } from "../../legal/dates.js";
import { checkRuleId, findConfig, loadConfig, parseRuleOptions, severityResolver } from "../../lint/config.js";
import { applyEdits, fixesOf, splitBom } from "../../lint/fix.js";
import { reporters, type ReporterContext } from "../../lint/reporters/index.js";
import { allRules } from "../../lint/rules/index.js";
import { lintPaths, type LintPathsOptions } from "../../lint/run.js";
import {
  applySuppressions,
  loadSuppressions,
  pruneSuppressions,
  serializeSuppressions,
  suppressAll,
  SUPPRESSIONS_FILE,
  type Suppressions,
} from "../../lint/suppressions.js";
import type { Audience, Law, LintResult } from "../../lint/types.js";
import { getLocale, setLocale, UsageError, Workspace, type ClausierConfiguration, type FilePolicy, type FilePolicyOptions } from "../../model/index.js";
import { checkDateOption } from "../date-option.js";
import { EXIT, type Io } from "../io.js";
import { t } from "../messages.js";
import { formatDiagnosticsText } from "../text-output.js";
import { writeFileAtomic } from "../write-file.js";
import { defaultModelPaths, projectFiles } from "./validate.js";

export type ReportFormat = keyof typeof reporters;

export interface LintArgs {
  paths: string[];
  /** Each report: a format and where it goes (stdout when no output). */
  reports: Array<{ format: ReportFormat; output?: string }>;
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
}

const MAX_FIX_PASSES = 10;

/**
 * Pairs `-f`/`--format` with the `-o`/`--output` that follows it, in command-line order:
 * `-f sarif -o lint.sarif -f stylish` writes SARIF to a file and stylish to the terminal.
 */
export function pairReports(argv: string[]): Array<{ format: string; output?: string }> {
  const out: Array<{ format: string; output?: string }> = [];
  let pendingOutput: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string[]) => {
      for (const f of flag) {
        if (a === f) return argv[++i];
        if (a.startsWith(f + "=")) return a.slice(f.length + 1);
      }
      return undefined;
    };
    const format = value(["-f", "--format"]);
    if (format !== undefined) {
      out.push({ format });
      continue;
    }
    const output = value(["-o", "--output"]);
    if (output !== undefined) {
      const last = out.at(-1);
      if (last && last.output === undefined) last.output = output;
      else if (!last) pendingOutput = output;
      else throw new UsageError(`--output ${output} : chaque --output suit son --format`);
    }
  }
  if (!out.length) out.push({ format: "stylish", output: pendingOutput });
  else if (pendingOutput) out[0]!.output ??= pendingOutput;
  for (const r of out) if (!(r.format in reporters)) throw new UsageError(`--format ${r.format} : formats possibles ${Object.keys(reporters).join(", ")}`);
  return out;
}

export async function runLint(args: LintArgs, io: Io): Promise<number> {
  const knownIds = allRules.map((r) => r.meta.id);
  for (const id of args.only) checkRuleId(id, knownIds, "--only");
  const rules = args.only.length ? allRules.filter((r) => args.only.includes(r.meta.id)) : allRules;
  const configPath = args.config ?? findConfig(io.cwd);
  const config = configPath ? readConfig(configPath, io.cwd) : undefined;
  if (!args.localeGiven && config?.locale) setLocale(config.locale);
  const asOf = args.asOf ?? config?.asOf ?? todayIso();
  checkDateOption("--as-of", asOf);
  if (args.fix && args.fixDryRun) throw new UsageError("--fix et --fix-dry-run s'excluent : choisissez l'un des deux");
  const severityFor = severityResolver(config, parseRuleOptions(args.rule, knownIds), knownIds);
  const ignore = config?.ignore?.length ? picomatch(config.ignore) : undefined;
  const { paths, exclude } = args.paths.length ? { paths: args.paths, exclude: [] } : defaultModelPaths(io.cwd);
  const options: LintPathsOptions = {
    asOf,
    locale: getLocale(),
    severityFor,
    defaults: { law: args.law ?? config?.law, audience: args.audience ?? config?.audience },
    exclude,
    ignore: ignore ? (p) => ignore(p.split("\\").join("/")) : undefined,
    files: projectFiles(io.cwd, args.files, paths),
  };

  const overlay = new Map<string, string>();
  let run = lintPaths(paths, io.cwd, rules, { ...options, overlay });
  if (args.fix || args.fixDryRun) {
    const original = new Map<string, { bom: string; text: string }>();
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      let changed = false;
      for (const result of run.results) {
        const edits = fixesOf(result);
        if (!edits.length) continue;
        const abs = resolve(io.cwd, result.filePath);
        if (!original.has(abs)) original.set(abs, splitBom(readFileSync(abs, "utf8")));
        const before = overlay.get(abs) ?? original.get(abs)!.text;
        const after = applyEdits(before, edits).text;
        if (after !== before && stillValid(abs, after, io.cwd, options.files)) {
          overlay.set(abs, after);
          changed = true;
        }
      }
      if (!changed) break;
      run = lintPaths(paths, io.cwd, rules, { ...options, overlay });
    }
    for (const [abs, text] of overlay) {
      const shown = new Workspace(io.cwd).display(abs);
      const { bom, text: before } = original.get(abs)!;
      if (args.fixDryRun) io.stdout(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, text));
      else writeFileAtomic(abs, bom + text);
    }
  }

  let results: LintResult[] = run.results;
  const suppressionsPath = join(io.cwd, SUPPRESSIONS_FILE);
  let suppressions = readSuppressions(io.cwd);
  if (args.suppressAll) {
    suppressions = suppressAll(suppressions, results);
    writeFileAtomic(suppressionsPath, serializeSuppressions(suppressions));
  } else if (args.pruneSuppressions) {
    suppressions = pruneSuppressions(suppressions, results);
    writeFileAtomic(suppressionsPath, serializeSuppressions(suppressions));
  }
  const applied = applySuppressions(results, suppressions);
  results = applied.results;
  if (applied.unused && !args.pruneSuppressions) {
    io.stderr(`clausier: ${applied.unused} suppression(s) ne correspondent plus à rien : relancez avec --prune-suppressions\n`);
  }
  if (args.quiet) results = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === "error"), warningCount: 0, infoCount: 0 }));

  const context: ReporterContext = { rules: allRules, cwd: io.cwd, locale: getLocale(), color: io.color, env: io.env, toolVersion: args.toolVersion };
  for (const report of args.reports) {
    const out = reporters[report.format](results, { ...context, color: report.output ? false : io.color });
    if (report.output) writeFileAtomic(resolve(io.cwd, report.output), out.text);
    else io.stdout(out.text);
    for (const f of out.files ?? []) {
      if (f.append) appendFileSync(f.path, f.content);
      else writeFileAtomic(f.path, f.content);
    }
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`clausier: ${warnings} avertissement(s), plus que --max-warnings ${args.maxWarnings}\n`);
    return EXIT.FINDINGS;
  }
  return EXIT.OK;
}

/** The configuration file, or exit 2 with each problem at its file:line:column (lint and render alike). */
export function readConfig(configPath: string, cwd: string): ClausierConfiguration {
  const loaded = loadConfig(configPath, cwd);
  if (!loaded.config) throw new UsageError(`${t("INVALID_CONFIG", { path: configPath })}\n${formatDiagnosticsText(loaded.diagnostics, false).trimEnd()}`);
  return loaded.config;
}

/** The suppressions of the project in `cwd` (none without the file), or exit 2 with each problem positioned. */
export function readSuppressions(cwd: string): Suppressions {
  const path = join(cwd, SUPPRESSIONS_FILE);
  const loaded = loadSuppressions(path, cwd);
  if (!loaded.suppressions) throw new UsageError(`${t("INVALID_SUPPRESSIONS", { path: SUPPRESSIONS_FILE })}\n${formatDiagnosticsText(loaded.diagnostics, false).trimEnd()}`);
  return loaded.suppressions;
}

/** --fix never writes a file that no longer loads (YAML that stopped parsing or validating). */
function stillValid(abs: string, text: string, cwd: string, files: FilePolicy | undefined): boolean {
  if (!/\.(ya?ml|json)$/i.test(abs)) return true;
  const ws = new Workspace(cwd, new Map([[abs, text]]), files);
  return Boolean(ws.load(abs)) && !ws.diagnostics.get(abs)?.length;
}
