import type { Rule } from "../types.js";
import { indemnityStatements } from "../scan/indemnity.js";
import { contractPartners, latePaymentOf, missingRange, rangeOf, replaceWords, paysNothing } from "../scan/payment-facts.js";

const FACT = ["latePayment", "recoveryIndemnity"];

const rule: Rule = {
  meta: {
    id: "recovery-indemnity-missing",
    description: {
      fr: "Les conditions B2B ne mentionnent pas l'indemnité forfaitaire de 40 € pour frais de recouvrement, ou la nomment sans son montant.",
      en: "B2B terms do not state the 40 € fixed compensation for recovery costs, or name it without its amount.",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5", "eu.dir.2011-7.art-6", "lu.loi.2004-04-18.section-4"],
    // the 40 € indemnity: décret 2012-1115, in force 1 January 2013
    appliesFrom: "2013-01-01",
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "mixed"] },
    messages: {
      missing: {
        fr: "l'indemnité forfaitaire pour frais de recouvrement n'est pas mentionnée : entre professionnels, elle est due de plein droit et les conditions doivent en indiquer le montant, 40 € ; ajoutez « Tout retard de paiement entraîne de plein droit une indemnité forfaitaire pour frais de recouvrement de 40 €. »",
        en: "the fixed compensation for recovery costs is not mentioned: between professionals it is due by law and the terms must state its amount, 40 €; add \"Any late payment makes a fixed compensation for recovery costs of 40 € due by law.\"",
      },
      noAmount: {
        fr: "l'indemnité forfaitaire pour frais de recouvrement est nommée sans son montant : indiquez « de 40 € »",
        en: "the fixed compensation for recovery costs is named without its amount: state \"of 40 €\"",
      },
      addAmount: {
        fr: "ajouter le montant « de 40 € »",
        en: "add the amount \"de 40 €\"",
      },
    },
  },
  check({ doc, report }) {
    // A CGU bound to a CGT that states the indemnity is covered by it.
    const partners = contractPartners(doc);
    // Nothing is paid to the seller (a free programme): no payment, so no condition of payment is owed (round T35b).
    if (paysNothing(doc)) return;
    if (partners.some((t) => t.latePayment?.recoveryIndemnity?.amount !== undefined || indemnityStatements(t.clauses).some((s) => s.amount))) return;

    // Only the French code asks the terms for the amount (L441-10 II with D441-5): in Luxembourg the law
    // sets it (section 4, at least 40 €) and terms that name the indemnity have said it is due.
    const amountAsked = doc.law !== "LU";
    const fact = latePaymentOf(doc)?.recoveryIndemnity;
    if (fact) {
      if (fact.amount === undefined && amountAsked) report({ messageId: "noAmount", range: doc.locateFact(FACT) });
      return;
    }
    const statements = indemnityStatements(doc.clauses);
    if (statements.some((s) => s.amount)) return;
    const named = statements.find((s) => /recouvrement/i.test(s.sentence.text)) ?? statements[0];
    if (!named) {
      report({ messageId: "missing", range: missingRange(doc, FACT) });
      return;
    }
    if (!amountAsked) return;
    const insert = replaceWords({ ...named.words, start: named.words.end, text: "" }, " de 40 €");
    report({
      messageId: "noAmount",
      range: rangeOf(named.words),
      ...(insert ? { suggestions: [{ messageId: "addAmount", fix: insert }] } : {}),
    });
  },
};

export default rule;
