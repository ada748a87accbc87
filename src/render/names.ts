// Output file names from document numbers, in a module of its own so that commands writing files
// without the browser (export) do not load it.
import { createHash } from "node:crypto";

/** Longer names are cut (file systems refuse names over 255 bytes) and told apart by a hash. */
const MAX_NAME_LENGTH = 100;

/** A file-name-safe form of a document number: "FA-2026-0042" stays, "FA/2026/42" becomes "FA-2026-42". */
export function safeName(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "document";
  if (safe.length <= MAX_NAME_LENGTH) return safe;
  return `${safe.slice(0, MAX_NAME_LENGTH - 9)}-${createHash("sha256").update(text).digest("hex").slice(0, 8)}`;
}
