// Refunds, one function per refund policy kind (schemas/terms.schema.json#/$defs/refundPolicy),
// dispatched by computeRefund. Every principal refund is kept between 0 and what was paid.
import type { RefundStatement } from "../model/generated/refund.js";
import type { RefundOrCancellationPolicy } from "../model/generated/terms.js";
import { type IsoDate, addMonths, compareDates } from "../legal/dates.js";
import { type CancellationOptions, computeCancellationFee } from "./cancellation.js";
import { type Decimal, type DecimalInput, D, ZERO, percentToFactor, roundCents, toAmount, toDecimal } from "./decimal.js";
import { step, type Explained, type Step, ComputationError } from "./explain.js";
import { formatAmount, formatPercent, localizedDate } from "./format.js";
import { accrueInterest, legalRateMultiple } from "./interest.js";
import type { ClientType } from "./penalties.js";
import { currencyOr } from "./currency.js";

export type RefundPolicy = RefundOrCancellationPolicy;
export type RefundFacts = RefundStatement["facts"];
type PolicyOf<K extends RefundPolicy["kind"]> = Extract<RefundPolicy, { kind: K }>;

export interface InvoiceContext {
  /** Total of the invoice or order (TTC). Taken as the amount paid when facts.amountPaid is absent
   *  (except for cancellation windows, where it is the base of the fee). */
  total?: DecimalInput;
  /** Date the client paid (legal interest runs from the next day). */
  paidOn?: IsoDate;
  /** Date of the refund: the refund statement's issue date. */
  refundDate?: IsoDate;
  clientType?: ClientType;
  currency?: string;
  cancellation?: CancellationOptions;
}

export interface RefundResult {
  policyId: string;
  kind: RefundPolicy["kind"];
  /** What the client paid. */
  paid: Decimal;
  /** Principal refunded: 0 ≤ amount ≤ paid. */
  amount: Decimal;
  /** Legal interest added to the principal (pro-rata-services with withLegalInterest). */
  interest: Decimal;
  /** amount + interest. */
  total: Decimal;
  /** Cancellation windows: the fee, and what the client still owes beyond what was paid. */
  fee?: Decimal;
  stillDue?: Decimal;
}

function paidAmount(facts: RefundFacts, ctx: InvoiceContext, fallback?: Decimal): Decimal {
  if (facts.amountPaid !== undefined) return toAmount(facts.amountPaid, "payé");
  if (ctx.total !== undefined) return toAmount(ctx.total, "total de la facture");
  if (fallback) return fallback;
  throw new ComputationError("AMOUNT_PAID_UNKNOWN");
}

/** Never negative, never above what was paid. */
function clampRefund(raw: Decimal, paid: Decimal, steps: Step[], currency: string): Decimal {
  if (raw.isNegative()) {
    steps.push(step("REFUND_NEGATIVE", { amount: ZERO }));
    return ZERO;
  }
  if (raw.greaterThan(paid)) {
    steps.push(step("REFUND_CAPPED_AT_PAID", { data: { paid: formatAmount(paid, currency) }, amount: paid }));
    return paid;
  }
  return raw;
}

function result(policy: RefundPolicy, paid: Decimal, amount: Decimal, steps: Step[], extra: Partial<RefundResult> = {}): Explained<RefundResult> {
  const interest = extra.interest ?? ZERO;
  return { policyId: policy.id, kind: policy.kind, paid, amount, interest, total: amount.plus(interest), ...extra, steps };
}

/**
 * Months started between `start` (included) and `end` (excluded): k = 0, 1, … such that
 * start + k months < end. Livenote: 1 Jan → 1 May = 4 months (January to April); 1 Jan → 2 May = 5.
 * With startedMonthDue false, only the whole months elapsed (start + k months ≤ end, k ≥ 1) count.
 */
export function monthsUsedBetween(start: IsoDate, end: IsoDate, startedMonthDue = true): number {
  let k = 0;
  if (startedMonthDue) {
    while (compareDates(addMonths(start, k), end) < 0) k++;
    return k;
  }
  while (compareDates(addMonths(start, k + 1), end) <= 0) k++;
  return k;
}

/**
 * Prepaid plan refunded for unused months at the plan price, minus the discount enjoyed on the used
 * months (Livenote): (months − used) × plan price − used × (base price − plan price).
 * 12 months at 45 € (base 49 €), 4 used: 8 × 45 − 4 × (49 − 45) = 360 − 16 = 344,00 €.
 * « Tout mois commencé est dû »: monthsUsed counts started months.
 */
export function refundPrepaidPlan(policy: PolicyOf<"prepaid-plan-prorata">, facts: RefundFacts, ctx: InvoiceContext = {}): Explained<RefundResult> {
  const currency = currencyOr(ctx.currency);
  const fa = (d: Decimal): string => formatAmount(d, currency);
  const base = toDecimal(policy.monthlyBasePrice, "le prix mensuel de base");
  const plan = toDecimal(policy.monthlyPlanPrice, "le prix mensuel du forfait");
  const months = policy.months;
  const steps: Step[] = [];
  let used: number;
  if (facts.monthsUsed !== undefined) {
    used = facts.monthsUsed;
    steps.push(step(policy.startedMonthDue === false ? "MONTHS_USED" : "MONTHS_USED_STARTED_DUE", { data: { used } }));
  } else if (facts.startDate && facts.cancelledOn) {
    used = monthsUsedBetween(facts.startDate, facts.cancelledOn, policy.startedMonthDue ?? true);
    const data = { from: localizedDate(facts.startDate), to: localizedDate(facts.cancelledOn), used };
    steps.push(step(policy.startedMonthDue === false ? "MONTHS_ELAPSED_BETWEEN" : "MONTHS_STARTED_BETWEEN", { data }));
  } else {
    throw new ComputationError("MONTHS_USED_MISSING");
  }
  if (used > months) {
    steps.push(step("MONTHS_USED_CAPPED", { data: { months } }));
    used = months;
  }
  const paid = paidAmount(facts, ctx, plan.times(months));
  const unused = months - used;
  const unusedValue = plan.times(unused);
  const discount = base.minus(plan).times(used);
  const raw = unusedValue.minus(discount);
  steps.push(step("UNUSED_MONTHS", { data: { unused, plan: fa(plan) }, formula: `(${months} − ${used}) × ${fa(plan)} = ${unused} × ${fa(plan)} = ${fa(unusedValue)}`, amount: unusedValue }));
  steps.push(step("USED_MONTHS_DISCOUNT", { data: { used, base: fa(base), plan: fa(plan) }, formula: `${used} × (${fa(base)} − ${fa(plan)}) = ${fa(discount)}`, amount: discount }));
  steps.push(step("REFUND", { formula: `${fa(unusedValue)} − ${fa(discount)} = ${fa(raw)}`, amount: raw }));
  const amount = roundCents(clampRefund(raw, paid, steps, currency));
  return result(policy, paid, amount, steps);
}

/**
 * Sums paid refunded pro rata of the services not rendered: paid − services rendered. With
 * withLegalInterest (Altairis: « La restitution de ces sommes inclue les intérêts au taux légal »),
 * the refunded principal bears interest at the French legal rate — the consumer rate when the client,
 * creditor of the refund, is a consumer, the « autres cas » rate otherwise — from the day after the
 * payment to the refund date inclusive, each semester at its own rate, days / 365, rounded once.
 */
export function refundProRataServices(policy: PolicyOf<"pro-rata-services">, facts: RefundFacts, ctx: InvoiceContext = {}): Explained<RefundResult> {
  const currency = currencyOr(ctx.currency);
  const fa = (d: Decimal): string => formatAmount(d, currency);
  if (facts.servicesRendered === undefined) throw new ComputationError("SERVICES_RENDERED_MISSING");
  const paid = paidAmount(facts, ctx);
  const rendered = toAmount(facts.servicesRendered, "des prestations fournies");
  const steps: Step[] = [];
  const raw = paid.minus(rendered);
  steps.push(step("PAID_LESS_SERVICES_RENDERED", { data: { paid: fa(paid), rendered: fa(rendered) }, formula: `${fa(paid)} − ${fa(rendered)} = ${fa(raw)}`, amount: raw }));
  const amount = clampRefund(raw, paid, steps, currency);
  if (!policy.withLegalInterest || amount.isZero()) return result(policy, paid, amount, steps);
  const paidOn = facts.paidOn ?? ctx.paidOn;
  if (!paidOn || !ctx.refundDate) throw new ComputationError("INTEREST_DATES_MISSING");
  const creditor = ctx.clientType === "consumer" ? "consumer" : "professional";
  const interest = accrueInterest({
    amount,
    since: paidOn,
    until: ctx.refundDate,
    rateAt: legalRateMultiple(new D(1), creditor),
    currency,
    labels: { period: { id: "REFUND_INTEREST_PERIOD", data: { amount: fa(amount) } }, total: { id: "REFUND_INTEREST_TOTAL" } },
  });
  steps.push(...interest.steps);
  steps.push(step("REFUND_TOTAL_WITH_INTEREST", { formula: `${fa(amount)} + ${fa(interest.interest)} = ${fa(amount.plus(interest.interest))}`, amount: amount.plus(interest.interest) }));
  return result(policy, paid, amount, steps, { interest: interest.interest });
}

/** Termination at the end of the current period: nothing is refunded. */
export function refundEndOfPeriod(policy: PolicyOf<"end-of-period-no-refund">, facts: RefundFacts, ctx: InvoiceContext = {}): Explained<RefundResult> {
  const paid = facts.amountPaid !== undefined || ctx.total !== undefined ? paidAmount(facts, ctx) : ZERO;
  return result(policy, paid, ZERO, [step("END_OF_PERIOD_NO_REFUND", { amount: ZERO })]);
}

/** Refund by outcome of a shop service (Livenote: 100 %, 100 % minus the payment providers' fees, 50 %, 0 %). */
export function refundServiceOutcome(policy: PolicyOf<"service-outcome">, facts: RefundFacts, ctx: InvoiceContext = {}): Explained<RefundResult> {
  const currency = currencyOr(ctx.currency);
  const fa = (d: Decimal): string => formatAmount(d, currency);
  const outcome = policy.outcomes.find((o) => o.id === facts.outcome);
  if (!outcome) {
    throw new ComputationError("UNKNOWN_OUTCOME", { outcome: facts.outcome ?? "?", policy: policy.id, expected: policy.outcomes.map((o) => o.id).join(", ") });
  }
  const paid = paidAmount(facts, ctx);
  const percent = toDecimal(outcome.refundPercent, "le pourcentage remboursé");
  const share = roundCents(paid.times(percentToFactor(percent)));
  const steps: Step[] = [
    step("OUTCOME_REFUNDED", { data: { outcome: outcome.label, percent: formatPercent(percent), paid: fa(paid) }, formula: `${fa(paid)} × ${formatPercent(percent)} = ${fa(share)}`, amount: share }),
  ];
  let raw = share;
  if (outcome.minusProviderFees) {
    if (facts.providerFees === undefined) throw new ComputationError("PROVIDER_FEES_MISSING");
    const fees = toAmount(facts.providerFees, "des frais des prestataires de paiement");
    raw = share.minus(fees);
    steps.push(step("LESS_PROVIDER_FEES", { data: { fees: fa(fees) }, formula: `${fa(share)} − ${fa(fees)} = ${fa(raw)}`, amount: raw }));
  }
  return result(policy, paid, clampRefund(raw, paid, steps, currency), steps);
}

/** Cancellation windows: the fee is kept, the rest of what was paid (a deposit, say) is refunded. */
export function refundCancellation(policy: PolicyOf<"cancellation-windows">, facts: RefundFacts, ctx: InvoiceContext = {}): Explained<RefundResult> {
  const currency = currencyOr(ctx.currency);
  const fa = (d: Decimal): string => formatAmount(d, currency);
  if (ctx.total === undefined) throw new ComputationError("ORDER_TOTAL_MISSING");
  const cancellation = computeCancellationFee(policy, facts, ctx.total, { ...ctx.cancellation, currency });
  const paid = facts.amountPaid === undefined ? ZERO : toAmount(facts.amountPaid, "payé");
  const steps: Step[] = [...cancellation.steps];
  const amount = D.max(paid.minus(cancellation.fee), ZERO);
  const stillDue = D.max(cancellation.fee.minus(paid), ZERO);
  const operands = { paid: fa(paid), fee: fa(cancellation.fee) };
  steps.push(step("PAID_LESS_CANCELLATION_FEE", { data: operands, formula: `max(${fa(paid)} − ${fa(cancellation.fee)} ; 0) = ${fa(amount)}`, amount }));
  if (!stillDue.isZero()) steps.push(step("CANCELLATION_FEE_STILL_DUE", { data: operands, formula: `${fa(cancellation.fee)} − ${fa(paid)} = ${fa(stillDue)}`, amount: stillDue }));
  return result(policy, paid, amount, steps, { fee: cancellation.fee, stillDue });
}

export function computeRefund(policy: RefundPolicy, facts: RefundFacts, invoiceContext: InvoiceContext = {}): Explained<RefundResult> {
  switch (policy.kind) {
    case "prepaid-plan-prorata":
      return refundPrepaidPlan(policy, facts, invoiceContext);
    case "pro-rata-services":
      return refundProRataServices(policy, facts, invoiceContext);
    case "end-of-period-no-refund":
      return refundEndOfPeriod(policy, facts, invoiceContext);
    case "service-outcome":
      return refundServiceOutcome(policy, facts, invoiceContext);
    case "cancellation-windows":
      return refundCancellation(policy, facts, invoiceContext);
  }
}
