// Where a command's files are: the project root (the file policy) and the default paths when none
// is given. Shared by the CLI commands and the library API.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { findConfig } from "../lint/config.js";
import { commonFolder, FilePolicy, isInside, UsageError, type FilePolicyOptions, type Locale } from "../model/index.js";
import { t } from "./messages.js";

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

