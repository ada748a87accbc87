// The one Decimal of src/money: every amount and every rate is one of these, never a JS number.
// A local clone so that nobody else's Decimal.set() can change our precision or rounding.
import { ComputationError } from "./explain.js";
import { Decimal as DecimalClass } from "decimal.js";

/** Precision 40 significant digits (far beyond any invoice), ROUND_HALF_UP (« arrondi au plus proche,
 *  0,5 vers le haut » as accountants and EN 16931 practice expect), no exponent in toString(). */
export const D = DecimalClass.clone({
  precision: 40,
  rounding: DecimalClass.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** Instance type of D (instances of any decimal.js clone are interchangeable). */
export type Decimal = DecimalClass;

/** What the schemas allow for an amount, a rate or a quantity: decimal text or a plain JSON number. */
export type DecimalInput = string | number | Decimal;

/**
 * Reads a schema value exactly. A JSON number is turned into its shortest decimal text first
 * (String(0.1) === "0.1"), so no binary float ever reaches the arithmetic.
 * `what` names the value in the French error message.
 */
export function toDecimal(x: DecimalInput, what: string): Decimal {
  let value: Decimal;
  try {
    value = new D(typeof x === "object" ? x : String(x).trim());
  } catch {
    throw new ComputationError("DECIMAL_INVALID", { what, value: String(x) });
  }
  if (!value.isFinite()) {
    throw new ComputationError("DECIMAL_NOT_FINITE", { what, value: String(x) });
  }
  return value;
}

/**
 * Reads an amount of money that must already be in cents (a document-level allowance, a payment):
 * more than two decimals is an error rather than a silent rounding.
 */
export function toAmount(x: DecimalInput, what: string): Decimal {
  const value = toDecimal(x, what);
  if (value.decimalPlaces() > 2) {
    throw new ComputationError("AMOUNT_BEYOND_CENTS", { what, value: String(x) });
  }
  return value;
}

/** Rounds to the cent, half away from zero (0,005 → 0,01 ; −0,005 → −0,01). */
export function roundCents(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** A percent (5.5 for 5,5 %) as a factor (0.055). */
export function percentToFactor(percent: Decimal): Decimal {
  return percent.div(100);
}

export const ZERO: Decimal = new D(0);

/** Sum of decimals (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), ZERO);
}
