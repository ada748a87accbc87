// Deposits (acomptes) and payment schedules (échéanciers).
import { type Decimal, type DecimalInput, ZERO, percentToFactor, roundCents, sum, toAmount, toDecimal } from "./decimal.js";
import { step, type Explained, type Step, ComputationError } from "./explain.js";
import { formatAmount, formatPercent } from "./format.js";

/** A deposit of `percent` of `total`, rounded to the cent; above the terms' ceiling is an error (Altairis: 30 %). */
export function deposit(total: DecimalInput, percent: DecimalInput, maxPercent?: DecimalInput, currency = "EUR"): Explained<{ amount: Decimal }> {
  const totalD = toAmount(total, "total");
  const pct = toDecimal(percent, "le pourcentage d'acompte");
  if (maxPercent !== undefined) {
    const max = toDecimal(maxPercent, "le plafond d'acompte");
    if (pct.greaterThan(max)) {
      throw new ComputationError("DEPOSIT_ABOVE_CEILING", { percent: formatPercent(pct), ceiling: formatPercent(max) });
    }
  }
  const amount = roundCents(totalD.times(percentToFactor(pct)));
  return {
    amount,
    steps: [step("DEPOSIT", { data: { percent: formatPercent(pct) }, formula: `${formatAmount(totalD, currency)} × ${formatPercent(pct)} = ${formatAmount(amount, currency)}`, amount })],
  };
}

export interface SchedulePart {
  label: string;
  percent: DecimalInput;
}

/**
 * Splits `total` into parts given in percent (Livenote: 30 / 40 / 30). Each part is rounded to the
 * cent except the last, which takes the rest, so the amounts add up exactly to the total.
 */
export function schedule(
  total: DecimalInput,
  parts: readonly SchedulePart[],
  currency = "EUR",
): Explained<{ parts: { label: string; percent: Decimal; amount: Decimal }[] }> {
  const totalD = toAmount(total, "total");
  if (parts.length === 0) throw new ComputationError("SCHEDULE_EMPTY");
  const percents = parts.map((p) => toDecimal(p.percent, `le pourcentage de l'échéance « ${p.label} »`));
  const percentSum = sum(percents);
  if (!percentSum.equals(100)) {
    throw new ComputationError("SCHEDULE_NOT_100", { sum: formatPercent(percentSum) });
  }
  const fa = (d: Decimal): string => formatAmount(d, currency);
  const steps: Step[] = [];
  let allocated: Decimal = ZERO;
  const result = parts.map((p, i) => {
    const percent = percents[i] ?? ZERO;
    const last = i === parts.length - 1;
    const amount = last ? totalD.minus(allocated) : roundCents(totalD.times(percentToFactor(percent)));
    allocated = allocated.plus(amount);
    steps.push(
      last
        ? step("SCHEDULE_LAST_PART", { data: { label: p.label, percent: formatPercent(percent) }, formula: `${fa(totalD)} − ${fa(allocated.minus(amount))} = ${fa(amount)}`, amount })
        : step("SCHEDULE_PART", { data: { label: p.label, percent: formatPercent(percent) }, formula: `${fa(totalD)} × ${formatPercent(percent)} = ${fa(amount)}`, amount }),
    );
    return { label: p.label, percent, amount };
  });
  steps.push(step("SCHEDULE_TOTAL", { formula: result.map((r) => fa(r.amount)).join(" + ") + ` = ${fa(sum(result.map((r) => r.amount)))}`, amount: totalD }));
  return { parts: result, steps };
}
