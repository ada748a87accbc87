// check-einvoice on XML (CII and UBL): the own fixtures pass; tampered copies fail with the EN 16931
// rule id at the element changed; unsafe or broken XML is refused with its own id.
import { describe, expect, it } from "vitest";
import { checkEInvoice } from "../../src/einvoice/check/check.js";
import { checkMessages, describeFinding, formulas, frenchNotes, terms } from "../../src/einvoice/check/messages.js";
import { ruleInfo } from "../../src/einvoice/check/rule-list.js";
import { bytes, fixture, positionOf, tampered } from "./check-helpers.js";

const CII = "cii-en16931.xml";
const UBL = "ubl-credit-note.xml";

async function check(text: string) {
  const outcome = await checkEInvoice(bytes(text));
  return [...outcome.container, ...outcome.xml];
}
const errorIds = async (text: string) => (await check(text)).filter((f) => f.severity === "error").map((f) => f.ruleId);

describe("check-einvoice: own fixtures", () => {
  it("a valid CII EN 16931 invoice (two VAT rates, an allowance, a deposit) has no finding", async () => {
    const outcome = await checkEInvoice(bytes(fixture(CII)));
    expect(outcome).toMatchObject({ kind: "xml", syntax: "CII", profile: "EN16931" });
    expect(outcome.xml).toEqual([]);
  });

  it("a valid UBL credit note has no finding", async () => {
    const outcome = await checkEInvoice(bytes(fixture(UBL)));
    expect(outcome).toMatchObject({ kind: "xml", syntax: "UBL-CreditNote", profile: "GENERIC" });
    expect(outcome.xml).toEqual([]);
  });
});

describe("check-einvoice: a tampered invoice is rejected with the rule id, where the amount is", () => {
  it("CII: total with VAT (BT-112) changed → BR-CO-15 at GrandTotalAmount, BR-CO-16 at DuePayableAmount", async () => {
    const text = tampered(CII, "<ram:GrandTotalAmount>516.01<", "<ram:GrandTotalAmount>616.01<");
    const findings = await check(text);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["BR-CO-15", "BR-CO-16"]);
    const co15 = findings.find((f) => f.ruleId === "BR-CO-15")!;
    expect(co15.at).toEqual(positionOf(text, "<ram:GrandTotalAmount>"));
    expect(describeFinding(co15, "fr")).toBe(
      "le total TTC (BT-112) vaut 616.01, or total HT (BT-109) + TVA (BT-110) donne 516.01 : la facture est incohérente (un montant a pu être modifié) ; ne la payez pas avant d'avoir reçu une facture corrigée",
    );
    expect(describeFinding(co15, "en")).toBe(
      "the total with VAT (BT-112) is 616.01, but total without VAT (BT-109) + VAT (BT-110) gives 516.01: the invoice is inconsistent (an amount may have been altered); do not pay it before you receive a corrected invoice",
    );
  });

  it("CII: a line amount (BT-131) changed → BR-CO-10 at LineTotalAmount of the header, BR-S-08 at the 20 % base", async () => {
    const text = tampered(CII, "<ram:LineTotalAmount>360.00<", "<ram:LineTotalAmount>370.00<");
    const findings = await check(text);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["BR-CO-10", "BR-S-08"]);
    expect(findings.find((f) => f.ruleId === "BR-CO-10")!.at).toEqual(positionOf(text, "<ram:LineTotalAmount>451.00<"));
    expect(findings.find((f) => f.ruleId === "BR-S-08")!.at).toEqual(positionOf(text, "<ram:BasisAmount>350.00<"));
  });

  it("CII: a VAT amount (BT-117) changed → BR-CO-17 and BR-CO-14", async () => {
    const text = tampered(CII, "<ram:CalculatedAmount>70.00<", "<ram:CalculatedAmount>75.00<");
    expect((await errorIds(text)).sort()).toEqual(["BR-CO-14", "BR-CO-17", "BR-S-09"]);
  });

  it("CII: within the CEN's one-unit tolerance, a VAT amount is accepted (as the official rules do)", async () => {
    expect(await errorIds(tampered(CII, "<ram:CalculatedAmount>5.01<", "<ram:CalculatedAmount>5.00<").replace(">75.01<", ">75.00<").replace(">516.01<", ">516.00<").replace(">416.01<", ">416.00<"))).toEqual([]);
  });

  it("UBL: TaxInclusiveAmount (BT-112) changed → BR-CO-15 at that element", async () => {
    const text = tampered(UBL, '<cbc:TaxInclusiveAmount currencyID="EUR">144.00<', '<cbc:TaxInclusiveAmount currencyID="EUR">154.00<');
    const findings = await check(text);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(["BR-CO-15", "BR-CO-16"]);
    expect(findings.find((f) => f.ruleId === "BR-CO-15")!.at).toEqual(positionOf(text, "<cbc:TaxInclusiveAmount"));
  });

  it("UBL: a line amount changed → BR-CO-10", async () => {
    const text = tampered(UBL, '<cbc:LineExtensionAmount currencyID="EUR">120.00</cbc:LineExtensionAmount>\n    <cac:Item>', '<cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>\n    <cac:Item>');
    expect(await errorIds(text)).toContain("BR-CO-10");
  });

  it("an amount with three decimals → BR-DEC-14; a non-number → XSD", async () => {
    expect(await errorIds(tampered(CII, ">516.01<", ">516.010<"))).toEqual(["BR-DEC-14"]);
    expect(await errorIds(tampered(CII, ">516.01<", ">516,01<"))).toContain("XSD");
  });
});

describe("check-einvoice: mandatory terms, VAT categories, French mentions", () => {
  it("a missing invoice number → BR-02; no line → BR-16", async () => {
    expect(await errorIds(tampered(CII, "<ram:ID>FA-2026-0042</ram:ID>\n    <ram:TypeCode>", "<ram:TypeCode>"))).toEqual(["BR-02"]);
    const noLines = fixture(CII).replace(/<ram:IncludedSupplyChainTradeLineItem>[\s\S]*<\/ram:IncludedSupplyChainTradeLineItem>/, "");
    expect(await errorIds(noLines)).toContain("BR-16");
  });

  it("an exempt VAT breakdown without reason → BR-E-10; with a reason, none", async () => {
    const exempt = (xml: string) =>
      xml
        .replace(/<ram:CategoryCode>S<\/ram:CategoryCode>(\s*)<ram:RateApplicablePercent>5.5</g, "<ram:CategoryCode>E</ram:CategoryCode>$1<ram:RateApplicablePercent>0<")
        .replace("<ram:CalculatedAmount>5.01<", "<ram:CalculatedAmount>0.00<")
        .replace(">75.01<", ">70.00<")
        .replace(">516.01<", ">511.00<")
        .replace(">416.01<", ">411.00<");
    const withoutReason = exempt(fixture(CII));
    expect(await errorIds(withoutReason)).toEqual(["BR-E-10"]);
    const withReason = withoutReason.replace("<ram:BasisAmount>91.00</ram:BasisAmount>", "<ram:ExemptionReason>Exonération, art. 261 du CGI</ram:ExemptionReason>\n        <ram:BasisAmount>91.00</ram:BasisAmount>");
    expect(await errorIds(withReason)).toEqual([]);
  });

  it("a French seller's invoice without the PMT note → BR-FR-05_BT-22_PMT; twice the AAB note in UBL → BR-FR-06_BT-21-3 (the official UBL ids)", async () => {
    expect(await errorIds(tampered(CII, "<ram:SubjectCode>PMT<", "<ram:SubjectCode>AAI<"))).toEqual(["BR-FR-05_BT-22_PMT"]);
    expect(await errorIds(tampered(UBL, "#PMD#", "#AAB#"))).toEqual(["BR-FR-05_BT-22-2", "BR-FR-06_BT-21-3"]);
  });

  it("a seller SIREN missing → BR-FR-10_BT-30; a wrong Luhn key → FR-SIREN-LUHN warning", async () => {
    expect(await errorIds(tampered(CII, '<ram:ID schemeID="0002">732829320<', '<ram:ID schemeID="0009">73282932000074<'))).toEqual(["BR-FR-10_BT-30"]);
    const findings = await check(tampered(CII, '<ram:ID schemeID="0002">443061841<', '<ram:ID schemeID="0002">443061842<'));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["FR-SIREN-LUHN", "warning"]]);
  });

  it("a non-French seller is not asked for the French mentions", async () => {
    const lu = tampered(CII, "<ram:CountryID>FR</ram:CountryID>\n        </ram:PostalTradeAddress>\n        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID=\"0225\">732829320", "<ram:CountryID>LU</ram:CountryID>\n        </ram:PostalTradeAddress>\n        <ram:URIUniversalCommunication>\n          <ram:URIID schemeID=\"0225\">732829320")
      .replace(/<ram:IncludedNote>[\s\S]*?<\/ram:IncludedNote>/g, "");
    expect(await errorIds(lu)).toEqual([]);
  });
});

describe("check-einvoice: unsafe or broken XML", () => {
  it("a DOCTYPE with an external entity (XXE) is refused before parsing: nothing is read", async () => {
    const xxe = fixture(CII).replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>').replace(">FA-2026-0042<", ">&x;<");
    const findings = await check(xxe);
    expect(findings).toEqual([{ ruleId: "XML-DTD", severity: "error", messageId: "XML_DTD_REFUSED", data: {}, at: { line: 2, column: 1 } }]);
    expect(JSON.stringify(findings)).not.toContain("root:");
  });

  it("an internal entity (billion laughs) is refused too", async () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>';
    expect(await errorIds(laughs)).toEqual(["XML-DTD"]);
  });

  it("malformed XML → XML-WELLFORMED with the parser's position; not UTF-8 → XML-ENCODING; another root → XML-DOCTYPE", async () => {
    const broken = await check(fixture(CII).replace("</ram:TypeCode>", "</ram:Type>"));
    expect(broken.map((f) => f.ruleId)).toEqual(["XML-WELLFORMED"]);
    // xmldom points at the element left open.
    expect(broken[0]!.at?.line).toBe(positionOf(fixture(CII), "<ram:TypeCode>").line);
    const latin1 = new Uint8Array([...bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9, ...bytes("</a>")]);
    expect((await checkEInvoice(latin1)).xml.map((f) => f.ruleId)).toEqual(["XML-ENCODING"]);
    expect(await errorIds('<?xml version="1.0"?><Order xmlns="urn:example"/>')).toEqual(["XML-DOCTYPE"]);
  });
});

describe("check-einvoice messages", () => {
  const FRENCH = /[éèêàùçœ«»]|\b(le|la|les|des|du|est|pas|facture|montant|ligne)\b/i;
  it("the English templates and the English names of terms, formulas and notes hold no French", () => {
    const english = [
      ...Object.values(checkMessages).map((m) => m.en),
      ...[...Object.values(terms), ...Object.values(formulas), ...Object.values(frenchNotes)].map((l) => l.text.en),
      ...["BR-CO-15", "BR-S-08", "BR-E-10", "BR-FR-05_BT-22-1", "BR-FR-06_BT-21_PMD", "BR-DEC-14", "PDF-AF", "BR-21"].map((id) => ruleInfo(id).text.en),
    ];
    expect(english.filter((text) => FRENCH.test(text))).toEqual([]);
  });
});
