// UBL 2.1 Invoice and CreditNote (EN 16931 syntax binding) → the EN 16931 view.
import type { Element } from "@xmldom/xmldom";
import { all, at, childrenOf, field, fieldOf, position, type Step } from "./dom.js";
import type { InvoiceView, Party, Syntax } from "./types.js";

export const NS_UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
export const NS_UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
const NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
const NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

const cac = (name: string): Step => [NS_CAC, name];
const cbc = (name: string): Step => [NS_CBC, name];

function party(element: Element | undefined): Party {
  const p = at(element, cac("Party"));
  const address = at(p, cac("PostalAddress"));
  return {
    ...(p ? { at: position(p) } : {}),
    name: field(p, cac("PartyLegalEntity"), cbc("RegistrationName")),
    ...(address ? { address: position(address) } : {}),
    country: field(address, cac("Country"), cbc("IdentificationCode")),
    legalIds: all(p, cac("PartyLegalEntity"), cbc("CompanyID")).map((e) => ({ ...fieldOf(e)!, scheme: e.getAttribute("schemeID") ?? undefined })),
  };
}

/** UBL has no note subject: EN 16931 practice (and BR-FR) prefixes it, « #PMT#texte ». */
const subjectOf = (note: string) => /^#([A-Z]{3})#/.exec(note)?.[1];

export function fromUbl(root: Element, syntax: Exclude<Syntax, "CII">): InvoiceView {
  const credit = syntax === "UBL-CreditNote";
  const currency = field(root, cbc("DocumentCurrencyCode"));
  const taxTotals = all(root, cac("TaxTotal"));
  // BT-110 is the TaxTotal in the document currency; another (BT-111) is in the VAT accounting currency.
  const taxTotal = taxTotals.find((t) => at(t, cbc("TaxAmount"))?.getAttribute("currencyID") === currency?.text) ?? taxTotals[0];
  const monetary = at(root, cac("LegalMonetaryTotal"));
  const categoryOf = (category: Element | undefined) => ({ category: field(category, cbc("ID")), rate: field(category, cbc("Percent")) });

  return {
    syntax,
    root: position(root),
    specification: field(root, cbc("CustomizationID")),
    number: field(root, cbc("ID")),
    issueDate: field(root, cbc("IssueDate")),
    typeCode: field(root, cbc(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode")),
    currency,
    seller: party(at(root, cac("AccountingSupplierParty"))),
    buyer: party(at(root, cac("AccountingCustomerParty"))),
    notes: childrenOf(root, cbc("Note")).map((n) => ({ subject: subjectOf((n.textContent ?? "").trim()), at: position(n) })),
    lines: all(root, cac(credit ? "CreditNoteLine" : "InvoiceLine")).map((line) => {
      const quantity = at(line, cbc(credit ? "CreditedQuantity" : "InvoicedQuantity"));
      const unit = quantity?.getAttribute("unitCode");
      return {
        at: position(line),
        id: field(line, cbc("ID")),
        quantity: fieldOf(quantity),
        ...(quantity && unit ? { unit: { text: unit, at: position(quantity) } } : {}),
        net: field(line, cbc("LineExtensionAmount")),
        itemName: field(line, cac("Item"), cbc("Name")),
        netPrice: field(line, cac("Price"), cbc("PriceAmount")),
        ...categoryOf(at(line, cac("Item"), cac("ClassifiedTaxCategory"))),
      };
    }),
    allowancesCharges: childrenOf(root, cac("AllowanceCharge")).map((ac) => ({
      at: position(ac),
      charge: field(ac, cbc("ChargeIndicator"))?.text === "true",
      amount: field(ac, cbc("Amount")),
      ...categoryOf(at(ac, cac("TaxCategory"))),
    })),
    vat: all(taxTotal, cac("TaxSubtotal")).map((sub) => {
      const category = at(sub, cac("TaxCategory"));
      return {
        at: position(sub),
        base: field(sub, cbc("TaxableAmount")),
        amount: field(sub, cbc("TaxAmount")),
        ...categoryOf(category),
        exemptionText: field(category, cbc("TaxExemptionReason")),
        exemptionCode: field(category, cbc("TaxExemptionReasonCode")),
      };
    }),
    totals: {
      ...(monetary ? { at: position(monetary) } : {}),
      lineNet: field(monetary, cbc("LineExtensionAmount")),
      allowances: field(monetary, cbc("AllowanceTotalAmount")),
      charges: field(monetary, cbc("ChargeTotalAmount")),
      taxBasis: field(monetary, cbc("TaxExclusiveAmount")),
      vatTotal: field(taxTotal, cbc("TaxAmount")),
      grandTotal: field(monetary, cbc("TaxInclusiveAmount")),
      prepaid: field(monetary, cbc("PrepaidAmount")),
      rounding: field(monetary, cbc("PayableRoundingAmount")),
      due: field(monetary, cbc("PayableAmount")),
    },
  };
}
