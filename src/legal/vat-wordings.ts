// The wording an invoice prints when it charges no VAT, per regime and issue date, from
// src/legal/data/vat-exemption-wordings.json: dated so the CGI → CIBS recodification (1 January 2027,
// old references tolerated on invoices until 30 June 2028) is a new entry in the data, not a code change.
import wordingsFile from "./data/vat-exemption-wordings.json" with { type: "json" };
import { type IsoDate, isBetween, parseIsoDate } from "./dates.js";
import { LegalDataGapError } from "./errors.js";

export type VatExemptionRegime = keyof typeof wordingsFile.regimes;

export interface VatExemptionWording {
  text: string;
  /** Legal basis id (src/legal/bases.ts). */
  basis: string;
  from: IsoDate;
  to: IsoDate | null;
}

const WORDINGS_FILE = "src/legal/data/vat-exemption-wordings.json";

/** The wording in force on `date` (the invoice's issue date); a date the data does not cover is a LegalDataGapError. */
export function vatExemptionWording(regime: VatExemptionRegime, date: IsoDate): VatExemptionWording {
  parseIsoDate(date);
  const periods: readonly VatExemptionWording[] = wordingsFile.regimes[regime];
  const period = periods.find((p) => isBetween(date, p.from, p.to));
  if (!period) throw new LegalDataGapError("vat-exemption-wordings", date, "VAT_EXEMPTION_WORDING", { regime, file: WORDINGS_FILE });
  return { text: period.text, basis: period.basis, from: period.from, to: period.to };
}

/** Every wording the data knows for a regime, whatever its dates: what a check may recognise as written. */
export function vatExemptionWordings(regime: VatExemptionRegime): string[] {
  return wordingsFile.regimes[regime].map((p) => p.text);
}

/** The wording in force on `date`, or null where the data does not say (the caller prints what the invoice itself wrote). */
export function vatExemptionWordingOn(regime: VatExemptionRegime, date: IsoDate): string | null {
  try {
    return vatExemptionWording(regime, date).text;
  } catch (error) {
    if (error instanceof LegalDataGapError) return null;
    throw error;
  }
}
