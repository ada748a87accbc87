// compute(): a computation on one document (totals, due date, penalties, refund, cancellation,
// billing units), as the steps a client can check. `clausier compute` prints what this returns.
import { resolve } from "node:path";
import { computeSections, type ComputeRequest, type Section } from "../documents/computations.js";
import { UsageError, Workspace, type Diagnostic, type FilePolicyOptions, type Locale } from "../model/index.js";
import { jsonSection } from "./compute-output.js";
import { checkDateOption } from "./date-option.js";
import { applyUserLegalData, currentDataVersion } from "./legal-data.js";
import { t } from "./messages.js";
import { projectFiles } from "./project.js";

export type { ComputeRequest, ComputeWhat, Section } from "../documents/computations.js";

export interface ComputeOptions {
  cwd?: string;
  locale?: Locale;
  files?: FilePolicyOptions;
  /** Texts read instead of the disk (absolute path → text): a document sent to `clausier serve`. */
  overlay?: ReadonlyMap<string, string>;
}

/** The document does not load (schema, references): its problems, positioned. */
export class DocumentNotLoadedError extends Error {
  readonly code = "INVALID_DOCUMENT";
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics[0]?.message ?? "invalid document");
  }
}

/** The argument itself could not be read (absent, not a regular file, refused): a usage error. */
const UNREADABLE_ARGUMENT = new Set(["FILE_NOT_FOUND", "FILE_UNREADABLE", "FILE_READ_ERROR", "NOT_REGULAR_FILE", "FILE_TOO_LARGE", "OUTSIDE_ROOT", "SYMLINK_LOOP", "SYMLINK_NOT_FOLLOWED"]);

/**
 * The computation's sections, worded later. Throws UsageError (bad option, unreadable file),
 * DocumentNotLoadedError, and the computation's own refusals (ComputationError, LegalDataGapError).
 */
export function computeDocument(file: string, request: ComputeRequest, options: ComputeOptions = {}): { file: string; sections: Section[] } {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? "fr";
  for (const [flag, value] of [["--paid-on", request.paidOn], ["--on", request.on], ["--start", request.start]] as const) if (value !== undefined) checkDateOption(flag, value, locale);
  if (request.rate !== undefined) request = { ...request, rate: checkedRate(request, locale) };
  applyUserLegalData(cwd, locale, options.files);
  const workspace = new Workspace(cwd, options.overlay, projectFiles(cwd, locale, options.files, [file]), locale);
  const abs = resolve(cwd, file);
  const doc = workspace.load(abs);
  if (!doc) {
    const problems = workspace.allDiagnostics();
    const unreadable = problems.find((d) => d.file === workspace.display(abs) && UNREADABLE_ARGUMENT.has(d.code));
    if (unreadable) throw new UsageError(unreadable.message);
    throw new DocumentNotLoadedError(problems);
  }
  return { file: workspace.display(doc.absPath), sections: computeSections(request, doc) };
}

/** As `clausier compute --format json` prints it: amounts as exact decimal strings, steps worded in `locale`. */
export function compute(file: string, request: ComputeRequest, options: ComputeOptions = {}) {
  const locale = options.locale ?? "fr";
  const { file: shown, sections } = computeDocument(file, request, options);
  return { file: shown, computation: request.what, dataVersion: currentDataVersion(), sections: sections.map((s) => jsonSection(s, locale)) };
}

/** A one-off annual rate: decimal text in percent, as in the data ("12.4" is 12,40 %), for penalties only. */
function checkedRate(request: ComputeRequest, locale: Locale): string {
  if (request.what !== "penalties") throw new UsageError(t(locale, "RATE_ONLY_PENALTIES"));
  if (!/^(0|[1-9][0-9]?)(\.[0-9]{1,4})?$/.test(request.rate!.trim())) throw new UsageError(t(locale, "RATE_OPTION_FORMAT", { value: request.rate }));
  return request.rate!.trim();
}
