// CII (UN/CEFACT CrossIndustryInvoice D16B, the XML of Factur-X) → the EN 16931 view.
import type { Element } from "@xmldom/xmldom";
import { all, at, field, fieldOf, position, type Step } from "./dom.js";
import type { InvoiceView, Party } from "./types.js";

export const NS_RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
const NS_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
const NS_UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";

const rsm = (name: string): Step => [NS_RSM, name];
const ram = (name: string): Step => [NS_RAM, name];
const udt = (name: string): Step => [NS_UDT, name];

function party(element: Element | undefined): Party {
  const address = at(element, ram("PostalTradeAddress"));
  return {
    ...(element ? { at: position(element) } : {}),
    name: field(element, ram("Name")),
    ...(address ? { address: position(address) } : {}),
    country: field(address, ram("CountryID")),
    legalIds: all(element, ram("SpecifiedLegalOrganization"), ram("ID")).map((e) => ({ ...fieldOf(e)!, scheme: e.getAttribute("schemeID") ?? undefined })),
  };
}

/** CII EXTENDED lines that only group or detail others: not counted in the totals (BR-CO-10). */
function isSubtotalOrDetail(line: Element): boolean {
  const status = field(line, ram("AssociatedDocumentLineDocument"), ram("LineStatusReasonCode"))?.text;
  return status === "DETAIL" || status === "INFORMATION";
}

export function fromCii(root: Element): InvoiceView {
  const document = at(root, rsm("ExchangedDocument"));
  const transaction = at(root, rsm("SupplyChainTradeTransaction"));
  const agreement = at(transaction, ram("ApplicableHeaderTradeAgreement"));
  const settlement = at(transaction, ram("ApplicableHeaderTradeSettlement"));
  const summation = at(settlement, ram("SpecifiedTradeSettlementHeaderMonetarySummation"));
  const currency = field(settlement, ram("InvoiceCurrencyCode"));
  // BT-110 is the VAT total in the invoice currency; a second one (BT-111) is in the accounting currency.
  const vatTotals = all(summation, ram("TaxTotalAmount"));
  const vatTotal = vatTotals.find((e) => e.getAttribute("currencyID") === currency?.text) ?? vatTotals.find((e) => !e.getAttribute("currencyID"));
  const categoryOf = (tax: Element | undefined) => ({ category: field(tax, ram("CategoryCode")), rate: field(tax, ram("RateApplicablePercent")) });

  return {
    syntax: "CII",
    root: position(root),
    specification: field(root, rsm("ExchangedDocumentContext"), ram("GuidelineSpecifiedDocumentContextParameter"), ram("ID")),
    number: field(document, ram("ID")),
    issueDate: field(document, ram("IssueDateTime"), udt("DateTimeString")),
    typeCode: field(document, ram("TypeCode")),
    currency,
    seller: party(at(agreement, ram("SellerTradeParty"))),
    buyer: party(at(agreement, ram("BuyerTradeParty"))),
    notes: all(document, ram("IncludedNote")).map((n) => ({ subject: field(n, ram("SubjectCode"))?.text, at: position(n) })),
    lines: all(transaction, ram("IncludedSupplyChainTradeLineItem"))
      .filter((line) => !isSubtotalOrDetail(line))
      .map((line) => {
        const lineSettlement = at(line, ram("SpecifiedLineTradeSettlement"));
        const quantity = at(line, ram("SpecifiedLineTradeDelivery"), ram("BilledQuantity"));
        const unit = quantity?.getAttribute("unitCode");
        return {
          at: position(line),
          id: field(line, ram("AssociatedDocumentLineDocument"), ram("LineID")),
          quantity: fieldOf(quantity),
          ...(quantity && unit ? { unit: { text: unit, at: position(quantity) } } : {}),
          net: field(lineSettlement, ram("SpecifiedTradeSettlementLineMonetarySummation"), ram("LineTotalAmount")),
          itemName: field(line, ram("SpecifiedTradeProduct"), ram("Name")),
          netPrice: field(line, ram("SpecifiedLineTradeAgreement"), ram("NetPriceProductTradePrice"), ram("ChargeAmount")),
          ...categoryOf(at(lineSettlement, ram("ApplicableTradeTax"))),
        };
      }),
    allowancesCharges: all(settlement, ram("SpecifiedTradeAllowanceCharge")).map((ac) => ({
      at: position(ac),
      charge: field(ac, ram("ChargeIndicator"), udt("Indicator"))?.text === "true",
      amount: field(ac, ram("ActualAmount")),
      ...categoryOf(at(ac, ram("CategoryTradeTax"))),
    })),
    vat: all(settlement, ram("ApplicableTradeTax")).map((tax) => ({
      at: position(tax),
      base: field(tax, ram("BasisAmount")),
      amount: field(tax, ram("CalculatedAmount")),
      ...categoryOf(tax),
      exemptionText: field(tax, ram("ExemptionReason")),
      exemptionCode: field(tax, ram("ExemptionReasonCode")),
    })),
    totals: {
      ...(summation ? { at: position(summation) } : {}),
      lineNet: field(summation, ram("LineTotalAmount")),
      allowances: field(summation, ram("AllowanceTotalAmount")),
      charges: field(summation, ram("ChargeTotalAmount")),
      taxBasis: field(summation, ram("TaxBasisTotalAmount")),
      vatTotal: fieldOf(vatTotal),
      grandTotal: field(summation, ram("GrandTotalAmount")),
      prepaid: field(summation, ram("TotalPrepaidAmount")),
      rounding: field(summation, ram("RoundingAmount")),
      due: field(summation, ram("DuePayableAmount")),
    },
  };
}
