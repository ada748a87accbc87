// `clausier data`: what the legal data covers, and `--check` for a scheduled CI job that fails
// before a dataset the rules need runs out. The facts are worked out in src/legal/coverage.ts.
import { dataVersion, datasetsEndingBefore, type DatasetCoverage } from "../../legal/coverage.js";
import { todayIso } from "../../legal/dates.js";
import { legalDataMessages } from "../../legal/messages.js";
import type { FilePolicyOptions } from "../../model/index.js";
import { checkDateOption } from "../../api/date-option.js";
import { EXIT, type Io } from "../io.js";
import { allDatasets, applyUserLegalData } from "../../api/legal-data.js";
import { t } from "../messages.js";

export interface DataArgs {
  format: "text" | "json";
  check: boolean;
  asOf?: string;
  files?: FilePolicyOptions;
}

export async function runData(args: DataArgs, io: Io): Promise<number> {
  if (args.asOf !== undefined) checkDateOption("--as-of", args.asOf, io.locale);
  const { files: userFiles } = applyUserLegalData(io.cwd, io.locale, args.files);
  const datasets = allDatasets();
  const version = dataVersion(datasets);
  const asOf = args.asOf ?? todayIso();
  const ending = args.check ? datasetsEndingBefore(asOf, datasets) : [];
  if (args.format === "json") {
    const out = {
      dataVersion: version,
      userData: userFiles,
      datasets: datasets.map((d) => ({ ...d, title: legalDataMessages[d.title][io.locale] })),
      ...(args.check ? { check: { asOf, ok: ending.length === 0, endingBefore: ending.map((d) => ({ id: d.id, to: d.to })) } } : {}),
    };
    io.stdout(JSON.stringify(out, null, 2) + "\n");
  } else {
    io.stdout(textReport(datasets, version, userFiles, io));
    if (args.check) {
      for (const d of ending) io.stderr(`clausier: ${t(io.locale, "DATA_ENDS_BEFORE", { id: d.id, title: legalDataMessages[d.title][io.locale], to: d.to, asOf, file: d.file })}\n`);
      if (!ending.length) io.stdout(`${t(io.locale, "DATA_CHECK_OK", { asOf })}\n`);
    }
  }
  return ending.length ? EXIT.FINDINGS : EXIT.OK;
}

function textReport(datasets: readonly DatasetCoverage[], version: string, userFiles: readonly string[], io: Io): string {
  const lines = [t(io.locale, "DATA_HEADER", { version }), ""];
  if (userFiles.length) lines.push(t(io.locale, "DATA_USER_FILES", { files: userFiles.join(", ") }), "");
  const open = t(io.locale, "DATA_OPEN_END");
  for (const d of datasets) {
    lines.push(`${d.id}  ${legalDataMessages[d.title][io.locale]}${d.needed ? "" : `  (${t(io.locale, "DATA_NOT_CHECKED")})`}`);
    lines.push(`  ${t(io.locale, "DATA_COVERAGE", { from: d.from ?? "—", to: d.to ?? open })}`);
    lines.push(`  ${t(io.locale, "DATA_LAST_ENTRY", { entry: Object.entries(d.lastEntry).map(([k, v]) => `${k}: ${v}`).join(" · ") })}`);
    lines.push(`  ${t(io.locale, "DATA_SOURCES", { count: d.sources.length, last: d.sources[d.sources.length - 1] ?? "—" })}`);
    lines.push(`  ${t(io.locale, "DATA_FILE_VERSION", { file: d.file, version: d.version })}`);
    if (d.userData) lines.push(`  ${t(io.locale, "DATA_USER_ENTRIES", { entries: d.userData.join(", ") })}`);
    lines.push("");
  }
  return lines.join("\n");
}
