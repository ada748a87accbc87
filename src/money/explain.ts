// The explanation every money function returns beside its result: steps a client can check line by
// line (the CLI and the PDF print them). A step is data: a message id of step-messages.ts and its
// values; it is worded where it is printed (wordStep), in the reader's locale. Formulas use the
// same formatting as the printed documents (format.ts).
import type { Decimal } from "./decimal.js";
import { format, Localized, type Locale } from "../model/locale.js";
import { moneyMessages, type MoneyMessageId } from "./messages.js";
import { documentStepAmounts, documentStepMessages, stepMessages, type StepMessageId } from "./step-messages.js";

/** A message of the step catalogue and the values of its placeholders (a Localized where worded per language). */
export interface StepText {
  id: StepMessageId;
  data?: Record<string, unknown>;
}

export interface Step extends StepText {
  /** The arithmetic, written out: "8 × 45,00 € = 360,00 €"; a message when it holds words or dates. */
  formula?: string | StepText;
  /** The value this step yields. */
  amount?: Decimal;
}

/** A step as printed: its stable id, and its label and formula worded in one locale. */
export interface WordedStep {
  id: StepMessageId;
  label: string;
  formula?: string;
  amount?: Decimal;
}

/** A result with its explanation. */
export type Explained<T> = T & { steps: Step[] };

export function step(id: StepMessageId, parts: { data?: Record<string, unknown>; formula?: string | StepText; amount?: Decimal } = {}): Step {
  const s: Step = { id };
  if (parts.data !== undefined) s.data = parts.data;
  if (parts.formula !== undefined) s.formula = parts.formula;
  if (parts.amount !== undefined) s.amount = parts.amount;
  return s;
}

export function stepText(text: StepText, locale: Locale): string {
  return format(stepMessages, text.id, text.data ?? {}, locale);
}

export function wordStep(s: Step, locale: Locale): WordedStep {
  const worded: WordedStep = { id: s.id, label: stepText(s, locale) };
  if (s.formula !== undefined) worded.formula = typeof s.formula === "string" ? s.formula : stepText(s.formula, locale);
  if (s.amount !== undefined) worded.amount = s.amount;
  return worded;
}

function hasDocumentWording(id: StepMessageId): id is keyof typeof documentStepMessages {
  return id in documentStepMessages;
}

/** A step as a client document prints it: a plain sentence and the amount with its sign, never a formula. */
export function wordStepForDocument(s: Step, locale: Locale): { id: StepMessageId; label: string; amount?: Decimal } {
  const data = { ...(typeof s.formula === "object" ? s.formula.data : {}), ...s.data };
  const label = hasDocumentWording(s.id) ? format(documentStepMessages, s.id, data, locale) : stepText(s, locale);
  const treatment = documentStepAmounts[s.id];
  if (s.amount === undefined || treatment === "omitted") return { id: s.id, label };
  return { id: s.id, label, amount: treatment === "deducted" ? s.amount.negated() : s.amount };
}

/** A step message worded in every locale, to sit in another message's data (a VAT group in a label). */
export function localizedText(id: StepMessageId, data: Record<string, unknown> = {}): Localized {
  return new Localized({ fr: stepText({ id, data }, "fr"), en: stepText({ id, data }, "en") });
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
    const data = typeof unit === "string" && `UNIT_${unit}` in moneyMessages ? { ...this.data, unit: unitName(unit as NoticeUnit) } : this.data;
    return format(moneyMessages, this.code, data, locale);
  }
}

export type NoticeUnit = "working-days" | "calendar-days" | "hours";

/** A notice's unit ("jours ouvrables", "working days"), worded per language. */
export function unitName(unit: NoticeUnit): Localized {
  const id: MoneyMessageId = `UNIT_${unit}`;
  return new Localized({ fr: format(moneyMessages, id, {}, "fr"), en: format(moneyMessages, id, {}, "en") });
}
