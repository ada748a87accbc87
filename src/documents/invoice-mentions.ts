// The ONE list of mandatory invoice mentions under French law: Code de commerce L441-9 (B2B),
// CGI annexe II art. 242 nonies A I, CGI art. 293 B, and the e-invoicing mentions of décret 2022-1299
// (dates aligned on the 2026/2027 calendar by décret 2024-266). Sources: legal-facts §3, §6, §7, §8.
//
// Each mention says when it applies to an invoice, where the data that provides it is missing
// (`gaps`), and what a rendered invoice must print for it (`printed`). The linter reports the gaps
// (rule invoice-mandatory-mention-missing); the document generator prints `printed` verbatim, and its
// test checks every printed text of every applicable mention in the PDF (`containsPrinted`).
//
// Scope: invoices under French law issued from MENTIONS_COVER_FROM. Mentions with no field in the
// schemas (fiscal representative, « Membre d'un assujetti unique », « Auto-facturation », margin schemes,
// new means of transport: 242 nonies A I 5°, 5° bis, 14° to 17°) are not listed.
import type { Invoice, Seller, Terms } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import type { JsonPath } from "../model/positions.js";
import type { IsoDate } from "../legal/dates.js";
import { formatAmount, formatDate, formatPercent, toDecimal, type Totals } from "../money/index.js";
import {
  FRANCHISE_WORDING,
  OPERATION_CATEGORY,
  addressComplete,
  addressLines,
  categoryOf,
  earlyPaymentDiscountLine,
  filled,
  latePenaltyLine,
  recoveryIndemnityLine,
  saleDateDiffers,
  sameAddress,
  vatItems,
} from "./mention-facts.js";
import { legalBasis } from "../legal/bases.js";
import { sirenOf } from "../legal/identifiers.js";
import { fold } from "../legal/text-match.js";
import { vatExemptionWordingOn, vatExemptionWordings } from "../legal/vat-wordings.js";

/** The list vouches for invoices issued from this date: L441-9 in its wording of ordonnance 2019-359 (in force 1 Oct 2019). */
export const MENTIONS_COVER_FROM: IsoDate = "2019-10-01";

/**
 * Issuer size for the e-invoicing calendar (size assessed on 1 Jan 2025): large companies and ETI
 * print the new mentions from 1 Sep 2026, PME and micro-enterprises from 1 Sep 2027.
 */
export type IssuerSize = "large" | "eti" | "pme" | "micro";

const EINVOICING_FROM: Record<IssuerSize, IsoDate> = { large: "2026-09-01", eti: "2026-09-01", pme: "2027-09-01", micro: "2027-09-01" };

/**
 * What a document without VAT on some lines prints to say why: the dated wording of the data
 * (src/legal/data/vat-exemption-wordings.json) for the franchise and intra-EU supplies of goods,
 * else the reason each line gives; where the data does not cover the date, what the document wrote.
 */
export function vatExemptionTexts(regime: Seller["vat"]["regime"], doc: Pick<Invoice, "lines" | "allowancesCharges">, date: IsoDate): string[] {
  const franchise = regime === "franchise" ? vatExemptionWordingOn("franchise", date) : null;
  if (franchise) return [franchise];
  const reasons = vatItems(doc).flatMap((item) => {
    if ("rate" in item.vat || item.vat.category === "reverse-charge") return [];
    return [item.vat.category === "intra-eu-goods" ? (vatExemptionWordingOn("intra-eu-goods", date) ?? item.vat.reason) : item.vat.reason];
  });
  return [...new Set(reasons)];
}

/** Invoices up to this total excluding VAT may omit the seller's VAT number and the exemption reference (BOI-TVA-DECLA-30-20-20-20). */
const SMALL_INVOICE_MAX_HT = "150";

export interface MentionBasis {
  code: string;
  article: string;
  source: string;
}

export type InvoiceMentionId =
  | "seller-name-address"
  | "seller-siren"
  | "seller-vat-number"
  | "client-name-address"
  | "client-siren"
  | "client-vat-number"
  | "issue-date"
  | "invoice-number"
  | "delivery-address"
  | "billing-address"
  | "order-number"
  | "line-details"
  | "line-vat"
  | "operation-category"
  | "rebates"
  | "sale-date"
  | "vat-totals"
  | "vat-exemption"
  | "reverse-charge"
  | "vat-on-debits"
  | "due-date"
  | "early-payment-discount"
  | "late-penalty-rate"
  | "recovery-indemnity";

/** Which file holds the fact a mention needs: the invoice, its seller's file, or its terms. */
export type MentionFile = "invoice" | "seller" | "terms";

/** Where the data that would provide a mention is missing; `data` fills the placeholders of `howToFix`. */
export interface MentionGap {
  file: MentionFile;
  path: JsonPath;
  data?: Record<string, string | number>;
}

/** Everything a mention looks at: the invoice, its seller and terms facts, and what derive() worked out from them. */
export interface InvoiceMentionContext {
  invoice: Invoice;
  seller: Seller;
  terms: Terms;
  law: "FR" | "LU";
  issuerSize: IssuerSize;
  currency: string;
  /** Undefined when the amounts cannot be computed (an amount with more than two decimals, say). */
  totals: Totals | undefined;
  /** The stated due date, else the one computed from the terms; undefined when neither says. */
  dueDate: IsoDate | undefined;
  /** Whose invoicing rules apply (see `mentionProfileOf`); undefined when Clausier has no list for them. */
  profile: MentionProfileId | undefined;
}

export interface InvoiceMention {
  id: InvoiceMentionId;
  label: Record<Locale, string>;
  basis: readonly MentionBasis[];
  /** From when invoices must carry it; `fromForSmallIssuers` is the later date of PME and micro-enterprises. */
  inForce: { from: IsoDate; fromForSmallIssuers?: IsoDate };
  /** Whether this invoice needs the mention (the date in force is checked by `isApplicable`). */
  appliesWhen(ctx: InvoiceMentionContext): boolean;
  /** Where the data cannot provide the mention; empty when it can. */
  gaps(ctx: InvoiceMentionContext): MentionGap[];
  /** No gap: the data provides everything the mention prints. */
  present(ctx: InvoiceMentionContext): boolean;
  /** The French words a rendered invoice prints for it, verbatim (compare with `containsPrinted`). */
  printed(ctx: InvoiceMentionContext): string[];
  /** How to supply the missing data, French first; placeholders from MentionGap.data. */
  howToFix: Record<Locale, string>;
  /** The lint rule that reports this mention's gaps when it is not invoice-mandatory-mention-missing. */
  lintedBy?: "seller-identification-incomplete";
}

const L441_9: MentionBasis = { code: "Code de commerce", article: "L441-9", source: "Ordonnance n° 2019-359 du 24 avril 2019 (JORF 25 avr. 2019)" };
const L441_10: MentionBasis = { code: "Code de commerce", article: "L441-10 II", source: "Ordonnance n° 2019-359 du 24 avril 2019 (JORF 25 avr. 2019)" };
const D441_5: MentionBasis = { code: "Code de commerce", article: "D441-5", source: "Décret n° 2012-1115 du 2 octobre 2012 (JORF 4 oct. 2012)" };
const CGI_293B: MentionBasis = { code: "Code général des impôts", article: "293 B", source: "blog.staging.pleo.io/fr/article-293b-du-cgi; pro.orange.fr (legal-facts §8)" };
const EINVOICING: MentionBasis = {
  code: "CGI, annexe II",
  article: "242 nonies A, I (décret n° 2022-1299)",
  source: "Décret n° 2022-1299 du 7 octobre 2022 ; décret n° 2024-266 du 25 mars 2024 (JORF 27 mars 2024)",
};
const cgi = (item: string): MentionBasis => ({
  code: "CGI, annexe II",
  article: `242 nonies A, I, ${item}`,
  source: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046086694",
});

const COVERED = { from: MENTIONS_COVER_FROM };
const EINVOICING_IN_FORCE = { from: EINVOICING_FROM.large, fromForSmallIssuers: EINVOICING_FROM.pme };

// ---- Predicates on the context ------------------------------------------------------------------

function hasCategory(ctx: InvoiceMentionContext, ...categories: string[]): boolean {
  return vatItems(ctx.invoice).some((item) => categories.includes(categoryOf(item.vat)));
}

const professional = (ctx: InvoiceMentionContext): boolean => ctx.invoice.client.type !== "consumer";
const clientInFrance = (ctx: InvoiceMentionContext): boolean => (ctx.invoice.client.address.country ?? "FR") === "FR";

/** Intra-EU supplies and reverse charge keep every mention, whatever the amount. */
function smallInvoice(ctx: InvoiceMentionContext): boolean {
  if (!ctx.totals || hasCategory(ctx, "reverse-charge", "intra-eu-goods")) return false;
  return ctx.totals.totalNet.lessThanOrEqualTo(SMALL_INVOICE_MAX_HT);
}

// ---- The list -----------------------------------------------------------------------------------

type MentionSpec = Omit<InvoiceMention, "present">;

const always = (): boolean => true;
const none = (): MentionGap[] => [];

function mention(spec: MentionSpec): InvoiceMention {
  return { ...spec, present: (ctx) => spec.gaps(ctx).length === 0 };
}

export const INVOICE_MENTIONS: readonly InvoiceMention[] = [
  mention({
    id: "seller-name-address",
    lintedBy: "seller-identification-incomplete",
    label: { fr: "le nom et l'adresse du vendeur", en: "the seller's name and address" },
    basis: [cgi("1°"), L441_9],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ seller }) => [
      ...(filled(seller.legalName) ? [] : [{ file: "seller" as const, path: ["legalName"] }]),
      ...(addressComplete(seller.registeredOffice) || addressComplete(seller.contact?.postalAddress) ? [] : [{ file: "seller" as const, path: ["registeredOffice"] }]),
    ],
    printed: ({ seller }) => {
      const address = addressComplete(seller.registeredOffice) ? seller.registeredOffice : seller.contact?.postalAddress;
      return [seller.legalName, ...(address ? addressLines(address) : [])];
    },
    howToFix: {
      fr: "indiquez la dénomination et une adresse complète (rue, code postal, ville) du siège dans le fichier vendeur (registeredOffice)",
      en: "give the legal name and a complete address (street, postal code, city) of the registered office in the seller file (registeredOffice)",
    },
  }),
  mention({
    id: "seller-siren",
    lintedBy: "seller-identification-incomplete",
    label: { fr: "le numéro SIREN du vendeur", en: "the seller's SIREN number" },
    basis: [cgi("1°")],
    inForce: COVERED,
    appliesWhen: ({ seller }) => seller.country === "FR",
    gaps: ({ seller }) => (sirenOf(seller.siren, seller.siret) ? [] : [{ file: "seller", path: ["siren"] }]),
    printed: ({ seller }) => {
      const siren = sirenOf(seller.siren, seller.siret);
      return siren ? [`SIREN : ${siren}`] : [];
    },
    howToFix: { fr: "ajoutez le SIREN (9 chiffres) au fichier vendeur (siren)", en: "add the SIREN (9 digits) to the seller file (siren)" },
  }),
  mention({
    id: "seller-vat-number",
    lintedBy: "seller-identification-incomplete",
    label: { fr: "le numéro de TVA intracommunautaire du vendeur", en: "the seller's intra-EU VAT number" },
    basis: [cgi("2°")],
    inForce: COVERED,
    appliesWhen: (ctx) => (ctx.seller.vat.regime === "liable" || hasCategory(ctx, "reverse-charge", "intra-eu-goods")) && !smallInvoice(ctx),
    gaps: ({ seller }) => (filled(seller.vat.number) ? [] : [{ file: "seller", path: ["vat", "number"] }]),
    printed: ({ seller }) => (seller.vat.number ? [`N° TVA intracommunautaire : ${seller.vat.number}`] : []),
    howToFix: {
      fr: "ajoutez le numéro de TVA intracommunautaire au fichier vendeur (vat.number) ; seules les factures de 150 € HT au plus, hors autoliquidation et livraisons intracommunautaires, peuvent l'omettre",
      en: "add the intra-EU VAT number to the seller file (vat.number); only invoices of at most 150 € excl. VAT, without reverse charge or intra-EU supplies, may omit it",
    },
  }),
  mention({
    id: "client-name-address",
    label: { fr: "le nom et l'adresse du client", en: "the client's name and address" },
    basis: [cgi("1°"), L441_9],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ invoice }) => [
      ...(filled(invoice.client.name) ? [] : [{ file: "invoice" as const, path: ["client", "name"] }]),
      ...(addressComplete(invoice.client.address) ? [] : [{ file: "invoice" as const, path: ["client", "address", "city"] }]),
    ],
    printed: ({ invoice }) => [invoice.client.name, ...addressLines(invoice.client.address)],
    howToFix: { fr: "indiquez le nom et l'adresse complète du client (client.name, client.address avec la ville)", en: "give the client's name and complete address (client.name, client.address with the city)" },
  }),
  mention({
    id: "client-siren",
    label: { fr: "le numéro SIREN du client", en: "the client's SIREN number" },
    basis: [EINVOICING],
    inForce: EINVOICING_IN_FORCE,
    appliesWhen: (ctx) => professional(ctx) && clientInFrance(ctx),
    gaps: ({ invoice }) => (sirenOf(invoice.client.siren, invoice.client.siret) ? [] : [{ file: "invoice", path: ["client", "siren"] }]),
    printed: ({ invoice }) => {
      const siren = sirenOf(invoice.client.siren, invoice.client.siret);
      return siren ? [`SIREN : ${siren}`] : [];
    },
    howToFix: {
      fr: "ajoutez le SIREN du client professionnel établi en France (client.siren), obligatoire sur les factures depuis l'entrée en vigueur de la facturation électronique",
      en: "add the SIREN of the French business client (client.siren), required on invoices since e-invoicing came into force",
    },
  }),
  mention({
    id: "client-vat-number",
    label: { fr: "le numéro de TVA intracommunautaire du client", en: "the client's intra-EU VAT number" },
    basis: [cgi("3° et 4°")],
    inForce: COVERED,
    appliesWhen: (ctx) => hasCategory(ctx, "reverse-charge", "intra-eu-goods"),
    gaps: ({ invoice }) => (filled(invoice.client.vatNumber) ? [] : [{ file: "invoice", path: ["client", "vatNumber"] }]),
    printed: ({ invoice }) => (invoice.client.vatNumber ? [`N° TVA intracommunautaire du client : ${invoice.client.vatNumber}`] : []),
    howToFix: {
      fr: "ajoutez le numéro de TVA intracommunautaire du client (client.vatNumber) : il est exigé en cas d'autoliquidation ou de livraison intracommunautaire",
      en: "add the client's intra-EU VAT number (client.vatNumber): it is required for reverse charge and intra-EU supplies",
    },
  }),
  mention({
    id: "issue-date",
    label: { fr: "la date d'émission", en: "the issue date" },
    basis: [cgi("6°")],
    inForce: COVERED,
    appliesWhen: always,
    gaps: none,
    printed: ({ invoice }) => [`Date d'émission : ${formatDate(invoice.issueDate)}`],
    howToFix: { fr: "indiquez la date d'émission (issueDate)", en: "give the issue date (issueDate)" },
  }),
  mention({
    id: "invoice-number",
    label: { fr: "le numéro de facture", en: "the invoice number" },
    basis: [cgi("7°")],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ invoice }) => (/\d/.test(invoice.number) ? [] : [{ file: "invoice", path: ["number"] }]),
    printed: ({ invoice }) => [`Facture n° ${invoice.number}`],
    howToFix: { fr: "numérotez la facture dans une séquence chronologique et continue (number, ex. FA-2026-0042)", en: "number the invoice in a chronological, continuous sequence (number, e.g. FA-2026-0042)" },
  }),
  mention({
    id: "delivery-address",
    label: { fr: "l'adresse de livraison, si elle diffère de celle du client", en: "the delivery address, when it differs from the client's" },
    basis: [EINVOICING],
    inForce: EINVOICING_IN_FORCE,
    appliesWhen: ({ invoice }) => invoice.client.deliveryAddress !== undefined && !sameAddress(invoice.client.deliveryAddress, invoice.client.address),
    gaps: none,
    printed: ({ invoice }) => (invoice.client.deliveryAddress ? ["Adresse de livraison :", ...addressLines(invoice.client.deliveryAddress)] : []),
    howToFix: { fr: "indiquez l'adresse de livraison (client.deliveryAddress)", en: "give the delivery address (client.deliveryAddress)" },
  }),
  mention({
    id: "billing-address",
    label: { fr: "l'adresse de facturation, si elle diffère de celle du client", en: "the billing address, when it differs from the client's" },
    basis: [L441_9],
    inForce: COVERED,
    appliesWhen: ({ invoice }) => invoice.client.billingAddress !== undefined && !sameAddress(invoice.client.billingAddress, invoice.client.address),
    gaps: none,
    printed: ({ invoice }) => (invoice.client.billingAddress ? ["Adresse de facturation :", ...addressLines(invoice.client.billingAddress)] : []),
    howToFix: { fr: "indiquez l'adresse de facturation (client.billingAddress)", en: "give the billing address (client.billingAddress)" },
  }),
  mention({
    id: "order-number",
    label: { fr: "le numéro du bon de commande du client", en: "the client's purchase order number" },
    basis: [L441_9],
    inForce: COVERED,
    appliesWhen: (ctx) => professional(ctx) && ctx.invoice.orderNumber !== undefined,
    gaps: none,
    printed: ({ invoice }) => (invoice.orderNumber ? [`Bon de commande n° ${invoice.orderNumber}`] : []),
    howToFix: { fr: "indiquez le numéro du bon de commande (orderNumber)", en: "give the purchase order number (orderNumber)" },
  }),
  mention({
    id: "line-details",
    label: { fr: "la désignation, la quantité et le prix unitaire de chaque ligne", en: "each line's description, quantity and unit price" },
    basis: [cgi("8°"), L441_9],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ invoice }) =>
      invoice.lines.flatMap((line, i) => (filled(line.description) ? [] : [{ file: "invoice" as const, path: ["lines", i, "description"], data: { line: i + 1 } }])),
    printed: ({ invoice }) => invoice.lines.map((line) => line.description),
    howToFix: { fr: "décrivez précisément la ligne {line} (description)", en: "describe line {line} precisely (description)" },
  }),
  mention({
    id: "line-vat",
    label: { fr: "le taux de TVA ou le motif d'exonération de chaque ligne", en: "each line's VAT rate or exemption reason" },
    basis: [cgi("8°")],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ invoice }) =>
      vatItems(invoice).flatMap((item) => ("rate" in item.vat || filled(item.vat.reason) ? [] : [{ file: "invoice" as const, path: item.path, data: { line: item.name } }])),
    printed: ({ invoice }) => [...new Set(vatItems(invoice).flatMap((item) => ("rate" in item.vat ? [formatPercent(toDecimal(item.vat.rate, "le taux de TVA"))] : [])))],
    howToFix: { fr: "donnez un taux de TVA (vat.rate) ou un motif d'exonération (vat.reason) à la ligne {line}", en: "give line {line} a VAT rate (vat.rate) or an exemption reason (vat.reason)" },
  }),
  mention({
    id: "operation-category",
    label: { fr: "la catégorie des opérations (biens, services ou les deux)", en: "the category of the operations (goods, services or both)" },
    basis: [EINVOICING],
    inForce: EINVOICING_IN_FORCE,
    appliesWhen: always,
    gaps: ({ invoice }) => (invoice.operationCategory in OPERATION_CATEGORY ? [] : [{ file: "invoice", path: ["operationCategory"] }]),
    printed: ({ invoice }) => (invoice.operationCategory in OPERATION_CATEGORY ? [`Opérations : ${OPERATION_CATEGORY[invoice.operationCategory]}`] : []),
    howToFix: { fr: "indiquez operationCategory : goods (biens), services ou mixed (les deux)", en: "set operationCategory: goods, services or mixed" },
  }),
  mention({
    id: "rebates",
    label: { fr: "les remises et rabais consentis", en: "the rebates and discounts granted" },
    basis: [cgi("9°"), L441_9],
    inForce: COVERED,
    appliesWhen: ({ invoice }) =>
      (invoice.allowancesCharges ?? []).some((a) => a.kind === "allowance") ||
      invoice.lines.some((l) => l.discountPercent !== undefined && !toDecimal(l.discountPercent, "la remise").isZero()),
    gaps: none,
    printed: ({ invoice }) => [
      ...invoice.lines.flatMap((l) => (l.discountPercent !== undefined && !toDecimal(l.discountPercent, "la remise").isZero() ? [`Remise ${formatPercent(toDecimal(l.discountPercent, "la remise"))}`] : [])),
      ...(invoice.allowancesCharges ?? []).filter((a) => a.kind === "allowance").map((a) => a.reason),
    ],
    howToFix: { fr: "décrivez la remise (allowancesCharges[].reason)", en: "describe the rebate (allowancesCharges[].reason)" },
  }),
  mention({
    id: "sale-date",
    label: { fr: "la date de la vente ou de la prestation, si elle diffère de la date d'émission", en: "the date of the sale or service, when it differs from the issue date" },
    basis: [cgi("10°"), L441_9],
    inForce: COVERED,
    appliesWhen: ({ invoice }) => saleDateDiffers(invoice) || invoice.servicePeriod !== undefined,
    gaps: none,
    printed: ({ invoice }) => [
      ...(invoice.saleDate && saleDateDiffers(invoice) ? [`Date de la vente ou de la prestation : ${formatDate(invoice.saleDate)}`] : []),
      ...(invoice.servicePeriod ? [`Période : du ${formatDate(invoice.servicePeriod.from)} au ${formatDate(invoice.servicePeriod.to)}`] : []),
    ],
    howToFix: { fr: "indiquez la date de la vente ou de la prestation (saleDate ou servicePeriod)", en: "give the date of the sale or service (saleDate or servicePeriod)" },
  }),
  mention({
    id: "vat-totals",
    label: { fr: "le total hors taxes et la TVA par taux", en: "the total excluding VAT and the VAT per rate" },
    basis: [cgi("11°")],
    inForce: COVERED,
    appliesWhen: always,
    gaps: ({ totals }) => (totals ? [] : [{ file: "invoice", path: ["lines"] }]),
    printed: ({ totals, currency }) => {
      if (!totals) return [];
      const fa = (d: Totals["totalNet"]) => formatAmount(d, currency);
      const perRate = totals.vatBreakdown.filter((v) => v.category === "standard" && !v.rate.isZero()).map((v) => `TVA ${formatPercent(v.rate)} : ${fa(v.vat)}`);
      // Without VAT charged, a « Total TTC » would suggest a tax that is not there: the HT total is the total.
      return perRate.length ? [`Total HT : ${fa(totals.totalNet)}`, ...perRate, `Total TTC : ${fa(totals.totalGross)}`] : [`Total HT : ${fa(totals.totalNet)}`];
    },
    howToFix: { fr: "corrigez les montants pour que les totaux puissent être calculés (au centime)", en: "fix the amounts so that the totals can be computed (to the cent)" },
  }),
  mention({
    id: "vat-exemption",
    label: { fr: "la mention justifiant l'absence de TVA (exonération, franchise en base)", en: "the wording that justifies charging no VAT (exemption, franchise en base)" },
    basis: [cgi("12°"), CGI_293B],
    inForce: COVERED,
    appliesWhen: (ctx) =>
      ctx.seller.vat.regime !== "liable" ||
      vatItems(ctx.invoice).some((item) => ("rate" in item.vat ? toDecimal(item.vat.rate, "le taux de TVA").isZero() : item.vat.category !== "reverse-charge")),
    gaps: (ctx) => {
      const regime = ctx.seller.vat.regime;
      const relaxed = regime === "liable" && smallInvoice(ctx);
      return vatItems(ctx.invoice).flatMap((item): MentionGap[] => {
        const data = { line: item.name };
        if ("rate" in item.vat) {
          const zero = toDecimal(item.vat.rate, "le taux de TVA").isZero();
          return regime !== "liable" || (zero && !relaxed) ? [{ file: "invoice", path: item.path, data }] : [];
        }
        if (regime === "franchise" && item.vat.category !== "reverse-charge" && !/293\s*b/.test(fold(item.vat.reason))) {
          return [{ file: "invoice", path: [...item.path, "reason"], data }];
        }
        return [];
      });
    },
    // The dated wording of the data (src/legal/data/vat-exemption-wordings.json) for the franchise
    // and intra-EU supplies of goods; where the data does not cover the date, what the invoice wrote.
    printed: (ctx) => vatExemptionTexts(ctx.seller.vat.regime, ctx.invoice, ctx.invoice.issueDate),
    howToFix: {
      fr: `la ligne {line} n'a pas la mention qui justifie l'absence de TVA : donnez-lui une catégorie (vat.category : exempt, out-of-scope…) et un motif citant l'exonération (vat.reason ; franchise en base : « ${FRANCHISE_WORDING} »)`,
      en: `line {line} lacks the wording that justifies charging no VAT: give it a category (vat.category: exempt, out-of-scope…) and a reason citing the exemption (vat.reason; franchise en base: "${FRANCHISE_WORDING}")`,
    },
  }),
  mention({
    id: "reverse-charge",
    label: { fr: "la mention « Autoliquidation »", en: "the wording \"Autoliquidation\"" },
    basis: [cgi("13°")],
    inForce: COVERED,
    appliesWhen: (ctx) => hasCategory(ctx, "reverse-charge"),
    gaps: none,
    printed: (ctx) => [vatExemptionWordingOn("reverse-charge", ctx.invoice.issueDate) ?? vatExemptionWordings("reverse-charge")[0]!],
    howToFix: { fr: "imprimez « Autoliquidation »", en: "print \"Autoliquidation\"" },
  }),
  mention({
    id: "vat-on-debits",
    label: { fr: "la mention « Option pour le paiement de la taxe d'après les débits »", en: "the wording \"Option pour le paiement de la taxe d'après les débits\"" },
    basis: [EINVOICING],
    inForce: EINVOICING_IN_FORCE,
    appliesWhen: ({ seller }) => seller.vat.onDebits === true,
    gaps: none,
    printed: () => ["Option pour le paiement de la taxe d'après les débits"],
    howToFix: { fr: "imprimez l'option pour le paiement de la taxe d'après les débits", en: "print the option for paying VAT on debits" },
  }),
  mention({
    id: "due-date",
    label: { fr: "la date d'échéance du paiement", en: "the payment due date" },
    basis: [L441_9],
    inForce: COVERED,
    appliesWhen: professional,
    gaps: ({ dueDate }) => (dueDate ? [] : [{ file: "invoice", path: ["terms"] }]),
    printed: ({ dueDate }) => (dueDate ? [`Date d'échéance : ${formatDate(dueDate)}`] : []),
    howToFix: {
      fr: "ni la facture (dueDate) ni les conditions (payment.termDays, payment.termBasis) ne donnent l'échéance : indiquez l'une ou l'autre",
      en: "neither the invoice (dueDate) nor the terms (payment.termDays, payment.termBasis) give the due date: state one of them",
    },
  }),
  mention({
    id: "early-payment-discount",
    label: { fr: "les conditions d'escompte en cas de paiement anticipé", en: "the early-payment discount conditions" },
    basis: [L441_9],
    inForce: COVERED,
    appliesWhen: professional,
    gaps: none,
    printed: ({ terms }) => [earlyPaymentDiscountLine(terms.payment?.earlyPaymentDiscount)],
    howToFix: { fr: "indiquez l'escompte (payment.earlyPaymentDiscount)", en: "state the discount (payment.earlyPaymentDiscount)" },
  }),
  mention({
    id: "late-penalty-rate",
    label: { fr: "le taux des pénalités de retard", en: "the late-payment penalty rate" },
    basis: [L441_9, L441_10],
    inForce: COVERED,
    appliesWhen: professional,
    gaps: ({ terms }) => (terms.latePayment?.penalty ? [] : [{ file: "terms", path: ["latePayment", "penalty"] }]),
    printed: ({ terms }) => (terms.latePayment?.penalty ? [latePenaltyLine(terms.latePayment.penalty)] : []),
    howToFix: {
      fr: "les conditions ne fixent aucun taux de pénalités : ajoutez latePayment.penalty (au moins trois fois le taux d'intérêt légal)",
      en: "the terms set no penalty rate: add latePayment.penalty (at least three times the legal interest rate)",
    },
  }),
  mention({
    id: "recovery-indemnity",
    label: { fr: "l'indemnité forfaitaire pour frais de recouvrement de 40 €", en: "the 40 € fixed recovery indemnity" },
    basis: [L441_9, D441_5],
    inForce: COVERED,
    appliesWhen: professional,
    gaps: ({ terms }) => (terms.latePayment?.recoveryIndemnity ? [] : [{ file: "terms", path: ["latePayment", "recoveryIndemnity"] }]),
    printed: ({ terms, currency }) =>
      terms.latePayment?.recoveryIndemnity ? [recoveryIndemnityLine(terms.latePayment.recoveryIndemnity, currency)] : [],
    howToFix: {
      fr: "les conditions ne prévoient pas l'indemnité : ajoutez latePayment.recoveryIndemnity (amount: 40)",
      en: "the terms do not provide the indemnity: add latePayment.recoveryIndemnity (amount: 40)",
    },
  }),
];

// ---- Luxembourg -------------------------------------------------------------------------------
// The VAT mentions of the Luxembourg VAT law (loi modifiée du 12 février 1979, art. 63, transposing
// art. 226 of directive 2006/112/CE as rewritten by directive 2010/45/UE). Each reuses the French
// mention of the same id (same data, same printed words) with its Luxembourg basis; the French
// commercial-code mentions (L441-9: due date, penalties, order number…) and the French e-invoicing
// ones are not required by it, and the simplified invoice of small amounts is left out (its
// threshold is not confirmed from an official text): a Luxembourg invoice is held to the full list.

/** Whose invoicing rules a profile states. */
export type MentionProfileId = "FR" | "LU";

export interface MentionProfile {
  id: MentionProfileId;
  /** The list vouches for invoices issued from this date. */
  coverFrom: IsoDate;
  /** The mentions the law requires (linted). */
  mentions: readonly InvoiceMention[];
  /** What an invoice prints when its data provides it, required or not: the French list, with this profile's own mentions in their place. */
  printable: readonly InvoiceMention[];
}

/** The Luxembourg list as rewritten for directive 2010/45/UE, applied from 26 April 2013 (fiduciaire-lpg.lu, secondary source). */
const LU_MENTIONS_COVER_FROM: IsoDate = "2013-04-26";

// Worded as the catalogue's basis (src/legal/bases.ts), written once there.
const LTVA_63_BASIS = legalBasis("lu.ltva.art-63");
const LTVA_63: MentionBasis = { code: LTVA_63_BASIS.code, article: "63", source: LTVA_63_BASIS.reference ?? "" };

function french(id: InvoiceMentionId): InvoiceMention {
  return INVOICE_MENTIONS.find((m) => m.id === id)!;
}

/** The French mention `id` under the Luxembourg VAT law, with what differs. */
function luxembourg(id: InvoiceMentionId, overrides: Partial<MentionSpec> = {}): InvoiceMention {
  const { present: _present, ...spec } = french(id);
  return mention({ ...spec, basis: [LTVA_63], inForce: { from: LU_MENTIONS_COVER_FROM }, ...overrides });
}

/** Lines without VAT: the exemption reason each gives (the French dated wordings cite the CGI and do not apply). */
function exemptionReasons(invoice: Pick<Invoice, "lines" | "allowancesCharges">): string[] {
  return [...new Set(vatItems(invoice).flatMap((item) => ("rate" in item.vat || item.vat.category === "reverse-charge" ? [] : [item.vat.reason])))];
}

const LU_MENTIONS: readonly InvoiceMention[] = [
  luxembourg("seller-name-address"),
  luxembourg("seller-vat-number", {
    appliesWhen: (ctx) => ctx.seller.vat.regime === "liable" || hasCategory(ctx, "reverse-charge", "intra-eu-goods"),
    howToFix: {
      fr: "ajoutez le numéro d'identification à la TVA (LU suivi de 8 chiffres) au fichier vendeur (vat.number)",
      en: "add the VAT identification number (LU followed by 8 digits) to the seller file (vat.number)",
    },
  }),
  luxembourg("client-name-address"),
  luxembourg("client-vat-number"),
  luxembourg("issue-date"),
  luxembourg("invoice-number", {
    howToFix: { fr: "numérotez la facture dans une séquence qui l'identifie de façon unique (number, ex. FP-2026-0118)", en: "number the invoice in a sequence that identifies it uniquely (number, e.g. FP-2026-0118)" },
  }),
  luxembourg("line-details"),
  luxembourg("line-vat"),
  luxembourg("rebates"),
  luxembourg("sale-date"),
  luxembourg("vat-totals"),
  luxembourg("vat-exemption", {
    appliesWhen: (ctx) =>
      ctx.seller.vat.regime !== "liable" ||
      vatItems(ctx.invoice).some((item) => ("rate" in item.vat ? toDecimal(item.vat.rate, "le taux de TVA").isZero() : item.vat.category !== "reverse-charge")),
    gaps: (ctx) =>
      vatItems(ctx.invoice).flatMap((item): MentionGap[] => {
        const data = { line: item.name };
        if ("rate" in item.vat) return ctx.seller.vat.regime !== "liable" || toDecimal(item.vat.rate, "le taux de TVA").isZero() ? [{ file: "invoice", path: item.path, data }] : [];
        return item.vat.category !== "reverse-charge" && !filled(item.vat.reason) ? [{ file: "invoice", path: [...item.path, "reason"], data }] : [];
      }),
    printed: ({ invoice }) => exemptionReasons(invoice),
    howToFix: {
      fr: "la ligne {line} n'a pas la mention qui justifie l'absence de TVA : donnez-lui une catégorie (vat.category : exempt, out-of-scope…) et un motif citant la disposition de la loi TVA luxembourgeoise ou de la directive 2006/112/CE qui l'exonère (vat.reason)",
      en: "line {line} lacks the wording that justifies charging no VAT: give it a category (vat.category: exempt, out-of-scope…) and a reason citing the provision of the Luxembourg VAT law or of directive 2006/112/EC that exempts it (vat.reason)",
    },
  }),
  luxembourg("reverse-charge"),
];

export const MENTION_PROFILES: Readonly<Record<MentionProfileId, MentionProfile>> = {
  FR: { id: "FR", coverFrom: MENTIONS_COVER_FROM, mentions: INVOICE_MENTIONS, printable: INVOICE_MENTIONS },
  LU: { id: "LU", coverFrom: LU_MENTIONS_COVER_FROM, mentions: LU_MENTIONS, printable: INVOICE_MENTIONS.map((m) => LU_MENTIONS.find((l) => l.id === m.id) ?? m) },
};

/**
 * Whose VAT invoicing rules an invoice follows: those of the seller's country of establishment
 * (directive 2006/112/CE art. 219 bis), not the law the terms choose for the contract. A seller
 * established elsewhere is judged by the French list only when its terms choose French law.
 */
export function mentionProfileOf(sellerCountry: string | undefined, law: "FR" | "LU"): MentionProfileId | undefined {
  if (sellerCountry === "LU") return "LU";
  if (sellerCountry === "FR" || law === "FR") return "FR";
  return undefined;
}
