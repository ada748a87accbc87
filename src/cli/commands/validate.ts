import { existsSync } from "node:fs";
import { join } from "node:path";
import { discoverFiles, UsageError, Workspace, type Diagnostic } from "../../model/index.js";
import { EXIT, type Io } from "../io.js";
import { cliMessages, t } from "../messages.js";
import { formatDiagnosticsText } from "../text-output.js";

export const MODEL_EXTENSIONS = [".yaml", ".yml", ".json"];

export interface ValidateArgs {
  paths: string[];
  format: "stylish" | "json";
}

/** The project's own documents when no path is given: terms/ and the valid fixtures. */
export function defaultModelPaths(cwd: string): { paths: string[]; exclude: string[] } {
  const paths = ["terms", "fixtures"].filter((p) => existsSync(join(cwd, p)));
  if (!paths.length) throw new UsageError(t("NO_DEFAULT_PATHS"));
  return { paths, exclude: [join(cwd, "fixtures", "invalid")] };
}

export async function runValidate(args: ValidateArgs, io: Io): Promise<number> {
  const { paths, exclude } = args.paths.length ? { paths: args.paths, exclude: [] } : defaultModelPaths(io.cwd);
  const files = discoverFiles(paths, io.cwd, { extensions: MODEL_EXTENSIONS, exclude });
  const workspace = new Workspace(io.cwd);
  for (const file of files) workspace.load(file);
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of files) byFile.set(workspace.display(file), []);
  for (const d of workspace.allDiagnostics()) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const errorCount = [...byFile.values()].reduce((n, list) => n + list.length, 0);
  if (args.format === "json") {
    const report = {
      fileCount: byFile.size,
      errorCount,
      files: [...byFile].map(([filePath, diagnostics]) => ({ filePath, valid: diagnostics.length === 0, diagnostics })),
    };
    io.stdout(JSON.stringify(report, null, 2) + "\n");
  } else {
    const all = [...byFile.values()].flat();
    if (all.length) io.stdout(formatDiagnosticsText(all, io.color));
    const invalid = [...byFile.values()].filter((l) => l.length).length;
    io.stdout(
      errorCount
        ? t("VALIDATE_SUMMARY_ERRORS", { errors: errorCount, invalid, files: byFile.size }) + "\n"
        : t("VALIDATE_SUMMARY_OK", { files: byFile.size }) + "\n",
    );
  }
  return errorCount ? EXIT.FINDINGS : EXIT.OK;
}
