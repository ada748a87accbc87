import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { findConfig } from "../../lint/config.js";
import { commonFolder, discover, FilePolicy, isInside, MODEL_EXTENSIONS, UsageError, Workspace, type Diagnostic, type FilePolicyOptions, type Locale } from "../../model/index.js";
import { EXIT, type Io } from "../io.js";
import { cliMessages, t } from "../messages.js";
import { formatDiagnosticsText } from "../text-output.js";

export interface ValidateArgs {
  paths: string[];
  format: "stylish" | "json";
  /** --root and --no-follow-symlinks. */
  files?: FilePolicyOptions;
}

/**
 * The file policy of a command: the project root is --root when given, else the working directory
 * when it holds a clausier.config file or every input lies inside it, else the common folder of the inputs.
 */
export function projectFiles(cwd: string, locale: Locale, options: FilePolicyOptions = {}, inputs: string[] = []): FilePolicy {
  if (options.root !== undefined) {
    const root = resolve(cwd, options.root);
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(t(locale, "ROOT_NOT_A_FOLDER", { root: options.root }));
    return new FilePolicy(cwd, options);
  }
  const abs = inputs.map((p) => resolve(cwd, p));
  if (findConfig(cwd) || abs.every((p) => isInside(cwd, p))) return new FilePolicy(cwd, options);
  const folders = abs.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  return new FilePolicy(cwd, { ...options, root: commonFolder(folders) });
}

/** The project's own documents when no path is given: terms/ and the valid fixtures. */
export function defaultModelPaths(cwd: string, locale: Locale): { paths: string[]; exclude: string[] } {
  const paths = ["terms", "fixtures"].filter((p) => existsSync(join(cwd, p)));
  if (!paths.length) throw new UsageError(t(locale, "NO_DEFAULT_PATHS"));
  return { paths, exclude: [join(cwd, "fixtures", "invalid")] };
}

export async function runValidate(args: ValidateArgs, io: Io): Promise<number> {
  const { paths, exclude } = args.paths.length ? { paths: args.paths, exclude: [] } : defaultModelPaths(io.cwd, io.locale);
  const policy = projectFiles(io.cwd, io.locale, args.files, paths);
  const { files, problems } = discover(paths, io.cwd, { extensions: MODEL_EXTENSIONS, exclude, files: policy, locale: io.locale });
  const workspace = new Workspace(io.cwd, undefined, policy, io.locale);
  for (const file of files) workspace.load(file);
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(workspace.display(file), []);
  for (const d of [...problems, ...workspace.allDiagnostics()]) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const errorCount = [...byFile.values()].flat().filter((d) => d.severity === "error").length;
  if (args.format === "json") {
    const report = {
      fileCount: byFile.size,
      errorCount,
      files: [...byFile].map(([filePath, diagnostics]) => ({ filePath, valid: diagnostics.length === 0, diagnostics })),
    };
    io.stdout(JSON.stringify(report, null, 2) + "\n");
  } else {
    const all = [...byFile.values()].flat();
    if (all.length) io.stdout(formatDiagnosticsText(all, io.color));
    const invalid = [...byFile.values()].filter((l) => l.some((d) => d.severity === "error")).length;
    io.stdout(
      errorCount
        ? t(io.locale, "VALIDATE_SUMMARY_ERRORS", { errors: errorCount, invalid, files: byFile.size }) + "\n"
        : files.length
          ? t(io.locale, "VALIDATE_SUMMARY_OK", { files: files.length }) + "\n"
          : "",
    );
  }
  // Nothing checked is not a success: say so rather than « 0 fichier(s) valide(s) ».
  if (!files.length && !errorCount) throw new UsageError(t(io.locale, "NO_FILES", { skipped: problems.length }));
  return errorCount ? EXIT.FINDINGS : EXIT.OK;
}
