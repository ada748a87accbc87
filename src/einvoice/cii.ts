// UN/CEFACT Cross Industry Invoice D16B, as Factur-X 1.09 profiles it: MINIMUM, BASIC WL, BASIC and
// EN 16931 (the default, the full semantic model). Each profile keeps the elements its schema allows,
// in the order the schema sets; the business terms come from the EN 16931 invoice (en16931.ts) only.
import type { Decimal } from "../money/index.js";
import type { Address, En16931Invoice, Party, SchemedId, VatCategory } from "./en16931.js";
import { el, group, text, toXml, type XmlChild, type XmlElement } from "./xml.js";

export const CII_PROFILES = ["minimum", "basicwl", "basic", "en16931"] as const;
export type CiiProfile = (typeof CII_PROFILES)[number];

/** BT-24 of each profile (Factur-X 1.09). */
export const GUIDELINES: Record<CiiProfile, string> = {
  minimum: "urn:factur-x.eu:1p0:minimum",
  basicwl: "urn:factur-x.eu:1p0:basicwl",
  basic: "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
  en16931: "urn:cen.eu:en16931:2017",
};

const NAMESPACES = {
  "xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "xmlns:ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

const LEVEL: Record<CiiProfile, number> = { minimum: 0, basicwl: 1, basic: 2, en16931: 3 };

/** An amount to the cent (BR-DEC: two decimals at most). */
export const amount = (d: Decimal): string => d.toFixed(2);
/** A VAT rate with two decimals, as the French rate list spells them (« 5.50 », « 20.00 »). */
export const percent = (d: Decimal): string => d.toFixed(2);
/** A quantity or a price, exactly as derived (no rounding here). */
const exact = (d: Decimal): string => d.toFixed();
const date102 = (iso: string): string => iso.replaceAll("-", "");

export function ciiXml(invoice: En16931Invoice, profile: CiiProfile = "en16931"): string {
  return toXml(ciiDocument(invoice, profile));
}

export function ciiDocument(invoice: En16931Invoice, profile: CiiProfile = "en16931"): XmlElement {
  const at = (p: CiiProfile) => LEVEL[profile] >= LEVEL[p];
  const ram = (name: string, ...children: XmlChild[]) => el(`ram:${name}`, {}, ...children);
  const ramText = (name: string, value: string | undefined, attributes: Record<string, string | undefined> = {}) => text(`ram:${name}`, value, attributes);
  const dateTime = (name: string, iso: string | undefined) => iso && ram(name, el("udt:DateTimeString", { format: "102" }, date102(iso)));
  const tax = (vat: VatCategory) => [ramText("TypeCode", "VAT"), ramText("CategoryCode", vat.code), vat.rate && ramText("RateApplicablePercent", percent(vat.rate))];
  const id = (name: string, value: SchemedId | undefined) => value && ramText(name, value.id, { schemeID: value.scheme });

  const address = (a: Address, full: boolean) =>
    ram(
      "PostalTradeAddress",
      full && [ramText("PostcodeCode", a.postalCode), ramText("LineOne", a.lines[0]), ramText("LineTwo", a.lines[1]), ramText("LineThree", a.lines.slice(2).join(", ") || undefined), ramText("CityName", a.city)],
      ramText("CountryID", a.countryCode),
    );

  const party = (name: string, p: Party, role: "seller" | "buyer") => {
    if (!at("basicwl")) {
      return ram(
        name,
        ramText("Name", p.name),
        group("ram:SpecifiedLegalOrganization", {}, id("ID", p.legalRegistration)),
        role === "seller" && address(p.address, false),
        role === "seller" && p.vatId && ram("SpecifiedTaxRegistration", ramText("ID", p.vatId, { schemeID: "VA" })),
      );
    }
    return ram(
      name,
      p.identifiers.map((i) => id("GlobalID", i)),
      ramText("Name", p.name),
      group("ram:SpecifiedLegalOrganization", {}, id("ID", p.legalRegistration), ramText("TradingBusinessName", p.tradingName)),
      at("en16931") && p.contact && group("ram:DefinedTradeContact", {}, ramText("PersonName", p.contact.name), p.contact.email && ram("EmailURIUniversalCommunication", ramText("URIID", p.contact.email))),
      address(p.address, true),
      p.electronicAddress && ram("URIUniversalCommunication", id("URIID", p.electronicAddress)),
      p.vatId && ram("SpecifiedTaxRegistration", ramText("ID", p.vatId, { schemeID: "VA" })),
      p.taxRegistration && ram("SpecifiedTaxRegistration", ramText("ID", p.taxRegistration, { schemeID: "FC" })),
    );
  };

  const lines = at("basic")
    ? invoice.lines.map((line) =>
        ram(
          "IncludedSupplyChainTradeLineItem",
          ram("AssociatedDocumentLineDocument", ramText("LineID", line.id)),
          ram("SpecifiedTradeProduct", ramText("Name", line.name)),
          ram(
            "SpecifiedLineTradeAgreement",
            line.grossPrice &&
              ram(
                "GrossPriceProductTradePrice",
                ramText("ChargeAmount", exact(line.grossPrice.amount)),
                ram("AppliedTradeAllowanceCharge", ram("ChargeIndicator", el("udt:Indicator", {}, "false")), ramText("ActualAmount", exact(line.grossPrice.discount))),
              ),
            ram("NetPriceProductTradePrice", ramText("ChargeAmount", exact(line.netPrice))),
          ),
          ram("SpecifiedLineTradeDelivery", ramText("BilledQuantity", exact(line.quantity), { unitCode: line.unitCode })),
          ram("SpecifiedLineTradeSettlement", ram("ApplicableTradeTax", tax(line.vat)), ram("SpecifiedTradeSettlementLineMonetarySummation", ramText("LineTotalAmount", amount(line.net)))),
        ),
      )
    : [];

  const t = invoice.totals;
  const summation = at("basicwl")
    ? ram(
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        ramText("LineTotalAmount", amount(t.lineTotal)),
        ramText("ChargeTotalAmount", amount(t.chargeTotal)),
        ramText("AllowanceTotalAmount", amount(t.allowanceTotal)),
        ramText("TaxBasisTotalAmount", amount(t.taxBasisTotal)),
        ramText("TaxTotalAmount", amount(t.taxTotal), { currencyID: invoice.currency }),
        ramText("GrandTotalAmount", amount(t.grandTotal)),
        ramText("TotalPrepaidAmount", amount(t.paid)),
        ramText("DuePayableAmount", amount(t.due)),
      )
    : ram(
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        ramText("TaxBasisTotalAmount", amount(t.taxBasisTotal)),
        ramText("TaxTotalAmount", amount(t.taxTotal), { currencyID: invoice.currency }),
        ramText("GrandTotalAmount", amount(t.grandTotal)),
        ramText("DuePayableAmount", amount(t.due)),
      );

  const payment = invoice.payment;
  const settlement = ram(
    "ApplicableHeaderTradeSettlement",
    at("basicwl") && payment && ramText("PaymentReference", payment.remittanceInformation),
    ramText("InvoiceCurrencyCode", invoice.currency),
    at("basicwl") &&
      payment &&
      ram(
        "SpecifiedTradeSettlementPaymentMeans",
        ramText("TypeCode", payment.meansCode),
        payment.account && ram("PayeePartyCreditorFinancialAccount", ramText("IBANID", payment.account.iban), at("en16931") && ramText("AccountName", payment.account.holder)),
        at("en16931") && payment.account?.bic && ram("PayeeSpecifiedCreditorFinancialInstitution", ramText("BICID", payment.account.bic)),
      ),
    at("basicwl") &&
      invoice.vatBreakdown.map((v) =>
        ram(
          "ApplicableTradeTax",
          ramText("CalculatedAmount", amount(v.vat)),
          ramText("TypeCode", "VAT"),
          ramText("ExemptionReason", v.exemptionReason),
          ramText("BasisAmount", amount(v.base)),
          ramText("CategoryCode", v.code),
          ramText("ExemptionReasonCode", v.exemptionCode),
          v.code === "S" && ramText("DueDateTypeCode", invoice.vatPointCode),
          v.rate && ramText("RateApplicablePercent", percent(v.rate)),
        ),
      ),
    at("basicwl") && invoice.period && ram("BillingSpecifiedPeriod", dateTime("StartDateTime", invoice.period.from), dateTime("EndDateTime", invoice.period.to)),
    at("basicwl") &&
      invoice.allowancesCharges.map((a) =>
        ram(
          "SpecifiedTradeAllowanceCharge",
          ram("ChargeIndicator", el("udt:Indicator", {}, a.charge ? "true" : "false")),
          ramText("ActualAmount", amount(a.amount)),
          ramText("Reason", a.reason),
          ram("CategoryTradeTax", tax(a.vat)),
        ),
      ),
    at("basicwl") && group("ram:SpecifiedTradePaymentTerms", {}, ramText("Description", invoice.paymentTerms), dateTime("DueDateDateTime", invoice.dueDate)),
    summation,
    at("basicwl") &&
      invoice.precedingInvoices.map((p) =>
        ram("InvoiceReferencedDocument", ramText("IssuerAssignedID", p.number), p.issueDate && ram("FormattedIssueDateTime", el("qdt:DateTimeString", { format: "102" }, date102(p.issueDate)))),
      ),
  );

  const delivery = invoice.delivery;
  return el(
    "rsm:CrossIndustryInvoice",
    NAMESPACES,
    el(
      "rsm:ExchangedDocumentContext",
      {},
      ram("BusinessProcessSpecifiedDocumentContextParameter", ramText("ID", invoice.businessProcess)),
      ram("GuidelineSpecifiedDocumentContextParameter", ramText("ID", GUIDELINES[profile])),
    ),
    el(
      "rsm:ExchangedDocument",
      {},
      ramText("ID", invoice.number),
      ramText("TypeCode", invoice.typeCode),
      dateTime("IssueDateTime", invoice.issueDate),
      at("basicwl") && invoice.notes.map((n) => ram("IncludedNote", ramText("Content", n.text), ramText("SubjectCode", n.subject))),
    ),
    el(
      "rsm:SupplyChainTradeTransaction",
      {},
      lines,
      ram(
        "ApplicableHeaderTradeAgreement",
        party("SellerTradeParty", invoice.seller, "seller"),
        party("BuyerTradeParty", invoice.buyer, "buyer"),
        invoice.orderReference && ram("BuyerOrderReferencedDocument", ramText("IssuerAssignedID", invoice.orderReference)),
      ),
      ram(
        "ApplicableHeaderTradeDelivery",
        at("basicwl") && delivery?.address && ram("ShipToTradeParty", address(delivery.address, true)),
        at("basicwl") && delivery?.date && ram("ActualDeliverySupplyChainEvent", dateTime("OccurrenceDateTime", delivery.date)),
      ),
      settlement,
    ),
  );
}
