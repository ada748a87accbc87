import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../model/diagnostics.js";

/** Writes through a temporary file and a rename: a failure never leaves a half-written file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was created (the folder could not be made)
    }
    throw new UsageError(`impossible d'écrire ${path} : ${(error as Error).message}`);
  }
}
