// clausier render: terms, quotes, invoices and refund statements to HTML and PDF. A document is
// rendered only when it loads (schema errors always refuse it) and when it and the files it relies
// on have no lint error (unless --force). Outputs are built in memory, then written atomically.
import { basename, join, resolve } from "node:path";
import { todayIso } from "../../legal/dates.js";
import { findConfig, severityResolver } from "../../lint/config.js";
import { allRules } from "../../lint/rules/index.js";
import { lintPaths } from "../../lint/run.js";
import { applySuppressions } from "../../lint/suppressions.js";
import type { LintMessage } from "../../lint/types.js";
import { discover, getLocale, isConfigFile, UsageError, Workspace, type Diagnostic, type FilePolicy, type FilePolicyOptions } from "../../model/index.js";
import { BrowserError, PdfPrinter } from "../../render/browser.js";
import { documentFailure } from "../../render/failures.js";
import { renderMessage } from "../../render/messages.js";
import { DocumentRenderer, type RenderableDocument } from "../../render/render.js";
import { checkDateOption } from "../date-option.js";
import { EXIT, type Io } from "../io.js";
import { formatDiagnosticsText } from "../text-output.js";
import { ensureDir, writeFileAtomic } from "../write-file.js";
import { readConfig, readSuppressions } from "./lint.js";
import { defaultModelPaths, MODEL_EXTENSIONS, projectFiles } from "./validate.js";

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
}

interface Candidate {
  abs: string;
  /** Named on the command line (a seller file named there is an error; one met in a folder is skipped). */
  explicit: boolean;
}

/** Files and folders → candidate files; folders skip fixtures/invalid (documents meant to be refused). */
function candidates(paths: string[], cwd: string, options: FilePolicyOptions = {}): { files: FilePolicy; candidates: Candidate[]; problems: Diagnostic[] } {
  const { paths: roots, exclude } = paths.length ? { paths, exclude: [join(cwd, "fixtures", "invalid")] } : defaultModelPaths(cwd);
  const files = projectFiles(cwd, options, roots);
  const out = new Map<string, Candidate>();
  const problems: Diagnostic[] = [];
  for (const p of roots) {
    const found = discover([p], cwd, { extensions: MODEL_EXTENSIONS, exclude, files });
    problems.push(...found.problems);
    for (const abs of found.files) {
      const explicit = resolve(cwd, p) === abs;
      out.set(abs, { abs, explicit: explicit || out.get(abs)?.explicit === true });
    }
  }
  return { files, candidates: [...out.values()], problems };
}

/** The files a document relies on: their lint errors refuse it too. */
function reliedOn(doc: RenderableDocument, bind: boolean): string[] {
  switch (doc.kind) {
    case "terms":
      return [doc.absPath, ...(bind ? doc.related.map((r) => r.absPath) : [])];
    case "invoice":
      return [doc.absPath, doc.terms.absPath];
    case "quote":
      return [doc.absPath, doc.terms.absPath, ...doc.terms.related.map((r) => r.absPath)];
    case "refund":
      return [doc.absPath, doc.terms.absPath, doc.invoice.absPath];
  }
}

function lintErrors(files: string[], cwd: string, asOf: string | undefined, policy: FilePolicy): Map<string, LintMessage[]> {
  const configPath = findConfig(cwd);
  const config = configPath ? readConfig(configPath, cwd) : undefined;
  const knownIds = allRules.map((r) => r.meta.id);
  const run = lintPaths(files, cwd, allRules, {
    asOf: asOf ?? config?.asOf ?? todayIso(),
    locale: getLocale(),
    severityFor: severityResolver(config, {}, knownIds),
    defaults: { law: config?.law, audience: config?.audience },
    files: policy,
  });
  const { results } = applySuppressions(run.results, readSuppressions(cwd));
  return new Map(results.map((r) => [r.filePath, r.messages.filter((m) => m.severity === "error")]));
}

export async function runRender(args: RenderArgs, io: Io): Promise<number> {
  if (args.asOf !== undefined) checkDateOption("--as-of", args.asOf);
  const cwd = io.cwd;
  const outDir = resolve(cwd, args.out);
  const found = candidates(args.paths, cwd, args.files);
  const workspace = new Workspace(cwd, undefined, found.files);
  // A folder or symlink not looked into: refused when an error, told when skipped by choice (--no-follow-symlinks).
  for (const d of found.problems) if (d.severity !== "error") io.stderr(`⚠ ${d.file} : ${d.message}\n`);
  const refusals: string[] = found.problems.filter((d) => d.severity === "error").map((d) => `✖ ${d.file} : ${d.message}\n`);
  const docs: RenderableDocument[] = [];

  for (const c of found.candidates) {
    const shown = workspace.display(c.abs);
    if (isConfigFile(c.abs) || /^seller\.(ya?ml|json)$/.test(basename(c.abs))) {
      if (c.explicit) refusals.push(`✖ ${shown} : un fichier vendeur ou de configuration ne se rend pas ; rendez les conditions ou les documents qui le citent\n`);
      continue;
    }
    let doc;
    try {
      doc = workspace.load(c.abs);
    } catch (error) {
      // The loader reports bad data as diagnostics: a throw is a bug, kept to this one file.
      refusals.push(failureText(shown, error, io));
      continue;
    }
    if (!doc) {
      const diagnostics = workspace.diagnostics.get(c.abs) ?? [];
      refusals.push(`✖ ${shown} : document invalide, refusé (même avec --force)\n${formatDiagnosticsText(diagnostics, false).replace(/^/gm, "  ")}`);
      continue;
    }
    if (doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") {
      if (c.explicit) refusals.push(`✖ ${shown} : un fichier vendeur ne se rend pas ; rendez les conditions ou les documents qui le citent\n`);
      continue;
    }
    docs.push(doc);
  }

  // Lint the documents and everything they rely on, in one run.
  const relied = new Map(docs.map((d) => [d, reliedOn(d, args.bind)]));
  const errors = docs.length ? lintErrors([...new Set([...relied.values()].flat())], cwd, args.asOf, found.files) : new Map<string, LintMessage[]>();
  const renderable: RenderableDocument[] = [];
  for (const doc of docs) {
    const found = (relied.get(doc) ?? []).flatMap((abs) => {
      const file = workspace.display(abs);
      return (errors.get(file) ?? []).map((m) => `  ${file}:${m.line}:${m.column}  ${m.message}  ${m.ruleId}\n`);
    });
    if (found.length && !args.force) {
      refusals.push(`✖ ${doc.path} : refusé, ${found.length} erreur(s) de lint dans le document ou les fichiers dont il dépend (--force pour le rendre quand même)\n${found.join("")}`);
    } else {
      if (found.length) io.stderr(`⚠ ${doc.path} : rendu malgré ${found.length} erreur(s) de lint (--force)\n`);
      renderable.push(doc);
    }
  }

  // The output folder first: an unwritable --out fails before the browser starts or anything is written.
  if (renderable.length) {
    ensureDir(outDir);
  }
  const wantPdf = args.to !== "html";
  const printer = wantPdf && renderable.length ? await startPrinter(io.env) : undefined;
  const written: string[] = [];
  const names = new Map<string, string>();
  // Set when the run cannot go on (no browser can be restarted, the disk is full): what was
  // written is still listed, then why the run stopped.
  let stopped: string | undefined;
  try {
    const renderer = new DocumentRenderer(printer, { html: args.to !== "pdf", pdf: wantPdf, bind: args.bind, attachSource: args.attachSource, version: args.version });
    for (const [i, doc] of renderable.entries()) {
      let outputs;
      try {
        outputs = (await renderer.render(doc)).outputs;
      } catch (error) {
        if (error instanceof BrowserError && error.isLaunchFailure) {
          stopped = runStopped(error.message, renderable.slice(i));
          break;
        }
        // One document that cannot be computed or printed never stops the others.
        refusals.push(failureText(doc.path, error, io));
        continue;
      }
      const clash = outputs.map((o) => names.get(o.name)).find(Boolean);
      if (clash) {
        refusals.push(`✖ ${doc.path} : refusé, ses fichiers auraient le même nom que ceux de ${clash} (même numéro ?)\n`);
        continue;
      }
      try {
        for (const o of outputs) {
          const target = join(outDir, o.name);
          writeFileAtomic(target, o.content);
          names.set(o.name, doc.path);
          written.push(workspace.display(target));
        }
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        stopped = runStopped(error.message, renderable.slice(i));
        break;
      }
    }
  } finally {
    await printer?.close();
  }

  for (const r of refusals) io.stderr(r);
  for (const w of written) io.stdout(`✔ ${w}\n`);
  const shownOut = workspace.display(outDir);
  const rendered = new Set(names.values()).size;
  io.stdout(
    `${rendered} document(s) rendu(s) dans ${shownOut}/ (${written.length} fichier(s))` + (refusals.length ? `, ${refusals.length} refusé(s)` : "") + "\n",
  );
  if (stopped) {
    io.stderr(`clausier: ${stopped}\n`);
    return EXIT.USAGE;
  }
  return refusals.length ? EXIT.FINDINGS : EXIT.OK;
}

/** A browser that does not start before anything is written is a usage/environment error (exit 2). */
async function startPrinter(env: NodeJS.ProcessEnv): Promise<PdfPrinter> {
  try {
    return await PdfPrinter.start(env);
  } catch (error) {
    if (error instanceof BrowserError) throw new UsageError(error.message);
    throw error;
  }
}

/** One document's failure for stderr; an internal error's stack with CLAUSIER_DEBUG=1. */
function failureText(file: string, error: unknown, io: Io): string {
  const failure = documentFailure(file, error);
  return `✖ ${failure.message}\n` + (failure.stack && io.env.CLAUSIER_DEBUG ? `${failure.stack}\n` : "");
}

function runStopped(reason: string, notRendered: RenderableDocument[]): string {
  return renderMessage("RUN_STOPPED", { reason, count: notRendered.length, files: notRendered.map((d) => d.path).join(", ") });
}
