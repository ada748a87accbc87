// Calendar dates as ISO strings "YYYY-MM-DD". Arithmetic goes through Date.UTC on integers so
// that the machine's time zone can never shift a date by one day.

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years Clausier accepts, in documents (schemas/common.schema.json), options and computations.
 * Every day-by-day or month-by-month loop advances a date that parseIsoDate() checks, so no loop
 * runs past 2199-12-31: at most about 110,000 days, never an open-ended spin.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
export const MIN_DATE: IsoDate = `${MIN_YEAR}-01-01`;
export const MAX_DATE: IsoDate = `${MAX_YEAR}-12-31`;

/** A well-formed date outside MIN_YEAR–MAX_YEAR, given or reached by a computation. */
export class DateOutOfRangeError extends RangeError {
  readonly code = "DATE_OUT_OF_RANGE";

  constructor(readonly date: IsoDate) {
    super(`Date invalide : « ${date} » hors de la plage acceptée (du ${MIN_DATE} au ${MAX_DATE}).`);
    this.name = "DateOutOfRangeError";
  }
}

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

export function isIsoDate(s: string): boolean {
  try {
    parseIsoDate(s);
    return true;
  } catch {
    return false;
  }
}

export function parseIsoDate(s: string): DateParts {
  const m = ISO_DATE.exec(s);
  if (!m) throw new RangeError(`Date invalide : « ${s} » (format attendu AAAA-MM-JJ).`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  // Also keeps Date.UTC away from years 0–99, which it maps to 1900–1999.
  if (year < MIN_YEAR || year > MAX_YEAR) throw new DateOutOfRangeError(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Date invalide : « ${s} » (ce jour n'existe pas).`);
  }
  return { year, month, day };
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const date = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
  // A computed date leaves the range here (2199-12-31 + 1 day), not one step later.
  if (year < MIN_YEAR || year > MAX_YEAR) throw new DateOutOfRangeError(date);
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de jours non entier : ${n}.`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** Adds calendar months; a day that does not exist in the target month is clamped to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Nombre de mois non entier : ${n}.`);
  const { year, month, day } = parseIsoDate(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function endOfMonth(d: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(d);
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

/** to − from, in days (negative when `to` is before `from`). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

export function isBetween(d: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return compareDates(d, from) >= 0 && (to === null || compareDates(d, to) <= 0);
}

/** 1 January or 1 July of the semester containing d. */
export function semesterStart(d: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(d);
  return formatIsoDate({ year, month: month <= 6 ? 1 : 7, day: 1 });
}

/** 30 June or 31 December of the semester containing d. */
export function semesterEnd(d: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(d);
  return month <= 6 ? formatIsoDate({ year, month: 6, day: 30 }) : formatIsoDate({ year, month: 12, day: 31 });
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  const weekday = new Date(toDayNumber(d) * MS_PER_DAY).getUTCDay(); // 0 = Sunday
  return weekday === 0 ? 7 : weekday;
}

/**
 * Today's date in Paris. The project's documents are French or Luxembourgish (same time zone),
 * so "today" is the civil date there, not the date of the machine's own zone.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

function toDayNumber(d: IsoDate): number {
  const { year, month, day } = parseIsoDate(d);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): IsoDate {
  const date = new Date(n * MS_PER_DAY);
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
