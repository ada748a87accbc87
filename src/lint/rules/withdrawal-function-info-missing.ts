import type { Rule } from "../types.js";
import { CONCLUDED_ONLINE, WITHDRAWAL, WITHDRAWAL_FUNCTION, concludedOnline, mentions } from "../scan/consumer.js";
import { findAll, findFirst, flexible } from "../scan/text.js";
import { sentenceAround } from "../scan/sentences.js";
import type { LintClause } from "../types.js";

const NO_WITHDRAWAL_TITLE = /\b(?:absence|exclusions?|pas) d(?:e |u |')(?:droit de )?(?:retractation|renonciation)\b/;
// « le droit de rétractation ne s'applique pas », « n'est pas applicable », « ne peut être exercé »: a sentence that
// rules the right out (L221-28: made to order, dated leisure) names it without granting it.
const RULED_OUT = flexible(/\bne s'applique(?:ra)? pas\b|\bn'est pas applicable\b|\bne sera pas applicable\b|\bne (?:peut|pourra|saurait) (?:pas |en aucun cas )?etre exercee?\b|\bn'(?:est|sont) pas soumise?s? au droit de retractation\b|\b(?:aucun|pas de|absence de) droit de retractation\b|\bexclue?s? du droit de retractation\b/);

/** The first mention of the right in a sentence that does not rule it out. */
function grantedWithdrawal(clauses: readonly LintClause[]): { clause: LintClause; start: number; end: number } | undefined {
  for (const clause of clauses) {
    for (const m of findAll(clause.body, WITHDRAWAL)) {
      if (!findFirst(sentenceAround(clause.body, m.start, m.end).text, RULED_OUT)) return { clause, start: m.start, end: m.end };
    }
  }
  return undefined;
}

// From 19 June 2026, a consumer who concludes a distance contract through an online interface can
// withdraw through a free function of that interface (« renoncer au contrat ici », C. conso L221-21
// as completed by ordonnance 2026-2; D221-5), and the information on withdrawal tells where it is
// (model notice of R221-3, décret 2026-3 art. 7). Terms that speak of withdrawal and of ordering
// online but not of that function are out of date. Terms silent on withdrawal altogether are
// consumer-withdrawal-info-missing's; a right ruled out (consumer.withdrawal.applies: false) has no
// function to describe.

const rule: Rule = {
  meta: {
    id: "withdrawal-function-info-missing",
    description: {
      fr: "Des conditions de vente en ligne à des consommateurs décrivent le droit de rétractation sans indiquer la fonctionnalité de rétractation en ligne obligatoire depuis le 19 juin 2026.",
      en: "Terms for consumers buying online describe the right of withdrawal without the online withdrawal function required since 19 June 2026.",
    },
    severity: "error",
    category: "consumer",
    legalBasis: ["fr.cconso.L221-21", "fr.cconso.R221-3", "fr.cconso.L221-5"],
    appliesFrom: "2026-06-19",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      missing: {
        fr: "le droit de rétractation est décrit sans la fonctionnalité de rétractation en ligne : pour un contrat conclu sur un site ou une application, le consommateur doit pouvoir se rétracter gratuitement sur cette interface (« renoncer au contrat ici »), et les conditions doivent dire que cette fonctionnalité existe et où elle se trouve ; ajoutez par exemple « Vous pouvez également exercer votre droit de rétractation en ligne sur [adresse de la fonctionnalité] ».",
        en: "the right of withdrawal is described without the online withdrawal function: for a contract concluded on a website or an app, the consumer must be able to withdraw free of charge on that interface (\"renoncer au contrat ici\"), and the terms must say that this function exists and where it is; add for instance « Vous pouvez également exercer votre droit de rétractation en ligne sur [address of the function] ».",
      },
    },
  },
  check({ doc, report }) {
    const withdrawal = doc.mode === "facts" ? doc.terms?.consumer?.withdrawal : undefined;
    if (withdrawal && !withdrawal.applies) return;
    // « Absence de droit de rétractation » (L221-28: dated travel, lodging…): a clause that rules the right out owes no
    // function to exercise it; the right is said where another clause names it.
    const said = grantedWithdrawal(doc.clauses.filter((c) => !(c.title && findFirst(c.title, NO_WITHDRAWAL_TITLE))));
    if (!withdrawal && !said) return;
    // « Site internet : www.cm2c.net » for the mediator, « nos outils en ligne »: a website is where the contract is
    // concluded only when a sentence orders, books, buys or pays there.
    if (doc.mode === "prose" ? !concludedOnline(doc.clauses) : !mentions(doc.clauses, CONCLUDED_ONLINE)) return;
    if (mentions(doc.clauses, WITHDRAWAL_FUNCTION)) return;
    report({ messageId: "missing", range: said ? said.clause.locate(said.start, said.end) : doc.locateFact(["consumer", "withdrawal"]) });
  },
};

export default rule;
