import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "./diagnostics.js";
import { format } from "./locale.js";
import { loaderMessages } from "./messages.js";

const SKIPPED_DIRS = new Set(["node_modules", "dist", "out", "coverage"]);

export interface DiscoverOptions {
  /** File endings to keep, e.g. [".yaml", ".yml", ".json"]. */
  extensions: string[];
  /** Folder paths (absolute) not to descend into. */
  exclude?: string[];
}

/**
 * Expands files and folders (recursively) into a sorted list of absolute file paths.
 * A path that does not exist is a usage error (exit 2), not a finding.
 */
export function discoverFiles(paths: string[], cwd: string, options: DiscoverOptions): string[] {
  const out = new Set<string>();
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(cwd, p)));
  const wanted = (name: string) => options.extensions.some((ext) => name.toLowerCase().endsWith(ext));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !excluded.has(full)) walk(full);
      } else if (entry.isFile() && wanted(entry.name)) out.add(full);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new UsageError(format(loaderMessages, "FILE_NOT_FOUND", { path: p }));
    }
    if (stat.isDirectory()) walk(abs);
    else if (stat.isFile()) out.add(abs);
    else throw new UsageError(format(loaderMessages, "NOT_A_FILE", { path: p }));
  }
  return [...out];
}
