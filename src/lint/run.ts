import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { discover, Workspace, type Diagnostic, type FilePolicy, type IgnoredPath, type LoadedDocument, type ParsedFiles } from "../model/index.js";
import { displayPath } from "../model/file-policy.js";
import { decodeText } from "../model/source-file.js";
import { fromModel, type Defaults } from "./documents/from-model.js";
import { fromProse } from "./documents/from-prose.js";
import { lintDocuments, toResult, type LintOptions } from "./engine.js";
import type { LintDocument, LintMessage, LintResult, Rule } from "./types.js";

export const LINT_EXTENSIONS = [".yaml", ".yml", ".json", ".md", ".markdown", ".txt"];
const PROSE = new Set([".md", ".markdown", ".txt"]);

export interface LintRun {
  results: LintResult[];
  documents: LintDocument[];
  /** Files named explicitly that an ignore file leaves out (for a warning). */
  ignored: IgnoredPath[];
}

/** A document that cannot be loaded is reported as an error finding, with the loader's position. */
function invalidDocument(d: Diagnostic): LintMessage {
  return { ruleId: "invalid-document", severity: d.severity, message: d.message, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
}

/** Loads files and folders (terms, documents, prose) and lints them together. */
export interface LintPathsOptions extends LintOptions {
  defaults?: Defaults;
  /** Per file (absolute path): the defaults of the configuration that applies to it; else `defaults`. */
  defaultsFor?: (absPath: string) => Defaults;
  exclude?: string[];
  /** Contents to lint instead of the files on disk (absolute path → text). */
  overlay?: ReadonlyMap<string, string>;
  /** Files to leave out (configuration `ignore`), by the path shown to users. */
  ignore?: (shownPath: string) => boolean;
  /** The project root and symlink choice (default: the working directory, symlinks followed). */
  files?: FilePolicy;
  /** Parse results shared with other runs, by content (a long-running service). */
  parsed?: ParsedFiles;
  /** Documents as the linter sees them, shared with other runs by content (a long-running service). */
  built?: BuiltDocuments;
  /**
   * A workspace that already loaded these files with the same overlay, file policy and locale (the
   * service's, which loaded the document sent and what it relies on): its loads are reused.
   */
  workspace?: Workspace;
}

/** Lint documents made from loaded files, kept by what they were made from (src/lint/gate-cache.ts). */
export interface BuiltDocuments {
  lintDocument(loaded: LoadedDocument, defaults: Defaults | undefined, build: () => LintDocument | undefined): LintDocument | undefined;
}

/** The files a lint of these paths reads (absolute), the configuration's `ignore` left out; problems finding them. */
export function lintTargets(paths: string[], cwd: string, options: LintPathsOptions): { files: string[]; problems: Diagnostic[]; ignored: IgnoredPath[] } {
  // A text given in memory (standard input, an editor's buffer) needs no file on disk.
  const inMemory = paths.map((p) => resolve(cwd, p)).filter((abs) => options.overlay?.has(abs) && !existsSync(abs));
  const onDisk = paths.filter((p) => !inMemory.includes(resolve(cwd, p)));
  const found = onDisk.length ? discover(onDisk, cwd, { extensions: LINT_EXTENSIONS, exclude: options.exclude, files: options.files, locale: options.locale }) : { files: [], problems: [], ignored: [] };
  const files = [...inMemory, ...found.files].filter((abs) => !options.ignore?.(displayPath(cwd, abs)));
  return { files, problems: found.problems, ignored: found.ignored };
}

export function lintPaths(paths: string[], cwd: string, rules: Rule[], options: LintPathsOptions): LintRun {
  const found = lintTargets(paths, cwd, options);
  const { files, problems } = found;
  const workspace = options.workspace ?? new Workspace(cwd, options.overlay, options.files, options.locale, options.parsed);
  const documents: LintDocument[] = [];
  const loadProblems = new Map<string, LintMessage[]>();
  const problem = (file: string, d: Diagnostic) => loadProblems.set(file, [...(loadProblems.get(file) ?? []), invalidDocument(d)]);
  problems.forEach((d) => problem(d.file, d));

  for (const abs of files) {
    const shown = workspace.display(abs);
    if (PROSE.has(extname(abs).toLowerCase())) {
      const read = workspace.read(abs);
      const decoded = read.ok ? decodeText(shown, read.bytes, options.locale) : { ok: false as const, diagnostics: read.diagnostics };
      if (!decoded.ok) {
        decoded.diagnostics.forEach((d) => problem(shown, d));
        continue;
      }
      const { doc, diagnostics } = fromProse(shown, abs, decoded.text, options.defaultsFor?.(abs) ?? options.defaults ?? {}, options.locale);
      diagnostics.forEach((d) => problem(shown, d));
      documents.push(doc);
      continue;
    }
    const loaded = workspace.load(abs);
    const defaults = options.defaultsFor?.(abs) ?? options.defaults;
    const doc = loaded && (options.built ? options.built.lintDocument(loaded, defaults, () => fromModel(loaded, defaults)) : fromModel(loaded, defaults));
    if (doc) documents.push(doc);
    else if (!loaded) loadProblems.set(shown, loadProblems.get(shown) ?? []);
  }
  for (const d of workspace.allDiagnostics()) problem(d.file, d);

  const results = lintDocuments(documents, rules, options);
  const merged = new Map(results.map((r) => [r.filePath, r]));
  for (const [file, messages] of loadProblems) {
    const existing = merged.get(file);
    merged.set(file, { ...existing, ...toResult(file, [...(existing?.messages ?? []), ...messages]) });
  }
  const ordered = [...merged.values()].sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { results: ordered, documents, ignored: found.ignored };
}
