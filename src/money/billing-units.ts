// Billing units (Pétillances): duration rounding, travel fees by zone, small-order fee, unit fees.
import type { BillingRules } from "../model/generated/terms.js";
import { type Decimal, type DecimalInput, D, roundCents, toAmount, toDecimal } from "./decimal.js";
import { step, type Explained, ComputationError } from "./explain.js";
import { formatAmount, formatDecimal } from "./format.js";

export type DurationRounding = NonNullable<BillingRules["durationRounding"]>;
export type TravelZone = NonNullable<NonNullable<BillingRules["travel"]>["zones"]>[number];
export type SmallOrderFee = NonNullable<BillingRules["smallOrderFee"]>;

/**
 * How a service of `hours` is billed (Pétillances: « toute prestation d'une durée supérieure à deux
 * heures sera facturée comme une demi-journée ; supérieure à quatre heures, comme une journée
 * complète »): more than halfDayAboveHours → one half day; more than fullDayAboveHours → one day;
 * otherwise the hours themselves. The thresholds are strict: exactly 2 h is billed as 2 hours.
 * The rule applies to one service (one day of service); a multi-day engagement is billed per day.
 */
export function billableDuration(
  hours: DecimalInput,
  rounding: DurationRounding,
): Explained<{ unit: "hour" | "half-day" | "day"; quantity: Decimal }> {
  const h = toDecimal(hours, "la durée en heures");
  if (h.isNegative()) throw new ComputationError("NEGATIVE_DURATION");
  const half = toDecimal(rounding.halfDayAboveHours, "le seuil de la demi-journée");
  const full = toDecimal(rounding.fullDayAboveHours, "le seuil de la journée");
  const hText = `${formatDecimal(h, 2)} h`;
  if (h.greaterThan(full)) {
    return { unit: "day", quantity: new D(1), steps: [step("DURATION_FULL_DAY", { data: { hours: hText, threshold: `${formatDecimal(full, 2)} h` } })] };
  }
  if (h.greaterThan(half)) {
    return { unit: "half-day", quantity: new D(1), steps: [step("DURATION_HALF_DAY", { data: { hours: hText, threshold: `${formatDecimal(half, 2)} h` } })] };
  }
  return { unit: "hour", quantity: h, steps: [step("DURATION_HOURS", { data: { hours: hText, threshold: `${formatDecimal(half, 2)} h` } })] };
}

/** Travel fee: kilometres × the zone's rate per km, rounded to the cent. */
export function travelFee(km: DecimalInput, zone: TravelZone, currency = "EUR"): Explained<{ amount: Decimal }> {
  const distance = toDecimal(km, "la distance en kilomètres");
  const perKm = toDecimal(zone.perKm, `le tarif kilométrique de la zone « ${zone.label} »`);
  const amount = roundCents(distance.times(perKm));
  return {
    amount,
    steps: [step("TRAVEL_FEE", { data: { zone: zone.label }, formula: `${formatDecimal(distance, 3)} km × ${formatAmount(perKm, currency)} = ${formatAmount(amount, currency)}`, amount })],
  };
}

/**
 * Whether the small-order fee applies (Pétillances: « toute commande inférieure à trois-cent-cinquante
 * (350) euros », strictly below). Its amount is only known when the terms fix it.
 */
export function smallOrderFeeApplies(total: DecimalInput, threshold: SmallOrderFee, currency = "EUR"): Explained<{ applies: boolean; amount?: Decimal }> {
  const t = toDecimal(total, "le total de la commande");
  const below = toAmount(threshold.below, "du seuil de petite commande");
  const fa = (d: Decimal): string => formatAmount(d, currency);
  if (!t.lessThan(below)) {
    return { applies: false, steps: [step("SMALL_ORDER_NO_FEE", { data: { total: fa(t), threshold: fa(below) } })] };
  }
  if (threshold.amount === undefined) {
    return { applies: true, steps: [step("SMALL_ORDER_FEE_UNSET", { data: { total: fa(t), threshold: fa(below) } })] };
  }
  const amount = toAmount(threshold.amount, "des frais administratifs");
  return { applies: true, amount, steps: [step("SMALL_ORDER_FEE", { data: { total: fa(t), threshold: fa(below) }, amount })] };
}

/** A per-unit fee (Pétillances: printed certificates, 3 € each): count × amount. `label`: the terms' name for it. */
export function unitFee(count: DecimalInput, amount: DecimalInput, currency = "EUR", label?: string): Explained<{ amount: Decimal }> {
  const n = toDecimal(count, "le nombre d'unités");
  const unit = toDecimal(amount, "le prix unitaire");
  const total = roundCents(n.times(unit));
  const formula = `${formatDecimal(n, 3)} × ${formatAmount(unit, currency)} = ${formatAmount(total, currency)}`;
  return { amount: total, steps: [label === undefined ? step("UNIT_FEE", { formula, amount: total }) : step("UNIT_FEE_NAMED", { data: { label }, formula, amount: total })] };
}
