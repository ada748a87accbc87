// validate(): loads documents against their schemas and cross-file references, and returns every
// problem as data. `clausier validate` prints what this returns.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { discover, MODEL_EXTENSIONS, Workspace, type Diagnostic, type FilePolicyOptions, type IgnoredPath, type Locale } from "../model/index.js";
import { defaultModelPaths, projectFiles } from "./project.js";

export interface ValidateOptions {
  /** The folder paths are relative to, and where clausier.config.* is looked for (default: process.cwd()). */
  cwd?: string;
  /** The messages' language (default French). */
  locale?: Locale;
  /** The project root and symlink choice (--root, --no-follow-symlinks). */
  files?: FilePolicyOptions;
  /** Texts to validate instead of the files on disk (absolute path → text): standard input, an editor's buffer. */
  overlay?: ReadonlyMap<string, string>;
}

export interface FileValidation {
  /** The path as shown to users (relative to cwd). */
  filePath: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidateResult {
  /** The documents found and checked. */
  checkedCount: number;
  errorCount: number;
  files: FileValidation[];
  /** Paths that were named but not checked (not found, refused): also in `files` with their diagnostic. */
  skippedCount: number;
  /** Files named explicitly that .clausierignore or a .gitignore leaves out: not checked (warn about them). */
  ignored: IgnoredPath[];
}

/** Validates files and folders (none: terms/ and fixtures/ of cwd, as the CLI). */
export function validate(paths: string[], options: ValidateOptions = {}): ValidateResult {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? "fr";
  const { paths: roots, exclude } = paths.length ? { paths, exclude: [] } : defaultModelPaths(cwd, locale);
  const policy = projectFiles(cwd, locale, options.files, roots);
  // A text given in memory needs no file on disk.
  const inMemory = roots.map((p) => resolve(cwd, p)).filter((abs) => options.overlay?.has(abs) && !existsSync(abs));
  const onDisk = roots.filter((p) => !inMemory.includes(resolve(cwd, p)));
  const found = onDisk.length ? discover(onDisk, cwd, { extensions: MODEL_EXTENSIONS, exclude, files: policy, locale }) : { files: [], problems: [], ignored: [] };
  const { problems, ignored } = found;
  const files = [...inMemory, ...found.files];
  const workspace = new Workspace(cwd, options.overlay, policy, locale);
  for (const file of files) workspace.load(file);
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(workspace.display(file), []);
  for (const d of [...problems, ...workspace.allDiagnostics()]) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const all = [...byFile.values()].flat();
  return {
    checkedCount: files.length,
    errorCount: all.filter((d) => d.severity === "error").length,
    skippedCount: problems.length,
    ignored,
    files: [...byFile].map(([filePath, diagnostics]) => ({ filePath, valid: diagnostics.length === 0, diagnostics })),
  };
}
