// Late-payment interest (pénalités de retard) and the fixed recovery indemnity.
// The accrual itself (day counts, semester split, per-started-month, rounding once) is in interest.ts.
import type { LatePaymentPenaltyRate, RecoveryIndemnity } from "../model/generated/terms.js";
import type { IsoDate } from "../legal/dates.js";
import type { Creditor } from "../legal/rates.js";
import { type Decimal, type DecimalInput, D, ZERO, percentToFactor, roundCents, toDecimal } from "./decimal.js";
import { legalBasis } from "../legal/bases.js";
import { localizedText, step, type Explained, type Step, ComputationError } from "./explain.js";
import { formatAmount, formatPercent, localizedDate } from "./format.js";
import { type InterestComputation, type InterestPart, type RateAt, accrueInterest, ecbPlus, fixedRate, legalRateMultiple } from "./interest.js";
import { currencyOr } from "./currency.js";

export type PenaltyLaw = "FR" | "LU";
export type RateDate = "due-date" | "invoice-date" | "delivery-date" | "semester";

export interface LatePenaltyInput {
  /** Sum paid late (principal). */
  amount: DecimalInput;
  dueDate: IsoDate;
  /** Payment date (or the date up to which interest is computed when still unpaid). */
  paidOn: IsoDate;
  /** The terms' penalty clause; absent: the law's default rate (FR: ECB + 10 points; LU: ECB + 8 points). */
  penalty?: LatePaymentPenaltyRate;
  /** Default pro-rata-temporis. */
  computation?: InterestComputation;
  /** Which French legal rate when the clause does not say (penalty.legalRate wins). Default professional. */
  creditor?: Creditor;
  law: PenaltyLaw;
  /** Which date fixes the rate (terms' latePayment.rateDate). Default: each semester's own rate. */
  rateDate?: RateDate;
  invoiceDate?: IsoDate;
  deliveryDate?: IsoDate;
  currency?: string;
  /** A one-off annual rate given by the user (`compute penalties --rate`): replaces the clause and the data for the whole period. */
  rateOverride?: Decimal;
}

export interface LatePenalty {
  daysLate: number;
  parts: InterestPart[];
  /** Σ parts, rounded once to the cent. */
  interest: Decimal;
}

function penaltyRate(penalty: LatePaymentPenaltyRate | undefined, law: PenaltyLaw, creditor: Creditor): RateAt {
  switch (penalty?.kind) {
    case "fixed":
      return fixedRate(toDecimal(penalty.annualRate, "le taux de pénalité"), localizedText("ORIGIN_TERMS"));
    case "legal-rate-multiple":
      return legalRateMultiple(toDecimal(penalty.multiple, "le multiple du taux légal"), penalty.legalRate ?? creditor, law);
    case "ecb-plus":
      return ecbPlus(toDecimal(penalty.points, "la marge sur le taux BCE"), localizedText("ORIGIN_TERMS"));
    case undefined:
      // No clause: the law's default (FR C. com. L441-10 II: 10 points; LU loi du 18 avril 2004 modifiée: 8 points).
      return law === "FR"
        ? ecbPlus(new D(10), localizedText("ORIGIN_FR_DEFAULT", { basis: legalBasis("fr.ccom.L441-10").cite }))
        : ecbPlus(new D(8), localizedText("ORIGIN_LU_DEFAULT"));
  }
}

function fixedRateDate(input: LatePenaltyInput): IsoDate | undefined {
  if (input.penalty?.kind === "fixed" || input.rateOverride) return input.dueDate;
  switch (input.rateDate ?? "semester") {
    case "semester":
      return undefined;
    case "due-date":
      return input.dueDate;
    case "invoice-date":
      if (!input.invoiceDate) throw new ComputationError("RATE_NEEDS_INVOICE_DATE");
      return input.invoiceDate;
    case "delivery-date":
      if (!input.deliveryDate) throw new ComputationError("RATE_NEEDS_DELIVERY_DATE");
      return input.deliveryDate;
  }
}

export function computeLatePenalty(input: LatePenaltyInput): Explained<LatePenalty> {
  const amount = toDecimal(input.amount, "la somme due");
  const fixedDate = fixedRateDate(input);
  const accrual = accrueInterest({
    amount,
    since: input.dueDate,
    until: input.paidOn,
    rateAt: input.rateOverride ? fixedRate(input.rateOverride, localizedText("ORIGIN_RATE_OPTION")) : penaltyRate(input.penalty, input.law, input.creditor ?? "professional"),
    computation: input.computation ?? "pro-rata-temporis",
    fixedRateDate: fixedDate,
    currency: input.currency,
    labels: { period: { id: "LATE_PERIOD" }, total: { id: "LATE_PENALTIES_TOTAL" } },
  });
  if (accrual.days === 0) {
    const onTime = step("PAID_ON_TIME", { data: { paidOn: localizedDate(input.paidOn), dueDate: localizedDate(input.dueDate) }, amount: ZERO });
    return { daysLate: 0, parts: [], interest: ZERO, steps: [onTime] };
  }
  const steps = [...accrual.steps];
  if (fixedDate && input.penalty?.kind !== "fixed" && !input.rateOverride) steps.splice(1, 0, step("RATE_FIXED_ON", { data: { date: localizedDate(fixedDate) } }));
  return { daysLate: accrual.days, parts: accrual.parts, interest: accrual.interest, steps };
}

export type ClientType = "business" | "consumer" | "public-body";

export interface RecoveryIndemnityOptions {
  law?: PenaltyLaw;
  /** Days late; 0 or less: no indemnity. Unknown: the invoice is taken to be late. */
  daysLate?: number;
  currency?: string;
}

/** The legal fixed indemnity: 40 € (FR D441-5; Dir. 2011/7 art. 6, transposed in Luxembourg in 2013). */
const LEGAL_INDEMNITY = new D(40);

/**
 * Indemnité forfaitaire pour frais de recouvrement, per unpaid invoice (CJEU 20 Oct 2022: due for each
 * invoice). A consumer never owes it. The terms' amount is used when stated, else the legal 40 €; a
 * percentage of the balance (Pétillances: 10 % with a 40 € minimum) takes the larger of the two.
 * A condition in the terms (« retard de 30 jours ou plus ») is reported and not applied: the law makes
 * the indemnity due from the first day of delay, without reminder (C. com. L441-10 II; Dir. 2011/7 art. 6).
 */
export function recoveryIndemnity(
  terms: RecoveryIndemnity | undefined,
  balance: DecimalInput,
  clientType: ClientType,
  opts: RecoveryIndemnityOptions = {},
): Explained<{ amount: Decimal }> {
  const currency = currencyOr(opts.currency ?? terms?.currency);
  const fa = (d: Decimal): string => formatAmount(d, currency);
  if (clientType === "consumer") {
    return { amount: ZERO, steps: [step("INDEMNITY_CONSUMER", { data: { basis: legalBasis("fr.ccom.D441-5").cite }, amount: ZERO })] };
  }
  if (opts.daysLate !== undefined && opts.daysLate <= 0) {
    return { amount: ZERO, steps: [step("INDEMNITY_NOT_LATE", { amount: ZERO })] };
  }
  const steps: Step[] = [];
  const basis =
    (opts.law ?? "FR") === "FR"
      ? localizedText("BASIS_FR_INDEMNITY", { basis: legalBasis("fr.ccom.L441-10").cite, amountArticle: legalBasis("fr.ccom.D441-5").article })
      : localizedText("BASIS_EU_INDEMNITY");
  if (terms?.condition) {
    const condition =
      terms.condition.kind === "min-days-late"
        ? localizedText("CONDITION_MIN_DAYS_LATE", { days: terms.condition.days })
        : localizedText(terms.condition.kind === "after-formal-notice" ? "CONDITION_FORMAL_NOTICE" : "CONDITION_THIRD_PARTY");
    steps.push(step("INDEMNITY_CONDITION_IGNORED", { data: { condition, basis } }));
  }
  const fixed = terms?.amount === undefined ? LEGAL_INDEMNITY : toDecimal(terms.amount, "l'indemnité forfaitaire");
  steps.push(
    terms?.amount === undefined
      ? step("INDEMNITY_LEGAL", { data: { basis }, amount: fixed })
      : step("INDEMNITY_FROM_TERMS", { amount: fixed }),
  );
  if (terms?.percentOfBalance === undefined) return { amount: fixed, steps };
  const percent = toDecimal(terms.percentOfBalance, "le pourcentage du solde");
  const balanceD = toDecimal(balance, "le solde restant dû");
  const proportional = roundCents(balanceD.times(percentToFactor(percent)));
  const amount = D.max(proportional, fixed);
  steps.push(step("INDEMNITY_PERCENT_OF_BALANCE", { data: { percent: formatPercent(percent) }, formula: `${fa(balanceD)} × ${formatPercent(percent)} = ${fa(proportional)}`, amount: proportional }));
  steps.push(step("INDEMNITY_HIGHER", { data: { minimum: fa(fixed) }, formula: `max(${fa(proportional)} ; ${fa(fixed)}) = ${fa(amount)}`, amount }));
  return { amount, steps };
}
