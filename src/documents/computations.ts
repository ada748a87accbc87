// The computations `clausier compute` shows, as titled sections of steps a client can check line by
// line. Every amount, date and currency comes from the derived document; only what depends on the
// request (a payment date, a cancellation date, a policy) is computed here.
import { todayIso, type IsoDate } from "../legal/dates.js";
import type { LoadedCreditNote, LoadedDocument, LoadedInvoice, LoadedQuote, LoadedRefund } from "../model/index.js";
import {
  amountInWords,
  billableDuration,
  checkPaymentTermCap,
  computeCancellationFee,
  computeLatePenalty,
  ComputationError,
  D,
  formatAmount,
  formatPercent,
  localizedDate,
  recoveryIndemnity,
  travelFee,
  type Step,
  type StepText,
} from "../money/index.js";
import { valueOf } from "./amounts.js";
import { derive } from "./derive.js";
import { ComputeUsageError } from "./messages.js";

export type ComputeWhat = "totals" | "due-date" | "penalties" | "refund" | "cancellation" | "billing-units";

export interface ComputeRequest {
  what: ComputeWhat;
  paidOn?: IsoDate;
  on?: IsoDate;
  policy?: string;
  start?: IsoDate;
  endOfMonth?: "days-then-eom" | "eom-then-days";
  /** penalties: a one-off annual rate in percent (decimal text), used instead of the terms' clause and the legal data. */
  rate?: string;
  /** billing-units: the service's duration in hours, the travel distance and zone id (as typed). */
  hours?: string;
  km?: string;
  zone?: string;
}

export interface Section {
  /** A message of src/money/step-messages.ts: worded where it is printed. */
  title: StepText;
  steps: Step[];
  result: Record<string, unknown>;
}

function expect<K extends LoadedDocument["kind"]>(doc: LoadedDocument, kinds: K[], what: string): Extract<LoadedDocument, { kind: K }> {
  if (!(kinds as string[]).includes(doc.kind)) throw new ComputeUsageError("WRONG_KIND", { what, kinds, kind: doc.kind, path: doc.path });
  return doc as Extract<LoadedDocument, { kind: K }>;
}

/** The sections of one computation; a refusal of the data is thrown (ComputationError, LegalDataGapError, UsageError). */
export function computeSections(request: ComputeRequest, doc: LoadedDocument): Section[] {
  switch (request.what) {
    case "totals": {
      const d = expect(doc, ["invoice", "quote", "credit-note"], "totals");
      return d.kind === "invoice" ? invoiceTotals(d) : d.kind === "quote" ? quoteTotals(d) : creditNoteTotals(d);
    }
    case "due-date":
      return dueDate(expect(doc, ["invoice"], "due-date"), request);
    case "penalties":
      return penalties(expect(doc, ["invoice"], "penalties"), request);
    case "refund":
      return refund(expect(doc, ["refund"], "refund"));
    case "cancellation":
      return cancellation(expect(doc, ["refund", "invoice", "quote"], "cancellation"), request);
    case "billing-units":
      return billingUnits(expect(doc, ["terms", "quote", "invoice", "credit-note", "refund"], "billing-units"), request);
  }
}

function invoiceTotals(d: LoadedInvoice): Section[] {
  const t = valueOf(derive(d).totals);
  return [
    {
      title: { id: "SECTION_INVOICE_TOTALS", data: { number: d.data.number } },
      steps: [...t.steps, { id: "AMOUNT_DUE_IN_WORDS", data: { words: amountInWords(t.amountDue) } }],
      result: { totalNet: t.totalNet, totalVat: t.totalVat, totalGross: t.totalGross, paid: t.paid, amountDue: t.amountDue, vatBreakdown: t.vatBreakdown.map((v) => ({ code: v.code, rate: v.rate, reason: v.reason, base: v.base, vat: v.vat })) },
    },
  ];
}

function creditNoteTotals(d: LoadedCreditNote): Section[] {
  const derived = derive(d);
  const t = valueOf(derived.totals);
  return [
    {
      title: { id: "SECTION_CREDIT_NOTE_TOTALS", data: { number: d.data.number, corrects: derived.corrects.number } },
      // Nothing is paid on a credit note: its last step, the amount due (BT-115), would only repeat the TTC.
      steps: [...t.steps.slice(0, -1), { id: "CREDIT_NOTE_AMOUNT_IN_WORDS", data: { words: amountInWords(t.totalGross) } }],
      result: {
        totalNet: t.totalNet,
        totalVat: t.totalVat,
        totalGross: t.totalGross,
        corrects: { number: derived.corrects.number, issueDate: derived.corrects.issueDate },
        vatBreakdown: t.vatBreakdown.map((v) => ({ code: v.code, rate: v.rate, reason: v.reason, base: v.base, vat: v.vat })),
      },
    },
  ];
}

function quoteTotals(d: LoadedQuote): Section[] {
  const q = valueOf(derive(d).amounts);
  const t = q.totals;
  const sections: Section[] = [
    {
      title: { id: "SECTION_QUOTE_TOTALS", data: { number: d.data.number } },
      steps: [...t.steps, { id: "TOTAL_GROSS_IN_WORDS", data: { words: amountInWords(t.totalGross) } }],
      result: { totalNet: t.totalNet, totalVat: t.totalVat, totalGross: t.totalGross, validUntil: q.validUntil },
    },
  ];
  if (q.deposit) sections.push({ title: { id: "SECTION_DEPOSIT" }, steps: q.deposit.steps, result: { amount: q.deposit.amount } });
  if (q.schedule) sections.push({ title: { id: "SECTION_SCHEDULE" }, steps: q.schedule.steps, result: { parts: q.schedule.parts } });
  return sections;
}

function dueDate(d: LoadedInvoice, request: ComputeRequest): Section[] {
  const derived = derive(d, { endOfMonthReading: request.endOfMonth });
  valueOf(derived.totals);
  const computed = valueOf(derived.dueDateComputed);
  const payment = derived.payment;
  if (!computed || !payment) throw new ComputationError("TERMS_WITHOUT_PAYMENT_TERM", { terms: d.data.terms });
  const { findings } = checkPaymentTermCap(payment, derived.law);
  const steps: Step[] = [...computed.steps, ...findings.map((f): Step => ({ id: "FINDING_WARNING", data: { message: f.message, basis: f.legalBasis } }))];
  if (d.data.dueDate && d.data.dueDate !== computed.dueDate) steps.push({ id: "STATED_DUE_DATE_DIFFERS", data: { date: localizedDate(d.data.dueDate) } });
  return [{ title: { id: "SECTION_DUE_DATE", data: { number: d.data.number } }, steps, result: { dueDate: computed.dueDate, stated: d.data.dueDate, findings } }];
}

function penalties(d: LoadedInvoice, request: ComputeRequest): Section[] {
  const derived = derive(d);
  const totals = valueOf(derived.totals);
  valueOf(derived.dueDateComputed);
  if (!derived.dueDate) throw new ComputationError("DUE_DATE_UNKNOWN");
  const late = d.terms.data.latePayment ?? {};
  const { law, currency } = derived;
  const paidOn = request.paidOn ?? todayIso();
  const balance = totals.amountDue;
  const penalty = computeLatePenalty({
    amount: balance,
    dueDate: derived.dueDate,
    paidOn,
    penalty: derived.latePayment.penalty,
    computation: late.computation,
    law,
    rateDate: late.rateDate,
    invoiceDate: d.data.issueDate,
    deliveryDate: d.data.saleDate ?? d.data.servicePeriod?.to ?? d.data.issueDate,
    currency,
    rateOverride: request.rate === undefined ? undefined : new D(request.rate),
  });
  // Say it beside the figures when a rate did not come from the terms and the built-in data.
  const userData = [...new Map(penalty.parts.flatMap((p) => (p.rate.userData ? [p.rate.userData] : [])).map((o) => [`${o.file}:${o.line}:${o.column}`, o])).values()];
  const provenance: Step[] = [
    ...(request.rate === undefined ? [] : [{ id: "RATE_GIVEN_BY_USER", data: { rate: formatPercent(new D(request.rate)) } } satisfies Step]),
    ...(userData.length ? [{ id: "USER_DATA_USED", data: { origins: userData.map((o) => `${o.file}:${o.line}:${o.column}`).join(", ") } } satisfies Step] : []),
  ];
  const indemnity = recoveryIndemnity(derived.latePayment.indemnity, balance, d.data.client.type, { law, daysLate: penalty.daysLate, currency });
  const total = penalty.interest.plus(indemnity.amount);
  return [
    {
      title: { id: "SECTION_PENALTIES", data: { number: d.data.number, balance: formatAmount(balance, currency), paidOn: localizedDate(paidOn) } },
      steps: [...provenance, ...penalty.steps],
      result: {
        daysLate: penalty.daysLate,
        interest: penalty.interest,
        parts: penalty.parts,
        ...(request.rate === undefined ? {} : { rateGiven: new D(request.rate) }),
        ...(userData.length ? { userData } : {}),
      },
    },
    { title: { id: "SECTION_INDEMNITY" }, steps: indemnity.steps, result: { amount: indemnity.amount } },
    {
      title: { id: "SECTION_CLAIMABLE" },
      steps: [{ id: "PENALTIES_PLUS_INDEMNITY", formula: `${formatAmount(penalty.interest, currency)} + ${formatAmount(indemnity.amount, currency)}`, amount: total }],
      result: { total },
    },
  ];
}

function refund(d: LoadedRefund): Section[] {
  const derived = derive(d);
  const r = valueOf(derived.statement);
  const { currency } = derived;
  const steps = [...r.steps];
  if (d.data.statedAmount !== undefined && !new D(String(d.data.statedAmount)).equals(r.total))
    steps.push({ id: "STATED_REFUND_DIFFERS", data: { stated: formatAmount(new D(String(d.data.statedAmount)), currency), computed: formatAmount(r.total, currency) } });
  return [{ title: { id: "SECTION_REFUND", data: { number: d.data.number, policy: d.data.policy, invoice: d.invoice.data.number } }, steps, result: { paid: r.paid, amount: r.amount, interest: r.interest, total: r.total, fee: r.fee, stillDue: r.stillDue } }];
}

function cancellation(d: LoadedRefund | LoadedInvoice | LoadedQuote, request: ComputeRequest): Section[] {
  const terms = d.terms.data;
  const policies = (terms.refundPolicies ?? []).filter((p) => p.kind === "cancellation-windows");
  const wanted = request.policy ?? (d.kind === "refund" ? d.data.policy : undefined);
  const policy = wanted ? policies.find((p) => p.id === wanted) : policies.length === 1 ? policies[0] : undefined;
  if (!policy || policy.kind !== "cancellation-windows")
    throw new ComputeUsageError("CHOOSE_POLICY", { policies: policies.map((p) => p.id) });
  const facts = d.kind === "refund" ? d.data.facts : {};
  const order = d.kind === "refund" ? d.invoice : d;
  const totals = order.kind === "invoice" ? valueOf(derive(order).totals) : valueOf(derive(order).amounts).totals;
  const startDate = request.start ?? facts.startDate ?? (order.kind === "invoice" ? order.data.servicePeriod?.from : undefined);
  const cancelledOn = request.on ?? facts.cancelledOn;
  if (policy.unit !== "hours" && (!startDate || !cancelledOn)) throw new ComputeUsageError("CANCELLATION_DATES");
  const fee = computeCancellationFee(policy, { cancelledOn, startDate, cancelledAt: facts.cancelledAt, startsAt: facts.startsAt }, totals.totalGross);
  return [{ title: { id: "SECTION_CANCELLATION", data: { policy: policy.id, total: formatAmount(totals.totalGross) } }, steps: fee.steps, result: { notice: fee.notice, unit: fee.unit, feePercent: fee.window.feePercent, fee: fee.fee } }];
}

/** Hours and kilometres typed on the command line: exact decimal text, bounded (a service is not a million hours). */
function optionNumber(option: string, value: string): string {
  if (!/^[0-9]{1,6}(\.[0-9]+)?$/.test(value)) throw new ComputeUsageError("BILLING_UNITS_NUMBER", { option, value });
  return value;
}

/** The terms' billing units (Pétillances: half day / day from hours, travel by zone) for a duration and a trip. */
function billingUnits(d: LoadedDocument & { kind: "terms" | "quote" | "invoice" | "credit-note" | "refund" }, request: ComputeRequest): Section[] {
  const terms = d.kind === "terms" ? d : d.terms;
  const billing = terms.data.billing;
  const zones = billing?.travel?.zones ?? [];
  if (!billing?.durationRounding && !zones.length) throw new ComputationError("TERMS_WITHOUT_BILLING_RULES", { terms: terms.path });
  const zoneIds = zones.map((z) => z.id).join(", ") || "—";
  if (request.hours === undefined && request.km === undefined) throw new ComputeUsageError("BILLING_UNITS_INPUT", { zones: zoneIds });
  const steps: Step[] = [];
  const result: Record<string, unknown> = {};
  if (request.hours !== undefined) {
    const rounding = billing?.durationRounding;
    if (!rounding) throw new ComputationError("TERMS_WITHOUT_BILLING_RULES", { terms: terms.path });
    const duration = billableDuration(optionNumber("--hours", request.hours), rounding);
    steps.push(...duration.steps);
    result.duration = { hours: new D(request.hours), unit: duration.unit, quantity: duration.quantity };
  }
  if (request.km !== undefined) {
    const km = optionNumber("--km", request.km);
    const zone = zones.find((z) => z.id === request.zone);
    if (!zone) throw new ComputeUsageError("BILLING_UNITS_ZONE", { value: request.zone ?? "", zones: zoneIds });
    // Travel rates are in the terms' prices, in euros (the terms carry no currency).
    const travel = travelFee(km, zone);
    steps.push(...travel.steps);
    result.travel = { km: new D(km), zone: zone.id, amount: travel.amount };
  }
  return [{ title: { id: "SECTION_BILLING_UNITS", data: { terms: terms.data.id } }, steps, result }];
}
