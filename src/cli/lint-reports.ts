// The reports of `clausier lint`: each -f/--format with the -o/--output after it, written where asked.
import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
import { reporters, type ReporterContext } from "../lint/reporters/index.js";
import type { LintResult } from "../lint/types.js";
import { UsageError, type Locale } from "../model/index.js";
import type { Io } from "./io.js";
import { t } from "./messages.js";
import { writeFileAtomic } from "./write-file.js";

export type ReportFormat = keyof typeof reporters;
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
  for (const r of out) if (!(r.format in reporters)) throw new UsageError(t(locale, "UNKNOWN_FORMAT", { format: r.format, formats: Object.keys(reporters).join(", ") }));
  return out;
}

/** Each report to its file or to stdout, and the files a reporter adds (GitHub's step summary). */
export function writeReports(results: LintResult[], reports: LintReport[], context: ReporterContext, io: Io): void {
  for (const report of reports) {
    const out = reporters[report.format](results, { ...context, color: report.output ? false : io.color });
    if (report.output) writeFileAtomic(resolve(io.cwd, report.output), out.text, context.locale);
    else io.stdout(out.text);
    for (const f of out.files ?? []) {
      if (f.append) appendFileSync(f.path, f.content);
      else writeFileAtomic(f.path, f.content, context.locale);
    }
  }
}
