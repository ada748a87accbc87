// The explanation every money function returns beside its result: steps a client can check line by
// line (the CLI and the PDF print them). Labels are French; formulas use the same formatting as the
// printed documents (format.ts).
import type { Decimal } from "./decimal.js";
import { format, type Locale } from "../model/locale.js";
import { moneyMessages, type MoneyMessageId } from "./messages.js";

export interface Step {
  /** What this step computes, in French. */
  label: string;
  /** The arithmetic, written out: "8 × 45,00 € = 360,00 €". */
  formula?: string;
  /** The value this step yields. */
  amount?: Decimal;
}

/** A result with its explanation. */
export type Explained<T> = T & { steps: Step[] };

export function step(label: string, formula?: string, amount?: Decimal): Step {
  const s: Step = { label };
  if (formula !== undefined) s.formula = formula;
  if (amount !== undefined) s.amount = amount;
  return s;
}

/**
 * The data cannot be computed as given (a deposit above the terms' ceiling, a missing amount):
 * a user error, never a crash. Data: a `code` and its values; the CLI words it in the user's
 * locale (`message` is the French wording, for logs and programmatic callers).
 */
export class ComputationError extends Error {
  override name = "ComputationError";
  constructor(
    readonly code: MoneyMessageId,
    readonly data: Record<string, unknown> = {},
  ) {
    super(format(moneyMessages, code, data, "fr"));
  }

  /** The message in `locale`; a unit code in the data is worded too. */
  describe(locale: Locale): string {
    const unit = this.data.unit;
    const data = typeof unit === "string" && `UNIT_${unit}` in moneyMessages ? { ...this.data, unit: format(moneyMessages, `UNIT_${unit}` as MoneyMessageId, {}, locale) } : this.data;
    return format(moneyMessages, this.code, data, locale);
  }
}
