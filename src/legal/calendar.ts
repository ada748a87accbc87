// Public holidays and working days for France and Luxembourg (national holidays only).
import holidaysFile from "./data/public-holidays.json" with { type: "json" };
import { type IsoDate, addDays, compareDates, formatIsoDate, isoWeekday, parseIsoDate } from "./dates.js";
import { LegalDataGapError } from "./errors.js";

export type CalendarCountry = "FR" | "LU";

export interface WorkingDayOptions {
  /** true: "jours ouvrables" (Monday–Saturday); default false: "jours ouvrés" (Monday–Friday). */
  saturdayIsWorking?: boolean;
}

export interface PublicHoliday {
  date: IsoDate;
  name: string;
}

interface HolidayRule {
  name: string;
  fixed?: string; // "MM-DD"
  easter?: number; // days after Easter Sunday
  fromYear?: number;
}

interface CountryHolidays {
  fromYear: number;
  source: string;
  confidence: string;
  holidays: HolidayRule[];
}

const HOLIDAYS_FILE = "src/legal/data/public-holidays.json";
const rulesByCountry: Record<CalendarCountry, CountryHolidays> = holidaysFile.countries;

/** Public holidays of `year`, sorted by date. */
export function publicHolidays(year: number, country: CalendarCountry): IsoDate[] {
  return namedPublicHolidays(year, country).map((h) => h.date);
}

export function namedPublicHolidays(year: number, country: CalendarCountry): PublicHoliday[] {
  const rules = rulesByCountry[country];
  if (!Number.isInteger(year) || year < rules.fromYear) {
    throw new LegalDataGapError(
      "public-holidays",
      `${year}-01-01`,
      "PUBLIC_HOLIDAYS",
      { country, year, fromYear: rules.fromYear, file: HOLIDAYS_FILE },
    );
  }
  const easter = easterSunday(year);
  return rules.holidays
    .filter((rule) => rule.fromYear === undefined || year >= rule.fromYear)
    .map((rule) => ({
      name: rule.name,
      date: rule.fixed !== undefined ? `${year}-${rule.fixed}` : addDays(easter, rule.easter ?? 0),
    }))
    .sort((a, b) => compareDates(a.date, b.date));
}

// Working-day loops ask the same year again and again; the rules are static, so cache per country and year.
const holidayCache = new Map<string, ReadonlySet<IsoDate>>();

export function isPublicHoliday(d: IsoDate, country: CalendarCountry): boolean {
  const year = parseIsoDate(d).year;
  const key = `${country}-${year}`;
  let dates = holidayCache.get(key);
  if (!dates) {
    dates = new Set(publicHolidays(year, country));
    holidayCache.set(key, dates);
  }
  return dates.has(d);
}

export function isWorkingDay(d: IsoDate, country: CalendarCountry, opts: WorkingDayOptions = {}): boolean {
  const weekday = isoWeekday(d);
  const lastWorkingWeekday = opts.saturdayIsWorking ? 6 : 5;
  return weekday <= lastWorkingWeekday && !isPublicHoliday(d, country);
}

/**
 * Number of working days d with from < d < to: both ends are excluded (the days strictly
 * between the two dates). Returns 0 when `to` is not at least two days after `from`.
 * Example: from Friday to the following Tuesday → 1 (the Monday), or 0 if that Monday is a holiday.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  country: CalendarCountry,
  opts: WorkingDayOptions = {},
): number {
  let count = 0;
  for (let d = addDays(from, 1); compareDates(d, to) < 0; d = addDays(d, 1)) {
    if (isWorkingDay(d, country, opts)) count++;
  }
  return count;
}

/** The n-th working day after d (d itself excluded); n ≥ 1. */
export function addWorkingDays(d: IsoDate, n: number, country: CalendarCountry, opts: WorkingDayOptions = {}): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Nombre de jours ouvrés invalide : ${n}.`);
  let current = d;
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, country, opts)) counted++;
  }
  return current;
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}
