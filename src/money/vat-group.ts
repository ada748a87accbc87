// Which VAT group (EN 16931 BG-23 "VAT breakdown") a line, an allowance or a charge belongs to.
import type { VATTreatmentOfALine } from "../model/generated/invoice.js";
import { type Decimal, ZERO, toDecimal } from "./decimal.js";
import { formatPercent } from "./format.js";
import { localizedText } from "./explain.js";
import type { Localized } from "../model/locale.js";

export type VatCategory = "standard" | "exempt" | "reverse-charge" | "out-of-scope" | "intra-eu-goods";

/** EN 16931 VAT category code (BT-118): S standard, Z zero rated, E exempt (incl. franchise en base
 *  art. 293 B CGI), AE reverse charge (autoliquidation), O outside the scope, K intra-EU supply of goods. */
export type VatCategoryCode = "S" | "Z" | "E" | "AE" | "O" | "K";

export interface VatGroup {
  /** Stable key: one group per (category, rate, reason). */
  key: string;
  category: VatCategory;
  code: VatCategoryCode;
  /** Rate in percent (BT-119); 0 outside the standard category. */
  rate: Decimal;
  /** Exemption reason printed on the document (BT-120), outside the standard category. */
  reason?: string;
}

const CODES: Record<Exclude<VatCategory, "standard">, VatCategoryCode> = {
  exempt: "E",
  "reverse-charge": "AE",
  "out-of-scope": "O",
  "intra-eu-goods": "K",
};

export function vatGroupOf(vat: VATTreatmentOfALine): VatGroup {
  if ("rate" in vat) {
    const rate = toDecimal(vat.rate, "le taux de TVA");
    // Rate text is normalised ("20", "20.0" and 20 are the same group).
    return { key: `standard|${rate.toString()}`, category: "standard", code: rate.isZero() ? "Z" : "S", rate };
  }
  return { key: `${vat.category}|${vat.reason}`, category: vat.category, code: CODES[vat.category], rate: ZERO, reason: vat.reason };
}

/** A group's name, worded per language: "TVA 20 %", "Exonération (TVA non applicable, art. 293 B du CGI)". */
export function localizedVatGroupLabel(group: VatGroup): Localized {
  if (group.category === "standard") return localizedText("VAT_GROUP_STANDARD", { rate: formatPercent(group.rate) });
  return localizedText(`VAT_GROUP_${group.category}`, { reason: group.reason ?? "" });
}

/** French label of a group for documents: "TVA 20 %" or "Exonération (TVA non applicable, art. 293 B du CGI)". */
export function vatGroupLabel(group: VatGroup): string {
  return localizedVatGroupLabel(group).text.fr;
}
