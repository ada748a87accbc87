// clausier render: terms, quotes, invoices, credit notes and refund statements to HTML and PDF
// (invoices and credit notes as Factur-X with --facturx or the configuration's render.facturx). The batch
// (src/render/batch.ts) decides and renders; the lint gate is the Linter API's; this command
// parses the options, writes the outputs atomically and prints what happened, document by document
// as they are written: a progress bar on a terminal, one line per document otherwise.
import { join, resolve } from "node:path";
import type { CiiProfile } from "../../einvoice/index.js";
import { findConfig } from "../../lint/config.js";
import { Linter, readConfig } from "../../lint/linter.js";
import { UsageError, type FilePolicyOptions } from "../../model/index.js";
import { planBatch, renderBatch } from "../../render/batch.js";
import { renderMessage } from "../../render/messages.js";
import { checkDateOption } from "../../api/date-option.js";
import { currentDataVersion } from "../../api/legal-data.js";
import { EXIT, type Io } from "../io.js";
import { t } from "../messages.js";
import { progressReporter } from "../render-progress.js";
import { refusalText } from "../text-output.js";
import { ensureDir, writeFileAtomicAsync } from "../../api/write-file.js";
import { defaultModelPaths, projectFiles } from "../../api/project.js";

export interface RenderArgs {
  paths: string[];
  /** The date whose law the documents are linted by before rendering (default: configuration, then today). */
  asOf?: string;
  to: "html" | "pdf" | "both";
  out: string;
  force: boolean;
  bind: boolean;
  attachSource: boolean;
  /** --facturx / --no-facturx; undefined: the configuration's render.facturx decides. */
  facturx?: boolean;
  /** --facturx-profile (implies --facturx); default: the configuration's, else en16931. */
  facturxProfile?: CiiProfile;
  version: string;
  /** --root and --no-follow-symlinks. */
  files?: FilePolicyOptions;
  /** Print only the failures: no progress, no written files, no warnings, no summary (the exit code says the rest). */
  quiet?: boolean;
  /** Skip documents whose outputs are up to date (default); false: --no-cache / --rerender. */
  cache?: boolean;
}

export async function runRender(args: RenderArgs, io: Io): Promise<number> {
  if (args.asOf !== undefined) checkDateOption("--as-of", args.asOf, io.locale);
  const cwd = io.cwd;
  // Folders skip fixtures/invalid: documents meant to be refused.
  const { paths: roots, exclude } = args.paths.length ? { paths: args.paths, exclude: [join(cwd, "fixtures", "invalid")] } : defaultModelPaths(cwd, io.locale);
  const files = projectFiles(cwd, io.locale, args.files, roots);
  // Before any work: a configuration that does not load is a usage error (exit 2).
  const facturx = facturxProfile(args, cwd, io);
  const plan = planBatch({
    cwd,
    roots,
    exclude,
    files,
    bind: args.bind,
    force: args.force,
    locale: io.locale,
    // Messages in the language of the command line: the configuration's locale is lint's only.
    lintErrors: (documents) => new Linter({ cwd, files, asOf: args.asOf, locale: io.locale }).errorsFor(documents),
  });
  // Files found but none of them a document (sellers, configuration): nothing to do is not a success.
  if (!plan.documents.length && !plan.failures.length && !plan.warnings.length) throw new UsageError(t(io.locale, "NOTHING_TO_RENDER", { paths: roots.join(", ") }));
  const quiet = args.quiet === true;
  if (!quiet) for (const w of plan.warnings) io.stderr(`⚠ ${w}\n`);
  // Refused before rendering: told at once, before the (possibly long) rendering starts.
  for (const f of plan.failures) io.stderr(refusalText(f, Boolean(io.env.CLAUSIER_DEBUG)));

  const outDir = resolve(cwd, args.out);
  const { to, bind, attachSource, version } = args;
  const progress = progressReporter(io, quiet, plan.documents.length);
  let result;
  try {
    result = await renderBatch(plan, {
      outDir,
      to,
      bind,
      attachSource,
      facturx,
      version,
      env: io.env,
      locale: io.locale,
      writeFile: (path, content) => writeFileAtomicAsync(path, content, io.locale),
      ensureDir: (dir) => ensureDir(dir, io.locale),
      onWritten: progress.report,
      ...(args.cache === false ? {} : { cache: { dataVersion: currentDataVersion() } }),
    });
  } finally {
    progress.stop();
  }
  const failures = [...plan.failures, ...result.failures];
  if (!quiet) {
    const summary = renderMessage(io.locale, "SUMMARY", { rendered: result.rendered, out: plan.workspace.display(outDir), files: result.written.length });
    const upToDate = result.upToDate ? renderMessage(io.locale, "SUMMARY_UP_TO_DATE", { count: result.upToDate }) : "";
    io.stdout(summary + upToDate + (failures.length ? renderMessage(io.locale, "SUMMARY_REFUSED", { count: failures.length }) : "") + "\n");
  }
  if (result.stopped) {
    io.stderr(`clausier: ${result.stopped}\n`);
    return EXIT.USAGE;
  }
  return failures.length ? EXIT.FINDINGS : EXIT.OK;
}


/** The Factur-X profile of the run, or undefined for ordinary PDFs: the command line, else clausier.config's render.facturx. */
export function facturxProfile(args: Pick<RenderArgs, "facturx" | "facturxProfile">, cwd: string, io: Pick<Io, "locale">): CiiProfile | undefined {
  const configPath = findConfig(cwd);
  const configured = configPath ? readConfig(configPath, cwd, io.locale).render?.facturx : undefined;
  const enabled = args.facturx ?? (args.facturxProfile !== undefined || (configured !== undefined && configured !== false));
  if (!enabled) return undefined;
  return args.facturxProfile ?? (typeof configured === "string" ? configured : "en16931");
}
