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
  /** Set when the value comes from a user's legal-data file, not from the built-in data. */
  userData?: UserDataOrigin;
}

/** Where a user-supplied value was written: reports name it beside the figure it gave. */
export interface UserDataOrigin {
  file: string;
  line: number;
  column: number;
}

/** Where the official value was published, as the user's legal-data file says. */
export interface UserDataSource {
  title: string;
  url?: string;
  published: IsoDate;
}

export interface UserFrSemester {
  semester: string;
  professional: string;
  consumer: string;
  source: UserDataSource;
  origin: UserDataOrigin;
}

export interface UserEcbStep {
  effectiveFrom: IsoDate;
  mro: string;
  knownThrough?: IsoDate;
  source: UserDataSource;
  origin: UserDataOrigin;
}

export interface LegalDataOverlay {
  frSemesters: readonly UserFrSemester[];
  ecbSteps: readonly UserEcbStep[];
}

/** A user value the built-in data (or another user value) contradicts: an error at its origin. */
export interface OverlayConflict {
  origin: UserDataOrigin;
  reason: LegalDataMessageId;
  data: Record<string, string>;
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
  userData?: UserDataOrigin;
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
  userData?: UserDataOrigin;
}

const FR_FILE = "src/legal/data/fr-legal-interest-rates.json";
/** A built-in rate still in force on a day only a user's file vouches for (no decision in between). */
const USER_VOUCHED = "maintenu selon les données utilisateur (legalData)";
const ECB_FILE = "src/legal/data/ecb-mro-rates.json";

const builtInFrSemesters: readonly FrSemester[] = sortedBy(frRatesFile.semesters as FrSemester[], (s) => s.from);
const frAnnual: readonly FrAnnual[] = sortedBy(frRatesFile.annual as FrAnnual[], (a) => a.from);
const builtInEcbSteps: readonly EcbStep[] = sortedBy(ecbFile.steps as EcbStep[], (s) => s.effectiveFrom);
const builtInEcbVouchedThrough: IsoDate = ecbFile.vouchedThrough.date;

// The data in use: the built-in data, plus a user's legal-data files once useLegalDataOverlay() accepted them.
let frSemesters: readonly FrSemester[] = builtInFrSemesters;
let ecbSteps: readonly EcbStep[] = builtInEcbSteps;
let ecbVouchedThrough: IsoDate = builtInEcbVouchedThrough;
let overlayInUse: LegalDataOverlay | undefined;

/**
 * Merges user-supplied rates over the built-in data, for the rest of the process (one CLI run).
 * A value that contradicts the built-in data or another user value is returned as a conflict and
 * nothing is merged: a user file may add what the data lacks, never change what it holds.
 * A user value equal to the built-in one is accepted and the built-in entry kept.
 */
export function useLegalDataOverlay(overlay: LegalDataOverlay): OverlayConflict[] {
  const conflicts = [...frConflicts(overlay.frSemesters), ...ecbConflicts(overlay.ecbSteps)];
  if (conflicts.length) return conflicts;
  const addedFr = uniqueBy(overlay.frSemesters, (u) => u.semester)
    .filter((u) => !builtInFrSemesters.some((b) => b.semester === u.semester))
    .map((u): FrSemester => {
      const { from, to } = semesterRange(u.semester);
      return { semester: u.semester, from, to, professional: u.professional, consumer: u.consumer, arrete: u.source.title, source: userSourceText(u.source), confidence: "U", userData: u.origin };
    });
  const addedEcb = uniqueBy(overlay.ecbSteps, (u) => u.effectiveFrom)
    .filter((u) => compareDates(u.effectiveFrom, builtInEcbVouchedThrough) > 0)
    .map((u): EcbStep => ({ effectiveFrom: u.effectiveFrom, mro: u.mro, source: userSourceText(u.source), confidence: "U", userData: u.origin }));
  frSemesters = sortedBy([...builtInFrSemesters, ...addedFr], (s) => s.from);
  ecbSteps = sortedBy([...builtInEcbSteps, ...addedEcb], (s) => s.effectiveFrom);
  ecbVouchedThrough = [builtInEcbVouchedThrough, ...overlay.ecbSteps.map((u) => u.knownThrough ?? u.effectiveFrom)].reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  overlayInUse = overlay;
  return [];
}

/** Back to the built-in data alone (tests; a process that loads another project). */
export function clearLegalDataOverlay(): void {
  frSemesters = builtInFrSemesters;
  ecbSteps = builtInEcbSteps;
  ecbVouchedThrough = builtInEcbVouchedThrough;
  overlayInUse = undefined;
}

/** The user data merged in this process, if any. */
export function legalDataOverlay(): LegalDataOverlay | undefined {
  return overlayInUse;
}

function frConflicts(users: readonly UserFrSemester[]): OverlayConflict[] {
  const out: OverlayConflict[] = [];
  users.forEach((u, i) => {
    const builtIn = builtInFrSemesters.find((b) => b.semester === u.semester);
    if (builtIn && !(sameRate(builtIn.professional, u.professional) && sameRate(builtIn.consumer, u.consumer))) {
      out.push({
        origin: u.origin,
        reason: "OVERLAY_FR_CONFLICT",
        data: { semester: u.semester, professional: builtIn.professional, consumer: builtIn.consumer, builtInSource: builtIn.arrete, file: FR_FILE },
      });
      return;
    }
    const earlier = users.slice(0, i).find((e) => e.semester === u.semester);
    if (earlier && !(sameRate(earlier.professional, u.professional) && sameRate(earlier.consumer, u.consumer))) {
      out.push({ origin: u.origin, reason: "OVERLAY_FR_DUPLICATE", data: { semester: u.semester, other: originText(earlier.origin) } });
    }
  });
  return out;
}

function ecbConflicts(users: readonly UserEcbStep[]): OverlayConflict[] {
  const out: OverlayConflict[] = [];
  users.forEach((u, i) => {
    if (u.knownThrough && compareDates(u.knownThrough, u.effectiveFrom) < 0) {
      out.push({ origin: u.origin, reason: "OVERLAY_ECB_KNOWN_THROUGH", data: { effectiveFrom: u.effectiveFrom, knownThrough: u.knownThrough } });
      return;
    }
    // The built-in data vouches for every step up to its last day: a user step inside it must be one of them.
    if (compareDates(u.effectiveFrom, builtInEcbVouchedThrough) <= 0) {
      const same = builtInEcbSteps.find((b) => b.effectiveFrom === u.effectiveFrom && sameRate(b.mro, u.mro));
      if (!same) {
        const inForce = builtInEcbSteps.filter((b) => compareDates(b.effectiveFrom, u.effectiveFrom) <= 0).at(-1);
        out.push({
          origin: u.origin,
          reason: "OVERLAY_ECB_CONFLICT",
          data: { effectiveFrom: u.effectiveFrom, mro: u.mro, builtIn: inForce ? `${inForce.mro} % (${inForce.effectiveFrom})` : "—", vouchedThrough: builtInEcbVouchedThrough, file: ECB_FILE },
        });
      }
      return;
    }
    const earlier = users.slice(0, i).find((e) => e.effectiveFrom === u.effectiveFrom);
    if (earlier && !sameRate(earlier.mro, u.mro)) {
      out.push({ origin: u.origin, reason: "OVERLAY_ECB_DUPLICATE", data: { effectiveFrom: u.effectiveFrom, other: originText(earlier.origin) } });
    }
  });
  return out;
}

function sameRate(a: string, b: string): boolean {
  return new Decimal(a).equals(new Decimal(b));
}

function semesterRange(semester: string): DateRange {
  const [year, half] = semester.split("-S");
  return half === "1" ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

function userSourceText(source: UserDataSource): string {
  return [source.title, source.url, source.published].filter(Boolean).join(", ");
}

function originText(origin: UserDataOrigin): string {
  return `${origin.file}:${origin.line}:${origin.column}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}

/** Taux de l'intérêt légal in force on `date`; "professional" is the « tous les autres cas » rate. */
export function frLegalInterestRate(date: IsoDate, creditor: Creditor): DatedRate {
  parseIsoDate(date);
  const semester = frSemesters.find((s) => isBetween(date, s.from, s.to));
  if (semester) {
    return {
      rate: new Decimal(creditor === "professional" ? semester.professional : semester.consumer),
      from: semester.from,
      to: semester.to,
      source: semester.userData ? semester.source : `${semester.arrete} ; ${semester.source}`,
      confidence: semester.confidence,
      ...(semester.userData ? { userData: semester.userData } : {}),
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
  const userData = ecbUserOrigin(date, ecbSteps[index]!);
  return {
    rate: new Decimal(step.mro),
    from: step.effectiveFrom,
    to: following ? addDays(following.effectiveFrom, -1) : null,
    source: userData && !ecbSteps[index]!.userData ? `${step.source} ; ${USER_VOUCHED}` : ecbSteps[index]!.userData ? ecbSteps[index]!.source : step.source,
    confidence: userData ? "U" : step.confidence,
    ...(userData ? { userData } : {}),
  };
}

/** From the first period to the end of the unbroken run: a user semester after a gap does not fill the gap. */
function frCoverage(): DateRange {
  const periods = [...frAnnual, ...frSemesters];
  let to = periods[0]!.to;
  for (const p of periods.slice(1)) {
    if (p.from !== addDays(to, 1)) break;
    to = p.to;
  }
  return { from: periods[0]!.from, to };
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

/** Where each dataset's official values are published: named in the gap error, with how to supply them. */
const PUBLISHED_IN: Record<string, LegalDataMessageId> = {
  "fr-legal-interest-rates": "PUBLISHED_FR_LEGAL_RATE",
  "ecb-mro-rates": "PUBLISHED_ECB",
};

function gap(dataset: string, what: LegalDataMessageId, date: IsoDate, coverage: DateRange, file: string): LegalDataGapError {
  const before = compareDates(date, coverage.from) < 0;
  // The period to supply: a semester for the half-yearly rates, the day for the ECB rate on a given day.
  const period = what === "WHAT_ECB_MRO" ? date : `${date.slice(0, 4)}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
  return new LegalDataGapError(dataset, date, before ? "RATE_BEFORE" : "RATE_AFTER", {
    what,
    boundary: before ? coverage.from : coverage.to,
    file,
    period,
    ...(before ? {} : { published: PUBLISHED_IN[dataset]! }),
  });
}

/** The user's entry a rate on `date` depends on, when the built-in data does not reach that day. */
function ecbUserOrigin(date: IsoDate, step: EcbStep): UserDataOrigin | undefined {
  if (step.userData) return step.userData;
  if (compareDates(date, builtInEcbVouchedThrough) <= 0) return undefined;
  const vouching = overlayInUse?.ecbSteps.filter((u) => compareDates(u.knownThrough ?? u.effectiveFrom, date) >= 0);
  return vouching?.sort((a, b) => compareDates(a.knownThrough ?? a.effectiveFrom, b.knownThrough ?? b.effectiveFrom))[0]?.origin;
}

function sortedBy<T>(items: readonly T[], key: (item: T) => IsoDate): T[] {
  return [...items].sort((a, b) => compareDates(key(a), key(b)));
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}

/** The last entries in use (built-in or user-supplied), for `clausier data`. */
export function lastRateEntries(): {
  fr: { semester: string; professional: string; consumer: string; arrete: string; userData?: UserDataOrigin };
  ecb: { effectiveFrom: IsoDate; mro: string; userData?: UserDataOrigin };
} {
  const fr = frSemesters[frSemesters.length - 1]!;
  const ecb = ecbSteps[ecbSteps.length - 1]!;
  return {
    fr: { semester: fr.semester, professional: fr.professional, consumer: fr.consumer, arrete: fr.arrete, ...(fr.userData ? { userData: fr.userData } : {}) },
    ecb: { effectiveFrom: ecb.effectiveFrom, mro: ecb.mro, ...(ecb.userData ? { userData: ecb.userData } : {}) },
  };
}
