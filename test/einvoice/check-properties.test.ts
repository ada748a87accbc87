// Properties of check-einvoice over generated CII invoices (fast-check): mixed VAT rates, an exempt
// category, allowances, deposits, many lines, long accented names. Consistent by construction: no
// error. One total or one line amount changed: the calculation rule that catches it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEInvoice } from "../../src/einvoice/check/check.js";
import { D, roundCents, sum, type Decimal } from "../../src/money/decimal.js";
import { bytes, facturX, fixture } from "./check-helpers.js";

interface GenLine {
  quantity: number;
  priceCents: number;
  category: "S" | "E";
  rate: string;
  name: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const money = (d: Decimal) => d.toFixed(2);

const lineArb: fc.Arbitrary<GenLine> = fc.record({
  quantity: fc.integer({ min: 1, max: 500 }),
  priceCents: fc.integer({ min: 0, max: 5_000_000 }),
  category: fc.constantFrom<"S" | "E">("S", "S", "S", "E"),
  rate: fc.constantFrom("20", "10", "5.5", "2.1"),
  name: fc.string({ unit: fc.constantFrom(..."abcdéèàçœ «»—&<>' ÉÀ0123456789".split("")), minLength: 1, maxLength: 300 }).map((s) => `Article ${s}`),
});

const invoiceArb: fc.Arbitrary<Invoice> = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 40 }),
  allowancePercent: fc.integer({ min: 0, max: 30 }),
  prepaidPercent: fc.integer({ min: 0, max: 100 }),
});

interface Invoice {
  lines: GenLine[];
  allowancePercent: number;
  prepaidPercent: number;
}

/** The invoice's CII, its totals worked out as EN 16931 does (line nets, then per category and rate). */
function cii({ lines, allowancePercent, prepaidPercent }: Invoice): { xml: string; lineNets: string[] } {
  const rated = lines.map((l) => ({ ...l, rate: l.category === "E" ? "0" : l.rate, net: roundCents(new D(l.priceCents).div(100).times(l.quantity)) }));
  const keys = [...new Set(rated.map((l) => `${l.category}|${l.rate}`))];
  // One allowance, on the first category and rate, never above its lines.
  const [firstCategory, firstRate] = keys[0]!.split("|") as ["S" | "E", string];
  const firstBase = sum(rated.filter((l) => `${l.category}|${l.rate}` === keys[0]).map((l) => l.net));
  const allowance = roundCents(firstBase.times(allowancePercent).div(100));
  const breakdown = keys.map((key) => {
    const [category, rate] = key.split("|") as ["S" | "E", string];
    const base = sum(rated.filter((l) => `${l.category}|${l.rate}` === key).map((l) => l.net)).minus(key === keys[0] ? allowance : 0);
    return { category, rate, base, vat: category === "E" ? new D(0) : roundCents(base.times(rate).div(100)) };
  });
  const lineTotal = sum(rated.map((l) => l.net));
  const taxBasis = lineTotal.minus(allowance);
  const vatTotal = sum(breakdown.map((b) => b.vat));
  const grand = taxBasis.plus(vatTotal);
  const prepaid = roundCents(grand.times(prepaidPercent).div(100));
  const tax = (category: string, rate: string) => `<ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${category}</ram:CategoryCode><ram:RateApplicablePercent>${rate}</ram:RateApplicablePercent>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>FA-1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20260915</udt:DateTimeString></ram:IssueDateTime>
${["PMT", "PMD", "AAB"].map((c) => `<ram:IncludedNote><ram:Content>Mention ${c}</ram:Content><ram:SubjectCode>${c}</ram:SubjectCode></ram:IncludedNote>`).join("")}</rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>
${rated
  .map(
    (l, i) => `<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>${i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>
<ram:SpecifiedTradeProduct><ram:Name>${esc(l.name)}</ram:Name></ram:SpecifiedTradeProduct>
<ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${money(new D(l.priceCents).div(100))}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
<ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${l.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
<ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax>${tax(l.category, l.rate)}</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${money(l.net)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
</ram:IncludedSupplyChainTradeLineItem>`,
  )
  .join("\n")}
<ram:ApplicableHeaderTradeAgreement>
<ram:SellerTradeParty><ram:Name>Vendeur</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization><ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress></ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>Acheteur</ram:Name><ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
${breakdown
  .map((b) => `<ram:ApplicableTradeTax><ram:CalculatedAmount>${money(b.vat)}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>${b.category === "E" ? "<ram:ExemptionReason>Exonération de TVA, article 261 du CGI</ram:ExemptionReason>" : ""}<ram:BasisAmount>${money(b.base)}</ram:BasisAmount><ram:CategoryCode>${b.category}</ram:CategoryCode><ram:RateApplicablePercent>${b.rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>`)
  .join("\n")}
${allowance.isZero() ? "" : `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${money(allowance)}</ram:ActualAmount><ram:Reason>Remise</ram:Reason><ram:CategoryTradeTax>${tax(firstCategory, firstRate)}</ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`}
<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>${money(lineTotal)}</ram:LineTotalAmount>${allowance.isZero() ? "" : `<ram:AllowanceTotalAmount>${money(allowance)}</ram:AllowanceTotalAmount>`}<ram:TaxBasisTotalAmount>${money(taxBasis)}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">${money(vatTotal)}</ram:TaxTotalAmount><ram:GrandTotalAmount>${money(grand)}</ram:GrandTotalAmount><ram:TotalPrepaidAmount>${money(prepaid)}</ram:TotalPrepaidAmount><ram:DuePayableAmount>${money(grand.minus(prepaid))}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
  return { xml, lineNets: rated.map((l) => money(l.net)) };
}

const errorIds = async (xml: string) => [...(await checkEInvoice(bytes(xml))).xml].filter((f) => f.severity === "error").map((f) => f.ruleId);
const delta = fc.integer({ min: -100_000, max: 100_000 }).filter((c) => c !== 0).map((c) => new D(c).div(100));

describe("check-einvoice properties (generated CII invoices)", () => {
  it("an invoice whose amounts follow EN 16931 has no error (200 invoices)", async () => {
    await fc.assert(
      fc.asyncProperty(invoiceArb, async (invoice) => {
        expect(await errorIds(cii(invoice).xml)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("the total with VAT (BT-112) changed by any amount: BR-CO-15", async () => {
    await fc.assert(
      fc.asyncProperty(invoiceArb, delta, async (invoice, d) => {
        const { xml } = cii(invoice);
        const changed = xml.replace(/<ram:GrandTotalAmount>([^<]+)</, (_, v: string) => `<ram:GrandTotalAmount>${money(new D(v).plus(d))}<`);
        expect(await errorIds(changed)).toContain("BR-CO-15");
      }),
      { numRuns: 100 },
    );
  });

  it("one line amount (BT-131) changed by any amount: BR-CO-10", async () => {
    await fc.assert(
      fc.asyncProperty(invoiceArb, delta, fc.nat(), async (invoice, d, pick) => {
        const { xml, lineNets } = cii(invoice);
        const index = pick % lineNets.length;
        let seen = -1;
        const changed = xml.replace(/<ram:LineTotalAmount>([^<]+)<\/ram:LineTotalAmount><\/ram:SpecifiedTradeSettlementLineMonetarySummation>/g, (whole, v: string) =>
          ++seen === index ? whole.replace(v, money(new D(v).plus(d))) : whole,
        );
        expect(await errorIds(changed)).toContain("BR-CO-10");
      }),
      { numRuns: 100 },
    );
  });

  it("never throws: random bytes, and the fixture's XML or Factur-X PDF with bytes cut, changed or inserted", async () => {
    const xml = bytes(fixture("cii-en16931.xml"));
    const pdf = await facturX(fixture("cii-en16931.xml"));
    const mutated = (base: Uint8Array) =>
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("cut", "set", "insert")), { minLength: 1, maxLength: 8 }).map((edits) => {
        let out = Array.from(base);
        for (const [at, value, kind] of edits) {
          const i = at % Math.max(1, out.length);
          if (kind === "cut") out = out.slice(0, i);
          else if (kind === "set") out[i] = value;
          else out.splice(i, 0, value);
        }
        return new Uint8Array(out);
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutated(xml), mutated(pdf)), async (input) => {
        const outcome = await checkEInvoice(input);
        expect(Array.isArray(outcome.xml) && Array.isArray(outcome.container)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
