// render(): documents to HTML and PDF files, refused when they carry lint errors (unless forced),
// each output written whole or not at all. `clausier render` prints what this returns.
import { join, resolve } from "node:path";
import type { CiiProfile } from "../einvoice/index.js";
import { Linter } from "../lint/linter.js";
import type { FilePolicyOptions, Locale } from "../model/index.js";
import { planBatch, renderBatch, type BatchFailure, type DocumentReport } from "../render/batch.js";
import { applyUserLegalData, currentDataVersion } from "./legal-data.js";
import { ensureDir, writeFileAtomicAsync } from "./write-file.js";
import { defaultModelPaths, projectFiles } from "./project.js";
import { VERSION } from "./version.js";

export interface RenderOptions {
  cwd?: string;
  /** The output folder (default "out", relative to cwd). */
  out?: string;
  to?: "html" | "pdf" | "both";
  /** Render documents despite lint errors, marked as drafts. */
  force?: boolean;
  /** Print quotes and invoices with the terms they rely on. */
  bind?: boolean;
  /** Attach the source YAML/JSON inside the PDF. */
  attachSource?: boolean;
  /** Invoices and credit notes as Factur-X PDFs at this profile. */
  facturx?: CiiProfile;
  /** The date whose law the documents are linted by (default today). */
  asOf?: string;
  locale?: Locale;
  files?: FilePolicyOptions;
  /** Where Chromium is looked for (CLAUSIER_CHROMIUM, PUPPETEER_EXECUTABLE_PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Skip documents whose outputs in `out` are up to date (default true; src/render/render-cache.ts). */
  cache?: boolean;
  /** Called as each document's outputs are written, or refused. */
  onDocument?: (report: DocumentReport) => void;
}

export interface RenderResult {
  /** The files written, as shown to users (relative to cwd). */
  written: string[];
  rendered: number;
  /** Documents not rendered again: their outputs were up to date. */
  upToDate: number;
  /** Documents refused (invalid, lint errors) or failed, each with a stable code and a message. */
  failures: BatchFailure[];
  /** Told, not refused: a path skipped, a document rendered despite lint errors. */
  warnings: string[];
  /** Why the run stopped early (no browser), if it did. */
  stopped?: string;
}

export async function render(paths: string[], options: RenderOptions = {}): Promise<RenderResult> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? "fr";
  const { paths: roots, exclude } = paths.length ? { paths, exclude: [join(cwd, "fixtures", "invalid")] } : defaultModelPaths(cwd, locale);
  const files = projectFiles(cwd, locale, options.files, roots);
  // The gate lints as `clausier lint` does: with the user's legal data (the 3 × legal rate floor).
  applyUserLegalData(cwd, locale, options.files);
  const plan = planBatch({
    cwd,
    roots,
    exclude,
    files,
    bind: options.bind ?? false,
    force: options.force ?? false,
    locale,
    lintErrors: (documents) => new Linter({ cwd, files, asOf: options.asOf, locale }).errorsFor(documents),
  });
  const result = await renderBatch(plan, {
    outDir: resolve(cwd, options.out ?? "out"),
    to: options.to ?? "pdf",
    bind: options.bind ?? false,
    attachSource: options.attachSource ?? false,
    facturx: options.facturx,
    version: VERSION,
    env: options.env ?? process.env,
    locale,
    writeFile: (path, content) => writeFileAtomicAsync(path, content, locale),
    ensureDir: (dir) => ensureDir(dir, locale),
    onWritten: options.onDocument,
    ...(options.cache === false ? {} : { cache: { dataVersion: currentDataVersion() } }),
  });
  return { written: result.written, rendered: result.rendered, upToDate: result.upToDate, failures: [...plan.failures, ...result.failures], warnings: plan.warnings, ...(result.stopped ? { stopped: result.stopped } : {}) };
}
