// clausier export: invoices and credit notes as EN 16931 XML alone (CII, Factur-X profiles, or UBL
// 2.1). The batch (src/einvoice/batch.ts) finds the documents and applies the lint gate as render
// does, then derives and writes each document to XML; this command parses the options, writes the
// files atomically and prints what happened. One refused document never stops the others; exit 1
// when any was refused, 2 when the output cannot be written.
import { join, resolve } from "node:path";
import type { CiiProfile } from "../../einvoice/cii.js";
import { exportFailure, exportXml, planExport, type ExportFailure, type ExportFormat } from "../../einvoice/batch.js";
import { exportMessage } from "../../einvoice/messages.js";
import { Linter } from "../../lint/linter.js";
import { UsageError, type FilePolicyOptions } from "../../model/index.js";
import { safeName } from "../../render/names.js";
import { checkDateOption } from "../../api/date-option.js";
import { EXIT, type Io } from "../io.js";
import { applyUserLegalData } from "../../api/legal-data.js";
import { t } from "../messages.js";
import { refusalText } from "../text-output.js";
import { ensureDir, writeFileAtomic } from "../../api/write-file.js";
import { defaultModelPaths, projectFiles } from "../../api/project.js";

export interface ExportArgs {
  paths: string[];
  format: ExportFormat;
  /** CII only; default EN 16931. */
  profile?: CiiProfile;
  out: string;
  /** Export documents with lint errors too (never invalid ones). */
  force: boolean;
  /** The date whose law the documents are linted by before export (default: configuration, then today). */
  asOf?: string;
  files?: FilePolicyOptions;
}

export async function runExport(args: ExportArgs, io: Io): Promise<number> {
  if (args.format === "ubl" && args.profile && args.profile !== "en16931") throw new UsageError(t(io.locale, "EXPORT_PROFILE_NOT_UBL", { profile: args.profile }));
  if (args.asOf !== undefined) checkDateOption("--as-of", args.asOf, io.locale);
  const cwd = io.cwd;
  const { paths: roots, exclude } = args.paths.length ? { paths: args.paths, exclude: [join(cwd, "fixtures", "invalid")] } : defaultModelPaths(cwd, io.locale);
  const files = projectFiles(cwd, io.locale, args.files, roots);
  // The gate lints as `clausier lint` does: with the user's legal data (the 3 × legal rate floor).
  applyUserLegalData(cwd, io.locale, args.files);
  const plan = planExport({
    cwd,
    roots,
    exclude,
    files,
    force: args.force,
    locale: io.locale,
    // The gate of render: messages in the language of the command line.
    lintErrors: (documents) => new Linter({ cwd, files, asOf: args.asOf, locale: io.locale }).errorsFor(documents),
  });
  for (const w of plan.warnings) io.stderr(`⚠ ${w}\n`);
  const failures: ExportFailure[] = [...plan.failures];
  const outDir = resolve(cwd, args.out);
  if (plan.invoices.length) ensureDir(outDir, io.locale);
  const names = new Map<string, string>();
  const written: string[] = [];
  for (const invoice of plan.invoices) {
    let xml: string;
    try {
      xml = exportXml(invoice, args.format, args.profile);
    } catch (error) {
      failures.push(exportFailure(invoice.path, error, io.locale));
      continue;
    }
    const name = `${safeName(invoice.data.number)}.${args.format}.xml`;
    const other = names.get(name);
    if (other) {
      failures.push({ code: "REFUSED", message: exportMessage(io.locale, "NAME_CLASH", { file: invoice.path, other }) });
      continue;
    }
    // A write that fails (disk, folder) is a UsageError: the run stops with exit 2, what was written is listed.
    const target = join(outDir, name);
    try {
      writeFileAtomic(target, xml, io.locale);
    } catch (error) {
      for (const w of written) io.stdout(`✔ ${w}\n`);
      throw error;
    }
    names.set(name, invoice.path);
    written.push(plan.workspace.display(target));
  }
  for (const f of failures) io.stderr(refusalText(f, Boolean(io.env.CLAUSIER_DEBUG)));
  for (const w of written) io.stdout(`✔ ${w}\n`);
  if (!plan.invoices.length && !failures.length) throw new UsageError(exportMessage(io.locale, "NOTHING_TO_EXPORT", { paths: roots.join(", ") }));
  const format = args.format === "ubl" ? "UBL 2.1" : `CII (${args.profile ?? "en16931"})`;
  const summary = exportMessage(io.locale, "SUMMARY", { count: written.length, format, out: plan.workspace.display(outDir) });
  io.stdout(summary + (failures.length ? exportMessage(io.locale, "SUMMARY_REFUSED", { count: failures.length }) : "") + "\n");
  return failures.length ? EXIT.FINDINGS : EXIT.OK;
}
