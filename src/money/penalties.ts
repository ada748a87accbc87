// Late-payment interest (pénalités de retard) and the fixed recovery indemnity.
// The accrual itself (day counts, semester split, per-started-month, rounding once) is in interest.ts.
import type { LatePaymentPenaltyRate, RecoveryIndemnity } from "../model/generated/terms.js";
import type { IsoDate } from "../legal/dates.js";
import type { Creditor } from "../legal/rates.js";
import { type Decimal, type DecimalInput, D, ZERO, percentToFactor, roundCents, toDecimal } from "./decimal.js";
import { step, type Explained, type Step, ComputationError } from "./explain.js";
import { formatAmount, formatDate, formatPercent } from "./format.js";
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
      return fixedRate(toDecimal(penalty.annualRate, "le taux de pénalité"), "conditions générales");
    case "legal-rate-multiple":
      return legalRateMultiple(toDecimal(penalty.multiple, "le multiple du taux légal"), penalty.legalRate ?? creditor, law);
    case "ecb-plus":
      return ecbPlus(toDecimal(penalty.points, "la marge sur le taux BCE"), "conditions générales");
    case undefined:
      // No clause: the law's default (FR C. com. L441-10 II: 10 points; LU loi du 18 avril 2004 modifiée: 8 points).
      return law === "FR"
        ? ecbPlus(new D(10), "taux par défaut, C. com. L441-10 II")
        : ecbPlus(new D(8), "taux légal, loi LU du 18 avril 2004 modifiée");
  }
}

function fixedRateDate(input: LatePenaltyInput): IsoDate | undefined {
  if (input.penalty?.kind === "fixed") return input.dueDate;
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
    rateAt: penaltyRate(input.penalty, input.law, input.creditor ?? "professional"),
    computation: input.computation ?? "pro-rata-temporis",
    fixedRateDate: fixedDate,
    currency: input.currency,
    labels: { period: "Période de retard : du lendemain de l'échéance au paiement inclus", total: "Pénalités de retard, arrondies au centime sur le total" },
  });
  if (accrual.days === 0) {
    const onTime = step(`Paiement le ${formatDate(input.paidOn)}, au plus tard à l'échéance du ${formatDate(input.dueDate)} : aucune pénalité`, undefined, ZERO);
    return { daysLate: 0, parts: [], interest: ZERO, steps: [onTime] };
  }
  const steps = [...accrual.steps];
  if (fixedDate && input.penalty?.kind !== "fixed") steps.splice(1, 0, step(`Taux fixé au ${formatDate(fixedDate)} pour toute la période (conditions générales)`));
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
    return { amount: ZERO, steps: [step("Client consommateur : aucune indemnité forfaitaire de recouvrement (réservée aux transactions entre professionnels, C. com. D441-5 ; directive 2011/7/UE)", undefined, ZERO)] };
  }
  if (opts.daysLate !== undefined && opts.daysLate <= 0) {
    return { amount: ZERO, steps: [step("Aucun retard : aucune indemnité forfaitaire", undefined, ZERO)] };
  }
  const steps: Step[] = [];
  const legalBasis = (opts.law ?? "FR") === "FR" ? "C. com. L441-10 II et D441-5" : "directive 2011/7/UE, art. 6";
  if (terms?.condition) {
    const condition =
      terms.condition.kind === "min-days-late"
        ? `retard d'au moins ${terms.condition.days} jours`
        : terms.condition.kind === "after-formal-notice"
          ? "après mise en demeure"
          : "en cas de recouvrement par un tiers";
    steps.push(step(`Condition des conditions générales (« ${condition} ») non appliquée : l'indemnité est due dès le premier jour de retard, sans rappel (${legalBasis})`));
  }
  const fixed = terms?.amount === undefined ? LEGAL_INDEMNITY : toDecimal(terms.amount, "l'indemnité forfaitaire");
  steps.push(
    terms?.amount === undefined
      ? step(`Indemnité forfaitaire légale (${legalBasis}), montant non fixé par les conditions générales`, undefined, fixed)
      : step("Indemnité forfaitaire fixée par les conditions générales", undefined, fixed),
  );
  if (terms?.percentOfBalance === undefined) return { amount: fixed, steps };
  const percent = toDecimal(terms.percentOfBalance, "le pourcentage du solde");
  const balanceD = toDecimal(balance, "le solde restant dû");
  const proportional = roundCents(balanceD.times(percentToFactor(percent)));
  const amount = D.max(proportional, fixed);
  steps.push(step(`${formatPercent(percent)} du solde restant dû, arrondi au centime`, `${fa(balanceD)} × ${formatPercent(percent)} = ${fa(proportional)}`, proportional));
  steps.push(step(`Indemnité due : le plus élevé des deux (minimum ${fa(fixed)})`, `max(${fa(proportional)} ; ${fa(fixed)}) = ${fa(amount)}`, amount));
  return { amount, steps };
}
