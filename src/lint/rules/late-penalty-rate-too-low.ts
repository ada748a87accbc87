import { Decimal } from "decimal.js";
import type { IsoDate } from "../../legal/dates.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { ecbReferenceRate, frLegalInterestRate } from "../../legal/rates.js";
import type { LatePaymentPenaltyRate } from "../../model/generated/terms.js";
import type { Locale } from "../../model/locale.js";
import type { Report, Rule } from "../types.js";
import { decimal } from "../scan/numbers.js";
import { latePaymentOf, rangeOf, shown } from "../scan/payment-facts.js";
import { penaltyStatements, type PenaltyStatement } from "../scan/penalty.js";

const THREE = new Decimal(3);

type Verdict = Pick<Report, "messageId" | "data"> | undefined;

/** The L441-10 II floor on `asOf`: three times the legal rate for professional creditors. */
function floorOn(asOf: IsoDate) {
  const legal = frLegalInterestRate(asOf, "professional");
  return { legal: legal.rate, floor: legal.rate.times(THREE), from: legal.from, to: legal.to };
}

/** Whether a rate is below the floor; a date outside the legal data gives "no data", never a guess. */
function judge(p: PenaltyStatement<{ body: string }> | LatePaymentPenaltyRate, asOf: IsoDate, locale: Locale): Verdict {
  const n = (d: Decimal) => shown(d, locale);
  try {
    switch (p.kind) {
      case "legal-rate":
        return { messageId: "legalRateOnce" };
      case "legal-rate-multiple": {
        const multiple = p.multiple instanceof Decimal ? p.multiple : decimal(p.multiple);
        if (!multiple) return undefined;
        // The consumer rate is above the professional one: three times it or more needs no lookup.
        if ("legalRate" in p && p.legalRate === "consumer" && multiple.lessThan(THREE)) {
          const { floor, legal } = floorOn(asOf);
          const rate = frLegalInterestRate(asOf, "consumer").rate.times(multiple);
          return rate.lessThan(floor) ? { messageId: "rateBelow", data: { rate: n(rate), floor: n(floor), legal: n(legal), asOf } } : undefined;
        }
        return multiple.lessThan(THREE) ? { messageId: "multipleBelow", data: { multiple: n(multiple) } } : undefined;
      }
      case "fixed": {
        const rate = p.annualRate instanceof Decimal ? p.annualRate : decimal(p.annualRate);
        if (!rate) return undefined;
        const { floor, legal } = floorOn(asOf);
        if (!rate.lessThan(floor)) return undefined;
        // A rate written per month is compared once annualised: the message shows both.
        const monthly = "monthlyRate" in p ? p.monthlyRate : undefined;
        if (monthly) return { messageId: "monthlyRateBelow", data: { monthly: n(monthly), rate: n(rate), floor: n(floor), legal: n(legal), asOf } };
        return { messageId: "rateBelow", data: { rate: n(rate), floor: n(floor), legal: n(legal), asOf } };
      }
      case "ecb-plus": {
        const points = p.points instanceof Decimal ? p.points : decimal(p.points);
        if (!points) return undefined;
        const { floor, legal } = floorOn(asOf);
        const ecb = ecbReferenceRate(asOf).rate;
        const rate = ecb.plus(points);
        return rate.lessThan(floor) ? { messageId: "ecbBelow", data: { points: n(points), ecb: n(ecb), rate: n(rate), floor: n(floor), legal: n(legal), asOf } } : undefined;
      }
    }
  } catch (error) {
    if (error instanceof LegalDataGapError) return { messageId: error.dataset === "ecb-mro-rates" ? "noEcbData" : "noLegalRateData", data: { asOf } };
    throw error;
  }
}

/** The legal rate plus points, as an annual rate against three times the legal rate. */
function legalPlusPoints(points: Decimal, asOf: IsoDate, locale: Locale): Verdict {
  try {
    const { floor, legal } = floorOn(asOf);
    const rate = legal.plus(points);
    return rate.lessThan(floor) ? { messageId: "rateBelow", data: { rate: shown(rate, locale), floor: shown(floor, locale), legal: shown(legal, locale), asOf } } : undefined;
  } catch (error) {
    if (error instanceof LegalDataGapError) return { messageId: "noLegalRateData", data: { asOf } };
    throw error;
  }
}

const rule: Rule = {
  meta: {
    id: "late-penalty-rate-too-low",
    description: {
      fr: "Le taux des pénalités de retard est inférieur à trois fois le taux d'intérêt légal.",
      en: "The late-payment penalty rate is below three times the legal interest rate.",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.L441-6", "fr.cmf.L313-2", "fr.cmf.D313-1-A"],
    // three times the legal rate: loi LME 2008-776, from 1 January 2009
    appliesFrom: "2009-01-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "mixed"] },
    messages: {
      multipleBelow: {
        fr: "pénalités de retard à {multiple} fois le taux d'intérêt légal : le taux ne peut pas être inférieur à trois fois ce taux ; écrivez « trois fois le taux d'intérêt légal »",
        en: "late-payment penalties at {multiple} times the legal interest rate: the rate may not be below three times that rate; write \"three times the legal interest rate\"",
        basis: ["fr.ccom.L441-10"],
      },
      legalRateOnce: {
        fr: "pénalités de retard au taux d'intérêt légal : le taux ne peut pas être inférieur à trois fois ce taux ; écrivez « trois fois le taux d'intérêt légal »",
        en: "late-payment penalties at the legal interest rate: the rate may not be below three times that rate; write \"three times the legal interest rate\"",
        basis: ["fr.ccom.L441-10"],
      },
      rateBelow: {
        fr: "pénalités de retard au taux annuel de {rate} % : au {asOf}, le minimum est de {floor} % (trois fois le taux d'intérêt légal de {legal} %) ; relevez le taux ou écrivez « trois fois le taux d'intérêt légal »",
        en: "late-payment penalties at an annual {rate} %: on {asOf} the minimum is {floor} % (three times the {legal} % legal interest rate); raise the rate or write \"three times the legal interest rate\"",
        basis: ["fr.ccom.L441-10", "fr.cmf.D313-1-A"],
      },
      monthlyRateBelow: {
        fr: "pénalités de retard de {monthly} % par mois, soit {rate} % l'an : au {asOf}, le minimum annuel est de {floor} % (trois fois le taux d'intérêt légal de {legal} %) ; relevez le taux ou écrivez « trois fois le taux d'intérêt légal »",
        en: "late-payment penalties of {monthly} % a month, i.e. {rate} % a year: on {asOf} the annual minimum is {floor} % (three times the {legal} % legal interest rate); raise the rate or write \"three times the legal interest rate\"",
        basis: ["fr.ccom.L441-10", "fr.cmf.D313-1-A"],
      },
      ecbBelow: {
        fr: "pénalités de retard au taux de la BCE majoré de {points} points, soit {rate} % au {asOf} (taux de référence {ecb} %) : c'est moins que le minimum de {floor} % (trois fois le taux d'intérêt légal de {legal} %) ; prévoyez au moins 10 points de majoration (taux par défaut) ou « trois fois le taux d'intérêt légal »",
        en: "late-payment penalties at the ECB rate plus {points} points, i.e. {rate} % on {asOf} (reference rate {ecb} %): below the {floor} % minimum (three times the {legal} % legal interest rate); use at least 10 points (the default) or \"three times the legal interest rate\"",
        basis: ["fr.ccom.L441-10", "fr.cmf.D313-1-A"],
      },
      noLegalRateData: {
        fr: "impossible de vérifier le taux des pénalités de retard : aucune donnée sur le taux de l'intérêt légal au {asOf} (src/legal/data/fr-legal-interest-rates.json) ; ajoutez le taux du semestre ou choisissez une autre date avec --as-of",
        en: "cannot check the late-payment penalty rate: no data on the French legal interest rate on {asOf} (src/legal/data/fr-legal-interest-rates.json); add the semester's rate or pick another date with --as-of",
        basis: ["fr.cmf.D313-1-A"],
      },
      noEcbData: {
        fr: "impossible de vérifier le taux des pénalités de retard : aucune donnée sur le taux de référence de la BCE au {asOf} (src/legal/data/ecb-mro-rates.json) ; complétez les données ou choisissez une autre date avec --as-of",
        en: "cannot check the late-payment penalty rate: no data on the ECB reference rate on {asOf} (src/legal/data/ecb-mro-rates.json); complete the data or pick another date with --as-of",
      },
    },
  },
  check({ doc, asOf, locale, report }) {
    const fact = latePaymentOf(doc)?.penalty;
    const factVerdict = fact && judge(fact, asOf, locale);
    if (factVerdict) {
      const at = fact.kind === "legal-rate-multiple" ? "multiple" : fact.kind === "fixed" ? "annualRate" : "points";
      report({ ...factVerdict, range: doc.locateFact(["latePayment", "penalty", at]) });
      return;
    }
    for (const statement of penaltyStatements(doc.clauses)) {
      // A consumers' rate is not the professionals' penalty: the floor of L441-10 is not its measure.
      if (statement.consumersOnly) continue;
      // The ECB rate plus 10 points is the law's own default (L441-10 II), the fix this rule proposes: never reported.
      if (statement.kind === "ecb-plus" && statement.points.greaterThanOrEqualTo(10)) continue;
      // « taux d'intérêt légal majoré de 5 points »: the legal rate plus points, compared as a rate with the floor.
      if (statement.kind === "legal-rate" && statement.plusPoints) {
        const verdict = legalPlusPoints(statement.plusPoints, asOf, locale);
        if (verdict) {
          report({ ...verdict, range: rangeOf(statement.words) });
          return;
        }
        continue;
      }
      const verdict = judge(statement, asOf, locale);
      if (verdict) {
        report({ ...verdict, range: rangeOf(statement.words) });
        return;
      }
    }
  },
};

export default rule;
