import type { RecoveryIndemnity } from "../../model/generated/terms.js";
import type { Report, Rule } from "../types.js";
import { indemnityStatements } from "../scan/indemnity.js";
import { latePaymentOf, rangeOf, replaceWords } from "../scan/payment-facts.js";

const FACT = ["latePayment", "recoveryIndemnity", "condition"];

function factReport(condition: NonNullable<RecoveryIndemnity["condition"]>): Pick<Report, "messageId" | "data"> {
  switch (condition.kind) {
    case "min-days-late":
      return { messageId: "minDaysLate", data: { days: condition.days } };
    case "after-formal-notice":
      return { messageId: "afterNotice" };
    case "third-party-collection":
      return { messageId: "thirdParty" };
  }
}

const rule: Rule = {
  meta: {
    id: "recovery-indemnity-conditional",
    description: {
      fr: "L'indemnité forfaitaire de 40 € pour frais de recouvrement est soumise à une condition (délai minimal de retard, mise en demeure, recouvrement par un tiers) alors qu'elle est due de plein droit.",
      en: "The 40 € fixed compensation for recovery costs is made conditional (minimum delay, formal notice, third-party collection) although it is due by law.",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5", "eu.dir.2011-7.art-6"],
    // the 40 € indemnity: décret 2012-1115, in force 1 January 2013
    appliesFrom: "2013-01-01",
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "mixed"] },
    messages: {
      minDaysLate: {
        fr: "l'indemnité forfaitaire pour frais de recouvrement n'est due qu'après {days} jours de retard : elle est due de plein droit dès le premier jour de retard ; supprimez cette condition",
        en: "the fixed compensation for recovery costs is due only after {days} days of delay: it is due by law from the first day of delay; remove the condition",
      },
      afterNotice: {
        fr: "l'indemnité forfaitaire pour frais de recouvrement est subordonnée à une mise en demeure : elle est due de plein droit, sans mise en demeure ; supprimez cette condition",
        en: "the fixed compensation for recovery costs requires a formal notice: it is due by law, without notice; remove the condition",
      },
      thirdParty: {
        fr: "l'indemnité forfaitaire pour frais de recouvrement est réservée au recouvrement confié à un tiers : elle est due de plein droit pour tout retard ; seuls les frais supplémentaires, justifiés, peuvent dépendre d'un recouvrement par un tiers",
        en: "the fixed compensation for recovery costs is limited to collection by a third party: it is due by law for any late payment; only additional, proven costs may depend on third-party collection",
      },
      conditionWords: {
        fr: "« {words} » rend l'indemnité forfaitaire pour frais de recouvrement conditionnelle : elle est due de plein droit dès le premier jour de retard, sans mise en demeure ; supprimez cette condition",
        en: "\"{words}\" makes the fixed compensation for recovery costs conditional: it is due by law from the first day of delay, without notice; remove the condition",
      },
      removeCondition: {
        fr: "supprimer « {words} »",
        en: "remove \"{words}\"",
      },
    },
  },
  check({ doc, report }) {
    const condition = latePaymentOf(doc)?.recoveryIndemnity?.condition;
    if (condition) {
      report({ ...factReport(condition), range: doc.locateFact(FACT) });
      return;
    }
    // The words: also in a terms file whose facts do not encode the condition.
    const words = indemnityStatements(doc.clauses).find((s) => s.condition)?.condition;
    if (!words) return;
    const body = words.clause.body;
    // Remove the condition with the space before it: "… est due à Altairis pour tout retard de 30 jours." → "… est due à Altairis."
    const spaceBefore = /\s/.test(body[words.start - 1] ?? "") ? 1 : 0;
    const removal = replaceWords({ ...words, start: words.start - spaceBefore }, "");
    report({
      messageId: "conditionWords",
      data: { words: words.text },
      range: rangeOf(words),
      ...(removal ? { suggestions: [{ messageId: "removeCondition", data: { words: words.text }, fix: removal }] } : {}),
    });
  },
};

export default rule;
