// Interest accrual, shared by late-payment penalties (penalties.ts) and refunds bearing legal
// interest (refunds.ts).
//
// Conventions (docs/computations.md):
// - Interest runs from the day after `since` to `until` inclusive (C. com. L441-10 II: penalties are
//   « exigibles le jour suivant la date de règlement »): due 15 May, paid 14 Aug → 16 May … 14 Aug.
// - pro-rata-temporis: amount × annual rate × days / 365 for each part (365 even in a leap year, the
//   usual convention for French late-payment interest).
// - per-started-month (Altairis): months are counted from `since` (month k runs from since + (k − 1)
//   months, exclusive, to since + k months, inclusive; a day that does not exist is clamped to the end
//   of the month); every started month is charged whole, at annual rate / 12, the rate being that of
//   the month's first day.
// - When the rate changes each semester (legal rate, ECB reference rate), the period is split at each
//   1 January / 1 July and each part uses its own semester's rate, unless the terms fix the rate at
//   one date (`fixedRateDate`).
// - Rounded once, to the cent, on the total: the parts are kept exact.
// - A date outside the legal data throws LegalDataGapError unchanged: no rate is ever guessed.
import { type IsoDate, addDays, addMonths, compareDates, daysBetween, semesterEnd } from "../legal/dates.js";
import { LegalDataGapError } from "../legal/errors.js";
import { type Creditor, type UserDataOrigin, ecbReferenceRate, frLegalInterestRate } from "../legal/rates.js";
import { type Decimal, D, ZERO, percentToFactor, roundCents, sum } from "./decimal.js";
import type { Localized } from "../model/locale.js";
import { localizedText, step, type Explained, type Step, type StepText } from "./explain.js";
import { formatAmount, formatDecimal, formatPercent, formatTruncated, localizedDate } from "./format.js";
import { currencyOr } from "./currency.js";

export type InterestComputation = "pro-rata-temporis" | "per-started-month";

export interface AnnualRate {
  /** Annual rate in percent. */
  rate: Decimal;
  /** How it was obtained, worded per language: "3 × 3,71 % (taux de l'intérêt légal, autres cas, …) = 11,13 %". */
  description: Localized;
  /** Where the rate comes from: the legal data's source, or who set it (the terms). */
  source: string | Localized;
  /** The user's legal-data entry the rate was read from (file:line:column), when not built-in. */
  userData?: UserDataOrigin;
}

/** The annual rate in force on a date. */
export type RateAt = (date: IsoDate) => AnnualRate;

export function fixedRate(rate: Decimal, origin: Localized): RateAt {
  return () => ({ rate, description: localizedText("RATE_FIXED", { rate: formatPercent(rate) }), source: origin });
}

/** `multiple` × the French taux de l'intérêt légal of the date's semester. Luxembourg's legal rate is not in the data. */
export function legalRateMultiple(multiple: Decimal, creditor: Creditor, law: "FR" | "LU" = "FR"): RateAt {
  return (date) => {
    if (law === "LU") {
      throw new LegalDataGapError(
        "lu-legal-interest-rates",
        date,
        "LU_LEGAL_RATE",
        { file: "src/legal/data/fr-legal-interest-rates.json" },
      );
    }
    const legal = frLegalInterestRate(date, creditor);
    const rate = legal.rate.times(multiple);
    const period = legal.to
      ? localizedText("PERIOD_FROM_TO", { from: localizedDate(legal.from), to: localizedDate(legal.to) })
      : localizedText("PERIOD_FROM", { from: localizedDate(legal.from) });
    return {
      rate,
      description: localizedText("RATE_LEGAL_MULTIPLE", {
        multiple: formatDecimal(multiple, 4),
        legal: formatPercent(legal.rate),
        creditor: localizedText(creditor === "consumer" ? "CREDITOR_CONSUMER" : "CREDITOR_OTHER"),
        period,
        rate: formatPercent(rate),
      }),
      source: legal.source,
      ...(legal.userData ? { userData: legal.userData } : {}),
    };
  };
}

/** ECB reference rate of the date's semester (MRO rate on 1 January / 1 July) + `points`. */
export function ecbPlus(points: Decimal, origin: Localized): RateAt {
  return (date) => {
    const ecb = ecbReferenceRate(date);
    const rate = ecb.rate.plus(points);
    return {
      rate,
      description: localizedText("RATE_ECB_PLUS", { ecb: formatPercent(ecb.rate), from: localizedDate(ecb.from), points: formatDecimal(points, 4), rate: formatPercent(rate), origin }),
      source: ecb.source,
      ...(ecb.userData ? { userData: ecb.userData } : {}),
    };
  };
}

export interface InterestPart {
  from: IsoDate;
  to: IsoDate;
  /** Days in the part (pro-rata-temporis) or whole months charged (per-started-month). */
  days?: number;
  months?: number;
  rate: AnnualRate;
  /** Exact interest of the part, not rounded. */
  interest: Decimal;
}

export interface AccrualInput {
  amount: Decimal;
  /** Last day without interest (the due date, the payment date of a sum to refund). */
  since: IsoDate;
  /** Last day with interest (the payment date, the refund date). */
  until: IsoDate;
  rateAt: RateAt;
  computation?: InterestComputation;
  /** One date fixes the rate for the whole period (the terms say so); otherwise each semester's own. */
  fixedRateDate?: IsoDate;
  currency?: string;
  /** The messages of the period and total steps. */
  labels: { period: StepText; total: StepText };
}

const DAYS_PER_YEAR = new D(365);
const MONTHS_PER_YEAR = new D(12);

function earliest(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function accrueInterest(input: AccrualInput): Explained<{ days: number; parts: InterestPart[]; interest: Decimal }> {
  const fa = (d: Decimal): string => formatAmount(d, currencyOr(input.currency));
  const { amount, since, until } = input;
  const days = daysBetween(since, until);
  if (days <= 0) return { days: 0, parts: [], interest: ZERO, steps: [] };
  const start = addDays(since, 1);
  const steps: Step[] = [{ ...input.labels.period, formula: { id: "FROM_TO_DAYS", data: { from: localizedDate(start), to: localizedDate(until), days } } }];
  const rateFor = (date: IsoDate): AnnualRate => input.rateAt(input.fixedRateDate ?? date);
  const parts: InterestPart[] = [];

  if ((input.computation ?? "pro-rata-temporis") === "pro-rata-temporis") {
    for (let from = start; compareDates(from, until) <= 0; ) {
      const to = input.fixedRateDate ? until : earliest(semesterEnd(from), until);
      const partDays = daysBetween(from, to) + 1;
      const rate = rateFor(from);
      const interest = amount.times(percentToFactor(rate.rate)).times(partDays).div(DAYS_PER_YEAR);
      parts.push({ from, to, days: partDays, rate, interest });
      steps.push(
        step("INTEREST_PART_DAYS", {
          data: { from: localizedDate(from), to: localizedDate(to), days: partDays, rate: rate.description, annualRate: formatPercent(rate.rate) },
          formula: `${fa(amount)} × ${formatPercent(rate.rate)} × ${partDays} / 365 = ${formatTruncated(interest)}`,
          amount: interest,
        }),
      );
      from = addDays(to, 1);
    }
  } else {
    // Months k = 1, 2, … until since + k months reaches `until`; consecutive months at the same rate
    // of the same semester are shown as one part.
    for (let k = 1; ; k++) {
      const monthStart = addDays(addMonths(since, k - 1), 1);
      const monthEnd = addMonths(since, k);
      const rate = rateFor(monthStart);
      const interest = amount.times(percentToFactor(rate.rate)).div(MONTHS_PER_YEAR);
      const previous = parts[parts.length - 1];
      if (previous && previous.rate.description.text.fr === rate.description.text.fr) {
        previous.to = monthEnd;
        previous.months = (previous.months ?? 0) + 1;
        previous.interest = previous.interest.plus(interest);
      } else {
        parts.push({ from: monthStart, to: monthEnd, months: 1, rate, interest });
      }
      if (compareDates(monthEnd, until) >= 0) break;
    }
    const months = sum(parts.map((p) => new D(p.months ?? 0)));
    steps.push(step("MONTHS_STARTED_SINCE", { data: { date: localizedDate(since) }, formula: { id: "MONTHS_COUNT", data: { months: months.toString() } } }));
    for (const p of parts) {
      steps.push(
        step("INTEREST_PART_MONTHS", {
          data: { from: localizedDate(p.from), to: localizedDate(p.to), months: p.months, rate: p.rate.description, annualRate: formatPercent(p.rate.rate) },
          formula: `${fa(amount)} × ${formatPercent(p.rate.rate)} × ${p.months} / 12 = ${formatTruncated(p.interest)}`,
          amount: p.interest,
        }),
      );
    }
  }
  const exact = sum(parts.map((p) => p.interest));
  const interest = roundCents(exact);
  steps.push({ ...input.labels.total, formula: `${parts.map((p) => formatTruncated(p.interest)).join(" + ")} = ${formatTruncated(exact)} → ${fa(interest)}`, amount: interest });
  return { days, parts, interest, steps };
}
