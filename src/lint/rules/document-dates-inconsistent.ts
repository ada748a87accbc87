import { dirname, join, relative } from "node:path";
import { addMonths, compareDates, isIsoDate } from "../../legal/dates.js";
import type { Rule, RuleContext } from "../types.js";

// Dated terms tell the client which version was accepted (C. civ. art. 1119: general conditions bind
// only if known and accepted). The checks: a terms file without an effective date; a date after
// --as-of (not in force yet, or a typo); an update before the terms came into force; and documents
// of one contract (a CGT and its CGU) more than a year apart: the older one was probably not
// revised with the newer one. One year is the threshold: yearly revisions on 1 January are common
// (the Luxogés CGT revises prices each 1 January) and two documents a year apart are not stale yet.
//
// Facts mode only: a prose document's date is read heuristically from its wording, and prose
// documents have no seller to relate them to each other.

const STALE_AFTER_MONTHS = 12;

const rule: Rule = {
  meta: {
    id: "document-dates-inconsistent",
    description: {
      fr: "Les dates des conditions sont absentes, dans le futur, incohérentes entre elles ou trop éloignées de celles des autres documents du même contrat.",
      en: "The terms' dates are missing, in the future, inconsistent with each other, or too far from those of the other documents of the same contract.",
    },
    severity: "warning",
    category: "consistency",
    legalBasis: ["fr.cciv.1119"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      missingEffectiveDate: {
        fr: "les conditions n'ont pas de date d'entrée en vigueur : sans date, ni le client ni le vendeur ne peuvent prouver quelle version a été acceptée ; ajoutez effectiveDate et écrivez « En vigueur au … » en tête du document.",
        en: "the terms have no effective date: without one, neither party can prove which version was accepted; add effectiveDate and write \"En vigueur au …\" at the top of the document.",
      },
      effectiveInFuture: {
        fr: "date d'entrée en vigueur {date} postérieure à la date d'analyse {asOf} : ces conditions ne sont pas encore applicables (ou la date est erronée).",
        en: "effective date {date} is after the analysis date {asOf}: these terms are not in force yet (or the date is wrong).",
      },
      lastUpdatedInFuture: {
        fr: "date de mise à jour {date} postérieure à la date d'analyse {asOf} : une mise à jour ne peut pas dater du futur ; corrigez lastUpdated.",
        en: "last-updated date {date} is after the analysis date {asOf}: an update cannot be dated in the future; fix lastUpdated.",
      },
      updatedBeforeEffective: {
        fr: "mise à jour le {updated}, avant l'entrée en vigueur du {effective} : l'une des deux dates est fausse.",
        en: "updated on {updated}, before coming into force on {effective}: one of the two dates is wrong.",
      },
      staleRelated: {
        fr: "ce document est en vigueur depuis le {date}, plus d'un an avant {other} ({otherDate}) qui forme le même contrat : vérifiez qu'il a été revu en même temps et mettez sa date à jour.",
        en: "this document is in force since {date}, more than a year before {other} ({otherDate}) which forms the same contract: check it was reviewed at the same time and update its date.",
      },
    },
  },
  check(context) {
    const { doc, asOf, report } = context;
    const terms = doc.terms;
    if (!terms) return;
    const effective = terms.effectiveDate;
    const updated = terms.lastUpdated;
    if (!effective) report({ messageId: "missingEffectiveDate", range: doc.locateFact(["effectiveDate"]) });
    else if (isIsoDate(effective) && compareDates(effective, asOf) > 0) {
      report({ messageId: "effectiveInFuture", data: { date: effective, asOf }, range: doc.locateFact(["effectiveDate"]) });
    }
    if (updated && isIsoDate(updated)) {
      if (compareDates(updated, asOf) > 0) report({ messageId: "lastUpdatedInFuture", data: { date: updated, asOf }, range: doc.locateFact(["lastUpdated"]) });
      else if (effective && isIsoDate(effective) && compareDates(updated, effective) < 0) {
        report({ messageId: "updatedBeforeEffective", data: { updated, effective }, range: doc.locateFact(["lastUpdated"]) });
      }
    }
    if (effective && isIsoDate(effective)) reportStale(context, effective);
  },
};

/** Reported on the older document only: it is the one to review. */
function reportStale(context: RuleContext, effective: string): void {
  const newer = relatedTerms(context)
    .filter((r) => isIsoDate(r.date) && compareDates(addMonths(effective, STALE_AFTER_MONTHS), r.date) < 0)
    .sort((a, b) => compareDates(b.date, a.date))[0];
  if (newer) {
    context.report({ messageId: "staleRelated", data: { date: effective, other: newer.path, otherDate: newer.date }, range: context.doc.locateFact(["effectiveDate"]) });
  }
}

/** The other terms of the same seller in this run, and the documents this one names under `related`. */
function relatedTerms(context: RuleContext): Array<{ path: string; date: string }> {
  const out = new Map<string, string>();
  for (const r of context.related) if (r.kind === "terms" && r.terms?.effectiveDate) out.set(r.absPath, r.terms.effectiveDate);
  const loaded = context.doc.loaded;
  if (loaded?.kind === "terms") for (const r of loaded.related) if (r.data.effectiveDate) out.set(r.absPath, r.data.effectiveDate);
  const shown = new Map([...context.related.map((r) => [r.absPath, r.path] as const)]);
  return [...out].map(([abs, date]) => ({ path: shown.get(abs) ?? displayPath(context, abs), date }));
}

/** A related file's path as users see it: next to this document's path, when it was not linted itself. */
function displayPath(context: RuleContext, abs: string): string {
  return join(dirname(context.doc.path), relative(dirname(context.doc.absPath), abs));
}

export default rule;
