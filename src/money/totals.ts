// Document totals per EN 16931 (the semantic model behind Factur-X / UBL / CII):
//   line net amount            BT-131 = quantity × unit price − line discount, rounded to the cent (once)
//   sum of line nets           BT-106
//   document allowances        BT-107 (BG-20), document charges BT-108 (BG-21)
//   total without VAT (HT)     BT-109 = BT-106 − BT-107 + BT-108
//   VAT base per group         BT-116 = group's line nets + group's charges − group's allowances
//   VAT per group              BT-117 = BT-116 × rate, rounded to the cent once per group
//   total VAT                  BT-110 = Σ BT-117
//   total with VAT (TTC)       BT-112 = BT-109 + BT-110
//   paid amount                BT-113 = Σ payments received
//   amount due for payment     BT-115 = BT-112 − BT-113
// Every total is a sum of values already rounded to the cent, so the breakdown adds up exactly.
// pricesInclude "TTC": see ttc.ts for the choice (TTC kept, HT and VAT split once per group).
import type {
  DocumentLevelAllowanceRemiseOrChargeFrais,
  DocumentLine,
  PaymentReceived,
} from "../model/generated/invoice.js";
import { type Decimal, D, ZERO, percentToFactor, roundCents, sum, toAmount, toDecimal } from "./decimal.js";
import { localizedText, step, type Explained, type Step, type StepText } from "./explain.js";
import { formatAmount, formatDecimal, formatPercent, formatUnitPrice } from "./format.js";
import { allocateHt, splitTtc } from "./ttc.js";
import { type VatCategory, type VatCategoryCode, type VatGroup, localizedVatGroupLabel, vatGroupOf } from "./vat-group.js";
import { currencyOr } from "./currency.js";
import type { Localized } from "../model/locale.js";

export interface TotalsInput {
  lines: readonly DocumentLine[];
  allowancesCharges?: readonly DocumentLevelAllowanceRemiseOrChargeFrais[];
  payments?: readonly PaymentReceived[];
  /** "TTC": unit prices, allowances and charges are stated tax included. */
  pricesInclude?: "HT" | "TTC";
}

export interface TotalsOptions {
  currency?: string;
}

export interface LineTotal {
  /** BT-131, HT. For a TTC document: the line's share of its group's HT (see ttc.ts allocateHt). */
  net: Decimal;
  /** TTC document only: the line amount tax included, as the client sees it. */
  gross?: Decimal;
  /**
   * TTC document only: the unit price HT the law asks beside the stated TTC one (CGI ann. II
   * art. 242 nonies A I 8°): unit price TTC ÷ (1 + rate), before the line's discount, rounded half
   * up to UNIT_PRICE_PLACES. Printed only: the line's HT amount is its share of the group's HT, rounded once.
   */
  unitNet?: Decimal;
  vatKey: string;
}

/**
 * EN 16931 limits amounts to 2 decimals (BR-DEC rules) but not unit prices (BT-146, BT-148): a unit
 * price HT worked out from a TTC one keeps 4, as French invoices commonly print it.
 */
export const UNIT_PRICE_PLACES = 4;

export interface AllowanceChargeTotal {
  kind: "allowance" | "charge";
  reason: string;
  /** BT-92 / BT-99, HT (positive). */
  amount: Decimal;
  /** TTC document only: the amount tax included as stated. */
  gross?: Decimal;
  vatKey: string;
}

export interface VatBreakdownEntry {
  key: string;
  category: VatCategory;
  /** BT-118 */
  code: VatCategoryCode;
  /** BT-119, percent */
  rate: Decimal;
  /** BT-120 */
  reason?: string;
  /** BT-116 */
  base: Decimal;
  /** BT-117 */
  vat: Decimal;
  /** Group total tax included (base + vat). */
  gross: Decimal;
}

export interface Totals {
  pricesInclude: "HT" | "TTC";
  lines: LineTotal[];
  allowancesCharges: AllowanceChargeTotal[];
  vatBreakdown: VatBreakdownEntry[];
  /** BT-106 */
  lineTotal: Decimal;
  /** BT-107 */
  allowanceTotal: Decimal;
  /** BT-108 */
  chargeTotal: Decimal;
  /** BT-109, total HT */
  totalNet: Decimal;
  /** BT-110 */
  totalVat: Decimal;
  /** BT-112, total TTC */
  totalGross: Decimal;
  /** BT-113 */
  paid: Decimal;
  /** BT-115 */
  amountDue: Decimal;
}

interface GroupAccumulator {
  group: VatGroup;
  /** Signed amounts of the group's items in document order (lines and charges +, allowances −). */
  items: { ref: { kind: "line" | "allowanceCharge"; index: number }; signed: Decimal }[];
}

/** A step of splitTtc, named within its VAT group. */
const IN_GROUP = { TTC_NET: "GROUP_TTC_NET", TTC_VAT: "GROUP_TTC_VAT" } as const satisfies Record<string, StepText["id"]>;

/** Line amount before VAT split: quantity × unit price × (1 − discount), rounded once to the cent. */
function lineAmount(line: DocumentLine, index: number, currency: string, tax: Localized): { amount: Decimal; step: Step } {
  const what = `de la ligne ${index + 1}`;
  const quantity = toDecimal(line.quantity, `quantité ${what}`);
  const unitPrice = toDecimal(line.unitPrice, `prix unitaire ${what}`);
  const discount = line.discountPercent === undefined ? ZERO : toDecimal(line.discountPercent, `remise ${what}`);
  const amount = roundCents(quantity.times(unitPrice).times(new D(1).minus(percentToFactor(discount))));
  const discountText = discount.isZero() ? "" : ` × (1 − ${formatPercent(discount)})`;
  return {
    amount,
    step: step("LINE_AMOUNT", {
      data: { line: index + 1, description: line.description, tax },
      formula: `${formatDecimal(quantity, 6)} × ${formatUnitPrice(unitPrice, currency)}${discountText} = ${formatAmount(amount, currency)}`,
      amount,
    }),
  };
}

export function computeTotals(input: TotalsInput, opts: TotalsOptions = {}): Explained<Totals> {
  const currency = currencyOr(opts.currency);
  const pricesInclude = input.pricesInclude ?? "HT";
  const tax = localizedText(pricesInclude === "TTC" ? "TAX_TTC" : "TAX_HT");
  const steps: Step[] = [];
  const groups = new Map<string, GroupAccumulator>();
  const groupFor = (group: VatGroup): GroupAccumulator => {
    let acc = groups.get(group.key);
    if (!acc) {
      acc = { group, items: [] };
      groups.set(group.key, acc);
    }
    return acc;
  };

  const lineAmounts = input.lines.map((line, index) => {
    const { amount, step: s } = lineAmount(line, index, currency, tax);
    steps.push(s);
    const group = vatGroupOf(line.vat);
    groupFor(group).items.push({ ref: { kind: "line", index }, signed: amount });
    return { amount, vatKey: group.key };
  });

  const acAmounts = (input.allowancesCharges ?? []).map((ac, index) => {
    const amount = toAmount(ac.amount, `de la ${ac.kind === "allowance" ? "remise" : "charge"} « ${ac.reason} »`);
    const group = vatGroupOf(ac.vat);
    groupFor(group).items.push({ ref: { kind: "allowanceCharge", index }, signed: ac.kind === "allowance" ? amount.negated() : amount });
    steps.push(step(ac.kind === "allowance" ? "DOCUMENT_ALLOWANCE" : "DOCUMENT_CHARGE", { data: { reason: ac.reason, group: localizedVatGroupLabel(group), tax }, amount }));
    return { kind: ac.kind, reason: ac.reason, amount, vatKey: group.key };
  });

  // HT shares of each line / allowance / charge (equal to their amounts in an HT document).
  const lineNets = lineAmounts.map((l) => l.amount);
  const acNets = acAmounts.map((a) => a.amount);
  const vatBreakdown: VatBreakdownEntry[] = [];

  for (const { group, items } of groups.values()) {
    const label = localizedVatGroupLabel(group);
    const signedSum = sum(items.map((i) => i.signed));
    const itemsFormula =
      items.length < 2
        ? undefined
        : `${items.map((i, n) => `${n === 0 ? "" : i.signed.isNegative() ? " − " : " + "}${formatAmount(n === 0 ? i.signed : i.signed.abs(), currency)}`).join("")} = ${formatAmount(signedSum, currency)}`;
    let base: Decimal;
    let vat: Decimal;
    if (pricesInclude === "TTC") {
      steps.push(step("GROUP_TTC_TOTAL", { data: { group: label }, formula: itemsFormula, amount: signedSum }));
      const split = splitTtc(signedSum, group.rate, currency);
      steps.push(...split.steps.map((s) => ({ ...s, id: IN_GROUP[s.id as keyof typeof IN_GROUP], data: { ...s.data, group: label } })));
      base = split.ht;
      vat = split.vat;
      const shares = allocateHt(items.map((i) => i.signed), base, group.rate);
      items.forEach((item, n) => {
        const share = shares[n] ?? ZERO;
        if (item.ref.kind === "line") lineNets[item.ref.index] = share;
        else acNets[item.ref.index] = share.abs();
      });
    } else {
      base = signedSum;
      steps.push(step("GROUP_BASE", { data: { group: label }, formula: itemsFormula, amount: base }));
      vat = roundCents(base.times(percentToFactor(group.rate)));
      steps.push(
        step("GROUP_VAT", {
          data: { group: label },
          formula: `${formatAmount(base, currency)} × ${formatPercent(group.rate)} = ${formatAmount(vat, currency)}`,
          amount: vat,
        }),
      );
    }
    const entry: VatBreakdownEntry = { key: group.key, category: group.category, code: group.code, rate: group.rate, base, vat, gross: base.plus(vat) };
    if (group.reason !== undefined) entry.reason = group.reason;
    vatBreakdown.push(entry);
  }

  const lines: LineTotal[] = lineAmounts.map((l, i) => {
    const net = lineNets[i] ?? l.amount;
    if (pricesInclude !== "TTC") return { net, vatKey: l.vatKey };
    const rate = vatBreakdown.find((v) => v.key === l.vatKey)?.rate ?? ZERO;
    const unitTtc = toDecimal(input.lines[i]!.unitPrice, `prix unitaire de la ligne ${i + 1}`);
    const unitNet = unitTtc.div(new D(1).plus(percentToFactor(rate))).toDecimalPlaces(UNIT_PRICE_PLACES, D.ROUND_HALF_UP);
    return { net, gross: l.amount, unitNet, vatKey: l.vatKey };
  });
  const allowancesCharges: AllowanceChargeTotal[] = acAmounts.map((a, i) => {
    const amount = acNets[i] ?? a.amount;
    return pricesInclude === "TTC" ? { ...a, amount, gross: a.amount } : { ...a, amount };
  });

  const lineTotal = sum(lines.map((l) => l.net));
  const allowanceTotal = sum(allowancesCharges.filter((a) => a.kind === "allowance").map((a) => a.amount));
  const chargeTotal = sum(allowancesCharges.filter((a) => a.kind === "charge").map((a) => a.amount));
  const totalNet = lineTotal.minus(allowanceTotal).plus(chargeTotal);
  const totalVat = sum(vatBreakdown.map((v) => v.vat));
  const totalGross = totalNet.plus(totalVat);
  const paid = sum((input.payments ?? []).map((p, i) => toAmount(p.amount, `du paiement n° ${i + 1} (${p.date})`)));
  const amountDue = totalGross.minus(paid);

  const fa = (d: Decimal): string => formatAmount(d, currency);
  steps.push(step("LINES_TOTAL", { formula: lines.map((l) => fa(l.net)).join(" + ") || fa(ZERO), amount: lineTotal }));
  if (!allowanceTotal.isZero() || !chargeTotal.isZero()) {
    steps.push(step("TOTAL_NET_ADJUSTED", { formula: `${fa(lineTotal)} − ${fa(allowanceTotal)} + ${fa(chargeTotal)} = ${fa(totalNet)}`, amount: totalNet }));
  } else {
    steps.push(step("TOTAL_NET", { amount: totalNet }));
  }
  steps.push(step("TOTAL_VAT", { formula: vatBreakdown.map((v) => fa(v.vat)).join(" + ") || fa(ZERO), amount: totalVat }));
  steps.push(step("TOTAL_GROSS", { formula: `${fa(totalNet)} + ${fa(totalVat)} = ${fa(totalGross)}`, amount: totalGross }));
  if (!paid.isZero()) {
    steps.push(step("PAID", { amount: paid }));
    steps.push(step("AMOUNT_DUE_AFTER_PAID", { formula: `${fa(totalGross)} − ${fa(paid)} = ${fa(amountDue)}`, amount: amountDue }));
  } else {
    steps.push(step("AMOUNT_DUE", { amount: amountDue }));
  }

  return {
    pricesInclude,
    lines,
    allowancesCharges,
    vatBreakdown,
    lineTotal,
    allowanceTotal,
    chargeTotal,
    totalNet,
    totalVat,
    totalGross,
    paid,
    amountDue,
    steps,
  };
}
