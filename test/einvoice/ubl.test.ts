// Every invoice and credit-note fixture as UBL 2.1 (Invoice, CreditNote) against the official validator, a credit note (381) plugged in
// with the invoice it corrects, and the XML's totals read back equal derive()'s.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, describe, expect, it } from "vitest";
import { derive } from "../../src/documents/index.js";
import { en16931Of, ublXml } from "../../src/einvoice/index.js";
import { derivedTotals, einvoiceFixtures, frenchSeller, invoiceFixtures, KNOWN_DATA_GAPS } from "./en16931-fixtures.js";
import { fatalRules, validator } from "./en16931-validator.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-ubl-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

describe.skipIf(!validator)("UBL of every invoice and credit-note fixture, official validator", () => {
  it("no fatal finding but the known data gaps (French sellers with --fr)", () => {
    for (const fr of [true, false]) {
      const docs = einvoiceFixtures.filter((d) => frenchSeller(d) === fr);
      const files = docs.map((d) => {
        const file = join(scratch, `${d.data.number}.ubl.xml`);
        writeFileSync(file, ublXml(en16931Of(derive(d))));
        return file;
      });
      const found = fatalRules(files, { fr });
      for (const [i, doc] of docs.entries()) expect([doc.data.number, found.get(files[i]!)]).toEqual([doc.data.number, KNOWN_DATA_GAPS[doc.data.number] ?? []]);
    }
  });

  it("a credit note (381) that names the invoice it corrects is a valid UBL CreditNote", () => {
    const invoice = invoiceFixtures.find((d) => d.data.number === "FV-2026-0058")!;
    const xml = ublXml(en16931Of(derive(invoice), { typeCode: "381", precedingInvoices: [{ number: "FV-2026-0057", issueDate: "2026-09-01" }] }));
    expect(xml).toContain("<CreditNote ");
    expect(xml).toContain("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>");
    const file = join(scratch, "credit-note.ubl.xml");
    writeFileSync(file, xml);
    expect(fatalRules([file], { fr: true }).get(file)).toEqual([]);
  });
});

describe("UBL totals", () => {
  it.each(einvoiceFixtures.map((d) => [d.data.number, d] as const))("%s: the XML's totals are derive()'s", (_, doc) => {
    const derived = derive(doc);
    const xml = new DOMParser().parseFromString(ublXml(en16931Of(derived)), "text/xml");
    const read = (name: string) => xml.getElementsByTagNameNS(CBC, name)[0]?.textContent ?? "";
    const expected = derivedTotals(derived);
    expect({
      LineTotalAmount: read("LineExtensionAmount"),
      TaxBasisTotalAmount: read("TaxExclusiveAmount"),
      TaxTotalAmount: read("TaxAmount"),
      GrandTotalAmount: read("TaxInclusiveAmount"),
      TotalPrepaidAmount: read("PrepaidAmount"),
      DuePayableAmount: read("PayableAmount"),
    }).toEqual(expected);
  });
});
