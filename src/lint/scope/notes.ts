// The engine's notes on a document's scope: how its law and audience were decided (scope-inferred,
// prose only) and, under a law Clausier has no profile for, that only law-independent rules ran.
import { hasProfile } from "../../legal/law.js";
import { format, type Locale } from "../../model/locale.js";
import { scopeMessages } from "../messages.js";
import type { Audience, LintDocument, LintMessage, ScopeEvidence, ScopeSource } from "../types.js";
import { lawName } from "./countries.js";
import { UNKNOWN_LAW } from "./resolve.js";

type ScopeMessageId = keyof typeof scopeMessages;

const AUDIENCE_WORDS: Record<Audience, ScopeMessageId> = { b2b: "AUDIENCE_B2B", b2c: "AUDIENCE_B2C", mixed: "AUDIENCE_MIXED" };
const MAX_QUOTE = 80;

function quote(e: ScopeEvidence): string {
  return e.text.length > MAX_QUOTE ? `${e.text.slice(0, MAX_QUOTE - 1)}…` : e.text;
}

/** Why the law or audience is what it is: the words it was inferred from, or who set it. */
function why(source: ScopeSource, evidence: ScopeEvidence[], option: ScopeMessageId, fallback: ScopeMessageId, locale: Locale): string {
  const say = (id: ScopeMessageId, data: Record<string, unknown> = {}) => format(scopeMessages, id, data, locale);
  switch (source) {
    case "front-matter":
      return say("FROM_FRONT_MATTER");
    case "option":
      return say(option);
    case "config":
      return say("FROM_CONFIG");
    case "default":
      return say(fallback);
    case "inferred": {
      const [a, b] = evidence;
      if (!a) return say(fallback);
      return b ? say("FROM_TWO_TEXTS", { text: quote(a), line: a.range.line, text2: quote(b), line2: b.range.line }) : say("FROM_TEXT", { text: quote(a), line: a.range.line });
    }
  }
}

function at(evidence: ScopeEvidence | undefined) {
  const r = evidence?.range ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function lawWhy(doc: LintDocument, locale: Locale): string {
  const scope = doc.scope;
  const [a, b] = scope?.lawConflict ?? [];
  // Clues that pointed elsewhere are said (docs/scope.md): the one set aside, or the two that tied.
  if (scope?.lawSource === "default" && a && b) return format(scopeMessages, "LAW_CONFLICT", { text: quote(a), line: a.range.line, text2: quote(b), line2: b.range.line }, locale);
  const base = why(scope?.lawSource ?? "option", scope?.lawEvidence ? [scope.lawEvidence] : [], "FROM_LAW_OPTION", doc.law === UNKNOWN_LAW ? "NO_LAW_CLUE" : "DEFAULT_LAW", locale);
  const against = scope?.lawSource === "inferred" ? scope.lawAgainst : undefined;
  return against ? format(scopeMessages, "LAW_AGAINST", { why: base, text: quote(against), line: against.range.line }, locale) : base;
}

/** « Droit applicable : belge (déduit de …) ; public : … », unless the user set both. */
export function scopeInferred(doc: LintDocument, locale: Locale): LintMessage | undefined {
  const scope = doc.scope;
  const explicit = (s: ScopeSource) => s !== "inferred" && s !== "default";
  if (!scope || (explicit(scope.lawSource) && explicit(scope.audienceSource))) return undefined;
  const message = format(
    scopeMessages,
    "SCOPE_INFERRED",
    {
      law: lawName(doc.law),
      lawWhy: lawWhy(doc, locale),
      audience: format(scopeMessages, scope.audienceSource === "default" ? "AUDIENCE_UNKNOWN" : AUDIENCE_WORDS[doc.audience], {}, locale),
      audienceWhy: scope.audiencePresumed
        ? format(scopeMessages, "PRESUMED_AUDIENCE", {}, locale)
        : why(scope.audienceSource, scope.audienceEvidence ?? [], "FROM_AUDIENCE_OPTION", "DEFAULT_AUDIENCE", locale),
    },
    locale,
  );
  return { ruleId: "scope-inferred", severity: "info", message, ...at(scope.lawEvidence) };
}

/** Once per document whose law Clausier has no profile for. */
export function lawWithoutProfile(doc: LintDocument, locale: Locale): LintMessage | undefined {
  // An unknown law is said once, in the scope note (NO_LAW_CLUE).
  if (hasProfile(doc.law) || doc.law === UNKNOWN_LAW) return undefined;
  const message = format(scopeMessages, "LAW_WITHOUT_PROFILE", { law: lawName(doc.law), lawWhy: lawWhy(doc, locale) }, locale);
  return { ruleId: "law-without-profile", severity: "info", message, ...at(doc.scope?.lawEvidence) };
}
