import type { LatePaymentPenaltyRate } from "../../model/generated/terms.js";
import type { Locale } from "../../model/locale.js";
import type { Report, Rule } from "../types.js";
import { decimal } from "../scan/numbers.js";
import { latePaymentOf, rangeOf, shown } from "../scan/payment-facts.js";
import { penaltyStatements, type PenaltyStatement } from "../scan/penalty.js";

// Luxembourg, between businesses: the statutory late interest ("intérêts légaux pour retard de
// paiement") is the ECB reference rate plus 8 points since the law of 29 March 2013 (7 before).
// Calling that rate the "taux d'intérêt légal" is the statute's own vocabulary, so a clause that
// names it so AND states the ECB + 8 formula (Pétillances) is not reported. A clause that says only
// "au taux d'intérêt légal" is: in Luxembourg that name also designates the civil legal rate, an
// annual rate set by règlement grand-ducal and far lower, and the debtor may argue for it.
const MARGIN = 8;

function verdict(p: PenaltyStatement<{ body: string }> | LatePaymentPenaltyRate, locale: Locale): Pick<Report, "messageId" | "data"> | undefined {
  switch (p.kind) {
    case "ecb-plus": {
      const points = decimal(p.points.toString());
      return points?.lessThan(MARGIN) ? { messageId: "marginBelow", data: { points: shown(points, locale) } } : undefined;
    }
    case "fixed": {
      const rate = decimal(p.annualRate.toString());
      if (!rate) return undefined;
      // A rate written per month is shown as written and annualised.
      const monthly = "monthlyRate" in p ? p.monthlyRate : undefined;
      if (monthly) return { messageId: "fixedMonthlyRate", data: { monthly: shown(monthly, locale), rate: shown(rate, locale) } };
      return { messageId: "fixedRate", data: { rate: shown(rate, locale) } };
    }
    case "legal-rate-multiple": {
      const multiple = decimal(p.multiple.toString());
      return multiple ? { messageId: "frenchMultiple", data: { multiple: shown(multiple, locale) } } : undefined;
    }
    case "legal-rate":
      return { messageId: "legalRateOnly" };
  }
}

const rule: Rule = {
  meta: {
    id: "lu-late-interest-rate",
    description: {
      fr: "Luxembourg, entre entreprises : les intérêts de retard ne sont pas exprimés comme le taux de référence de la BCE majoré de 8 points.",
      en: "Luxembourg, between businesses: late-payment interest is not stated as the ECB reference rate plus 8 points.",
    },
    severity: "warning",
    category: "payment",
    legalBasis: ["lu.loi.2004-04-18.art-1", "eu.dir.2011-7.art-2", "eu.dir.2011-7.art-4"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["LU"], audiences: ["b2b", "mixed"] },
    messages: {
      marginBelow: {
        fr: "intérêts de retard au taux de la BCE majoré de {points} points : depuis la loi du 29 mars 2013, les intérêts légaux pour retard de paiement entre entreprises sont le taux de référence de la BCE majoré de 8 points (7 points avant 2013) ; écrivez « majoré de huit points »",
        en: "late interest at the ECB rate plus {points} points: since the law of 29 March 2013, statutory late interest between businesses is the ECB reference rate plus 8 points (7 points before 2013); write \"plus eight points\"",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
      fixedRate: {
        fr: "intérêts de retard à un taux fixe de {rate} % : le taux légal entre entreprises suit le taux de référence de la BCE, majoré de 8 points, et change chaque semestre ; vérifiez que ce taux n'est pas inférieur, ou écrivez « taux de référence de la BCE majoré de huit points »",
        en: "late interest at a fixed {rate} %: the statutory rate between businesses follows the ECB reference rate plus 8 points and changes every semester; check this rate is not lower, or write \"ECB reference rate plus eight points\"",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
      fixedMonthlyRate: {
        fr: "intérêts de retard à un taux fixe de {monthly} % par mois, soit {rate} % l'an : le taux légal entre entreprises suit le taux de référence de la BCE, majoré de 8 points, et change chaque semestre ; vérifiez que ce taux n'est pas inférieur, ou écrivez « taux de référence de la BCE majoré de huit points »",
        en: "late interest at a fixed {monthly} % a month, i.e. {rate} % a year: the statutory rate between businesses follows the ECB reference rate plus 8 points and changes every semester; check this rate is not lower, or write \"ECB reference rate plus eight points\"",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
      frenchMultiple: {
        fr: "intérêts de retard à {multiple} fois le taux d'intérêt légal : c'est la formule du droit français ; au Luxembourg, le taux légal entre entreprises est le taux de référence de la BCE majoré de 8 points",
        en: "late interest at {multiple} times the legal interest rate: that is the French formula; in Luxembourg the statutory rate between businesses is the ECB reference rate plus 8 points",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
      legalRateOnly: {
        fr: "intérêts de retard « au taux d'intérêt légal » sans autre précision : au Luxembourg, ce nom désigne aussi le taux légal civil, annuel et bien plus bas ; écrivez « au taux de référence de la BCE majoré de huit points (loi du 18 avril 2004 modifiée) »",
        en: "late interest \"at the legal interest rate\" with nothing more: in Luxembourg that name also designates the civil legal rate, annual and much lower; write \"at the ECB reference rate plus eight points (law of 18 April 2004 as amended)\"",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
    },
  },
  check({ doc, locale, report }) {
    const fact = latePaymentOf(doc)?.penalty;
    const factVerdict = fact && verdict(fact, locale);
    if (factVerdict && fact) {
      const at = fact.kind === "legal-rate-multiple" ? "multiple" : fact.kind === "fixed" ? "annualRate" : "points";
      report({ ...factVerdict, range: doc.locateFact(["latePayment", "penalty", at]) });
      return;
    }
    for (const statement of penaltyStatements(doc.clauses)) {
      const v = verdict(statement, locale);
      if (v) {
        report({ ...v, range: rangeOf(statement.words) });
        return;
      }
    }
  },
};

export default rule;
