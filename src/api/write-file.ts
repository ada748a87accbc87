import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../model/diagnostics.js";
import type { Locale } from "../model/locale.js";
import { t } from "./messages.js";

/** As the kernel's limit: a longer chain is a loop. */
const MAX_LINK_HOPS = 40;

/**
 * Writes a file so that no failure or kill leaves it half-written, and so that it stays the file it
 * was: a symlink is written through (the link stays a link), the mode, owner and group are kept, and
 * the content is fsynced in a temporary beside the target before it replaces it by a rename.
 *
 * A rename gives the path a new inode. Where that would change the file for others, the target is
 * overwritten in place instead, once the complete content is safely in the temporary:
 * - a file with several hard links (renaming would leave the other names with the old text);
 * - a file whose owner or group this process cannot give to a new file (not ours, not root).
 * That write is not atomic; the temporary with the complete content is kept if it fails.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, locale: Locale): void {
  const { target, dir, bytes, existing, tmp } = prepareWrite(path, content, locale);
  let inPlace = false;
  try {
    const fd = openSync(tmp, "wx", existing ? existing.mode & 0o7777 : 0o666);
    try {
      writeAll(fd, bytes);
      if (existing) {
        inPlace = existing.nlink > 1 || !giveOwner(fd, existing);
        fchmodSync(fd, existing.mode & 0o7777); // after fchown, which clears set-id bits
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!inPlace) {
      renameSync(tmp, target);
      syncFolder(dir);
      return;
    }
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(t(locale, "WRITE_FAILED", { path, detail: (error as Error).message }));
  }
  try {
    overwrite(target, bytes);
  } catch (error) {
    throw new UsageError(t(locale, "WRITE_IN_PLACE_FAILED", { path, detail: (error as Error).message, copy: tmp }));
  }
  rmSync(tmp, { force: true });
}

/**
 * writeFileAtomic with the write, the fsyncs and the rename on libuv's threads, so that a batch keeps
 * laying out and printing its next documents while the disk catches up (an fsync takes 5–7 ms here).
 * Same guarantees; the checks before (links, folder, the file there) stay synchronous: they are quick.
 */
export async function writeFileAtomicAsync(path: string, content: string | Uint8Array, locale: Locale): Promise<void> {
  const { target, dir, bytes, existing, tmp } = prepareWrite(path, content, locale);
  let inPlace = false;
  try {
    const handle = await open(tmp, "wx", existing ? existing.mode & 0o7777 : 0o666);
    try {
      await handle.writeFile(bytes);
      if (existing) {
        inPlace = existing.nlink > 1 || !giveOwner(handle.fd, existing);
        await handle.chmod(existing.mode & 0o7777); // after fchown, which clears set-id bits
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!inPlace) {
      await rename(tmp, target);
      await syncFolderAsync(dir);
      return;
    }
  } catch (error) {
    await rm(tmp, { force: true });
    throw new UsageError(t(locale, "WRITE_FAILED", { path, detail: (error as Error).message }));
  }
  // Rare (hard links, another owner): the synchronous in-place overwrite.
  try {
    overwrite(target, bytes);
  } catch (error) {
    throw new UsageError(t(locale, "WRITE_IN_PLACE_FAILED", { path, detail: (error as Error).message, copy: tmp }));
  }
  await rm(tmp, { force: true });
}

/** What both writers check and name before writing: the file a path names, its folder, the temporary. */
function prepareWrite(path: string, content: string | Uint8Array, locale: Locale) {
  const target = followLinks(path, locale);
  const dir = dirname(target);
  ensureDir(dir, locale);
  removeStaleTemporaries(dir);
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const existing = statIfExists(target, locale);
  // A folder (or a device) where the file should be: nothing to replace, and never written into.
  if (existing && !existing.isFile()) throw new UsageError(t(locale, "WRITE_NOT_A_FILE", { path }));
  const tmp = join(dir, `.${basename(target)}.clausier-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  return { target, dir, bytes, existing, tmp };
}

/**
 * Creates a folder and its missing parents, one checked mkdir each. Node's recursive mkdir loops
 * forever where the parent exists but refuses children (under /proc).
 */
export function ensureDir(dir: string, locale: Locale): void {
  const missing: string[] = [];
  for (let current = resolve(dir); ; current = dirname(current)) {
    let stat: Stats | undefined;
    try {
      stat = statSync(current, { throwIfNoEntry: false });
    } catch (error) {
      throw new UsageError(t(locale, "FOLDER_FAILED", { path: dir, detail: (error as Error).message }));
    }
    if (stat) {
      if (!stat.isDirectory()) throw new UsageError(t(locale, "NOT_A_FOLDER", { path: dir, file: current }));
      break;
    }
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // Created meanwhile by another run: fine if it is a folder.
      if ((error as NodeJS.ErrnoException).code === "EEXIST" && statSync(folder).isDirectory()) continue;
      throw new UsageError(t(locale, "FOLDER_FAILED", { path: dir, detail: (error as Error).message }));
    }
  }
}

/** Temporaries of this module, and those of earlier versions (`<name>.<pid>.<ms>.tmp`). */
const TEMPORARY = [/^\..+\.clausier-(\d+)-[0-9a-f]+\.tmp$/, /^.+\.(\d+)\.\d{13}\.tmp$/];
const cleaned = new Set<string>();

/** Removes, once per folder and run, temporaries whose writer is dead (killed between write and rename). */
export function removeStaleTemporaries(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // an unreadable folder: the write itself will say what is wrong
  }
  for (const name of names) {
    const pid = TEMPORARY.map((re) => re.exec(name)?.[1]).find(Boolean);
    if (pid && !isAlive(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return true; // kill(0) would signal our own group
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH"; // EPERM: alive, someone else's
  }
}

/** The file a path finally names, through symlinks (a dangling one names the file to create). */
function followLinks(path: string, locale: Locale): string {
  let current = resolve(path);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let stat: Stats;
    try {
      stat = lstatSync(current);
    } catch {
      return current;
    }
    if (!stat.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new UsageError(t(locale, "WRITE_FAILED", { path, detail: "ELOOP" }));
}

/** A path the system refuses to look at (a name too long, a loop) is the user's to fix: a usage error. */
function statIfExists(path: string, locale: Locale): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw new UsageError(t(locale, "WRITE_FAILED", { path, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
}

/** Gives the new file the old one's owner and group; false when this process may not. */
function giveOwner(fd: number, existing: Stats): boolean {
  const own = fstatSync(fd);
  if (own.uid === existing.uid && own.gid === existing.gid) return true;
  try {
    fchownSync(fd, existing.uid, existing.gid);
    return true;
  } catch {
    return false;
  }
}

function writeAll(fd: number, bytes: Uint8Array, position = 0): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function overwrite(target: string, bytes: Uint8Array): void {
  const fd = openSync(target, "r+");
  try {
    writeAll(fd, bytes);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself durable; some systems cannot open a folder for that, which is harmless. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // the content is already on disk; only the name could be lost in a power cut
  }
}

async function syncFolderAsync(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // As syncFolder: a system that cannot open a folder for fsync.
  }
}
