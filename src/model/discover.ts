import { lstatSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { diagnostic, UsageError, type Diagnostic } from "./diagnostics.js";
import { displayPath, fileProblemDiagnostic, FilePolicy, problemOf, type FileProblem } from "./file-policy.js";
import { IgnoreFiles } from "./ignore-files.js";
import { format, type Locale } from "./locale.js";
import { loaderMessages } from "./messages.js";

/** The endings of Clausier's data files (terms, sellers, documents, configuration). */
export const MODEL_EXTENSIONS = [".yaml", ".yml", ".json"];

/** Folders no walk goes into (dependencies, builds, outputs); the preview's watcher skips them too. */
export const SKIPPED_DIRS = new Set(["node_modules", "dist", "out", "coverage"]);

export interface DiscoverOptions {
  /** File endings to keep, e.g. [".yaml", ".yml", ".json"]. */
  extensions: string[];
  /** Folder paths (absolute) not to descend into. */
  exclude?: string[];
  /** The project root and symlink choice (default: the working directory, symlinks followed). */
  files?: FilePolicy;
  /** The language of the problems' messages. */
  locale: Locale;
  /** A folder or glob that yields nothing is then no error (default: exit 2, "no files matched"). */
  allowEmpty?: boolean;
}

export interface Discovery {
  /** Absolute paths, folder by folder in name order. */
  files: string[];
  /** What was not looked into, and why: a skipped symlink (warning), a folder that cannot be read or leads outside the root (error). */
  problems: Diagnostic[];
  /** Files named on the command line that an ignore file leaves out: skipped, with a warning (see ignoredWarning). */
  ignored: IgnoredPath[];
}

export interface IgnoredPath {
  /** As the user named it. */
  path: string;
  /** The ignore file, relative to the project root (.clausierignore, docs/.gitignore). */
  by: string;
}

/** The warning for a file named on the command line but ignored: which file ignores it, and how to check it anyway. */
export function ignoredWarning(ignored: IgnoredPath, locale: Locale): string {
  return format(loaderMessages, "FILE_IGNORED", { path: ignored.path, by: ignored.by }, locale);
}

/** Whether a path given by the user is a glob (`terms/**\/*.yaml`) or a negation (`!terms/old/**`), not a name. */
function isPattern(p: string): boolean {
  const scanned = picomatch.scan(p);
  return scanned.isGlob || scanned.negated;
}

/**
 * Expands files, folders (recursively) and globs into a sorted list of absolute file paths.
 * A path that exists literally is taken as it is, even when it looks like a glob; a glob is walked
 * from its static base (`terms` for `terms/**\/*.yaml`); a negation (`!terms/old/**`) leaves out what
 * it matches, relative to cwd. A path that does not exist is a usage error (exit 2), not a finding,
 * and so is a folder or glob that yields no file with a wanted ending. Folder walks and globs skip
 * what .clausierignore and .gitignore files ignore (unless the policy says --no-ignore); a file
 * named explicitly and ignored is skipped and returned in `ignored`, for a warning.
 * Symlinks are followed when the policy allows and they stay inside the root, each real folder
 * walked once (so a symlink loop ends); a symlink not followed is reported, never skipped silently.
 */
export function discover(paths: string[], cwd: string, options: DiscoverOptions): Discovery {
  const policy = options.files ?? new FilePolicy(cwd);
  const ignoreFiles = new IgnoreFiles(policy.root, policy.ignoreFiles);
  const out = new Set<string>();
  const problems: Diagnostic[] = [];
  const ignored: IgnoredPath[] = [];
  let visited = new Set<string>();
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(cwd, p)));
  const wanted = (name: string) => options.extensions.some((ext) => name.toLowerCase().endsWith(ext));
  const refuse = (abs: string, problem: FileProblem) =>
    problems.push(fileProblemDiagnostic(displayPath(cwd, abs), problem, options.locale, problem.code === "SYMLINK_NOT_FOLLOWED" ? "warning" : "error"));
  const negations = paths.filter((p) => !existsLiterally(cwd, p) && picomatch.scan(p).negated).map((p) => negationMatcher(p.slice(1), cwd));
  const negated = (abs: string) => negations.some((m) => m(abs));

  // What the path being expanded has yielded: a folder or glob that yields nothing is "no files matched".
  let found: string[] = [];
  let ignoredBy: string | undefined;
  let keep: (abs: string) => boolean = () => true;
  const add = (abs: string) => {
    if (negated(abs) || !keep(abs)) return;
    found.push(abs);
    out.add(abs);
  };
  const skippedByIgnoreFile = (abs: string, isDir: boolean): boolean => {
    const by = ignoreFiles.ignoredBy(abs, isDir);
    if (by) ignoredBy = by;
    return by !== undefined;
  };

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
        if (!SKIPPED_DIRS.has(entry.name) && !excluded.has(full) && !skippedByIgnoreFile(full, true)) walk(full, join(realDir, entry.name));
      } else if (entry.isSymbolicLink()) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded.has(full) && !skippedByIgnoreFile(full, false)) symlink(full, wanted(entry.name));
      } else if (wanted(entry.name) && !skippedByIgnoreFile(full, false)) add(full); // a FIFO or device with a Clausier name is refused when read, with a message
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
    else add(full);
  };

  for (const p of paths) {
    const abs = resolve(cwd, p);
    found = [];
    ignoredBy = undefined;
    keep = () => true;
    visited = new Set();
    const problemsBefore = problems.length;
    let stat;
    try {
      stat = lstatSync(abs);
    } catch (error) {
      if (isPattern(p)) {
        if (!picomatch.scan(p).negated) expandGlob(p);
        continue;
      }
      const problem = problemOf(error);
      throw new UsageError(format(loaderMessages, problem.code === "FILE_UNREADABLE" ? "FILE_UNREADABLE" : "FILE_NOT_FOUND", { path: p }, options.locale));
    }
    if (stat.isSymbolicLink()) {
      // Named on the command line, a symlink still may not lead outside the root.
      const checked = policy.check(abs, false);
      if (!checked.ok) refuse(abs, checked.problem);
      else if (statSync(checked.realPath).isDirectory()) folder(p, abs, checked.realPath, problemsBefore);
      else named(p, abs);
    } else if (stat.isDirectory()) folder(p, abs, realpathOf(policy, abs), problemsBefore);
    else named(p, abs); // a FIFO or device is refused when read: one bad path does not stop the others
  }
  return { files: [...out], problems, ignored };

  function named(p: string, abs: string): void {
    const by = ignoreFiles.ignoredBy(abs);
    if (by) ignored.push({ path: p, by });
    else add(abs);
  }

  function folder(p: string, abs: string, realDir: string, problemsBefore: number): void {
    walk(abs, realDir);
    noMatch(p, problems.length > problemsBefore);
  }

  function expandGlob(p: string): void {
    const { base, glob } = picomatch.scan(p);
    const baseAbs = resolve(cwd, base);
    const matches = picomatch(glob, { dot: false });
    keep = (file) => matches(relative(baseAbs, file).split(sep).join("/"));
    const problemsBefore = problems.length;
    if (isDirectory(baseAbs)) walk(baseAbs, realpathOf(policy, baseAbs));
    noMatch(p, problems.length > problemsBefore);
  }

  // Nothing found where the user pointed is a usage error, unless it was told why (an unreadable folder, a skipped link).
  function noMatch(p: string, told: boolean): void {
    if (found.length || told || options.allowEmpty) return;
    if (ignoredBy) throw new UsageError(format(loaderMessages, "ALL_IGNORED", { pattern: p, by: ignoredBy }, options.locale));
    throw new UsageError(format(loaderMessages, "NO_MATCH", { pattern: p, extensions: options.extensions.join(", ") }, options.locale));
  }
}

function existsLiterally(cwd: string, p: string): boolean {
  try {
    lstatSync(resolve(cwd, p));
    return true;
  } catch {
    return false;
  }
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** A negation's pattern, relative to cwd: it leaves out what it matches and, for a folder, what lies below it. */
function negationMatcher(given: string, cwd: string): (abs: string) => boolean {
  const pattern = given.replace(/^\.\//, "");
  const matches = picomatch([pattern, `${pattern.replace(/\/+$/, "")}/**`], { dot: true });
  return (abs) => {
    const rel = relative(cwd, abs).split(sep).join("/");
    return matches(rel) || matches(abs.split(sep).join("/"));
  };
}

/** The files only, for callers that have no one to show problems to (benchmarks). */
export function discoverFiles(paths: string[], cwd: string, options: DiscoverOptions): string[] {
  return discover(paths, cwd, { allowEmpty: true, ...options }).files;
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
