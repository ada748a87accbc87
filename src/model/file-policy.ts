// The file policy: what Clausier may read. Documents come from untrusted places (a pull request in
// CI), so a reference or a symlink must never make Clausier read, and print, a file outside the
// project (an SSH key, /etc/passwd), nor read without end (/dev/zero) or block on a FIFO.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { format, type Locale } from "./locale.js";
import { fileTypeNames, loaderMessages } from "./messages.js";

/** Why a file was not read: a stable code and the data its message needs. */
export interface FileProblem {
  code: "FILE_NOT_FOUND" | "FILE_UNREADABLE" | "FILE_READ_ERROR" | "NOT_REGULAR_FILE" | "FILE_TOO_LARGE" | "OUTSIDE_ROOT" | "SYMLINK_LOOP" | "SYMLINK_NOT_FOLLOWED";
  /** Message data: `limit` (and `size` when known) for FILE_TOO_LARGE, `type` for NOT_REGULAR_FILE, `errno` for FILE_READ_ERROR. */
  data: Record<string, unknown>;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: FileProblem };
export type CheckResult = { ok: true; realPath: string } | { ok: false; problem: FileProblem };

export interface FilePolicyOptions {
  /** The project root (default: the working directory). */
  root?: string;
  /** Follow symlinks that stay inside the root (default true); false refuses them all. */
  followSymlinks?: boolean;
  /** Leave out what .clausierignore and .gitignore files ignore when walking folders and globs (default true; --no-ignore: false). */
  ignoreFiles?: boolean;
}

/** A path as users see it: relative to the working directory when inside it. */
export function displayPath(cwd: string, absPath: string): string {
  const rel = relative(cwd, absPath);
  return rel && !rel.startsWith("..") ? rel : absPath;
}

/** The diagnostic for a file the policy did not read, on that file. */
export function fileProblemDiagnostic(shown: string, problem: FileProblem, locale: Locale, severity: Diagnostic["severity"] = "error"): Diagnostic {
  const { code } = problem;
  // The file type is kept as a key in the problem and named here, in the reader's language.
  const data = code === "NOT_REGULAR_FILE" ? { ...problem.data, type: fileTypeNames[locale][problem.data.type as FileType] } : problem.data;
  const id = code === "FILE_TOO_LARGE" && data.size === undefined ? "FILE_TOO_LARGE_READ" : code;
  const hint = code === "OUTSIDE_ROOT" ? format(loaderMessages, "HINT_ROOT", {}, locale) : undefined;
  return { ...diagnostic(shown, code, format(loaderMessages, id, { ...data, path: shown }, locale), undefined, hint), severity };
}

/** An errno turned into a problem: permission is not absence. */
export function problemOf(error: unknown): FileProblem {
  const errno = (error as NodeJS.ErrnoException)?.code ?? "EIO";
  if (errno === "ENOENT" || errno === "ENOTDIR") return { code: "FILE_NOT_FOUND", data: {} };
  if (errno === "EACCES" || errno === "EPERM") return { code: "FILE_UNREADABLE", data: {} };
  if (errno === "ELOOP") return { code: "SYMLINK_LOOP", data: {} };
  if (errno === "EISDIR") return { code: "NOT_REGULAR_FILE", data: { type: fileType(undefined, true) } };
  return { code: "FILE_READ_ERROR", data: { errno } };
}

type FileType = keyof (typeof fileTypeNames)["fr"];

function fileType(stat: Stats | undefined, directory = false): FileType {
  if (directory || stat?.isDirectory()) return "directory";
  if (stat?.isFIFO()) return "fifo";
  if (stat?.isCharacterDevice() || stat?.isBlockDevice()) return "device";
  if (stat?.isSocket()) return "socket";
  return "other";
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether a path is a regular file (stat only: nothing is opened). */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel));
}

/** The deepest folder that contains every path. */
export function commonFolder(paths: string[]): string {
  let common = paths[0] ?? sep;
  for (const p of paths.slice(1)) while (!isInside(common, p)) common = dirname(common);
  return common;
}

// Opening a FIFO without O_NONBLOCK waits for a writer; O_NOFOLLOW refuses a file swapped for a
// symlink between the checks and the open. Windows has neither flag: 0 keeps the open portable.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export class FilePolicy {
  /** The root as given (absolute) and as it really is (symlinks resolved). */
  readonly root: string;
  private readonly realRoot: string;
  readonly followSymlinks: boolean;
  readonly ignoreFiles: boolean;

  constructor(cwd: string, options: FilePolicyOptions = {}) {
    this.root = resolve(cwd, options.root ?? ".");
    this.realRoot = realpathOrSelf(this.root);
    this.followSymlinks = options.followSymlinks ?? true;
    this.ignoreFiles = options.ignoreFiles ?? true;
  }

  /** Whether a real (symlink-free) path lies inside the root. */
  contains(realPath: string): boolean {
    return isInside(this.realRoot, realPath);
  }

  /**
   * Where a path really leads, or why it may not be read. A reference (`mustBeInside`) must lead
   * inside the root; a path the user named may lie outside it, but not escape it through a symlink.
   */
  check(absPath: string, mustBeInside: boolean): CheckResult {
    let realPath: string;
    let viaSymlink: boolean;
    try {
      realPath = realpathSync(absPath);
      viaSymlink = isInside(this.root, absPath) ? realPath !== join(this.realRoot, relative(this.root, absPath)) : lstatSync(absPath).isSymbolicLink();
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
    if (viaSymlink && !this.followSymlinks) return { ok: false, problem: { code: "SYMLINK_NOT_FOLLOWED", data: {} } };
    if ((mustBeInside || viaSymlink) && !this.contains(realPath)) return { ok: false, problem: { code: "OUTSIDE_ROOT", data: { root: this.root } } };
    return { ok: true, realPath };
  }

  /**
   * Reads a regular file of at most `limit` bytes. Anything else (FIFO, device, socket, folder) is
   * refused before it is opened, and the limit holds for the bytes actually read, whatever the
   * size the file system announces.
   */
  read(absPath: string, limit: number, mustBeInside = false): ReadResult {
    const checked = this.check(absPath, mustBeInside);
    if (!checked.ok) return checked;
    let fd: number | undefined;
    try {
      const stat = statSync(checked.realPath);
      if (!stat.isFile()) return { ok: false, problem: { code: "NOT_REGULAR_FILE", data: { type: fileType(stat) } } };
      if (stat.size > limit) return { ok: false, problem: { code: "FILE_TOO_LARGE", data: { size: stat.size, limit } } };
      fd = openSync(checked.realPath, OPEN_FLAGS);
      const opened = fstatSync(fd);
      if (!opened.isFile()) return { ok: false, problem: { code: "NOT_REGULAR_FILE", data: { type: fileType(opened) } } };
      const buffer = Buffer.alloc(limit + 1);
      let total = 0;
      for (let n = 1; n > 0 && total <= limit; total += n) n = readSync(fd, buffer, total, buffer.length - total, null);
      if (total > limit) return { ok: false, problem: { code: "FILE_TOO_LARGE", data: { limit } } };
      return { ok: true, bytes: buffer.subarray(0, total) };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}
