// VAT rates by country and date, from src/legal/data/vat-rates.json.
import { Decimal } from "decimal.js";
import vatFile from "./data/vat-rates.json" with { type: "json" };
import { type IsoDate, compareDates, isBetween, parseIsoDate } from "./dates.js";
import { LegalDataGapError } from "./errors.js";

export type VatCountry = "FR" | "LU";

export interface VatRatesInForce {
  standard: Decimal;
  reduced: Decimal[]; // highest first
  source: string;
  confidence: string;
  from: IsoDate;
  to: IsoDate | null; // null: in force until a law changes it
  verifiedThrough: IsoDate; // sources last re-read up to this date
}

interface VatPeriod {
  from: IsoDate;
  to: IsoDate | null;
  standard: string;
  reduced: string[];
  source: string;
  confidence: string;
}

const VAT_FILE = "src/legal/data/vat-rates.json";
const periodsByCountry: Record<VatCountry, readonly VatPeriod[]> = vatFile.countries;

export function vatRatesInForce(country: VatCountry, date: IsoDate): VatRatesInForce {
  parseIsoDate(date);
  const periods = periodsByCountry[country];
  const period = periods.find((p) => isBetween(date, p.from, p.to));
  if (!period) {
    const first = periods.reduce((a, b) => (compareDates(a.from, b.from) <= 0 ? a : b));
    throw new LegalDataGapError(
      "vat-rates",
      date,
      "VAT_RATES",
      { country, boundary: first.from, file: VAT_FILE },
    );
  }
  return {
    standard: new Decimal(period.standard),
    reduced: period.reduced.map((r) => new Decimal(r)).sort((a, b) => b.comparedTo(a)),
    source: period.source,
    confidence: period.confidence,
    from: period.from,
    to: period.to,
    verifiedThrough: vatFile.verifiedThrough,
  };
}

/**
 * True when `rate` (a percent) is the standard or a reduced rate in force on `date`.
 * 0 % is not a rate here: exemption, reverse charge and franchise en base are checked by their mentions.
 */
export function isKnownVatRate(country: VatCountry, date: IsoDate, rate: Decimal): boolean {
  const { standard, reduced } = vatRatesInForce(country, date);
  return [standard, ...reduced].some((r) => r.eq(rate));
}
