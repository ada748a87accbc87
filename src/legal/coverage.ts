// What the legal data covers, for `clausier data`: each dataset's first and last dates, its last
// entry, its sources and a version (a hash of its content), and which datasets the rules need up to
// a given date (`clausier data --check`, a scheduled CI job that fails before the data runs out).
import { createHash } from "node:crypto";
import civilFile from "./data/civil-code-renumbering-2016.json" with { type: "json" };
import commerceFile from "./data/commercial-code-renumbering-2019.json" with { type: "json" };
import consumerFile from "./data/consumer-code-renumbering-2016.json" with { type: "json" };
import courtsFile from "./data/courts.json" with { type: "json" };
import ecbFile from "./data/ecb-mro-rates.json" with { type: "json" };
import frRatesFile from "./data/fr-legal-interest-rates.json" with { type: "json" };
import holidaysFile from "./data/public-holidays.json" with { type: "json" };
import ibanFile from "./data/iban-lengths.json" with { type: "json" };
import vatFile from "./data/vat-rates.json" with { type: "json" };
import wordingsFile from "./data/vat-exemption-wordings.json" with { type: "json" };
import { type IsoDate, compareDates } from "./dates.js";
import type { LegalDataMessageId } from "./messages.js";
import { lastRateEntries, legalDataCoverage, legalDataOverlay, type UserDataOrigin } from "./rates.js";

export interface DatasetCoverage {
  id: string;
  /** A message id of src/legal/messages.ts: the dataset's name, worded where it is printed. */
  title: LegalDataMessageId;
  file: string;
  from: IsoDate | null;
  /** Last day covered; null: open-ended (in force until a text changes it). */
  to: IsoDate | null;
  /** The last entry, as data: the semester, step or period and its values. */
  lastEntry: Record<string, string>;
  sources: string[];
  /** A hash of the dataset's content (and of the user data merged into it): changes whenever the data does. */
  version: string;
  /** The rules and computations stop with a data gap after `to`: `data --check` judges it. */
  needed: boolean;
  /** User-supplied entries merged into it (file:line:column). */
  userData?: string[];
}

const DATA_DIR = "src/legal/data/";

/** A short, stable hash of data: the datasets' versions. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].flatMap((v) => v.split(/\s*;\s*/)).filter(Boolean))];
}

function originText(o: UserDataOrigin): string {
  return `${o.file}:${o.line}:${o.column}`;
}

function latest(dates: Array<IsoDate | null>): IsoDate | null {
  if (dates.includes(null)) return null;
  return (dates as IsoDate[]).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
}

/** Every dataset of src/legal/data, with the user data merged in this run. */
export function datasetCoverage(): DatasetCoverage[] {
  const coverage = legalDataCoverage();
  const last = lastRateEntries();
  const overlay = legalDataOverlay();
  const frUser = overlay?.frSemesters.map((u) => originText(u.origin)) ?? [];
  const ecbUser = overlay?.ecbSteps.map((u) => originText(u.origin)) ?? [];
  const userPart = (entries: unknown[]) => (entries.length ? `+${contentHash(entries)}` : "");
  const wordingEnds = Object.values(wordingsFile.regimes).map((periods) => latest(periods.map((p) => p.to)));
  return [
    {
      id: "fr-legal-interest-rates",
      title: "DATASET_FR_LEGAL_RATE",
      file: `${DATA_DIR}fr-legal-interest-rates.json`,
      from: coverage.frLegalInterest.from,
      to: coverage.frLegalInterest.to,
      lastEntry: { semester: last.fr.semester, professional: last.fr.professional, consumer: last.fr.consumer, arrete: last.fr.arrete, ...(last.fr.userData ? { userData: originText(last.fr.userData) } : {}) },
      sources: unique(frRatesFile.semesters.map((s) => s.source)),
      version: contentHash(frRatesFile) + userPart(overlay?.frSemesters.map(({ origin: _o, ...e }) => e) ?? []),
      needed: true,
      ...(frUser.length ? { userData: frUser } : {}),
    },
    {
      id: "ecb-mro-rates",
      title: "DATASET_ECB",
      file: `${DATA_DIR}ecb-mro-rates.json`,
      from: coverage.ecbMainRate.from,
      // The half-year reference rate (penalties, LU late interest) is what the rules read.
      to: coverage.ecb.to,
      lastEntry: { effectiveFrom: last.ecb.effectiveFrom, mro: last.ecb.mro, knownThrough: coverage.ecbMainRate.to, ...(last.ecb.userData ? { userData: originText(last.ecb.userData) } : {}) },
      sources: unique(ecbFile.steps.map((s) => s.source)),
      version: contentHash(ecbFile) + userPart(overlay?.ecbSteps.map(({ origin: _o, ...e }) => e) ?? []),
      needed: true,
      ...(ecbUser.length ? { userData: ecbUser } : {}),
    },
    {
      id: "vat-rates",
      title: "DATASET_VAT_RATES",
      file: `${DATA_DIR}vat-rates.json`,
      from: Object.values(vatFile.countries).map((periods) => periods[0]!.from).sort(compareDates)[0]!,
      to: latest(Object.values(vatFile.countries).map((periods) => periods[periods.length - 1]!.to)),
      lastEntry: Object.fromEntries(Object.entries(vatFile.countries).map(([country, periods]) => [country, `${periods[periods.length - 1]!.from}: ${periods[periods.length - 1]!.standard} %`])),
      sources: unique(Object.values(vatFile.countries).flatMap((periods) => periods.map((p) => p.source))),
      version: contentHash(vatFile),
      needed: true,
    },
    {
      id: "vat-exemption-wordings",
      title: "DATASET_VAT_WORDINGS",
      file: `${DATA_DIR}vat-exemption-wordings.json`,
      from: Object.values(wordingsFile.regimes).flatMap((periods) => periods.map((p) => p.from)).sort(compareDates)[0]!,
      // Covered while every regime has a wording: the first regime whose last wording ends.
      to: wordingEnds.filter((d): d is IsoDate => d !== null).sort(compareDates)[0] ?? null,
      lastEntry: Object.fromEntries(Object.entries(wordingsFile.regimes).map(([regime, periods]) => [regime, periods[periods.length - 1]!.text])),
      sources: unique(Object.values(wordingsFile.regimes).flatMap((periods) => periods.map((p) => p.source))),
      version: contentHash(wordingsFile),
      needed: true,
    },
    {
      id: "public-holidays",
      title: "DATASET_HOLIDAYS",
      file: `${DATA_DIR}public-holidays.json`,
      from: `${Math.max(...Object.values(holidaysFile.countries).map((c) => c.fromYear))}-01-01`,
      to: null,
      lastEntry: Object.fromEntries(Object.entries(holidaysFile.countries).map(([country, c]) => [country, `${c.holidays.length}`])),
      sources: unique(Object.values(holidaysFile.countries).map((c) => c.source)),
      version: contentHash(holidaysFile),
      needed: true,
    },
    {
      id: "courts",
      title: "DATASET_COURTS",
      file: `${DATA_DIR}courts.json`,
      from: courtsFile.abolished.map((c) => c.from).sort(compareDates)[0]!,
      to: null,
      lastEntry: { tribunauxDesActivitesEconomiques: `${courtsFile.tae.from} → ${courtsFile.tae.to}` },
      sources: unique([...courtsFile.abolished.map((c) => c.source), courtsFile.tae.source]),
      version: contentHash(courtsFile),
      needed: false,
    },
    ...[civilFile, commerceFile, consumerFile].map(
      (f): DatasetCoverage => ({
        id: f.dataset,
        title: "DATASET_RENUMBERING",
        file: `${DATA_DIR}${f.dataset}.json`,
        from: f.inForceFrom,
        to: null,
        lastEntry: { instrument: f.instrument, entries: String(f.entries.length) },
        sources: unique([f.inForceSource, ...f.entries.map((e) => e.source)]),
        version: contentHash(f),
        needed: false,
      }),
    ),
    {
      id: "iban-lengths",
      title: "DATASET_IBAN",
      file: `${DATA_DIR}iban-lengths.json`,
      from: null,
      to: null,
      lastEntry: { countries: String(Object.keys(ibanFile.lengths).length) },
      sources: [ibanFile.source],
      version: contentHash(ibanFile),
      needed: false,
    },
  ];
}

/** One version for all the data: reports carry it so a result can be traced to the data it used. */
export function dataVersion(datasets: readonly Pick<DatasetCoverage, "id" | "version">[] = datasetCoverage()): string {
  return contentHash(datasets.map((d) => [d.id, d.version]));
}

/** The datasets the rules need that end before `asOf`: `clausier data --check` fails on them. */
export function datasetsEndingBefore(asOf: IsoDate, datasets: readonly DatasetCoverage[] = datasetCoverage()): DatasetCoverage[] {
  return datasets.filter((d) => d.needed && d.to !== null && compareDates(d.to, asOf) < 0);
}
