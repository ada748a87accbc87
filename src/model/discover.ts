import { lstatSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnostic, UsageError, type Diagnostic } from "./diagnostics.js";
import { displayPath, fileProblemDiagnostic, FilePolicy, problemOf, type FileProblem } from "./file-policy.js";
import { format, type Locale } from "./locale.js";
import { loaderMessages } from "./messages.js";

/** The endings of Clausier's data files (terms, sellers, documents, configuration). */
export const MODEL_EXTENSIONS = [".yaml", ".yml", ".json"];

const SKIPPED_DIRS = new Set(["node_modules", "dist", "out", "coverage"]);

export interface DiscoverOptions {
  /** File endings to keep, e.g. [".yaml", ".yml", ".json"]. */
  extensions: string[];
  /** Folder paths (absolute) not to descend into. */
  exclude?: string[];
  /** The project root and symlink choice (default: the working directory, symlinks followed). */
  files?: FilePolicy;
  /** The language of the problems' messages. */
  locale: Locale;
}

export interface Discovery {
  /** Absolute paths, folder by folder in name order. */
  files: string[];
  /** What was not looked into, and why: a skipped symlink (warning), a folder that cannot be read or leads outside the root (error). */
  problems: Diagnostic[];
}

/**
 * Expands files and folders (recursively) into a sorted list of absolute file paths.
 * A path that does not exist is a usage error (exit 2), not a finding. Symlinks are followed
 * when the policy allows and they stay inside the root, each real folder walked once (so a
 * symlink loop ends); a symlink not followed is reported, never skipped silently.
 */
export function discover(paths: string[], cwd: string, options: DiscoverOptions): Discovery {
  const policy = options.files ?? new FilePolicy(cwd);
  const out = new Set<string>();
  const problems: Diagnostic[] = [];
  const visited = new Set<string>();
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(cwd, p)));
  const wanted = (name: string) => options.extensions.some((ext) => name.toLowerCase().endsWith(ext));
  const refuse = (abs: string, problem: FileProblem) =>
    problems.push(fileProblemDiagnostic(displayPath(cwd, abs), problem, options.locale, problem.code === "SYMLINK_NOT_FOLLOWED" ? "warning" : "error"));

  const walk = (dir: string, realDir: string) => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      problems.push(folderProblem(displayPath(cwd, dir), error, options.locale));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded.has(full)) walk(full, join(realDir, entry.name));
      } else if (entry.isSymbolicLink()) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded.has(full)) symlink(full, wanted(entry.name));
      } else if (wanted(entry.name)) out.add(full); // a FIFO or device with a Clausier name is refused when read, with a message
    }
  };

  // A symlink met in a folder: a wanted file or a folder is reported when not followed; anything else is not ours.
  const symlink = (full: string, isWanted: boolean) => {
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // dangling or looping: reported below if it has a Clausier name
    }
    if (!isDir && !isWanted) return;
    const checked = policy.check(full, true);
    if (!checked.ok) return refuse(full, checked.problem);
    if (isDir) walk(full, checked.realPath);
    else out.add(full);
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = lstatSync(abs);
    } catch (error) {
      const problem = problemOf(error);
      throw new UsageError(format(loaderMessages, problem.code === "FILE_UNREADABLE" ? "FILE_UNREADABLE" : "FILE_NOT_FOUND", { path: p }, options.locale));
    }
    if (stat.isSymbolicLink()) {
      // Named on the command line, a symlink still may not lead outside the root.
      const checked = policy.check(abs, false);
      if (!checked.ok) refuse(abs, checked.problem);
      else if (statSync(checked.realPath).isDirectory()) walk(abs, checked.realPath);
      else out.add(abs);
    } else if (stat.isDirectory()) walk(abs, realpathOf(policy, abs));
    else out.add(abs); // a FIFO or device is refused when read: one bad path does not stop the others
  }
  return { files: [...out], problems };
}

/** The files only, for callers that have no one to show problems to (benchmarks). */
export function discoverFiles(paths: string[], cwd: string, options: DiscoverOptions): string[] {
  return discover(paths, cwd, options).files;
}

function realpathOf(policy: FilePolicy, abs: string): string {
  const checked = policy.check(abs, false);
  return checked.ok ? checked.realPath : abs;
}

function folderProblem(shown: string, error: unknown, locale: Locale): Diagnostic {
  const problem = problemOf(error);
  if (problem.code === "FILE_UNREADABLE") return diagnostic(shown, "FOLDER_UNREADABLE", format(loaderMessages, "FOLDER_UNREADABLE", { path: shown }, locale));
  return fileProblemDiagnostic(shown, problem, locale);
}
