import { Decimal } from "decimal.js";
import type { IsoDate } from "../../legal/dates.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { type VatCountry, type VatTerritory, isKnownVatRate, territoryName, territoryRates, vatRatesInForce, vatTerritoryOf } from "../../legal/vat.js";
import { Localized } from "../../model/locale.js";
import type { LoadedDocument } from "../../model/documents.js";
import type { JsonPath } from "../../model/positions.js";
import { formatPercent, localizedDate } from "../../money/format.js";
import type { Rule } from "../types.js";

// A VAT rate is one the seller's country applies on the date of the operation: "200" (a typo for 20),
// 19.6 (France before 2014) or 17 for a French seller is an error, not a rate to compute with. The rate
// follows the chargeable event (the sale or service), not the order: an invoice's rate is accepted
// when it was in force on its issue date or on its sale date or service period; a credit note's on
// the dates of the invoice it corrects. Corsica's and Guadeloupe/Martinique/Réunion's own rates are
// accepted when the seller or the client is there: the rate follows the place of the operation, which
// one of the two addresses gives in practice.

const COUNTRY: Record<VatCountry, Localized> = {
  FR: new Localized({ fr: "en France", en: "in France" }),
  LU: new Localized({ fr: "au Luxembourg", en: "in Luxembourg" }),
};

interface RatedItem {
  rate: Decimal;
  path: JsonPath;
}

const rule: Rule = {
  meta: {
    id: "vat-rate-unknown",
    description: {
      fr: "Une ligne de facture, de devis ou d'avoir applique un taux de TVA qui n'est pas un taux en vigueur dans le pays du vendeur à la date de l'opération.",
      en: "An invoice, quote or credit-note line charges a VAT rate that is not a rate in force in the seller's country on the date of the operation.",
    },
    severity: "error",
    category: "vat",
    legalBasis: ["fr.cgi.278", "eu.dir.2006-112.art-96", "eu.dir.2006-112.art-98"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["invoice", "quote", "credit-note"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      unknownRate: {
        fr: "taux de TVA de {rate} : ce n'est pas un taux en vigueur {country} le {date} (taux en vigueur : {rates}{territoryRates}) ; corrigez le taux, ou, si l'opération n'est pas taxée, indiquez la catégorie (exempt, reverse-charge…) et la mention d'exonération (vat.category, vat.reason).",
        en: "VAT rate of {rate}: not a rate in force {country} on {date} (rates in force: {rates}{territoryRates}); correct the rate or, if the operation is not taxed, give its category (exempt, reverse-charge…) and the exemption wording (vat.category, vat.reason).",
      },
      noRateData: {
        fr: "taux de TVA de {rate} : Clausier n'a pas les taux de TVA applicables {country} le {date} (src/legal/data/vat-rates.json) ; vérifiez le taux à la main.",
        en: "VAT rate of {rate}: Clausier has no VAT rates for {country} on {date} (src/legal/data/vat-rates.json); check the rate by hand.",
      },
    },
  },
  check({ doc, report }) {
    const loaded = doc.loaded;
    if (!loaded) return;
    const operation = operationOf(loaded);
    if (!operation) return;
    const country = operation.country;
    if (country !== "FR" && country !== "LU") return;
    const [issueDate] = operation.dates;
    for (const item of operation.items) {
      let known: boolean;
      try {
        known = operation.dates.some((date) => isKnownVatRate(country, date, item.rate, operation.territories));
      } catch (error) {
        if (!(error instanceof LegalDataGapError)) throw error;
        report({ messageId: "noRateData", severity: "info", data: { rate: formatPercent(item.rate), country: COUNTRY[country], date: localizedDate(issueDate!) }, range: doc.locateFact(item.path) });
        continue;
      }
      if (known) continue;
      const { standard, reduced } = vatRatesInForce(country, issueDate!);
      const rates = [standard, ...reduced].map((r) => formatPercent(r)).join(", ");
      const data = { rate: formatPercent(item.rate), country: COUNTRY[country], date: localizedDate(issueDate!), rates, territoryRates: territorySuffix(operation.territories, issueDate!) };
      report({ messageId: "unknownRate", data, range: doc.locateFact(item.path) });
    }
  },
};

/** « ; en Corse : 13 %, 10 %, 2,1 %, 0,9 % » for each territory of the operation. */
function territorySuffix(territories: readonly VatTerritory[], date: IsoDate): Localized {
  const parts = territories.map((t) => ({ name: territoryName(t), rates: territoryRates(t, date).map((r) => formatPercent(r)).join(", ") }));
  return new Localized({
    fr: parts.map((p) => ` ; ${p.name.fr} : ${p.rates}`).join(""),
    en: parts.map((p) => `; ${p.name.en}: ${p.rates}`).join(""),
  });
}

interface Operation {
  country: string;
  /** The dates whose rates apply; the first is the one named in messages. */
  dates: IsoDate[];
  /** The territories with rates of their own where the seller or the client is. */
  territories: VatTerritory[];
  items: RatedItem[];
}

type Seller = { country: string; registeredOffice?: Address; contact?: { postalAddress?: Address } };
type Address = { postalCode?: string; country?: string };

function operationOf(loaded: LoadedDocument): Operation | undefined {
  switch (loaded.kind) {
    case "invoice":
      return operation(loaded.terms.seller.data, loaded.data.client.address, invoiceDates(loaded.data), ratedItems(loaded.data));
    case "quote":
      return operation(loaded.terms.seller.data, loaded.data.client.address, [loaded.data.issueDate], ratedItems(loaded.data));
    case "credit-note":
      // The credit note undoes the invoice's operation: it carries that operation's rate.
      return operation(loaded.terms.seller.data, loaded.invoice.data.client.address, invoiceDates(loaded.invoice.data), ratedItems(loaded.data));
    default:
      return undefined;
  }
}

function operation(seller: Seller, clientAddress: Address | undefined, dates: IsoDate[], items: RatedItem[]): Operation {
  const places = [vatTerritoryOf(seller.registeredOffice ?? seller.contact?.postalAddress, seller.country), vatTerritoryOf(clientAddress, seller.country)];
  const territories = [...new Set(places.filter((t): t is VatTerritory => t !== undefined))];
  return { country: seller.country, dates, territories, items };
}

function invoiceDates(invoice: { issueDate: IsoDate; saleDate?: IsoDate; servicePeriod?: { from: IsoDate; to: IsoDate } }): IsoDate[] {
  return [invoice.issueDate, invoice.saleDate, invoice.servicePeriod?.from, invoice.servicePeriod?.to].filter((d): d is IsoDate => d !== undefined);
}

type VatItem = { vat: { rate: string | number } | { category: string } };

function ratedItems(doc: { lines?: VatItem[]; allowancesCharges?: VatItem[] }): RatedItem[] {
  const rated = (items: VatItem[] | undefined, key: string) =>
    (items ?? []).flatMap((item, i) => ("rate" in item.vat && isDecimal(item.vat.rate) ? [{ rate: new Decimal(item.vat.rate), path: [key, i, "vat", "rate"] }] : []));
  return [...rated(doc.lines, "lines"), ...rated(doc.allowancesCharges, "allowancesCharges")];
}

/** A rate the loader let through but Decimal cannot read is the schema's to report, not this rule's. */
function isDecimal(value: string | number): boolean {
  try {
    return new Decimal(value).isFinite();
  } catch {
    return false;
  }
}

export default rule;
