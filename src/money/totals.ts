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
import { step, type Explained, type Step } from "./explain.js";
import { formatAmount, formatDecimal, formatPercent, formatUnitPrice } from "./format.js";
import { allocateHt, splitTtc } from "./ttc.js";
import { type VatCategory, type VatCategoryCode, type VatGroup, vatGroupLabel, vatGroupOf } from "./vat-group.js";
import { currencyOr } from "./currency.js";

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
  vatKey: string;
}

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

/** Line amount before VAT split: quantity × unit price × (1 − discount), rounded once to the cent. */
function lineAmount(line: DocumentLine, index: number, currency: string, taxLabel: string): { amount: Decimal; step: Step } {
  const what = `de la ligne ${index + 1}`;
  const quantity = toDecimal(line.quantity, `quantité ${what}`);
  const unitPrice = toDecimal(line.unitPrice, `prix unitaire ${what}`);
  const discount = line.discountPercent === undefined ? ZERO : toDecimal(line.discountPercent, `remise ${what}`);
  const amount = roundCents(quantity.times(unitPrice).times(new D(1).minus(percentToFactor(discount))));
  const discountText = discount.isZero() ? "" : ` × (1 − ${formatPercent(discount)})`;
  return {
    amount,
    step: step(
      `Ligne ${index + 1} (${line.description}) : montant ${taxLabel}`,
      `${formatDecimal(quantity, 6)} × ${formatUnitPrice(unitPrice, currency)}${discountText} = ${formatAmount(amount, currency)}`,
      amount,
    ),
  };
}

export function computeTotals(input: TotalsInput, opts: TotalsOptions = {}): Explained<Totals> {
  const currency = currencyOr(opts.currency);
  const pricesInclude = input.pricesInclude ?? "HT";
  const taxLabel = pricesInclude;
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
    const { amount, step: s } = lineAmount(line, index, currency, taxLabel);
    steps.push(s);
    const group = vatGroupOf(line.vat);
    groupFor(group).items.push({ ref: { kind: "line", index }, signed: amount });
    return { amount, vatKey: group.key };
  });

  const acAmounts = (input.allowancesCharges ?? []).map((ac, index) => {
    const label = ac.kind === "allowance" ? "Remise" : "Frais";
    const amount = toAmount(ac.amount, `de la ${ac.kind === "allowance" ? "remise" : "charge"} « ${ac.reason} »`);
    const group = vatGroupOf(ac.vat);
    groupFor(group).items.push({ ref: { kind: "allowanceCharge", index }, signed: ac.kind === "allowance" ? amount.negated() : amount });
    steps.push(step(`${label} « ${ac.reason} » (${vatGroupLabel(group)}), ${taxLabel}`, undefined, amount));
    return { kind: ac.kind, reason: ac.reason, amount, vatKey: group.key };
  });

  // HT shares of each line / allowance / charge (equal to their amounts in an HT document).
  const lineNets = lineAmounts.map((l) => l.amount);
  const acNets = acAmounts.map((a) => a.amount);
  const vatBreakdown: VatBreakdownEntry[] = [];

  for (const { group, items } of groups.values()) {
    const label = vatGroupLabel(group);
    const signedSum = sum(items.map((i) => i.signed));
    const itemsFormula =
      items.length < 2
        ? undefined
        : `${items.map((i, n) => `${n === 0 ? "" : i.signed.isNegative() ? " − " : " + "}${formatAmount(n === 0 ? i.signed : i.signed.abs(), currency)}`).join("")} = ${formatAmount(signedSum, currency)}`;
    let base: Decimal;
    let vat: Decimal;
    if (pricesInclude === "TTC") {
      steps.push(step(`${label} : total TTC du groupe`, itemsFormula, signedSum));
      const split = splitTtc(signedSum, group.rate, currency);
      steps.push(...split.steps.map((s) => ({ ...s, label: `${label} : ${s.label}` })));
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
      steps.push(step(`${label} : base HT du groupe (BT-116)`, itemsFormula, base));
      vat = roundCents(base.times(percentToFactor(group.rate)));
      steps.push(
        step(
          `${label} : montant de TVA du groupe (BT-117), arrondi au centime`,
          `${formatAmount(base, currency)} × ${formatPercent(group.rate)} = ${formatAmount(vat, currency)}`,
          vat,
        ),
      );
    }
    const entry: VatBreakdownEntry = { key: group.key, category: group.category, code: group.code, rate: group.rate, base, vat, gross: base.plus(vat) };
    if (group.reason !== undefined) entry.reason = group.reason;
    vatBreakdown.push(entry);
  }

  const lines: LineTotal[] = lineAmounts.map((l, i) => {
    const net = lineNets[i] ?? l.amount;
    return pricesInclude === "TTC" ? { net, gross: l.amount, vatKey: l.vatKey } : { net, vatKey: l.vatKey };
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
  steps.push(step("Total des lignes HT (BT-106)", lines.map((l) => fa(l.net)).join(" + ") || fa(ZERO), lineTotal));
  if (!allowanceTotal.isZero() || !chargeTotal.isZero()) {
    steps.push(step("Total HT (BT-109) = lignes − remises + frais", `${fa(lineTotal)} − ${fa(allowanceTotal)} + ${fa(chargeTotal)} = ${fa(totalNet)}`, totalNet));
  } else {
    steps.push(step("Total HT (BT-109)", undefined, totalNet));
  }
  steps.push(step("Total TVA (BT-110) = somme des TVA par groupe", vatBreakdown.map((v) => fa(v.vat)).join(" + ") || fa(ZERO), totalVat));
  steps.push(step("Total TTC (BT-112) = HT + TVA", `${fa(totalNet)} + ${fa(totalVat)} = ${fa(totalGross)}`, totalGross));
  if (!paid.isZero()) {
    steps.push(step("Déjà payé (BT-113)", undefined, paid));
    steps.push(step("Net à payer (BT-115) = TTC − déjà payé", `${fa(totalGross)} − ${fa(paid)} = ${fa(amountDue)}`, amountDue));
  } else {
    steps.push(step("Net à payer (BT-115)", undefined, amountDue));
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
