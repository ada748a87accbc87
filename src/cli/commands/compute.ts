import { resolve } from "node:path";
import { computeSections, type ComputeRequest, type Section } from "../../documents/computations.js";
import { ComputeUsageError } from "../../documents/messages.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { checkDateOption } from "../date-option.js";
import { UsageError, Workspace, type Diagnostic, type FilePolicyOptions, type Locale } from "../../model/index.js";
import { ComputationError } from "../../money/index.js";
import { jsonSection, textSection } from "../compute-output.js";
import { EXIT, type Io } from "../io.js";
import { applyUserLegalData, currentDataVersion } from "../legal-data.js";
import { t } from "../messages.js";
import { formatDiagnosticsText } from "../text-output.js";
import { projectFiles } from "./validate.js";

export type { ComputeWhat } from "../../documents/computations.js";

export interface ComputeArgs extends ComputeRequest {
  file: string;
  format: "text" | "json";
  files?: FilePolicyOptions;
}

/** A refusal as `--format json` prints it, on stdout: a machine reading the output never parses stderr. */
interface JsonError {
  code: string;
  message: string;
  dataset?: string;
  date?: string;
  period?: string;
}

/** The argument itself could not be read (absent, not a regular file, refused): an I/O error, exit 2. */
const UNREADABLE_ARGUMENT = new Set(["FILE_NOT_FOUND", "FILE_UNREADABLE", "FILE_READ_ERROR", "NOT_REGULAR_FILE", "FILE_TOO_LARGE", "OUTSIDE_ROOT", "SYMLINK_LOOP", "SYMLINK_NOT_FOLLOWED"]);

/** `clausier compute …`: each computation with a breakdown a client can check line by line. */
export async function runCompute(args: ComputeArgs, io: Io): Promise<number> {
  if (args.format !== "json") return compute(args, io);
  try {
    return await compute(args, io);
  } catch (error) {
    // With --format json every refusal is JSON on stdout, usage errors included (exit 2 all the same).
    if (!(error instanceof UsageError)) throw error;
    const { diagnostics } = error as { diagnostics?: Diagnostic[] };
    printJsonError(args, io, { code: error instanceof ComputeUsageError ? error.code : "USAGE", message: error instanceof ComputeUsageError ? error.describe(io.locale) : error.message }, diagnostics);
    return EXIT.USAGE;
  }
}

async function compute(args: ComputeArgs, io: Io): Promise<number> {
  for (const [flag, value] of [["--paid-on", args.paidOn], ["--on", args.on], ["--start", args.start]] as const) if (value !== undefined) checkDateOption(flag, value, io.locale);
  if (args.rate !== undefined) checkRateOption(args, io.locale);
  applyUserLegalData(io.cwd, io.locale, args.files);
  const workspace = new Workspace(io.cwd, undefined, projectFiles(io.cwd, io.locale, args.files, [args.file]), io.locale);
  const doc = workspace.load(resolve(io.cwd, args.file));
  if (!doc) {
    const problems = workspace.allDiagnostics();
    const unreadable = problems.find((d) => d.file === workspace.display(resolve(io.cwd, args.file)) && UNREADABLE_ARGUMENT.has(d.code));
    if (unreadable) throw new UsageError(unreadable.message);
    if (args.format === "json") printJsonError(args, io, { code: problems[0]?.code ?? "INVALID", message: problems[0]?.message ?? "" }, problems);
    else io.stderr(formatDiagnosticsText(problems, false));
    return EXIT.FINDINGS;
  }
  let sections: Section[];
  try {
    sections = computeSections(args, doc);
  } catch (error) {
    if (error instanceof ComputationError || error instanceof LegalDataGapError || error instanceof UsageError) {
      if (error instanceof ComputeUsageError) throw new UsageError(error.describe(io.locale));
      if (error instanceof UsageError) throw error;
      if (args.format === "json") {
        const gap = error instanceof LegalDataGapError ? { dataset: error.dataset, date: error.date, ...(error.period ? { period: error.period } : {}) } : {};
        printJsonError(args, io, { code: error.code, message: error.describe(io.locale), ...gap });
      } else io.stderr(`clausier: ${error.describe(io.locale)}\n`);
      return EXIT.FINDINGS;
    }
    throw error;
  }
  if (args.format === "json") {
    io.stdout(JSON.stringify({ file: workspace.display(doc.absPath), computation: args.what, dataVersion: currentDataVersion(), sections: sections.map((s) => jsonSection(s, io.locale)) }, null, 2) + "\n");
  } else {
    io.stdout(sections.map((s) => textSection(s, io.locale)).join("\n"));
  }
  return EXIT.OK;
}

function printJsonError(args: ComputeArgs, io: Io, error: JsonError, diagnostics?: Diagnostic[]): void {
  io.stdout(JSON.stringify({ file: args.file, computation: args.what, dataVersion: currentDataVersion(), error, ...(diagnostics?.length ? { diagnostics } : {}) }, null, 2) + "\n");
}

/** A one-off annual rate: decimal text in percent, as in the data ("12.4" is 12,40 %), for penalties only. */
function checkRateOption(args: ComputeArgs, locale: Locale): void {
  if (args.what !== "penalties") throw new UsageError(t(locale, "RATE_ONLY_PENALTIES"));
  if (!/^(0|[1-9][0-9]?)(\.[0-9]{1,4})?$/.test(args.rate!.trim())) throw new UsageError(t(locale, "RATE_OPTION_FORMAT", { value: args.rate }));
  args.rate = args.rate!.trim();
}
