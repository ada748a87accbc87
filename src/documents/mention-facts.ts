// The facts of an invoice the mandatory mentions read, and the French words they print for the
// terms' penalty and indemnity (shared with the rule that compares an invoice with its terms).
import type { Invoice } from "../model/documents.js";
import type { PostalAddress, VATTreatmentOfALine } from "../model/generated/invoice.js";
import type { LatePaymentPenaltyRate, PaymentConditions, RecoveryIndemnity } from "../model/generated/terms.js";
import type { JsonPath } from "../model/positions.js";
import { fold } from "../legal/text-match.js";
import { formatAmount, formatDecimal, formatPercent, recoveryIndemnity, toDecimal } from "../money/index.js";
import { vatExemptionWordings } from "../legal/vat-wordings.js";

export interface VatItem {
  vat: VATTreatmentOfALine;
  path: JsonPath;
  /** How messages name it: the line number, or the allowance's path (no words, so no language). */
  name: string;
}

/** Lines, then document allowances and charges: everything that carries a VAT treatment. */
export function vatItems(invoice: Pick<Invoice, "lines" | "allowancesCharges">): VatItem[] {
  return [
    ...invoice.lines.map((l, i) => ({ vat: l.vat, path: ["lines", i, "vat"] as JsonPath, name: String(i + 1) })),
    ...(invoice.allowancesCharges ?? []).map((a, i) => ({ vat: a.vat, path: ["allowancesCharges", i, "vat"] as JsonPath, name: `allowancesCharges[${i}]` })),
  ];
}

export function categoryOf(vat: VATTreatmentOfALine): string {
  return "rate" in vat ? "standard" : vat.category;
}

export const PLACEHOLDER = /en cours|a definir|a completer|a venir|xxx|todo|\?\?/;

export function filled(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "" && !PLACEHOLDER.test(fold(text));
}

export function addressComplete(address: PostalAddress | undefined): address is PostalAddress {
  return address !== undefined && filled(address.street) && filled(address.city);
}

export function addressLines(address: PostalAddress): string[] {
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.street, ...(cityLine ? [cityLine] : [])];
}

export function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const key = (x: PostalAddress) => fold([x.street, x.postalCode, x.city, x.country ?? ""].join("|")).replace(/\s+/g, " ").trim();
  return key(a) === key(b);
}

/** « 3 fois le taux d'intérêt légal », « taux de refinancement de la BCE majoré de 10 points », « 12 % l'an ». */
export function penaltyRateText(penalty: LatePaymentPenaltyRate): string {
  switch (penalty.kind) {
    case "legal-rate-multiple":
      return `${formatDecimal(toDecimal(penalty.multiple, "le multiple du taux légal"), 3)} fois le taux d'intérêt légal`;
    case "ecb-plus":
      return `taux de refinancement de la BCE majoré de ${formatDecimal(toDecimal(penalty.points, "les points de majoration"), 3)} points`;
    case "fixed":
      return `${formatPercent(toDecimal(penalty.annualRate, "le taux de pénalité"))} l'an`;
  }
}

/** « 40,00 € », or « 10 % du solde restant dû, minimum 40,00 € »; the legal 40 € when the terms name the indemnity without an amount. */
export function recoveryIndemnityText(indemnity: RecoveryIndemnity, currency: string): string {
  const fixed = formatAmount(recoveryIndemnity({ ...indemnity, percentOfBalance: undefined }, 0, "business").amount, indemnity.currency ?? currency);
  if (indemnity.percentOfBalance === undefined) return fixed;
  return `${formatPercent(toDecimal(indemnity.percentOfBalance, "le pourcentage du solde"))} du solde restant dû, minimum ${fixed}`;
}

/** « Pénalités de retard : 3 fois le taux d'intérêt légal », as invoices and terms print it. */
export function latePenaltyLine(penalty: LatePaymentPenaltyRate): string {
  return `Pénalités de retard : ${penaltyRateText(penalty)}`;
}

/**
 * « Indemnité forfaitaire pour frais de recouvrement : 40,00 € »; terms for professionals and
 * consumers say whom it is due from (D441-5: professional clients only).
 */
export function recoveryIndemnityLine(indemnity: RecoveryIndemnity, currency: string, professionalsOnly = false): string {
  return `Indemnité forfaitaire pour frais de recouvrement${professionalsOnly ? " (clients professionnels)" : ""} : ${recoveryIndemnityText(indemnity, currency)}`;
}

/** « Pas d'escompte pour paiement anticipé », « Escompte pour paiement anticipé sous 10 jours : 2 % ». */
export function earlyPaymentDiscountLine(discount: PaymentConditions["earlyPaymentDiscount"]): string {
  if (discount?.kind !== "rate") return "Pas d'escompte pour paiement anticipé";
  const within = discount.withinDays === undefined ? "" : ` sous ${discount.withinDays} jours`;
  return `Escompte pour paiement anticipé${within} : ${formatPercent(toDecimal(discount.rate, "le taux d'escompte"))}`;
}

export const OPERATION_CATEGORY: Record<Invoice["operationCategory"], string> = {
  goods: "livraisons de biens",
  services: "prestations de services",
  mixed: "livraisons de biens et prestations de services",
};

/** The franchise wording of the data's first period (src/legal/data/vat-exemption-wordings.json), for hints. */
export const FRANCHISE_WORDING = vatExemptionWordings("franchise")[0]!;

export const saleDateDiffers = (invoice: Invoice): boolean => invoice.saleDate !== undefined && invoice.saleDate !== invoice.issueDate;
