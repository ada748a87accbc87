// Cancellation fees by notice (policy kind "cancellation-windows"): Pétillances formations and
// consultance (25 / 15 jours ouvrables) and coaching (48 heures).
//
// Notice, in the policy's unit, is how far before the start the cancellation was given:
// - hours: startsAt − cancelledAt, exactly (47 h 59 min is less than 48 h);
// - calendar-days: startDate − cancelledOn (cancelling the day before gives 1 day);
// - working-days: the working days d with cancelledOn ≤ d < startDate, i.e. counted back from the
//   start day (itself excluded) to the day of cancellation (included when it is a working day). So
//   cancelling on the 25th working day before the start gives a notice of 25, which is what « au plus
//   tard 25 jours ouvrables avant le début » allows without fee.
//   Working days are « jours ouvrables » by default — Monday to Saturday except public holidays, the
//   word Pétillances uses — with the public holidays of the policy's calendar (src/legal/calendar.ts);
//   opts.workingDays = "ouvres" counts « jours ouvrés » (Monday to Friday) instead.
// The window that applies is the one with the largest minimum notice that the notice meets (windows
// are sorted by decreasing minNotice first, so "the first window whose minNotice ≤ notice" is the same
// whatever order the terms list them in). Fee = feePercent × total, rounded to the cent.
// A cancellation notified after the start (a later day, or a later instant for hours) has no notice:
// it is an error (docs/computations.md), not « 0 jours » and the 0-notice window's fee. Cancelling on
// the start day itself is a notice of 0 in days: the policy's last window decides.
import type { RefundOrCancellationPolicy } from "../model/generated/terms.js";
import { isWorkingDay, workingDaysBetween } from "../legal/calendar.js";
import { type IsoDate, compareDates, daysBetween } from "../legal/dates.js";
import { type Decimal, type DecimalInput, D, percentToFactor, roundCents, toAmount, toDecimal } from "./decimal.js";
import { localizedText, step, type Explained, type Step, ComputationError, unitName } from "./explain.js";
import { formatAmount, formatDecimal, formatPercent, localizedDate, localizedInstant } from "./format.js";
import { currencyOr } from "./currency.js";

export type CancellationWindowsPolicy = Extract<RefundOrCancellationPolicy, { kind: "cancellation-windows" }>;

export interface CancellationFacts {
  cancelledOn?: IsoDate;
  startDate?: IsoDate;
  /** RFC 3339 date-time with offset, for notices in hours. */
  cancelledAt?: string;
  startsAt?: string;
}

export interface CancellationOptions {
  workingDays?: "ouvrables" | "ouvres";
  currency?: string;
}

export interface CancellationFee {
  unit: CancellationWindowsPolicy["unit"];
  /** Notice in the policy's unit (hours may be fractional). */
  notice: Decimal;
  window: { minNotice: number; feePercent: Decimal };
  fee: Decimal;
}

const MS_PER_HOUR = new D(3_600_000);

function dateOf(facts: CancellationFacts, which: "cancel" | "start"): IsoDate {
  const date = which === "cancel" ? facts.cancelledOn ?? facts.cancelledAt?.slice(0, 10) : facts.startDate ?? facts.startsAt?.slice(0, 10);
  if (!date) throw new ComputationError(which === "cancel" ? "CANCELLATION_DATE_MISSING" : "START_DATE_MISSING");
  return date;
}

function instantOf(value: string | undefined, what: string): Decimal {
  const ms = value === undefined ? undefined : Date.parse(value);
  if (ms === undefined || Number.isNaN(ms)) throw new ComputationError("INSTANT_INVALID", { what });
  return new D(ms);
}

function afterStart(policy: CancellationWindowsPolicy, cancelled: unknown, start: unknown): ComputationError {
  return new ComputationError("CANCELLED_AFTER_START", { cancelled, start, policy: policy.id });
}

function noticeOf(policy: CancellationWindowsPolicy, facts: CancellationFacts, opts: CancellationOptions): { notice: Decimal; step: Step } {
  if (policy.unit === "hours") {
    const from = instantOf(facts.cancelledAt, "Heure d'annulation (cancelledAt)");
    const to = instantOf(facts.startsAt, "Heure de début (startsAt)");
    const notice = to.minus(from).div(MS_PER_HOUR);
    if (notice.isNegative()) throw afterStart(policy, localizedInstant(facts.cancelledAt!), localizedInstant(facts.startsAt!));
    return { notice, step: step("NOTICE_HOURS", { formula: { id: "FROM_TO_HOURS", data: { from: facts.cancelledAt, to: facts.startsAt, hours: formatDecimal(notice, 2), cancelled: localizedInstant(facts.cancelledAt!), starts: localizedInstant(facts.startsAt!) } } }) };
  }
  const cancelledOn = dateOf(facts, "cancel");
  const startDate = dateOf(facts, "start");
  if (compareDates(cancelledOn, startDate) > 0) throw afterStart(policy, localizedDate(cancelledOn), localizedDate(startDate));
  if (policy.unit === "calendar-days") {
    const days = daysBetween(cancelledOn, startDate);
    return { notice: new D(days), step: step("NOTICE_CALENDAR_DAYS", { formula: { id: "FROM_TO_DAYS", data: { from: localizedDate(cancelledOn), to: localizedDate(startDate), days } } }) };
  }
  if (!policy.calendar) throw new ComputationError("POLICY_CALENDAR_MISSING", { policy: policy.id });
  const ouvrables = (opts.workingDays ?? "ouvrables") === "ouvrables";
  const calendarOpts = { saturdayIsWorking: ouvrables };
  const between = workingDaysBetween(cancelledOn, startDate, policy.calendar, calendarOpts);
  const cancelDayCounts = daysBetween(cancelledOn, startDate) > 0 && isWorkingDay(cancelledOn, policy.calendar, calendarOpts);
  const days = between + (cancelDayCounts ? 1 : 0);
  const kind = localizedText(ouvrables ? "WORKING_DAYS_OUVRABLES" : "WORKING_DAYS_OUVRES");
  return {
    notice: new D(days),
    step: step("NOTICE_WORKING_DAYS", {
      data: { kind, calendar: policy.calendar },
      formula: { id: "FROM_TO_EXCLUDED_DAYS", data: { from: localizedDate(cancelledOn), to: localizedDate(startDate), days } },
    }),
  };
}

export function computeCancellationFee(
  policy: CancellationWindowsPolicy,
  facts: CancellationFacts,
  total: DecimalInput,
  opts: CancellationOptions = {},
): Explained<CancellationFee> {
  const currency = currencyOr(opts.currency);
  const totalD = toAmount(total, "total de la commande");
  const { notice, step: noticeStep } = noticeOf(policy, facts, opts);
  const windows = [...policy.windows]
    .map((w) => ({ minNotice: w.minNotice, feePercent: toDecimal(w.feePercent, "le pourcentage de frais d'annulation") }))
    .sort((a, b) => b.minNotice - a.minNotice);
  const window = windows.find((w) => notice.greaterThanOrEqualTo(w.minNotice));
  if (!window) {
    throw new ComputationError("NO_CANCELLATION_WINDOW", { notice: formatDecimal(notice, 2), unit: policy.unit, policy: policy.id });
  }
  const fee = roundCents(totalD.times(percentToFactor(window.feePercent)));
  return {
    unit: policy.unit,
    notice,
    window,
    fee,
    steps: [
      noticeStep,
      step("WINDOW_APPLIES", {
        data: {
          minNotice: window.minNotice,
          unit: unitName(policy.unit),
          percent: formatPercent(window.feePercent),
          // A document says « quel que soit le préavis », not « d'au moins 0 heures ».
          notice: window.minNotice === 0 ? localizedText("NOTICE_ANY") : localizedText("NOTICE_AT_LEAST", { minNotice: window.minNotice, unit: unitName(policy.unit) }),
        },
      }),
      step("CANCELLATION_FEE", { data: { total: formatAmount(totalD, currency), percent: formatPercent(window.feePercent) }, formula: `${formatAmount(totalD, currency)} × ${formatPercent(window.feePercent)} = ${formatAmount(fee, currency)}`, amount: fee }),
    ],
  };
}
