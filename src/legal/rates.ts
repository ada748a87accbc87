// Dated interest rates: French taux de l'intérêt légal and the ECB main refinancing rate.
// Every answer comes from src/legal/data; a date outside the data throws LegalDataGapError.
import { Decimal } from "decimal.js";
import frRatesFile from "./data/fr-legal-interest-rates.json" with { type: "json" };
import ecbFile from "./data/ecb-mro-rates.json" with { type: "json" };
import { type IsoDate, addDays, compareDates, isBetween, parseIsoDate, semesterEnd, semesterStart } from "./dates.js";
import { LegalDataGapError } from "./errors.js";
import type { LegalDataMessageId } from "./messages.js";

export interface DatedRate {
  rate: Decimal; // percent: 3.71 means 3,71 %
  from: IsoDate;
  to: IsoDate | null; // null: no later change is known (the data's coverage still applies)
  source: string;
  confidence: string;
}

export type Creditor = "professional" | "consumer";

interface FrSemester {
  semester: string;
  from: IsoDate;
  to: IsoDate;
  professional: string;
  consumer: string;
  arrete: string;
  source: string;
  confidence: string;
  conflict?: string;
}

interface FrAnnual {
  year: number;
  from: IsoDate;
  to: IsoDate;
  rate: string;
  source: string;
  confidence: string;
}

interface EcbStep {
  effectiveFrom: IsoDate;
  mro: string;
  source: string;
  confidence: string;
  note?: string;
}

const FR_FILE = "src/legal/data/fr-legal-interest-rates.json";
const ECB_FILE = "src/legal/data/ecb-mro-rates.json";

const frSemesters: readonly FrSemester[] = sortedBy(frRatesFile.semesters as FrSemester[], (s) => s.from);
const frAnnual: readonly FrAnnual[] = sortedBy(frRatesFile.annual as FrAnnual[], (a) => a.from);
const ecbSteps: readonly EcbStep[] = sortedBy(ecbFile.steps as EcbStep[], (s) => s.effectiveFrom);
const ecbVouchedThrough: IsoDate = ecbFile.vouchedThrough.date;

/** Taux de l'intérêt légal in force on `date`; "professional" is the « tous les autres cas » rate. */
export function frLegalInterestRate(date: IsoDate, creditor: Creditor): DatedRate {
  parseIsoDate(date);
  const semester = frSemesters.find((s) => isBetween(date, s.from, s.to));
  if (semester) {
    return {
      rate: new Decimal(creditor === "professional" ? semester.professional : semester.consumer),
      from: semester.from,
      to: semester.to,
      source: `${semester.arrete} ; ${semester.source}`,
      confidence: semester.confidence,
    };
  }
  // Before 2015 there was one annual rate for every creditor.
  const year = frAnnual.find((a) => isBetween(date, a.from, a.to));
  if (year) {
    return { rate: new Decimal(year.rate), from: year.from, to: year.to, source: year.source, confidence: year.confidence };
  }
  throw gap("fr-legal-interest-rates", "WHAT_FR_LEGAL_RATE", date, frCoverage(), FR_FILE);
}

/**
 * ECB "taux de référence" for date's semester: the MRO rate in force on its first day
 * (1 January or 1 July), as used by C. com. L441-10 II and the Luxembourg law of 2004/2013.
 */
export function ecbReferenceRate(date: IsoDate): DatedRate {
  parseIsoDate(date);
  const coverage = ecbReferenceCoverage();
  if (!isBetween(date, coverage.from, coverage.to)) {
    throw gap("ecb-mro-rates", "WHAT_ECB_REFERENCE", date, coverage, ECB_FILE);
  }
  const start = semesterStart(date);
  const inForce = mroPeriodOn(start);
  return { ...inForce, from: start, to: semesterEnd(date) };
}

/** ECB MRO rate in force on that exact day (by effective date, not decision date). */
export function ecbMainRateOn(date: IsoDate): DatedRate {
  parseIsoDate(date);
  const coverage = ecbMainCoverage();
  if (!isBetween(date, coverage.from, coverage.to)) {
    throw gap("ecb-mro-rates", "WHAT_ECB_MRO", date, coverage, ECB_FILE);
  }
  return mroPeriodOn(date);
}

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export function legalDataCoverage(): { frLegalInterest: DateRange; ecb: DateRange; ecbMainRate: DateRange } {
  return { frLegalInterest: frCoverage(), ecb: ecbReferenceCoverage(), ecbMainRate: ecbMainCoverage() };
}

/** The MRO value in force on `date`, with the whole period it held (steps that left the MRO unchanged are merged). */
function mroPeriodOn(date: IsoDate): DatedRate {
  const index = findLastIndex(ecbSteps, (s) => compareDates(s.effectiveFrom, date) <= 0);
  let first = index;
  while (first > 0 && ecbSteps[first - 1]!.mro === ecbSteps[index]!.mro) first--;
  let next = index + 1;
  while (next < ecbSteps.length && ecbSteps[next]!.mro === ecbSteps[index]!.mro) next++;
  const step = ecbSteps[first]!;
  const following = ecbSteps[next];
  return {
    rate: new Decimal(step.mro),
    from: step.effectiveFrom,
    to: following ? addDays(following.effectiveFrom, -1) : null,
    source: step.source,
    confidence: step.confidence,
  };
}

function frCoverage(): DateRange {
  const periods = [...frAnnual, ...frSemesters];
  return { from: periods[0]!.from, to: periods[periods.length - 1]!.to };
}

function ecbMainCoverage(): DateRange {
  return { from: ecbSteps[0]!.effectiveFrom, to: ecbVouchedThrough };
}

/** A semester is covered when its first day's MRO is known: the reference rate is then fixed for the whole semester. */
function ecbReferenceCoverage(): DateRange {
  const first = ecbSteps[0]!.effectiveFrom;
  const from = semesterStart(first) === first ? first : addDays(semesterEnd(first), 1);
  return { from, to: semesterEnd(ecbVouchedThrough) };
}

function gap(dataset: string, what: LegalDataMessageId, date: IsoDate, coverage: DateRange, file: string): LegalDataGapError {
  const before = compareDates(date, coverage.from) < 0;
  return new LegalDataGapError(dataset, date, before ? "RATE_BEFORE" : "RATE_AFTER", { what, boundary: before ? coverage.from : coverage.to, file });
}

function sortedBy<T>(items: readonly T[], key: (item: T) => IsoDate): T[] {
  return [...items].sort((a, b) => compareDates(key(a), key(b)));
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
