// Pieces every document view shares: who sells, who buys, the lines and the totals. A view holds
// data only (Decimals, ISO dates, plain text): templates format it through the helpers of
// src/money/format.ts, so a future Factur-X writer can read the very same view.
import type { LoadedTerms, Seller } from "../../model/documents.js";
import type { Client, DocumentLine, PostalAddress } from "../../model/generated/invoice.js";
import { currencyOr, type Decimal, type Totals, type VatBreakdownEntry, vatGroupLabel } from "../../money/index.js";
import type { VatCategory } from "../../money/index.js";
import { sirenOf } from "../../legal/identifiers.js";
import type { SellerBankAccount } from "../../documents/index.js";

export interface SellerView {
  name: string;
  tradeName: string | null;
  /** "SAS", "EI — Jean Dupont", … */
  legalForm: string | null;
  shareCapital: { amount: string | number; currency: string } | null;
  variableCapital: boolean;
  address: string[];
  /** "SIREN : 488 020 108" (the wording of the invoice mention list). */
  sirenLine: string | null;
  siret: string | null;
  rcs: string | null;
  ape: string | null;
  /** "N° TVA intracommunautaire : FR61422551481". */
  vatLine: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** The seller's first bank account (a quote's); an invoice shows the account it chose. */
  bank: BankView | null;
  mediator: { name: string; website: string | null } | null;
  publicationDirector: string | null;
  hosting: { name: string; address: string[]; phone: string | null; registration: string | null } | null;
}

export interface ClientView {
  type: Client["type"];
  name: string;
  legalForm: string | null;
  contactName: string | null;
  address: string[];
  sirenLine: string | null;
  siret: string | null;
  vatLine: string | null;
  registration: string | null;
  email: string | null;
}

export interface LineView {
  index: number;
  description: string;
  quantity: string | number;
  unit: string | null;
  unitPrice: string | number;
  discountPercent: string | number | null;
  /** Rate in percent for the standard category, else null and a short category label. */
  vatRate: Decimal | null;
  vatLabel: string | null;
  /** HT amount (BT-131). */
  net: Decimal;
  /** TTC amount, for documents priced tax included. */
  gross: Decimal | null;
  /** Documents priced tax included: the unit price HT the law asks beside the TTC one (src/money/totals.ts). */
  unitPriceNet: Decimal | null;
}

export interface VatLineView {
  label: string;
  rate: Decimal | null;
  base: Decimal;
  vat: Decimal;
  reason: string | null;
}

const COUNTRY_NAMES: Record<string, string> = {
  FR: "France",
  LU: "Luxembourg",
  BE: "Belgique",
  DE: "Allemagne",
  CH: "Suisse",
  ES: "Espagne",
  IT: "Italie",
  NL: "Pays-Bas",
  GB: "Royaume-Uni",
};

/** Postal address as printed lines; the country is named in full, as on an envelope. */
export function addressLines(address: PostalAddress | undefined): string[] {
  if (!address) return [];
  const lines = address.street.split(/\n/).map((l) => l.trim()).filter(Boolean);
  const city = [address.postalCode, address.city].filter(Boolean).join(" ");
  if (city) lines.push(city);
  if (address.country) lines.push(COUNTRY_NAMES[address.country] ?? address.country);
  return lines;
}

function sameAddress(a: PostalAddress | undefined, b: PostalAddress | undefined): boolean {
  return JSON.stringify(addressLines(a)) === JSON.stringify(addressLines(b));
}

/** The delivery address, only when it differs from the client's (CGI ann. II 242 nonies A 7° bis). */
export function deliveryAddressOf(client: Client): string[] | null {
  return client.deliveryAddress && !sameAddress(client.deliveryAddress, client.address) ? addressLines(client.deliveryAddress) : null;
}

/** Grouped as the invoice mention list prints it; a placeholder such as "en cours" is printed as written. */
function sirenLine(siren: string | undefined, siret: string | undefined): string | null {
  const grouped = sirenOf(siren, siret);
  if (grouped) return `SIREN : ${grouped}`;
  return siren ? `SIREN : ${siren}` : null;
}

export function sellerView(seller: Seller): SellerView {
  // "Pétillances S.à r.l." already says its form: not twice.
  const legalForm =
    seller.legalForm === undefined || seller.legalForm === "other" || seller.legalName.includes(seller.legalForm)
      ? null
      : seller.legalForm === "EI" && seller.personName
        ? `EI — ${seller.personName}`
        : seller.legalForm;
  const capital = seller.shareCapital;
  const rcs = seller.rcs ? ["RCS", seller.rcs.city, seller.rcs.number].filter(Boolean).join(" ") : null;
  return {
    name: seller.legalName,
    tradeName: seller.tradeName ?? null,
    legalForm,
    shareCapital: capital && capital !== "variable" ? { amount: capital.amount, currency: currencyOr(capital.currency) } : null,
    variableCapital: capital === "variable",
    address: addressLines(seller.registeredOffice),
    sirenLine: sirenLine(seller.siren, seller.siret),
    siret: seller.siret ?? null,
    rcs: rcs && rcs !== "RCS" ? rcs : null,
    ape: seller.ape ?? null,
    vatLine: seller.vat.number ? `N° TVA intracommunautaire : ${seller.vat.number}` : null,
    email: seller.contact?.email ?? null,
    phone: seller.contact?.phone ?? null,
    website: seller.contact?.website ?? null,
    bank: bankView(seller.bankAccounts?.[0], seller.legalName),
    mediator: seller.mediator ? { name: seller.mediator.name, website: seller.mediator.website ?? null } : null,
    publicationDirector: seller.publicationDirector ?? null,
    hosting: seller.hosting
      ? {
          name: seller.hosting.name,
          address: addressLines(seller.hosting.address),
          phone: seller.hosting.phone ?? null,
          registration: seller.hosting.registration ?? null,
        }
      : null,
  };
}

export interface BankView {
  holder: string;
  /** Grouped by four characters, as banks print it: « FR76 1558 9335 … ». */
  iban: string;
  bic: string | null;
  bankName: string | null;
}

export function bankView(account: SellerBankAccount | undefined, legalName: string): BankView | null {
  if (!account) return null;
  const iban = account.iban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ");
  return { holder: account.holder ?? legalName, iban, bic: account.bic ?? null, bankName: account.bankName ?? null };
}

/**
 * Whether the seller charges VAT. One that does not (franchise en base, not subject) prints a single
 * amount column and the wording that says why, never an HT/TTC split or a VAT breakdown of zeros.
 */
export function chargesVat(terms: LoadedTerms): boolean {
  return terms.seller.data.vat.regime === "liable";
}

export function sellerOf(terms: LoadedTerms): SellerView {
  return sellerView(terms.seller.data);
}

export function clientView(client: Client): ClientView {
  return {
    type: client.type,
    name: client.name,
    legalForm: client.legalForm ?? null,
    contactName: client.contactName ?? null,
    address: addressLines(client.address),
    sirenLine: sirenLine(client.siren, client.siret),
    siret: client.siret ?? null,
    vatLine: client.vatNumber ? `N° TVA intracommunautaire : ${client.vatNumber}` : null,
    registration: client.registration ?? null,
    email: client.email ?? null,
  };
}

const CATEGORY_SHORT: Record<Exclude<VatCategory, "standard">, string> = {
  exempt: "Exonéré",
  "reverse-charge": "Autoliquidation",
  "out-of-scope": "Hors champ",
  "intra-eu-goods": "Exonéré (LIC)",
};

export function linesView(lines: readonly DocumentLine[], totals: Totals): LineView[] {
  return lines.map((line, i) => {
    const total = totals.lines[i];
    // A broken invariant (a bug), shown as an internal error's detail for the report: not worded per locale.
    if (!total) throw new Error(`invariant: line ${i + 1} missing from the totals`);
    const standard = "rate" in line.vat;
    const group = totals.vatBreakdown.find((v) => v.key === total.vatKey);
    return {
      index: i + 1,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit ?? null,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent ?? null,
      vatRate: standard && group ? group.rate : null,
      vatLabel: !standard && group && group.category !== "standard" ? CATEGORY_SHORT[group.category] : null,
      net: total.net,
      gross: total.gross ?? null,
      unitPriceNet: total.unitNet ?? null,
    };
  });
}

function vatLineView(entry: VatBreakdownEntry): VatLineView {
  const standard = entry.category === "standard";
  return {
    // The category name alone ("Hors champ de la TVA"): the reason is printed beside it.
    label: standard ? "TVA" : vatGroupLabel({ key: entry.key, category: entry.category, code: entry.code, rate: entry.rate }).replace(/ \(\)$/, ""),
    rate: standard ? entry.rate : null,
    base: entry.base,
    vat: entry.vat,
    reason: entry.reason ?? null,
  };
}

export function vatBreakdownView(totals: Totals): VatLineView[] {
  return totals.vatBreakdown.map(vatLineView);
}
