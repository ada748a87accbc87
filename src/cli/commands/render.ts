// clausier render: terms, quotes, invoices and refund statements to HTML and PDF. The batch
// (src/render/batch.ts) decides and renders; the lint gate is the Linter API's; this command
// parses the options, writes the outputs atomically and prints what happened, document by document
// as they are written: a progress bar on a terminal, one line per document otherwise.
import { constants as osConstants } from "node:os";
import { join, resolve } from "node:path";
import cliProgress from "cli-progress";
import { Linter } from "../../lint/linter.js";
import type { FilePolicyOptions } from "../../model/index.js";
import { planBatch, renderBatch, type BatchFailure, type DocumentReport } from "../../render/batch.js";
import { renderMessage } from "../../render/messages.js";
import { checkDateOption } from "../date-option.js";
import { EXIT, type Io } from "../io.js";
import { t } from "../messages.js";
import { formatDiagnosticsText } from "../text-output.js";
import { ensureDir, writeFileAtomic } from "../write-file.js";
import { defaultModelPaths, projectFiles } from "./validate.js";

export interface RenderArgs {
  paths: string[];
  /** The date whose law the documents are linted by before rendering (default: configuration, then today). */
  asOf?: string;
  to: "html" | "pdf" | "both";
  out: string;
  force: boolean;
  bind: boolean;
  attachSource: boolean;
  version: string;
  /** --root and --no-follow-symlinks. */
  files?: FilePolicyOptions;
  /** Print only the failures: no progress, no written files, no warnings, no summary (the exit code says the rest). */
  quiet?: boolean;
}

export async function runRender(args: RenderArgs, io: Io): Promise<number> {
  if (args.asOf !== undefined) checkDateOption("--as-of", args.asOf, io.locale);
  const cwd = io.cwd;
  // Folders skip fixtures/invalid: documents meant to be refused.
  const { paths: roots, exclude } = args.paths.length ? { paths: args.paths, exclude: [join(cwd, "fixtures", "invalid")] } : defaultModelPaths(cwd, io.locale);
  const files = projectFiles(cwd, io.locale, args.files, roots);
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
  const quiet = args.quiet === true;
  if (!quiet) for (const w of plan.warnings) io.stderr(`⚠ ${w}\n`);
  // Refused before rendering: told at once, before the (possibly long) rendering starts.
  for (const f of plan.failures) io.stderr(failureText(f, io));

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
      version,
      env: io.env,
      locale: io.locale,
      writeFile: (path, content) => writeFileAtomic(path, content, io.locale),
      ensureDir: (dir) => ensureDir(dir, io.locale),
      onWritten: progress.report,
    });
  } finally {
    progress.stop();
  }
  const failures = [...plan.failures, ...result.failures];
  if (!quiet) {
    const summary = renderMessage(io.locale, "SUMMARY", { rendered: result.rendered, out: plan.workspace.display(outDir), files: result.written.length });
    io.stdout(summary + (failures.length ? renderMessage(io.locale, "SUMMARY_REFUSED", { count: failures.length }) : "") + "\n");
  }
  if (result.stopped) {
    io.stderr(`clausier: ${result.stopped}\n`);
    return EXIT.USAGE;
  }
  return failures.length ? EXIT.FINDINGS : EXIT.OK;
}

/**
 * Reports each document as soon as it is written: on a terminal, a progress bar (count, rate,
 * remaining time) on stderr with the lines above it; elsewhere (pipes, CI) one plain line per file.
 * Quiet: failures only.
 */
function progressReporter(io: Io, quiet: boolean, total: number): { report: (r: DocumentReport) => void; stop: () => void } {
  const plain = (r: DocumentReport) => {
    if (r.failure) io.stderr(failureText(r.failure, io));
    else if (!quiet) for (const w of r.written) io.stdout(`✔ ${w}\n`);
  };
  if (quiet || !io.terminal || total === 0) return { report: plain, stop: () => {} };
  const bars = new cliProgress.MultiBar(
    { stream: io.terminal, format: t(io.locale, "RENDER_PROGRESS"), hideCursor: true, clearOnComplete: true, etaBuffer: 5 },
    cliProgress.Presets.shades_classic,
  );
  // Ctrl-C gives the terminal back (cursor, line wrapping) and still ends the run, with the shell's
  // status; the library's own handler would stop the bar but keep the process running.
  const onSignal = (signal: NodeJS.Signals) => {
    bars.stop();
    process.exit(128 + (osConstants.signals[signal] ?? 0));
  };
  const SIGNALS = ["SIGINT", "SIGTERM"] as const;
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const bar = bars.create(total, 0, { rate: "…" });
  const started = Date.now();
  let done = 0;
  return {
    report: (r) => {
      bars.log(r.failure ? failureText(r.failure, io) : r.written.map((w) => `✔ ${w}\n`).join(""));
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1).replace(".", io.locale === "fr" ? "," : ".") : "…" });
      bars.update(); // the logged lines are flushed on a redraw only
    },
    stop: () => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      bars.stop();
    },
  };
}

/** One refused document for stderr, with why; an internal error's stack with CLAUSIER_DEBUG=1. */
function failureText(failure: BatchFailure, io: Io): string {
  const diagnostics = failure.diagnostics ? formatDiagnosticsText(failure.diagnostics, false).replace(/^(?=.)/gm, "  ") : "";
  const lintErrors = (failure.lintErrors ?? []).map((m) => `  ${m.file}:${m.line}:${m.column}  ${m.message}  ${m.ruleId}\n`).join("");
  return `✖ ${failure.message}\n${diagnostics}${lintErrors}` + (failure.stack && io.env.CLAUSIER_DEBUG ? `${failure.stack}\n` : "");
}
