// What the preview shows beside a document: why it does not load (the loader's diagnostics, each at
// file:line:column), or the findings of `clausier lint` on it and the files it relies on (terms,
// seller, the invoice a credit note corrects), through the library's lint(): the CLI's code path,
// configuration, legal data and suppressions included. Nothing is judged here.
import { lint } from "../../api/lint.js";
import { reliedOn } from "../../documents/batch-plan.js";
import { legalBasis } from "../../legal/bases.js";
import { allRules } from "../../lint/rules/index.js";
import type { Severity } from "../../lint/types.js";
import { displayPath, Workspace, type Locale } from "../../model/index.js";
import { diagnosticErrors, type ProblemError } from "../problems.js";
import { previewPolicy, type ListedKind } from "./files.js";

export interface PreviewFinding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
  /** What the rule checks, in the page's language (none for the engine's own findings). */
  rule?: string;
  /** The legal bases cited, with the official text's address when known. */
  bases: Array<{ cite: string; url?: string }>;
}

export interface PreviewDocument {
  path: string;
  kind: ListedKind;
  /** Printed by `clausier render` (terms, quotes, invoices, credit notes, refund statements). */
  renderable: boolean;
  /** The document and the files it relies on (relative to the root): a change to one refreshes it. */
  dependsOn: string[];
  /** Why it does not load; then there is no render and no finding. */
  loadErrors: ProblemError[];
  findings: PreviewFinding[];
}

const PROSE = /\.(md|markdown|txt)$/i;
const RENDERABLE = new Set(["terms", "invoice", "quote", "refund", "credit-note"]);
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function inspectDocument(root: string, abs: string, locale: Locale): PreviewDocument {
  const path = displayPath(root, abs);
  const prose = PROSE.test(abs);
  const workspace = new Workspace(root, undefined, previewPolicy(root), locale);
  const doc = prose ? undefined : workspace.load(abs);
  if (!prose && !doc) {
    const loadErrors = diagnosticErrors(workspace.allDiagnostics());
    // A broken reference (its terms, its seller) is fixed in that file: a change there refreshes this one.
    return { path, kind: "invalid", renderable: false, dependsOn: [...new Set([path, ...loadErrors.map((e) => e.file)])], loadErrors, findings: [] };
  }
  const files = doc ? reliedOn(doc, false).map((a) => displayPath(root, a)) : [path];
  const results = lint(files, { cwd: root, locale, files: { root } });
  const seen = new Set<string>();
  const findings: PreviewFinding[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const finding: PreviewFinding = {
        file: m.file ?? result.filePath,
        line: m.line,
        column: m.column,
        severity: m.severity,
        ruleId: m.ruleId,
        message: m.message,
        ...ruleDescription(m.ruleId, locale),
        bases: (m.legalBasis ?? []).map(legalBasis).map((b) => ({ cite: b.cite, ...(b.url ? { url: b.url } : {}) })),
      };
      // A finding in a seller file is reported by the document and by the seller file's own lint: shown once.
      const key = JSON.stringify([finding.file, finding.line, finding.column, finding.ruleId, finding.message]);
      if (!seen.has(key)) findings.push(finding);
      seen.add(key);
    }
  }
  // The document's own findings first, then those of the files it relies on; errors first in each.
  findings.sort((a, b) => Number(a.file !== path) - Number(b.file !== path) || a.file.localeCompare(b.file) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line || a.column - b.column);
  const kind: ListedKind = prose ? "prose" : (doc!.kind as ListedKind);
  return { path, kind, renderable: RENDERABLE.has(kind), dependsOn: files, loadErrors: [], findings };
}

function ruleDescription(ruleId: string, locale: Locale): { rule?: string } {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  return rule ? { rule: rule.meta.description[locale] } : {};
}
