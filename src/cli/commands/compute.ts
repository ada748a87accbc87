import { computeDocument, DocumentNotLoadedError } from "../../api/compute.js";
import type { ComputeRequest, Section } from "../../documents/computations.js";
import { ComputeUsageError } from "../../documents/messages.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { UsageError, type Diagnostic, type FilePolicyOptions } from "../../model/index.js";
import { ComputationError } from "../../money/index.js";
import { jsonSection, textSection } from "../../api/compute-output.js";
import { EXIT, type Io } from "../io.js";
import { currentDataVersion } from "../../api/legal-data.js";
import { formatDiagnosticsText } from "../text-output.js";

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
  let result: { file: string; sections: Section[] };
  try {
    result = computeDocument(args.file, args, { cwd: io.cwd, locale: io.locale, files: args.files });
  } catch (error) {
    if (error instanceof DocumentNotLoadedError) {
      if (args.format === "json") printJsonError(args, io, { code: error.diagnostics[0]?.code ?? "INVALID", message: error.diagnostics[0]?.message ?? "" }, error.diagnostics);
      else io.stderr(formatDiagnosticsText(error.diagnostics, false));
      return EXIT.FINDINGS;
    }
    if (error instanceof ComputeUsageError) throw new UsageError(error.describe(io.locale));
    if (error instanceof ComputationError || error instanceof LegalDataGapError) {
      if (args.format === "json") {
        const gap = error instanceof LegalDataGapError ? { dataset: error.dataset, date: error.date, ...(error.period ? { period: error.period } : {}) } : {};
        printJsonError(args, io, { code: error.code, message: error.describe(io.locale), ...gap });
      } else io.stderr(`clausier: ${error.describe(io.locale)}\n`);
      return EXIT.FINDINGS;
    }
    throw error;
  }
  if (args.format === "json") {
    io.stdout(JSON.stringify({ file: result.file, computation: args.what, dataVersion: currentDataVersion(), sections: result.sections.map((s) => jsonSection(s, io.locale)) }, null, 2) + "\n");
  } else {
    io.stdout(result.sections.map((s) => textSection(s, io.locale)).join("\n"));
  }
  return EXIT.OK;
}

function printJsonError(args: ComputeArgs, io: Io, error: JsonError, diagnostics?: Diagnostic[]): void {
  io.stdout(JSON.stringify({ file: args.file, computation: args.what, dataVersion: currentDataVersion(), error, ...(diagnostics?.length ? { diagnostics } : {}) }, null, 2) + "\n");
}
