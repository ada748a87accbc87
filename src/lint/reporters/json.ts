// Machine-readable output, the contract of schemas/lint-report.schema.json: every field is copied
// explicitly, so nothing internal (a fixed file's text, a seller-file hint) leaks into it.
import { legalBasis, type LegalBasisId } from "../../legal/bases.js";
import type { Finding, LegalBasisReference, LintReport, TextEdit } from "../../model/generated/lint-report.js";
import type { LintMessage } from "../types.js";
import type { Reporter } from "./index.js";
import { tally } from "./labels.js";

const edit = (e: TextEdit): TextEdit => ({ start: e.start, end: e.end, text: e.text });

function basisReference(id: LegalBasisId): LegalBasisReference {
  const b = legalBasis(id);
  return { id, cite: b.cite, ...(b.url ? { url: b.url } : {}) };
}

function finding(m: LintMessage): Finding {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: edit(m.fix) } : {}),
    ...(m.suggestions?.length ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: edit(s.fix) })) } : {}),
    ...(m.legalBasis?.length ? { legalBasis: m.legalBasis.map(basisReference) } : {}),
  };
}

export const json: Reporter = (results, context) => {
  // The report is an array (its contract): each file's entry carries the data version that judged it.
  const version = context?.dataVersion ? { dataVersion: context.dataVersion } : {};
  const report: LintReport = results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map(finding),
    ...tally(r.messages),
    ...version,
    ...(r.scope ? { scope: { law: r.scope.law, audience: r.scope.audience, lawSource: r.scope.lawSource, audienceSource: r.scope.audienceSource } } : {}),
  }));
  return { text: `${JSON.stringify(report)}\n` };
};
