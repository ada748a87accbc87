// A prose document's law and audience: what the user set wins (front matter, then --law/--audience,
// then the configuration), else what the text's words say, else the defaults (French law, B2B).
import type { LineIndex } from "../documents/line-index.js";
import type { Audience, DocumentScope, Law, ScopeEvidence, ScopeSource } from "../types.js";
import { inferAudience } from "./audience.js";
import type { Evidence } from "./evidence.js";
import { frenchSign, inferLaw, lawOfTheSeat } from "./law.js";

export const DEFAULT_LAW: Law = "FR";
/** The law of a text that shows no country's sign, not even a French one (docs/scope.md): no national rule runs. */
export const UNKNOWN_LAW: Law = "unknown";
export const DEFAULT_AUDIENCE: Audience = "b2b";

/** A setting and who gave it: the front matter, or the Linter's defaults (--law / the configuration). */
export interface Given<T> {
  value?: T;
  source: Exclude<ScopeSource, "inferred" | "default">;
}

export interface ResolvedScope {
  law: Law;
  audience: Audience;
  scope: DocumentScope;
}

/** `body` is the text after the front matter, starting at offset `bodyStart` of the file `index` reads. */
export function resolveScope(body: string, bodyStart: number, index: LineIndex, law: Given<Law>[], audience: Given<Audience>[]): ResolvedScope {
  // Quoted as read: markdown emphasis (« **Client** : … ») is layout, not words.
  const located = (e: Evidence): ScopeEvidence => ({ text: e.text.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim(), range: index.range(bodyStart + e.start, bodyStart + e.end) });
  const lawSet = law.find((g) => g.value !== undefined);
  const audienceSet = audience.find((g) => g.value !== undefined);
  const scope: DocumentScope = { lawSource: lawSet?.source ?? "default", audienceSource: audienceSet?.source ?? "default" };
  let resolvedLaw = lawSet?.value;
  if (!lawSet) {
    const inferred = inferLaw(body);
    if (inferred.law) {
      resolvedLaw = inferred.law;
      scope.lawSource = "inferred";
      scope.lawEvidence = located(inferred.evidence!);
      if (inferred.against) scope.lawAgainst = located(inferred.against);
    } else if (inferred.conflict) scope.lawConflict = inferred.conflict.map(located);
    // A text that ties its law or forum to the seller's seat and gives no seat, nor any French sign (a code cited,
    // an address, an identifier), leaves its law unknown: presuming France would override the text's own rule.
    // A text that says nothing of its law keeps the French presumption (docs/scope.md, round T11: three French
    // tuning texts of eight show no French sign at all).
    else if (lawOfTheSeat(body) && !frenchSign(body)) resolvedLaw = UNKNOWN_LAW;
  }
  let resolvedAudience = audienceSet?.value;
  if (!audienceSet) {
    const inferred = inferAudience(body);
    // The presumption reads who the terms are for, under any law (round T7): under a law without a profile no rule
    // depends on the audience (they are all French or Luxembourg rules), so it only states the audience right.
    if (inferred.presumed) {
      resolvedAudience = inferred.presumed;
      scope.audienceSource = "inferred";
      scope.audiencePresumed = true;
    } else if (inferred.audience) {
      resolvedAudience = inferred.audience;
      scope.audienceSource = "inferred";
      scope.audienceEvidence = inferred.evidence.map(located);
    }
  }
  return { law: resolvedLaw ?? DEFAULT_LAW, audience: resolvedAudience ?? DEFAULT_AUDIENCE, scope };
}
