import { profileLaw, type Law } from "../../legal/law.js";
import type { Report, Rule } from "../types.js";
import { paymentOf, rangeOf } from "../scan/payment-facts.js";
import { paymentTermStatements, statesExpressAgreement } from "../scan/payment-term.js";

// FR (C. com. L441-10 I): at most 60 days from the invoice date, or 45 days end of month. These caps
// bind agreed terms too: an express agreement is what allows "45 jours fin de mois", not more.
// LU (loi du 18 avril 2004 mod. 2013, Dir. 2011/7 art. 3 (5)): 60 calendar days, longer only if
// expressly agreed (and not grossly unfair to the creditor, which a linter cannot judge).
const FR_DAYS = 60;
const FR_END_OF_MONTH = 45;
const LU_DAYS = 60;
// "N jours fin de mois" can run up to N + 30 days from the invoice (an invoice of the 1st of a 31-day month).
const MONTH_END_SLACK = 30;

function verdict(law: Law, days: number, endOfMonth: boolean, expressAgreement: boolean): Pick<Report, "messageId" | "data"> | undefined {
  if (law === "FR") {
    if (endOfMonth) return days > FR_END_OF_MONTH ? { messageId: "frEndOfMonth", data: { days } } : undefined;
    return days > FR_DAYS ? { messageId: "frDays", data: { days } } : undefined;
  }
  if (expressAgreement) return undefined;
  if (endOfMonth) return days + MONTH_END_SLACK > LU_DAYS ? { messageId: "luEndOfMonth", data: { days, longest: days + MONTH_END_SLACK } } : undefined;
  return days > LU_DAYS ? { messageId: "luDays", data: { days } } : undefined;
}

const rule: Rule = {
  meta: {
    id: "payment-term-too-long",
    description: {
      fr: "Le délai de paiement dépasse le maximum légal : 60 jours à compter de la facture ou 45 jours fin de mois (France), 60 jours sauf accord exprès (Luxembourg).",
      en: "The payment term exceeds the legal maximum: 60 days from the invoice or 45 days end of month (France), 60 days unless expressly agreed (Luxembourg).",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.L441-6", "eu.dir.2011-7.art-3", "lu.loi.2004-04-18.art-3"],
    // the 60-day / 45-day end-of-month caps: loi LME 2008-776, from 1 January 2009
    appliesFrom: "2009-01-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "mixed"] },
    messages: {
      frDays: {
        fr: "délai de paiement de {days} jours : entre professionnels, il ne peut pas dépasser 60 jours à compter de la date de la facture, même convenu entre les parties ; ramenez-le à 60 jours au plus (ou 45 jours fin de mois)",
        en: "payment term of {days} days: between professionals it may not exceed 60 days from the invoice date, even if agreed; bring it down to 60 days at most (or 45 days end of month)",
      },
      frEndOfMonth: {
        fr: "délai de paiement de {days} jours fin de mois : le maximum est de 45 jours fin de mois, même convenu entre les parties ; ramenez-le à 45 jours fin de mois ou à 60 jours date de facture",
        en: "payment term of {days} days end of month: the maximum is 45 days end of month, even if agreed; bring it down to 45 days end of month or 60 days from the invoice date",
      },
      luDays: {
        fr: "délai de paiement de {days} jours : entre entreprises, le délai contractuel ne peut pas dépasser 60 jours, sauf accord exprès qui ne soit pas manifestement abusif pour le créancier ; ramenez-le à 60 jours ou stipulez expressément l'accord des parties",
        en: "payment term of {days} days: between businesses a contractual term may not exceed 60 days unless expressly agreed and not grossly unfair to the creditor; bring it down to 60 days or state the parties' express agreement",
        basis: ["lu.loi.2004-04-18.art-3", "eu.dir.2011-7.art-3"],
      },
      luEndOfMonth: {
        fr: "délai de paiement de {days} jours fin de mois, soit jusqu'à {longest} jours après la facture : entre entreprises, le délai contractuel ne peut pas dépasser 60 jours, sauf accord exprès ; réduisez-le ou stipulez expressément l'accord des parties",
        en: "payment term of {days} days end of month, i.e. up to {longest} days after the invoice: between businesses a contractual term may not exceed 60 days unless expressly agreed; shorten it or state the parties' express agreement",
        basis: ["lu.loi.2004-04-18.art-3", "eu.dir.2011-7.art-3"],
      },
    },
  },
  check({ doc, report }) {
    const payment = paymentOf(doc);
    const express = Boolean(payment?.expressAgreement) || statesExpressAgreement(doc.clauses);
    if (payment) {
      const v = verdict(profileLaw(doc.law), payment.termDays, payment.termBasis === "end-of-month", express);
      if (v) {
        report({ ...v, range: doc.locateFact(["payment", "termDays"]) });
        return;
      }
    }
    for (const term of paymentTermStatements(doc.clauses)) {
      const v = verdict(profileLaw(doc.law), term.days, term.endOfMonth, express);
      if (v) {
        report({ ...v, range: rangeOf(term.words) });
        return;
      }
    }
  },
};

export default rule;
