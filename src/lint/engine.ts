import { format, type Locale } from "../model/locale.js";
import type { SourceRange } from "../model/diagnostics.js";
import { basesForLaw, type LegalBasisId } from "../legal/bases.js";
import { hasProfile } from "../legal/law.js";
import type { IsoDate } from "../legal/dates.js";
import { findDisables, type Disable } from "./disable-comments.js";
import { TITLE_FOR_ABSENCE } from "./documents/prose-locate.js";
import { engineMessages } from "./messages.js";
import { lawWithoutProfile, scopeInferred } from "./scope/notes.js";
import type { LintDocument, LintMessage, LintResult, Rule, Severity, SeveritySetting } from "./types.js";

export interface LintOptions {
  asOf: IsoDate;
  locale: Locale;
  /** The severity of a rule for a file: from the configuration, --rule, overrides; undefined = the rule's default. */
  severityFor?: (ruleId: string, path: string) => SeveritySetting | undefined;
  /** Tell, as an info (scope-inferred), how each prose document's law and audience were decided (the Linter's choice). */
  reportScope?: boolean;
  /** Findings kept between runs by content (a long-running service's gate, src/lint/gate-cache.ts). */
  findings?: FindingsMemo;
}

/**
 * The findings of the rules that read only their document (neither `related` nor `group`): they
 * depend on its content and the run's settings alone, so a service may replay them for a file that
 * did not change. Cross-document rules always run, with the documents of this run.
 */
export interface FindingsMemo {
  /** What the document was built from (every file it read, by content), or undefined: never kept. */
  contentKey(doc: LintDocument): string | undefined;
  get(key: string): DocumentFindings | undefined;
  set(key: string, findings: DocumentFindings): void;
}

export interface DocumentFindings {
  /** The rules whose findings these are: they read only the document. */
  rules: string[];
  /** Each finding and the file it is on (the document or a file it read: its seller file). */
  reports: Array<{ file: string; message: LintMessage }>;
  /** The inline disables these rules' findings used: index among the document's disables, rule id. */
  used: Array<[number, string]>;
}

/**
 * Rules apply only to the kinds, modes, jurisdictions and audiences they declare; under a law
 * Clausier has no profile for, only the rules that do not depend on national law ("any").
 */
export function applies(rule: Rule, doc: LintDocument): boolean {
  const a = rule.meta.appliesTo;
  const law = a.jurisdictions.includes("any") || (hasProfile(doc.law) && a.jurisdictions.includes(doc.law));
  // Prose whose words say nothing of its audience: only the rules that hold for every audience run
  // (scope-inferred says so), rather than judging a consumer shop by the duties between professionals.
  const audience = doc.scope?.audienceSource === "default" ? a.audiences.includes("b2b") && a.audiences.includes("b2c") : a.audiences.includes(doc.audience);
  return a.documents.includes(doc.kind) && a.modes.includes(doc.mode) && law && audience;
}

function sellerKey(doc: LintDocument): string | undefined {
  return doc.seller ? doc.seller.id : undefined;
}

/** Lints documents together (rules see the other documents of the same seller) and returns one result per file. */
export function lintDocuments(docs: LintDocument[], rules: Rule[], options: LintOptions): LintResult[] {
  const byFile = new Map<string, LintMessage[]>();
  const add = (file: string, m: LintMessage) => {
    const list = byFile.get(file);
    if (list) list.push(m);
    else byFile.set(file, [m]);
  };
  for (const doc of docs) byFile.set(doc.path, byFile.get(doc.path) ?? []);
  // Grouped once by seller (in the documents' order), rather than searched for every document.
  const bySeller = new Map<string, LintDocument[]>();
  for (const doc of docs) {
    const key = sellerKey(doc);
    if (!key) continue;
    const group = bySeller.get(key);
    if (group) group.push(doc);
    else bySeller.set(key, [doc]);
  }

  for (const doc of docs) {
    const key = sellerKey(doc);
    const group = key ? bySeller.get(key)! : [doc];
    // Made only if a rule reads it: copying the group for each of its documents is quadratic.
    let related: LintDocument[] | undefined;
    const relatedOf = () => (related ??= group.filter((d) => d !== doc));
    const disables = findDisables(doc.text);
    const memo = options.findings && memoFor(options.findings, doc, rules, options);
    const replayed = memo?.cached;
    if (replayed) {
      for (const r of replayed.reports) add(r.file, r.message);
      for (const [i, id] of replayed.used) disables[i]?.used.add(id);
    }
    const skip = new Set(replayed?.rules);
    const kept: DocumentFindings | undefined = memo && !replayed ? { rules: [], reports: [], used: [] } : undefined;
    for (const rule of rules) {
      if (skip.has(rule.meta.id)) continue;
      const setting = options.severityFor?.(rule.meta.id, doc.path) ?? rule.meta.severity;
      if (setting === "off" || !applies(rule, doc)) continue;
      if (rule.meta.appliesFrom && options.asOf < rule.meta.appliesFrom) continue;
      const severity: Severity = setting;
      // Whether this rule read the other documents, and what it found: kept only if it did not.
      let crossDocument = false;
      const found: DocumentFindings["reports"] = [];
      const used: DocumentFindings["used"] = [];
      const record = (file: string, m: LintMessage) => {
        add(file, m);
        if (kept) found.push({ file, message: m });
      };
      const messages = rule.meta.messages;
      const text = (id: string, data: Record<string, unknown> = {}) => {
        if (!messages[id]) throw new Error(`rule ${rule.meta.id}: unknown messageId ${id}`);
        return format(messages, id, data, options.locale);
      };
      try {
        rule.check({
          doc,
          get related() {
            crossDocument = true;
            return relatedOf();
          },
          get group() {
            crossDocument = true;
            return group;
          },
          asOf: options.asOf,
          locale: options.locale,
          report(r) {
            const file = r.file ?? doc.path;
            const disable = file === doc.path ? disableOf(disables, rule.meta.id, r.range) : -1;
            if (disable >= 0) {
              used.push([disable, rule.meta.id]);
              if (disables[disable]!.reason) return;
            }
            record(file, {
              ruleId: rule.meta.id,
              severity: r.severity ? milder(r.severity, severity) : severity,
              message: TITLE_FOR_ABSENCE.has(r.range) ? format(engineMessages, "AT_TITLE", { message: text(r.messageId, r.data) }, options.locale) : text(r.messageId, r.data),
              ...position(r.range),
              ...(file !== doc.path ? { file } : {}),
              ...(r.fix && file === doc.path ? { fix: r.fix } : {}),
              ...(r.suggestions?.length ? { suggestions: r.suggestions.map((s) => ({ desc: text(s.messageId, s.data), fix: s.fix })) } : {}),
              ...citing(r.legalBasis ?? messages[r.messageId]?.basis ?? basesForLaw(rule.meta.legalBasis, doc.law)),
            });
          },
        });
      } catch (error) {
        // A broken rule must not hide the others' findings: report it where it stopped.
        record(doc.path, {
          ruleId: rule.meta.id,
          severity: "error",
          message: format(engineMessages, "RULE_CRASHED", { rule: rule.meta.id, detail: (error as Error).message }, options.locale),
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        });
      }
      if (kept && !crossDocument) {
        kept.rules.push(rule.meta.id);
        kept.reports.push(...found);
        kept.used.push(...used);
      }
    }
    if (kept) memo!.keep(kept);
    const notes = [lawWithoutProfile(doc, options.locale), options.reportScope ? scopeInferred(doc, options.locale) : undefined];
    for (const note of notes) if (note) add(doc.path, note);
    for (const d of disables) {
      const r = position(d.range);
      if (!d.reason) add(doc.path, { ruleId: "disable-without-reason", severity: "error", message: format(engineMessages, "DISABLE_NO_REASON", { rules: d.ruleIds.join(", ") }, options.locale), ...r });
      const unused = d.ruleIds.filter((id) => !d.used.has(id));
      if (unused.length) add(doc.path, { ruleId: "unused-disable", severity: "warning", message: format(engineMessages, "DISABLE_UNUSED", { rules: unused.join(", ") }, options.locale), ...r });
    }
  }
  const scopes = new Map(docs.flatMap((d) => (d.scope ? [[d.path, { law: d.law, audience: d.audience, lawSource: d.scope.lawSource, audienceSource: d.scope.audienceSource }] as const] : [])));
  return [...byFile].map(([filePath, messages]) => {
    const scope = scopes.get(filePath);
    return { ...toResult(filePath, dedupe(messages)), ...(scope ? { scope } : {}) };
  });
}

/** The inline disable naming this rule on the finding's line (marked used), or -1. */
function disableOf(disables: Disable[], ruleId: string, range: SourceRange): number {
  const i = disables.findIndex((x) => x.line === range.line && x.ruleIds.includes(ruleId));
  if (i >= 0) disables[i]!.used.add(ruleId);
  return i;
}

/**
 * A document's entry in the findings memo: its content, and all that decides which rules run on it
 * and how their findings read (date, language, the document's kind, mode, law, audience, path, each
 * rule's severity for it). Rules that do not apply are skipped again at no cost.
 */
function memoFor(memo: FindingsMemo, doc: LintDocument, rules: Rule[], options: LintOptions): { cached?: DocumentFindings; keep(f: DocumentFindings): void } | undefined {
  const content = memo.contentKey(doc);
  if (content === undefined) return undefined;
  const severities = rules.map((r) => [r.meta.id, options.severityFor?.(r.meta.id, doc.path) ?? r.meta.severity]);
  const key = JSON.stringify([content, options.asOf, options.locale, doc.path, doc.kind, doc.mode, doc.law, doc.audience, severities]);
  return { cached: memo.get(key), keep: (f) => memo.set(key, f) };
}

function citing(ids: LegalBasisId[]) {
  return ids.length ? { legalBasis: ids } : {};
}

function position(r: SourceRange) {
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/** The CGT and the CGU share a seller file: its findings are reported once. */
function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages
    .filter((m) => {
      const key = `${m.ruleId}|${m.line}|${m.column}|${m.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(byPosition);
}

const byPosition = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

export function toResult(filePath: string, messages: LintMessage[]): LintResult {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return { filePath, messages: [...messages].sort(byPosition).map(({ file: _file, ...m }) => m), errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A finding's own level never exceeds the level its rule is set to. */
function milder(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b;
}
