// Where findings point, for tools that resolve paths themselves (GitHub, SARIF viewers).
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

export const TOOL_URI = "https://github.com/clausier/clausier";

export function ruleDocsUri(ruleId: string): string {
  return `${TOOL_URI}/blob/main/docs/rules/${ruleId}.md`;
}

function inside(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  return rel && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel : undefined;
}

/**
 * The folder paths are given from. GitHub resolves annotation and SARIF paths from the repository
 * root: when the linter runs in a sub-folder of the workspace (`working-directory:`), paths must
 * still start from the workspace, not from the sub-folder.
 */
export function sourceRoot(cwd: string, env: Record<string, string | undefined>): string {
  const workspace = env.GITHUB_WORKSPACE;
  return workspace && (resolve(workspace) === resolve(cwd) || inside(resolve(workspace), resolve(cwd))) ? resolve(workspace) : resolve(cwd);
}

/** The file relative to root with forward slashes, or undefined when the file is outside root. */
export function relativeToRoot(filePath: string, cwd: string, root: string): string | undefined {
  const rel = inside(root, resolve(cwd, filePath));
  return rel === undefined ? undefined : rel.split(sep).join("/");
}

/** A SARIF artifactLocation: relative to %SRCROOT% when possible (portable), else an absolute file URL. */
export function artifactLocation(filePath: string, cwd: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = relativeToRoot(filePath, cwd, root);
  if (rel === undefined) return { uri: pathToFileURL(resolve(cwd, filePath)).href };
  return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** The file URL of a folder, with the trailing slash SARIF requires of a uriBaseId. */
export function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith("/") ? href : `${href}/`;
}
