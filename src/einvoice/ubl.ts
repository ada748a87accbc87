// OASIS UBL 2.1 Invoice (type 380…) and CreditNote (381) as EN 16931 binds them, from the EN 16931
// invoice (en16931.ts) only. Elements follow the UBL schema's order.
import type { Decimal } from "../money/index.js";
import { amount, percent } from "./cii.js";
import type { Address, En16931Invoice, Party, SchemedId, VatCategory } from "./en16931.js";
import { el, group, text, toXml, type XmlChild, type XmlElement } from "./xml.js";

const MAIN = {
  Invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  CreditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
};
const CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

/** BT-8 in UBL's code list (UNTDID 2005): 3 = invoice date, the VAT-on-debits option. */
const UBL_VAT_POINT = { "5": "3" } as const;

const exact = (d: Decimal): string => d.toFixed();

export function ublXml(invoice: En16931Invoice): string {
  return toXml(ublDocument(invoice));
}

export function ublDocument(invoice: En16931Invoice): XmlElement {
  const credit = invoice.typeCode === "381";
  const root = credit ? "CreditNote" : "Invoice";
  const cbc = (name: string, value: string | undefined, attributes: Record<string, string | undefined> = {}) => text(`cbc:${name}`, value, attributes);
  const cac = (name: string, ...children: XmlChild[]) => el(`cac:${name}`, {}, ...children);
  const money = (name: string, value: Decimal) => cbc(name, amount(value), { currencyID: invoice.currency });
  const vatScheme = cac("TaxScheme", cbc("ID", "VAT"));
  const category = (name: string, vat: VatCategory, extra: XmlChild[] = []) =>
    cac(name, cbc("ID", vat.code), vat.rate && cbc("Percent", percent(vat.rate)), extra, vatScheme);
  const id = (name: string, value: SchemedId | undefined) => value && cbc(name, value.id, { schemeID: value.scheme });

  const address = (name: string, a: Address) =>
    cac(
      name,
      cbc("StreetName", a.lines[0]),
      cbc("AdditionalStreetName", a.lines[1]),
      cbc("CityName", a.city),
      cbc("PostalZone", a.postalCode),
      a.lines.length > 2 && cac("AddressLine", cbc("Line", a.lines.slice(2).join(", "))),
      cac("Country", cbc("IdentificationCode", a.countryCode)),
    );

  const party = (p: Party) =>
    cac(
      "Party",
      id("EndpointID", p.electronicAddress),
      p.identifiers.map((i) => cac("PartyIdentification", id("ID", i))),
      p.tradingName && cac("PartyName", cbc("Name", p.tradingName)),
      address("PostalAddress", p.address),
      p.vatId && cac("PartyTaxScheme", cbc("CompanyID", p.vatId), vatScheme),
      p.taxRegistration && cac("PartyTaxScheme", cbc("CompanyID", p.taxRegistration), cac("TaxScheme", cbc("ID", "FC"))),
      cac("PartyLegalEntity", cbc("RegistrationName", p.name), id("CompanyID", p.legalRegistration)),
      p.contact && group("cac:Contact", {}, cbc("Name", p.contact.name), cbc("ElectronicMail", p.contact.email)),
    );

  const payment = invoice.payment;
  const lines = invoice.lines.map((line) =>
    cac(
      credit ? "CreditNoteLine" : "InvoiceLine",
      cbc("ID", line.id),
      cbc(credit ? "CreditedQuantity" : "InvoicedQuantity", exact(line.quantity), { unitCode: line.unitCode }),
      money("LineExtensionAmount", line.net),
      cac("Item", cbc("Name", line.name), category("ClassifiedTaxCategory", line.vat)),
      cac(
        "Price",
        cbc("PriceAmount", exact(line.netPrice), { currencyID: invoice.currency }),
        line.grossPrice &&
          cac(
            "AllowanceCharge",
            cbc("ChargeIndicator", "false"),
            cbc("Amount", exact(line.grossPrice.discount), { currencyID: invoice.currency }),
            cbc("BaseAmount", exact(line.grossPrice.amount), { currencyID: invoice.currency }),
          ),
      ),
    ),
  );

  const t = invoice.totals;
  return el(
    root,
    { xmlns: MAIN[root], "xmlns:cac": CAC, "xmlns:cbc": CBC },
    cbc("CustomizationID", "urn:cen.eu:en16931:2017"),
    cbc("ProfileID", invoice.businessProcess),
    cbc("ID", invoice.number),
    cbc("IssueDate", invoice.issueDate),
    !credit && cbc("DueDate", invoice.dueDate),
    cbc(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", invoice.typeCode),
    // BG-1 in UBL: the subject code is written before the text, « #PMT#… ».
    invoice.notes.map((n) => cbc("Note", n.subject ? `#${n.subject}#${n.text}` : n.text)),
    cbc("DocumentCurrencyCode", invoice.currency),
    (invoice.period || invoice.vatPointCode) &&
      cac("InvoicePeriod", cbc("StartDate", invoice.period?.from), cbc("EndDate", invoice.period?.to), invoice.vatPointCode && cbc("DescriptionCode", UBL_VAT_POINT[invoice.vatPointCode])),
    invoice.orderReference && cac("OrderReference", cbc("ID", invoice.orderReference)),
    invoice.precedingInvoices.map((p) => cac("BillingReference", cac("InvoiceDocumentReference", cbc("ID", p.number), cbc("IssueDate", p.issueDate)))),
    cac("AccountingSupplierParty", party(invoice.seller)),
    cac("AccountingCustomerParty", party(invoice.buyer)),
    invoice.delivery &&
      cac("Delivery", cbc("ActualDeliveryDate", invoice.delivery.date), invoice.delivery.address && cac("DeliveryLocation", address("Address", invoice.delivery.address))),
    payment &&
      cac(
        "PaymentMeans",
        cbc("PaymentMeansCode", payment.meansCode),
        credit && cbc("PaymentDueDate", invoice.dueDate),
        cbc("PaymentID", payment.remittanceInformation),
        payment.account &&
          cac(
            "PayeeFinancialAccount",
            cbc("ID", payment.account.iban),
            cbc("Name", payment.account.holder),
            payment.account.bic && cac("FinancialInstitutionBranch", cbc("ID", payment.account.bic)),
          ),
      ),
    invoice.paymentTerms && cac("PaymentTerms", cbc("Note", invoice.paymentTerms)),
    invoice.allowancesCharges.map((a) =>
      cac("AllowanceCharge", cbc("ChargeIndicator", a.charge ? "true" : "false"), cbc("AllowanceChargeReason", a.reason), money("Amount", a.amount), category("TaxCategory", a.vat)),
    ),
    cac(
      "TaxTotal",
      money("TaxAmount", t.taxTotal),
      invoice.vatBreakdown.map((v) =>
        cac("TaxSubtotal", money("TaxableAmount", v.base), money("TaxAmount", v.vat), category("TaxCategory", v, [cbc("TaxExemptionReasonCode", v.exemptionCode), cbc("TaxExemptionReason", v.exemptionReason)])),
      ),
    ),
    cac(
      "LegalMonetaryTotal",
      money("LineExtensionAmount", t.lineTotal),
      money("TaxExclusiveAmount", t.taxBasisTotal),
      money("TaxInclusiveAmount", t.grandTotal),
      money("AllowanceTotalAmount", t.allowanceTotal),
      money("ChargeTotalAmount", t.chargeTotal),
      money("PrepaidAmount", t.paid),
      money("PayableAmount", t.due),
    ),
    lines,
  );
}
