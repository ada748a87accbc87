// The reports of `clausier lint`: each -f/--format with the -o/--output after it, written where asked.
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Reporter, ReporterContext, ReporterName } from "../lint/reporters/index.js";
import type { LintResult } from "../lint/types.js";
import { UsageError, type Locale } from "../model/index.js";
import type { Io } from "./io.js";
import { t } from "./messages.js";
import { writeFileAtomic } from "../api/write-file.js";

// The built-in formats, each imported when asked for: a lint prints one or two of six (issue #14).
const reporters: Record<ReporterName, () => Promise<Reporter>> = {
  stylish: async () => (await import("../lint/reporters/stylish.js")).stylish,
  json: async () => (await import("../lint/reporters/json.js")).json,
  sarif: async () => (await import("../lint/reporters/sarif.js")).sarif,
  github: async () => (await import("../lint/reporters/github.js")).github,
  gitlab: async () => (await import("../lint/reporters/gitlab.js")).gitlab,
  junit: async () => (await import("../lint/reporters/junit.js")).junit,
};

/** A built-in format, or a custom formatter: a module path (./my-formatter.js) or an npm package name. */
export type ReportFormat = string;
export interface LintReport {
  format: ReportFormat;
  /** stdout when none. */
  output?: string;
}

/**
 * Pairs `-f`/`--format` with the `-o`/`--output` that follows it, in command-line order:
 * `-f sarif -o lint.sarif -f stylish` writes SARIF to a file and stylish to the terminal.
 */
export function pairReports(argv: string[], locale: Locale): Array<{ format: string; output?: string }> {
  const out: Array<{ format: string; output?: string }> = [];
  let pendingOutput: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (flag: string[]) => {
      for (const f of flag) {
        if (a === f) return argv[++i];
        if (a.startsWith(f + "=")) return a.slice(f.length + 1);
      }
      return undefined;
    };
    const format = value(["-f", "--format"]);
    if (format !== undefined) {
      out.push({ format });
      continue;
    }
    const output = value(["-o", "--output"]);
    if (output !== undefined) {
      const last = out.at(-1);
      if (last && last.output === undefined) last.output = output;
      else if (!last) pendingOutput = output;
      else throw new UsageError(t(locale, "OUTPUT_WITHOUT_FORMAT", { output }));
    }
  }
  if (!out.length) out.push({ format: "stylish", output: pendingOutput });
  else if (pendingOutput) out[0]!.output ??= pendingOutput;
  for (const r of out) if (!(r.format in reporters) && !isModuleFormat(r.format)) throw new UsageError(t(locale, "UNKNOWN_FORMAT", { format: r.format, formats: Object.keys(reporters).join(", ") }));
  return out;
}

/** A custom formatter is named by a path (./f.js, /abs/f.mjs) or a package (clausier-formatter-x, @org/x). */
function isModuleFormat(format: string): boolean {
  return /^(\.{1,2}[\\/]|[\\/]|[a-zA-Z]:[\\/])/.test(format) || /\.(m|c)?js$/.test(format) || /^(@[\w.-]+\/)?[\w.-]+$/.test(format) && format.includes("formatter");
}

/**
 * A custom formatter's function, as ESLint's: its default export (or `format`) takes the results and
 * the context and returns the text (or { text }). Resolved from the working directory.
 */
async function loadFormatter(format: string, cwd: string, locale: Locale): Promise<Reporter> {
  let url: string;
  try {
    url = /^(\.{1,2}[\\/]|[\\/]|[a-zA-Z]:[\\/])/.test(format) || /\.(m|c)?js$/.test(format) ? pathToFileURL(resolve(cwd, format)).href : pathToFileURL(createRequire(join(cwd, "noop.js")).resolve(format)).href;
  } catch {
    throw new UsageError(t(locale, "FORMATTER_NOT_FOUND", { format }));
  }
  let module: { default?: unknown; format?: unknown };
  try {
    module = await import(url);
  } catch (error) {
    throw new UsageError(t(locale, (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" ? "FORMATTER_NOT_FOUND" : "FORMATTER_BROKEN", { format, detail: (error as Error).message }));
  }
  const fn = typeof module.default === "function" ? module.default : typeof module.format === "function" ? module.format : undefined;
  if (!fn) throw new UsageError(t(locale, "FORMATTER_NOT_A_FUNCTION", { format }));
  return (results, context) => {
    const out = (fn as (r: LintResult[], c: ReporterContext) => unknown)(results, context);
    if (typeof out === "string") return { text: out };
    if (out && typeof (out as { text?: unknown }).text === "string") return { text: (out as { text: string }).text };
    throw new UsageError(t(locale, "FORMATTER_BAD_OUTPUT", { format }));
  };
}

/** Each report to its file or to stdout, and the files a reporter adds (GitHub's step summary). */
export async function writeReports(results: LintResult[], reports: LintReport[], context: ReporterContext, io: Io): Promise<void> {
  // Custom formatters are loaded before anything is written: a missing one writes nothing.
  const chosen = await Promise.all(reports.map((r) => (r.format in reporters ? reporters[r.format as ReporterName]() : loadFormatter(r.format, io.cwd, context.locale))));
  for (const [i, report] of reports.entries()) {
    const out = chosen[i]!(results, { ...context, color: report.output ? false : io.color });
    if (report.output) writeFileAtomic(resolve(io.cwd, report.output), out.text, context.locale);
    else io.stdout(out.text);
    for (const f of out.files ?? []) {
      if (f.append) appendFileSync(f.path, f.content);
      else writeFileAtomic(f.path, f.content, context.locale);
    }
  }
}
