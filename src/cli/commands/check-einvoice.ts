// clausier check-einvoice: checks received e-invoices (Factur-X PDF, CII or UBL XML) with the
// project's own rules (src/einvoice/check) and prints the findings through the lint reporters.
import { checkEInvoice, type CheckOutcome } from "../../einvoice/check/check.js";
import { describeFinding, describeInAttachment } from "../../einvoice/check/messages.js";
import { ruleInfo, type RuleFamily } from "../../einvoice/check/rule-list.js";
import type { Finding } from "../../einvoice/check/types.js";
import type { LintMessage, LintResult, Rule, RuleMeta } from "../../lint/types.js";
import { TOOL_URI } from "../../lint/reporters/locations.js";
import { discover, displayPath, ignoredWarning, FilePolicy, fileProblemDiagnostic, UsageError, type FilePolicyOptions, type Locale } from "../../model/index.js";
import { EXIT, type Io } from "../io.js";
import { writeReports, type LintReport } from "../lint-reports.js";
import { t } from "../messages.js";

// main.ts loads this module for `check-einvoice` only: the option pairing comes with it.
export { pairReports } from "../lint-reports.js";

/** Far above a real invoice (a Factur-X with its pages and fonts); a bigger file is refused unread. */
export const MAX_EINVOICE_BYTES = 50 * 1024 * 1024;

export interface CheckEInvoiceArgs {
  /** Files, or folders searched for .pdf and .xml files. */
  paths: string[];
  reports: LintReport[];
  toolVersion: string;
  policy?: FilePolicyOptions;
}

const CATEGORY: Record<RuleFamily, RuleMeta["category"]> = { structure: "documents", container: "documents", mandatory: "documents", totals: "consistency", vat: "vat", french: "identification" };

/** Every check of received e-invoices is listed in one page, not one page per rule id. */
const EINVOICE_CHECKS_DOCS = `${TOOL_URI}/blob/main/docs/einvoicing.md#what-is-checked`;

/** A rule as the reporters describe it (SARIF metadata): these rules run outside the Linter. */
function ruleOf(id: string, severity: Finding["severity"]): Rule {
  const { family, text } = ruleInfo(id);
  const meta: RuleMeta = {
    id,
    description: text,
    severity,
    category: CATEGORY[family],
    legalBasis: [],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["invoice"], modes: [], jurisdictions: [], audiences: [] },
    messages: {},
    docsUrl: EINVOICE_CHECKS_DOCS,
  };
  return { meta, check: () => undefined };
}

function messageOf(finding: Finding, outcome: CheckOutcome, locale: Locale): LintMessage {
  // In a PDF, an XML finding names the attachment and its place there: the PDF has no lines to point at.
  const inAttachment = outcome.kind === "pdf" && outcome.xml.includes(finding);
  const at = !inAttachment && finding.at ? finding.at : { line: 1, column: 1 };
  const message = inAttachment ? describeInAttachment(finding, outcome.attachment ?? "factur-x.xml", locale) : describeFinding(finding, locale);
  return { ruleId: finding.ruleId, severity: finding.severity, message, line: at.line, column: at.column, endLine: at.line, endColumn: at.column };
}

export async function runCheckEInvoice(args: CheckEInvoiceArgs, io: Io): Promise<number> {
  const policy = new FilePolicy(io.cwd, args.policy);
  const { files, problems, ignored } = discover(args.paths, io.cwd, { extensions: [".pdf", ".xml"], files: policy, locale: io.locale });
  for (const i of ignored) io.stderr(`⚠ ${ignoredWarning(i, io.locale)}\n`);
  for (const p of problems) {
    if (p.severity === "error") throw new UsageError(p.message);
    io.stderr(`clausier: ${p.message}\n`);
  }
  if (!files.length && !ignored.length) throw new UsageError(t(io.locale, "NO_EINVOICE_FILES", { paths: args.paths.join(" ") }));
  const results: LintResult[] = [];
  const unreadable: string[] = [];
  const rules = new Map<string, Rule>();
  // One file at a time (an inbox may hold thousands); one that cannot be read stops none of the others.
  for (const absPath of files) {
    const shown = displayPath(io.cwd, absPath);
    const read = policy.read(absPath, MAX_EINVOICE_BYTES);
    if (!read.ok) {
      unreadable.push(fileProblemDiagnostic(shown, read.problem, io.locale).message);
      continue;
    }
    const outcome = await checkEInvoice(read.bytes);
    const findings = [...outcome.container, ...outcome.xml];
    for (const f of findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, ruleOf(f.ruleId, f.severity));
    const messages = findings.map((f) => messageOf(f, outcome, io.locale));
    const count = (s: LintMessage["severity"]) => messages.filter((m) => m.severity === s).length;
    results.push({ filePath: shown, messages, errorCount: count("error"), warningCount: count("warning"), infoCount: 0 });
  }

  await writeReports(results, args.reports, { rules: [...rules.values()], cwd: io.cwd, locale: io.locale, color: io.color, env: io.env, toolVersion: args.toolVersion }, io);
  // A file that could not be read is an I/O error (exit 2), after the reports of the others.
  for (const message of unreadable) io.stderr(`clausier: ${message}\n`);
  if (unreadable.length) return EXIT.USAGE;
  return results.some((r) => r.errorCount > 0) ? EXIT.FINDINGS : EXIT.OK;
}
