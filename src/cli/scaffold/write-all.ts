// Writes the scaffold all or nothing: existing files are refused before anything is written
// (unless --force), and a write that fails undoes the ones before it and the folders it made.
import { existsSync, readFileSync, rmdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../../model/diagnostics.js";
import type { Locale } from "../../model/locale.js";
import { writeFileAtomic } from "../../api/write-file.js";
import type { ScaffoldFile } from "./files.js";
import { ts } from "./messages.js";

export function writeAll(dir: string, files: ScaffoldFile[], force: boolean, locale: Locale): void {
  const existing = files.filter((f) => existsSync(join(dir, f.path)));
  if (existing.length && !force) throw new UsageError(ts(locale, "INIT_EXISTS", { files: existing.map((f) => f.path).join(", ") }));
  const createdFolders = missingFolders(dir, files);
  const done: Array<{ path: string; before?: Buffer }> = [];
  try {
    for (const f of files) {
      const path = join(dir, f.path);
      const before = existsSync(path) ? readFileSync(path) : undefined;
      writeFileAtomic(path, f.content, locale);
      done.push({ path, before });
    }
  } catch (error) {
    for (const { path, before } of done.reverse()) {
      try {
        if (before) writeFileAtomic(path, before, locale);
        else rmSync(path, { force: true });
      } catch {
        // Best effort: the first error is the one to report.
      }
    }
    for (const folder of createdFolders) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty (someone wrote there meanwhile) or already gone: leave it.
      }
    }
    throw new UsageError(ts(locale, "INIT_ROLLED_BACK", { detail: (error as Error).message }));
  }
}

/** The folders the files need that do not exist yet (the target folder included), deepest first. */
function missingFolders(dir: string, files: ScaffoldFile[]): string[] {
  const missing = new Set<string>();
  for (const f of files) {
    for (let folder = dirname(join(dir, f.path)); !existsSync(folder) && !missing.has(folder); folder = dirname(folder)) missing.add(folder);
  }
  return [...missing].sort((a, b) => b.length - a.length);
}
