// Which documents a batch command (render, export) works on: discovery under the paths, loading, and
// the lint gate. A document is kept only when it loads (schema errors always refuse it) and when it
// and every file it relies on (its terms, their seller file, the invoice it credits…) have no lint
// error, unless forced. One document refused never stops the others. The plan is data: each command
// words the refusals in its own messages; the lint run is the caller's (documents never import lint).
import { readdirSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { discover, ignoredWarning, isConfigFile, MODEL_EXTENSIONS, Workspace, type Diagnostic, type FilePolicy, type LoadedDocument, type LoadedTerms, type Locale } from "../model/index.js";

/** A lint error as the gate lists it, in the file (shown path) where it is. */
export interface GateError {
  file: string;
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

/** Why a path or a document is left out, as data; `file` is the path as the user sees it. */
export type PlanRefusal =
  /** A folder or link that cannot be looked into; the message is discover's. */
  | { code: "UNREADABLE_PATH"; message: string }
  /** Named on the command line but not a document this command handles (in a folder it is skipped). */
  | { code: "NOT_HANDLED"; file: string; kind: LoadedDocument["kind"] }
  | { code: "INVALID_DOCUMENT"; file: string; diagnostics: Diagnostic[] }
  /** The loader threw: a bug, kept to this one file. */
  | { code: "LOAD_FAILED"; file: string; error: unknown }
  | { code: "LINT_ERRORS"; file: string; lintErrors: GateError[] };

export interface DocumentPlan<T extends LoadedDocument> {
  workspace: Workspace;
  /** The documents to work on, in discovery order. */
  documents: T[];
  /** In the order met: paths first, then loading, then the lint gate. */
  refusals: PlanRefusal[];
  /** Paths skipped by choice (--no-follow-symlinks), worded by discover. */
  skipped: string[];
  /** The documents kept despite lint errors (--force), with those errors. */
  forced: ReadonlyMap<T, GateError[]>;
}

export interface DocumentPlanOptions<T extends LoadedDocument> {
  cwd: string;
  /** Files and folders; folders skip `exclude`. */
  roots: string[];
  exclude: string[];
  files: FilePolicy;
  /** Terms: the related documents are bound into the output, so their errors count too. */
  bind: boolean;
  force: boolean;
  /** The language of discover's messages and the loader's diagnostics. */
  locale: Locale;
  /** The kinds the command works on. */
  handles: (doc: LoadedDocument) => doc is T;
  /** The lint errors of these files (shown path → errors), suppressions applied; called once, when there are documents. */
  lintErrors: (absPaths: string[]) => ReadonlyMap<string, ReadonlyArray<Omit<GateError, "file">>>;
}

/** A seller or configuration file, known by its name: never a document of its own, not even loaded. */
function kindByName(abs: string): "config" | "seller" | undefined {
  if (isConfigFile(abs)) return "config";
  if (/^seller\.(ya?ml|json)$/.test(basename(abs))) return "seller";
  return undefined;
}

/** Discovers the documents, refuses the invalid and those with lint errors, keeps the rest. */
export function planDocuments<T extends LoadedDocument>(options: DocumentPlanOptions<T>): DocumentPlan<T> {
  const workspace = new Workspace(options.cwd, undefined, options.files, options.locale);
  const refusals: PlanRefusal[] = [];
  const skipped: string[] = [];
  const candidates = new Map<string, boolean>(); // absolute path → named on the command line
  // One discovery for every root: a negation (`!terms/old/**`) applies to the globs beside it.
  const found = discover(options.roots, options.cwd, { extensions: MODEL_EXTENSIONS, exclude: options.exclude, files: options.files, locale: options.locale });
  // A folder or symlink not looked into: refused when an error, told when skipped by choice (--no-follow-symlinks, an ignore file).
  for (const d of found.problems) {
    if (d.severity === "error") refusals.push({ code: "UNREADABLE_PATH", message: `${d.file} : ${d.message}` });
    else skipped.push(`${d.file} : ${d.message}`);
  }
  for (const ignored of found.ignored) skipped.push(ignoredWarning(ignored, options.locale));
  const named = new Set(options.roots.map((root) => resolve(options.cwd, root)));
  for (const abs of found.files) candidates.set(abs, named.has(abs));

  const loaded: T[] = [];
  const threw = new Set<string>(); // a loader bug stays with its own file, out of the others' lint run
  for (const [abs, explicit] of candidates) {
    const file = workspace.display(abs);
    const byName = kindByName(abs);
    if (byName) {
      if (explicit) refusals.push({ code: "NOT_HANDLED", file, kind: byName });
      continue;
    }
    let doc;
    try {
      doc = workspace.load(abs);
    } catch (error) {
      // The loader reports bad data as diagnostics: a throw is a bug, kept to this one file.
      refusals.push({ code: "LOAD_FAILED", file, error });
      threw.add(abs);
      continue;
    }
    if (!doc) refusals.push({ code: "INVALID_DOCUMENT", file, diagnostics: workspace.diagnostics.get(abs) ?? [] });
    else if (options.handles(doc)) loaded.push(doc);
    else if (explicit) refusals.push({ code: "NOT_HANDLED", file, kind: doc.kind });
  }

  // Lint the documents and everything they rely on, in one run, with the documents beside them as
  // context: rules across documents (an invoice series) must not see a gap where they only see a part.
  const relied = new Map(loaded.map((d) => [d, reliedOn(d, options.bind)]));
  const context = [...new Set(loaded.map((d) => dirname(d.absPath)))].flatMap(documentsIn).filter((abs) => !threw.has(abs));
  const errors: ReturnType<DocumentPlanOptions<T>["lintErrors"]> = loaded.length ? options.lintErrors([...new Set([...[...relied.values()].flat(), ...context])]) : new Map();
  const documents: T[] = [];
  const forced = new Map<T, GateError[]>();
  for (const doc of loaded) {
    const found = (relied.get(doc) ?? []).flatMap((abs) => {
      const file = workspace.display(abs);
      return (errors.get(file) ?? []).map((m) => ({ file, line: m.line, column: m.column, message: m.message, ruleId: m.ruleId }));
    });
    if (found.length && !options.force) {
      refusals.push({ code: "LINT_ERRORS", file: doc.path, lintErrors: found });
      continue;
    }
    if (found.length) forced.set(doc, found);
    documents.push(doc);
  }
  return { workspace, documents, refusals, skipped, forced };
}

/** The regular model files directly in a folder (context only: links and sub-folders are not followed). */
function documentsIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && MODEL_EXTENSIONS.includes(extname(e.name).toLowerCase()) && !/^seller\./.test(e.name))
    .map((e) => join(dir, e.name))
    .filter((abs) => !isConfigFile(abs));
}

/** The seller file a terms file names; undefined when the seller is written inside the terms. */
function sellerFileOf(terms: LoadedTerms): string | undefined {
  return typeof terms.data.seller === "string" ? resolve(dirname(terms.absPath), terms.data.seller) : undefined;
}

/** The files a document relies on: their lint errors refuse it too. */
export function reliedOn(doc: LoadedDocument, bind: boolean): string[] {
  const withTerms = (own: string[], terms: LoadedTerms[]): string[] => [...new Set([...own, ...terms.flatMap((t) => [t.absPath, sellerFileOf(t) ?? []].flat())])];
  switch (doc.kind) {
    case "terms":
      return withTerms([doc.absPath], [doc, ...(bind ? doc.related : [])]);
    case "invoice":
      return withTerms([doc.absPath], [doc.terms]);
    case "quote":
      return withTerms([doc.absPath], [doc.terms, ...doc.terms.related]);
    case "credit-note":
      return withTerms([doc.absPath, doc.invoice.absPath], [doc.terms]);
    case "refund":
      // The statement's account adds up the credit notes and fee invoices it lists.
      return withTerms([doc.absPath, doc.invoice.absPath, ...doc.creditNotes.map((n) => n.absPath), ...doc.feeInvoices.map((i) => i.absPath)], [doc.terms]);
    case "seller":
    case "config":
    case "suppressions":
      return [doc.absPath];
  }
}
