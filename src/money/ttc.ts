// Prices stated tax included (TTC), e.g. Luxogés 29,90 € TTC per month at 20 %.
// Choice: the TTC the client sees is kept exactly. HT is derived once, HT = TTC / (1 + taux) rounded
// to the cent, and the VAT is the difference, VAT = TTC − HT, so HT + VAT = TTC to the cent
// (29,90 € → 24,92 € HT + 4,98 € TVA). Computing VAT = HT × taux instead could give 29,91 €.
// For a whole document priced TTC the split is done once per VAT group on the group's TTC sum
// (totals.ts), never line by line, so per-line roundings cannot add up to a cent of difference.
import { type Decimal, D, ZERO, percentToFactor, roundCents, sum } from "./decimal.js";
import { step, type Explained, ComputationError } from "./explain.js";
import { formatAmount, formatDecimal, formatPercent } from "./format.js";

function requireCents(amount: Decimal, what: string): void {
  if (amount.decimalPlaces() > 2) {
    throw new ComputationError("TTC_NOT_IN_CENTS", { what, amount: amount.toString() });
  }
}

/** Splits a TTC amount (in cents) at a VAT rate given in percent. */
export function splitTtc(
  ttc: Decimal,
  ratePercent: Decimal,
  currency = "EUR",
): Explained<{ ttc: Decimal; ht: Decimal; vat: Decimal }> {
  requireCents(ttc, "à ventiler");
  const divisor = new D(1).plus(percentToFactor(ratePercent));
  const ht = roundCents(ttc.div(divisor));
  const vat = ttc.minus(ht);
  return {
    ttc,
    ht,
    vat,
    steps: [
      step("TTC_NET", {
        data: { rate: formatPercent(ratePercent) },
        formula: `${formatAmount(ttc, currency)} ÷ ${formatDecimal(divisor, 6)} = ${formatAmount(ht, currency)}`,
        amount: ht,
      }),
      step("TTC_VAT", { formula: `${formatAmount(ttc, currency)} − ${formatAmount(ht, currency)} = ${formatAmount(vat, currency)}`, amount: vat }),
    ],
  };
}

/**
 * Spreads a VAT group's HT (already split once from the group's TTC) over the group's items so that
 * the items' HT add up to it exactly (EN 16931 BR-CO-10 and BR-S-08 need line nets that sum to the
 * group base). Each item gets its own TTC ÷ (1 + taux) rounded to the cent; the last item takes the
 * difference (at most half a cent per item), the same convention as a payment schedule.
 * `signedTtc` holds lines and charges as positive amounts, allowances as negative ones.
 */
export function allocateHt(signedTtc: readonly Decimal[], groupHt: Decimal, ratePercent: Decimal): Decimal[] {
  const divisor = new D(1).plus(percentToFactor(ratePercent));
  const shares = signedTtc.map((ttc) => roundCents(ttc.div(divisor)));
  if (shares.length === 0) return shares;
  const difference = groupHt.minus(sum(shares));
  const last = shares.length - 1;
  shares[last] = (shares[last] ?? ZERO).plus(difference);
  return shares;
}
