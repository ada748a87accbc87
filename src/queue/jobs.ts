// A render job as data. It carries its document BY VALUE: the document and every file it relies on
// (terms, seller, related terms, the invoice a credit note corrects, the logo, the project's
// configuration), keyed by their path under the project root. A worker on any machine renders it
// from that alone, in a scratch folder: workers share nothing but Redis, not a disk nor a checkout
// that could be at another version. The lint gate ran at enqueue, on the whole project (rules across
// documents need the series around the document, which the job does not carry): the job says
// whether it is printed as a draft. The job id is the hash of that content, so enqueuing the same
// document twice is one job, and the output's name is made from it, so a retried or taken-over job
// writes the same file again.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { reliedOn } from "../documents/batch-plan.js";
import type { CiiProfile } from "../einvoice/index.js";
import { isInside, SUPPRESSIONS_FILE, type FilePolicy, type LoadedDocument, type Locale, type Workspace } from "../model/index.js";
import { logoPathOf } from "../render/branding.js";
import type { RenderableDocument } from "../render/render.js";
import { queueMessage } from "./messages.js";

export const JOB_NAME = "render";
/** Bumped when the job's shape changes: a worker refuses a job of another format (no retry). */
export const JOB_FORMAT = 1;
/** Files, encoded, in one job: Redis holds it whole, and every worker reads it. */
export const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
/** An output returned in the job's result (no --out) at most; base64 makes it a third larger in Redis. */
export const MAX_RETURNED_BYTES = 5 * 1024 * 1024;

export type Target = "pdf" | "html" | "facturx";
export const TARGETS: readonly Target[] = ["pdf", "html", "facturx"];

/** A file of the bundle: text as it is, anything else (a logo) in base64. */
export type BundledFile = { text: string } | { base64: string };

export interface RenderJobData {
  format: typeof JOB_FORMAT;
  /** The document to render, as a key of `files`. */
  entry: string;
  /** Path under the project root ("/" separated) → content. */
  files: Record<string, BundledFile>;
  to: Target;
  /** Enqueued with --force despite lint errors: printed marked as a draft. */
  draft: boolean;
  /** Factur-X profile (to: facturx); default en16931. */
  profile?: CiiProfile;
}

export interface RenderJobResult {
  /** The output's file name (the same on every attempt of the job). */
  name: string;
  /** Where it was written, when the worker has --out. */
  file?: string;
  /** Without --out: the output, base64. */
  content?: string;
  bytes: number;
  draft: boolean;
}

const CONFIG_FILES = ["clausier.config.yaml", "clausier.config.yml", "clausier.config.json", SUPPRESSIONS_FILE];

export type BundleOutcome = { ok: true; data: RenderJobData } | { ok: false; message: string };

/** The job of one loaded document (render's planner loaded and gated it): it and what it relies on, read from disk under the project root. */
export function bundleOf(doc: RenderableDocument, workspace: Workspace, options: { files: FilePolicy; locale: Locale; to: Target; draft: boolean; profile?: CiiProfile }): BundleOutcome {
  const { files, locale } = options;
  const paths = new Set<string>();
  const visit = (d: LoadedDocument) => {
    // Related terms shape the text of the terms printed with them: always carried.
    for (const p of reliedOn(d, true)) {
      if (paths.has(p)) continue;
      paths.add(p);
      const loaded = workspace.load(p);
      if (loaded) visit(loaded);
    }
    if (d.kind === "terms") {
      const logo = logoPathOf(d);
      if (logo && existsSync(logo) && isInside(files.root, logo)) paths.add(logo);
    }
  };
  visit(doc);
  for (const name of CONFIG_FILES) if (existsSync(join(files.root, name))) paths.add(join(files.root, name));
  const bundled: Record<string, BundledFile> = {};
  let bytes = 0;
  for (const abs of [...paths].sort()) {
    const content = readFileSync(abs);
    const text = content.toString("utf8");
    // Text that survives the round trip is kept readable; a logo goes as base64.
    const file: BundledFile = Buffer.from(text, "utf8").equals(content) ? { text } : { base64: content.toString("base64") };
    bytes += "text" in file ? file.text.length : file.base64.length;
    bundled[keyOf(files.root, abs)] = file;
  }
  if (bytes > MAX_BUNDLE_BYTES) return { ok: false, message: queueMessage(locale, "BUNDLE_TOO_LARGE", { file: doc.path, bytes, max: MAX_BUNDLE_BYTES }) };
  return { ok: true, data: { format: JOB_FORMAT, entry: keyOf(files.root, doc.absPath), files: bundled, to: options.to, draft: options.draft, ...(options.profile ? { profile: options.profile } : {}) } };
}

function keyOf(root: string, abs: string): string {
  return relative(root, abs).split(sep).join("/");
}

/** The hash of what the output is made from: the same document enqueued twice is one job. */
export function jobIdOf(data: RenderJobData): string {
  const files = Object.keys(data.files)
    .sort()
    .map((k) => [k, data.files[k]]);
  return createHash("sha256")
    .update(JSON.stringify([data.format, data.entry, data.to, data.draft, data.profile ?? null, files]))
    .digest("hex");
}

/** `FA-2026-0101.pdf` of job 3f9a… → `FA-2026-0101.3f9a2b1c4d5e.pdf`: one file per job, on every attempt. */
export function outputNameOf(jobId: string, rendered: string): string {
  const dot = rendered.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [rendered.slice(0, dot), rendered.slice(dot)] : [rendered, ""];
  return `${stem}.${jobId.slice(0, 12)}${ext}`;
}

/** The job's data checked, or why it cannot be read (a job of another version, or not ours). */
export function readJobData(data: unknown): RenderJobData | string {
  const d = data as Partial<RenderJobData> | null;
  if (!d || typeof d !== "object") return "not an object";
  if (d.format !== JOB_FORMAT) return `format ${String(d.format)}, expected ${JOB_FORMAT}`;
  if (!d.files || typeof d.files !== "object") return "no files";
  if (typeof d.entry !== "string" || !(d.entry in d.files)) return "entry not among the files";
  if (!TARGETS.includes(d.to as Target)) return `to: ${String(d.to)}`;
  if (typeof d.draft !== "boolean") return "draft not a boolean";
  for (const [key, file] of Object.entries(d.files)) {
    if (!safeKey(key)) return `file path ${key}`;
    if (!file || (typeof (file as { text?: unknown }).text !== "string" && typeof (file as { base64?: unknown }).base64 !== "string")) return `file ${key}`;
  }
  return d as RenderJobData;
}

/** A relative path that stays inside the scratch folder. */
function safeKey(key: string): boolean {
  return key.length > 0 && !isAbsolute(key) && !key.includes("\\") && !key.includes("\0") && key.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

/** Writes the bundle's files under `dir` (a scratch folder of the worker). */
export function materialize(data: RenderJobData, dir: string): void {
  for (const [key, file] of Object.entries(data.files)) {
    const abs = join(dir, ...key.split("/"));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, "text" in file ? file.text : Buffer.from(file.base64, "base64"));
  }
}
