// Every invoice and credit-note fixture as CII (Factur-X EN 16931 and the other profiles) against the official
// validator, in one call per rule set; and the XML's totals read back equal derive()'s.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, describe, expect, it } from "vitest";
import { derive } from "../../src/documents/index.js";
import { ciiXml, en16931Of, type CiiProfile } from "../../src/einvoice/index.js";
import { derivedTotals, einvoiceFixtures, frenchSeller, invoiceFixtures, KNOWN_DATA_GAPS, type EinvoiceFixture } from "./en16931-fixtures.js";
import { fatalRules, validator } from "./en16931-validator.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-cii-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(doc: EinvoiceFixture, profile: CiiProfile): string {
  const file = join(scratch, `${doc.data.number}.${profile}.xml`);
  writeFileSync(file, ciiXml(en16931Of(derive(doc)), profile));
  return file;
}

describe.skipIf(!validator)("CII of every invoice and credit-note fixture, official validator", () => {
  it("EN 16931 profile: no fatal finding but the known data gaps (French sellers with --fr)", () => {
    for (const fr of [true, false]) {
      const docs = einvoiceFixtures.filter((d) => frenchSeller(d) === fr);
      const found = fatalRules(docs.map((d) => write(d, "en16931")), { fr });
      for (const doc of docs) expect([doc.data.number, found.get(join(scratch, `${doc.data.number}.en16931.xml`))]).toEqual([doc.data.number, KNOWN_DATA_GAPS[doc.data.number] ?? []]);
    }
  });

  it("MINIMUM, BASIC WL and BASIC profiles are valid too (fixtures without data gaps)", () => {
    const docs = einvoiceFixtures.filter((d) => !KNOWN_DATA_GAPS[d.data.number]);
    const files = docs.flatMap((d) => (["minimum", "basicwl", "basic"] as const).map((p) => write(d, p)));
    const found = fatalRules(files, { fr: false });
    expect([...found].filter(([, rules]) => rules.length)).toEqual([]);
    // BASIC carries every French mention BR-FR asks for; MINIMUM and BASIC WL are not invoices under the reform.
    const basic = docs.filter(frenchSeller).map((d) => join(scratch, `${d.data.number}.basic.xml`));
    expect([...fatalRules(basic, { fr: true })].filter(([, rules]) => rules.length)).toEqual([]);
  });

  it("a credit note (381) that names the invoice it corrects (BT-25, BT-26) is valid, French rules included", () => {
    const invoice = invoiceFixtures.find((d) => d.data.number === "FV-2026-0058")!;
    const xml = ciiXml(en16931Of(derive(invoice), { typeCode: "381", precedingInvoices: [{ number: "FV-2026-0057", issueDate: "2026-09-01" }] }));
    expect(xml).toContain("<ram:TypeCode>381</ram:TypeCode>");
    expect(xml).toContain("<ram:IssuerAssignedID>FV-2026-0057</ram:IssuerAssignedID>");
    const file = join(scratch, "credit-note.cii.xml");
    writeFileSync(file, xml);
    expect(fatalRules([file], { fr: true }).get(file)).toEqual([]);
  });
});

const RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

function totalsOf(xml: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const summation = doc.getElementsByTagNameNS(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")[0]!;
  const read = (name: string) => summation.getElementsByTagNameNS(RAM, name)[0]?.textContent ?? "";
  return Object.fromEntries(["LineTotalAmount", "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount", "TotalPrepaidAmount", "DuePayableAmount"].map((n) => [n, read(n)]));
}

describe("CII totals", () => {
  it.each(einvoiceFixtures.map((d) => [d.data.number, d] as const))("%s: the XML's totals are derive()'s", (_, doc) => {
    const derived = derive(doc);
    expect(totalsOf(ciiXml(en16931Of(derived)))).toEqual(derivedTotals(derived));
  });
});
