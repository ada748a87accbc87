// Output formats of `clausier lint`. A reporter turns results into text (and files for the CLI to
// write): it never prints nor writes anything itself, so every format is tested in-process.
import type { LintResult, Rule } from "../types.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export interface ReporterContext {
  /** Every rule known to this run (for SARIF rule metadata and docs links). */
  rules: Rule[];
  /** File paths in results are relative to cwd (or absolute when outside). */
  cwd: string;
  locale: "fr" | "en";
  /** Stylish only. */
  color: boolean;
  /** github reads GITHUB_STEP_SUMMARY (and GITHUB_WORKSPACE, to give paths from the repository root); gitlab reads CI_PROJECT_DIR. */
  env: Record<string, string | undefined>;
  /** From package.json. */
  toolVersion: string;
  /** The legal data's version (src/legal/coverage.ts dataVersion): which rates and tables judged the files. */
  dataVersion?: string;
}

export interface ReporterOutput {
  text: string;
  /** Written by the CLI: the github reporter's Markdown summary goes to $GITHUB_STEP_SUMMARY (append). */
  files?: Array<{ path: string; content: string; append?: boolean }>;
}

export type Reporter = (results: LintResult[], context: ReporterContext) => ReporterOutput;

export type ReporterName = "stylish" | "json" | "sarif" | "github" | "gitlab" | "junit";

export const reporters: Record<ReporterName, Reporter> = { stylish, json, sarif, github, gitlab, junit };
