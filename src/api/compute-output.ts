// What `clausier compute` prints: sections of steps worded in the user's locale, as text or JSON.
import type { Section } from "../documents/computations.js";
import { Localized, type Locale } from "../model/index.js";
import { D, formatAmount, stepText, wordStep } from "../money/index.js";

/** Between a label and its formula: French puts a space before the colon. */
const COLON: Record<Locale, string> = { fr: " : ", en: ": " };

export function textSection(s: Section, locale: Locale): string {
  const title = stepText(s.title, locale);
  const lines = [title, "─".repeat(Math.min(80, title.length))];
  for (const st of s.steps.map((step) => wordStep(step, locale))) {
    const amount = st.amount !== undefined ? formatAmount(st.amount) : "";
    const left = st.formula ? `${st.label}${COLON[locale]}${st.formula}` : st.label;
    lines.push(amount && !st.formula?.endsWith(amount) ? `${left.padEnd(64)} ${amount.padStart(16)}` : left);
  }
  return lines.join("\n") + "\n";
}

/**
 * Decimals as exact strings in JSON: a machine must not read 344.00 back as a float. Labels and
 * formulas are worded in the user's locale; each step and section keeps its message `id` to key on.
 */
export function jsonSection(s: Section, locale: Locale): unknown {
  const plain = (v: unknown): unknown =>
    D.isDecimal(v)
      ? (v as InstanceType<typeof D>).toFixed()
      : v instanceof Localized
        ? v.text[locale]
        : Array.isArray(v)
        ? v.map(plain)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, plain(x)]))
          : v;
  return { id: s.title.id, title: stepText(s.title, locale), steps: plain(s.steps.map((st) => wordStep(st, locale))), result: plain(s.result) };
}
