// The user's legal data: files named by `legalData` in clausier.config, merged over the built-in
// rates before a command reads them. A file that does not load or a value that contradicts the
// built-in data stops the command (exit 2) with each problem at its file:line:column.
import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import picomatch from "picomatch";
import { INVOICE_MENTIONS, MENTIONS_COVER_FROM } from "../documents/invoice-mentions.js";
import { contentHash, dataVersion, datasetCoverage, type DatasetCoverage } from "../legal/coverage.js";
import { wordLegalData } from "../legal/errors.js";
import { clearLegalDataOverlay, useLegalDataOverlay } from "../legal/rates.js";
import { readLegalDataFile } from "../model/legal-data-file.js";
import { diagnostic, discoverFiles, FilePolicy, format, UsageError, Workspace, type Diagnostic, type FilePolicyOptions, type Locale } from "../model/index.js";
import { findConfig, loadConfig } from "../lint/config.js";
import { linterMessages } from "../lint/messages.js";
import { t } from "./messages.js";

export interface UserLegalData {
  /** The files merged, as shown to the user; empty when the configuration names none. */
  files: string[];
}

/** Reads clausier.config's `legalData` (if any) and merges it; throws a usage error with each problem positioned. */
export function applyUserLegalData(cwd: string, locale: Locale, policy: FilePolicyOptions = {}, config?: string): UserLegalData {
  // A process may run several commands (tests, an editor integration): start from the built-in data.
  clearLegalDataOverlay();
  const configPath = config === undefined ? findConfig(cwd) : resolve(cwd, config);
  if (!configPath) return { files: [] };
  const loadedConfig = loadConfig(configPath, cwd, locale);
  if (!loadedConfig.config) throw setupError(format(linterMessages, "INVALID_CONFIG", { path: configPath }, locale), loadedConfig.diagnostics);
  const patterns = loadedConfig.config.legalData ?? [];
  if (!patterns.length) return { files: [] };
  const shownConfig = relative(cwd, configPath) || configPath;
  const files = new FilePolicy(cwd, policy);
  const workspace = new Workspace(cwd, undefined, files, locale);
  const problems: Diagnostic[] = [];
  const paths: string[] = [];
  for (const pattern of patterns) {
    const matched = expand(pattern, dirname(configPath), files, locale);
    if (!matched.length) problems.push(diagnostic(shownConfig, "LEGAL_DATA_NO_MATCH", t(locale, "LEGAL_DATA_NO_MATCH", { pattern, config: shownConfig })));
    for (const p of matched) if (!paths.includes(p)) paths.push(p);
  }
  const loaded = paths.map((p) => readLegalDataFile(workspace, p));
  for (const l of loaded) if (!l.ok) problems.push(...l.diagnostics);
  if (problems.length) throw setupError(t(locale, "LEGAL_DATA_INVALID", { config: shownConfig }), problems);
  const ok = loaded.flatMap((l) => (l.ok ? [l.file] : []));
  const conflicts = useLegalDataOverlay({
    frSemesters: ok.flatMap((f) => f.frSemesters),
    ecbSteps: ok.flatMap((f) => f.ecbSteps),
  });
  if (conflicts.length) {
    throw setupError(
      t(locale, "LEGAL_DATA_INVALID", { config: shownConfig }),
      conflicts.map((c) => ({
        ...diagnostic(c.origin.file, c.reason, wordLegalData(c.reason, localRates(c.data, locale), locale)),
        line: c.origin.line,
        column: c.origin.column,
        endLine: c.origin.line,
        endColumn: c.origin.column,
      })),
    );
  }
  return { files: ok.map((f) => f.path) };
}

/**
 * A usage error (exit 2) with each problem at its file:line:column, as main.ts prints a
 * configuration that does not load (the linter's SetupFileError, without loading the linter and
 * its rules into `compute` and `data`).
 */
function setupError(message: string, diagnostics: Diagnostic[]): UsageError {
  return Object.assign(new UsageError(message), { diagnostics });
}

/** The rates in a conflict are decimal text ("2.62"): French writes a decimal comma. */
const RATE_FIELDS = new Set(["professional", "consumer", "mro", "builtIn"]);
function localRates(data: Record<string, string>, locale: Locale): Record<string, string> {
  if (locale !== "fr") return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, RATE_FIELDS.has(k) ? v.replace(/(\d)\.(\d)/, "$1,$2") : v]));
}

/** A path or a glob, relative to the configuration's folder. */
function expand(pattern: string, base: string, files: FilePolicy, locale: Locale): string[] {
  const absolute = isAbsolute(pattern) ? pattern : join(base, pattern);
  if (!picomatch.scan(pattern).isGlob) return existsSync(absolute) ? [resolve(absolute)] : [];
  const { base: staticPart } = picomatch.scan(absolute);
  const folder = staticPart || base;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const isMatch = picomatch(absolute.split("\\").join("/"));
  return discoverFiles([folder], base, { extensions: [".yaml", ".yml", ".json"], files, locale }).filter((f) => isMatch(f.split("\\").join("/")));
}

/** The invoice mentions are code (src/documents), not a JSON file: listed here, beside the data they use. */
function invoiceMentions(): DatasetCoverage {
  return {
    id: "invoice-mentions",
    title: "DATASET_INVOICE_MENTIONS",
    file: "src/documents/invoice-mentions.ts",
    from: MENTIONS_COVER_FROM,
    to: null,
    lastEntry: { mentions: String(INVOICE_MENTIONS.length) },
    sources: [...new Set(INVOICE_MENTIONS.flatMap((m) => m.basis.map((b) => `${b.code} ${b.article}`)))],
    version: contentHash(INVOICE_MENTIONS.map((m) => ({ id: m.id, basis: m.basis, inForce: m.inForce }))),
    needed: false,
  };
}

/** Every dataset `clausier data` lists: the legal data and the invoice mentions. */
export function allDatasets(): DatasetCoverage[] {
  return [...datasetCoverage(), invoiceMentions()];
}

/** The version reports carry (lint JSON and SARIF, compute JSON): the one `clausier data` shows. */
export function currentDataVersion(): string {
  return dataVersion(allDatasets());
}
