// VAT rates by country, territory and date, from src/legal/data/vat-rates.json.
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

/** A part of a country with rates of its own (Corsica, Guadeloupe/Martinique/Réunion), added to the country's. */
export type VatTerritory = keyof typeof vatFile.territories;

interface TerritoryData {
  country: string;
  name: { fr: string; en: string };
  postalCodePrefixes: string[];
  excludedPostalCodes?: string[];
  countryCodes: string[];
  periods: { from: IsoDate; to: IsoDate | null; special: string[] }[];
}

const territories: Record<VatTerritory, TerritoryData> = vatFile.territories;

/**
 * The territory whose rates an address may carry: by postal code in the country ("20…" is Corsica),
 * or by the territory's own ISO code (GP, MQ, RE). Undefined for the rest of the country and abroad.
 */
export function vatTerritoryOf(address: { postalCode?: string; country?: string } | undefined, fallbackCountry?: string): VatTerritory | undefined {
  if (!address) return undefined;
  const country = address.country ?? fallbackCountry;
  const postalCode = address.postalCode?.replace(/\s/g, "") ?? "";
  for (const [id, territory] of Object.entries(territories) as [VatTerritory, TerritoryData][]) {
    if (country && territory.countryCodes.includes(country)) return id;
    if (country !== territory.country || territory.excludedPostalCodes?.includes(postalCode)) continue;
    if (territory.postalCodePrefixes.some((prefix) => postalCode.startsWith(prefix))) return id;
  }
  return undefined;
}

/** The territory's own rates in force on `date` (highest first); none outside its data's periods. */
export function territoryRates(territory: VatTerritory, date: IsoDate): Decimal[] {
  parseIsoDate(date);
  const period = territories[territory].periods.find((p) => isBetween(date, p.from, p.to));
  return (period?.special ?? []).map((r) => new Decimal(r)).sort((a, b) => b.comparedTo(a));
}

/** How messages name the territory ("en Corse"). */
export function territoryName(territory: VatTerritory): { fr: string; en: string } {
  return territories[territory].name;
}

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
 * True when `rate` (a percent) is the standard or a reduced rate in force on `date`, or a rate of one
 * of `territories` (the operation's places) then.
 * 0 % is not a rate here: exemption, reverse charge and franchise en base are checked by their mentions.
 */
export function isKnownVatRate(country: VatCountry, date: IsoDate, rate: Decimal, territories: readonly VatTerritory[] = []): boolean {
  const { standard, reduced } = vatRatesInForce(country, date);
  const rates = [standard, ...reduced, ...territories.flatMap((t) => territoryRates(t, date))];
  return rates.some((r) => r.eq(rate));
}
