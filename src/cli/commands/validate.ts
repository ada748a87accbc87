import { validate } from "../../api/validate.js";
import { ignoredWarning, UsageError, type FilePolicyOptions } from "../../model/index.js";
import { EXIT, type Io } from "../io.js";
import { t } from "../messages.js";
import { stdinInput } from "../stdin.js";
import { formatDiagnosticsText } from "../text-output.js";

export interface ValidateArgs {
  paths: string[];
  /** Validate standard input (also `-` among the paths), as if it were --stdin-filename (default stdin.yaml). */
  stdin?: boolean;
  stdinFilename?: string;
  format: "stylish" | "json";
  /** --root and --no-follow-symlinks. */
  files?: FilePolicyOptions;
}

export async function runValidate(args: ValidateArgs, io: Io): Promise<number> {
  const stdin = await stdinInput(args, io, "stdin.yaml");
  const result = validate(stdin ? [stdin.path] : args.paths, { cwd: io.cwd, locale: io.locale, files: args.files, overlay: stdin?.overlay });
  const { errorCount, files } = result;
  for (const ignored of result.ignored) io.stderr(`⚠ ${ignoredWarning(ignored, io.locale)}\n`);
  if (args.format === "json") {
    io.stdout(JSON.stringify({ fileCount: files.length, errorCount, files }, null, 2) + "\n");
  } else {
    const all = files.flatMap((f) => f.diagnostics);
    if (all.length) io.stdout(formatDiagnosticsText(all, io.color));
    const invalid = files.filter((f) => f.diagnostics.some((d) => d.severity === "error")).length;
    io.stdout(
      errorCount
        ? t(io.locale, "VALIDATE_SUMMARY_ERRORS", { errors: errorCount, invalid, files: files.length }) + "\n"
        : result.checkedCount
          ? t(io.locale, "VALIDATE_SUMMARY_OK", { files: result.checkedCount }) + "\n"
          : "",
    );
  }
  // Nothing checked is not a success: say so rather than « 0 fichier(s) valide(s) ».
  // Only ignored files named (a pre-commit hook passing them): warned about, not an error.
  if (!result.checkedCount && !errorCount && !result.ignored.length) throw new UsageError(t(io.locale, "NO_FILES", { skipped: result.skippedCount }));
  return errorCount ? EXIT.FINDINGS : EXIT.OK;
}
