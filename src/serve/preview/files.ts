// The documents the preview offers: what `clausier lint` would find under the project root (ignore
// files respected, symlinks leading out of the root refused by discover), and the one path a page
// asks for, taken only when it is one of those. A path the page sends is never opened otherwise.
import { isAbsolute } from "node:path";
import { discover, displayPath, FilePolicy, Workspace, type Locale } from "../../model/index.js";
import { LINT_EXTENSIONS } from "../../lint/run.js";
import { HttpProblem } from "../problems.js";

/** What the list shows: terms, documents, sellers, prose; "invalid" when the file does not load. */
export type ListedKind = "terms" | "invoice" | "quote" | "refund" | "credit-note" | "seller" | "prose" | "invalid";

export interface ListedDocument {
  /** Relative to the root, with forward slashes (as the CLI shows paths). */
  path: string;
  kind: ListedKind;
}

const PROSE = /\.(md|markdown|txt)$/i;
/** Settings, not documents: their changes reach the page as events, they are not listed. */
const SETTINGS = new Set(["config", "suppressions"]);

export function previewPolicy(root: string): FilePolicy {
  return new FilePolicy(root, { root });
}

/** Absolute paths of the files a lint of the root reads. */
function discovered(root: string, locale: Locale): string[] {
  return discover(["."], root, { extensions: LINT_EXTENSIONS, files: previewPolicy(root), locale, allowEmpty: true }).files;
}

export function listDocuments(root: string, locale: Locale): ListedDocument[] {
  const workspace = new Workspace(root, undefined, previewPolicy(root), locale);
  const listed: ListedDocument[] = [];
  for (const abs of discovered(root, locale)) {
    const path = displayPath(root, abs);
    if (PROSE.test(abs)) {
      listed.push({ path, kind: "prose" });
      continue;
    }
    const doc = workspace.load(abs);
    if (doc && SETTINGS.has(doc.kind)) continue;
    listed.push({ path, kind: doc ? (doc.kind as ListedKind) : "invalid" });
  }
  return listed;
}

/**
 * The absolute path of `given` when it names a listed document: a relative path under the root,
 * without `..`; anything else is refused (400 when malformed, 404 when not a document of the root).
 */
export function documentPath(root: string, given: string | undefined, locale: Locale): string {
  if (!given || isAbsolute(given) || given.includes("\\") || given.includes("\0") || given.split("/").some((part) => part === ".." || part === ""))
    throw new HttpProblem(400, "BAD_PATH", "BAD_REQUEST_TITLE", { id: "PREVIEW_BAD_PATH", data: { path: given ?? "" } });
  const found = discovered(root, locale).find((abs) => displayPath(root, abs) === given);
  if (!found) throw new HttpProblem(404, "NO_SUCH_DOCUMENT", "NOT_FOUND_TITLE", { id: "PREVIEW_NO_SUCH_DOCUMENT", data: { path: given } });
  return found;
}
