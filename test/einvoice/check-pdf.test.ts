// check-einvoice on Factur-X PDFs made here with pdf-lib: the container (attachment name,
// AFRelationship, /AF, XMP, PDF/A id, output intent) and the XML inside it.
import { AFRelationship } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { checkEInvoice } from "../../src/einvoice/check/check.js";
import { describeInAttachment } from "../../src/einvoice/check/messages.js";
import { facturX, fixture, positionOf, tampered, xmp } from "./check-helpers.js";

const CII = fixture("cii-en16931.xml");
const ids = (findings: Array<{ ruleId: string }>) => findings.map((f) => f.ruleId);

describe("check-einvoice: Factur-X PDF", () => {
  it("a PDF with factur-x.xml (AFRelationship Data, in /AF), the Factur-X XMP and an output intent passes", async () => {
    const outcome = await checkEInvoice(await facturX(CII));
    expect(outcome).toMatchObject({ kind: "pdf", attachment: "factur-x.xml", syntax: "CII", profile: "EN16931" });
    expect([...outcome.container, ...outcome.xml]).toEqual([]);
  });

  it("the invoice under another name is reported (PDF-FX-ATTACHMENT) and still checked", async () => {
    const outcome = await checkEInvoice(await facturX(CII, { name: "zugferd-invoice.xml" }));
    expect(ids(outcome.container)).toEqual(["PDF-FX-ATTACHMENT"]);
    expect(outcome.attachment).toBe("zugferd-invoice.xml");
    expect(outcome.syntax).toBe("CII");
  });

  it("a PDF whose only attachment is not an invoice: PDF-FX-ATTACHMENT naming what is attached", async () => {
    const outcome = await checkEInvoice(await facturX(CII, { name: "conditions.xml" }));
    expect(ids(outcome.container)).toEqual(["PDF-FX-ATTACHMENT"]);
    expect(outcome.container[0]!.data).toEqual({ names: "conditions.xml" });
    expect(outcome.xml).toEqual([]);
  });

  it("no /AFRelationship on the attachment → PDF-AFRELATIONSHIP; a relationship Factur-X does not allow → PDF-AFRELATIONSHIP", async () => {
    expect(ids((await checkEInvoice(await facturX(CII, { afRelationship: null }))).container)).toEqual(["PDF-AFRELATIONSHIP"]);
    const supplement = await checkEInvoice(await facturX(CII, { afRelationship: AFRelationship.Supplement }));
    expect(supplement.container).toMatchObject([{ ruleId: "PDF-AFRELATIONSHIP", data: { value: "Supplement" } }]);
  });

  it("XMP: missing, wrong file name, profile not the XML's, no extension schema, not PDF/A-3", async () => {
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: null }))).container)).toEqual(["PDF-XMP", "PDF-PDFA-ID"]);
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: xmp({ name: "invoice.xml" }) }))).container)).toEqual(["PDF-XMP-DocumentFileName"]);
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: xmp({ level: "BASIC" }) }))).container)).toEqual(["PDF-XMP-ConformanceLevel"]);
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: xmp({ level: "COMFORT" }) }))).container)).toEqual(["PDF-XMP-ConformanceLevel", "PDF-XMP-ConformanceLevel"]);
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: xmp({ extension: false }) }))).container)).toEqual(["PDF-XMP-EXTENSION"]);
    expect(ids((await checkEInvoice(await facturX(CII, { xmp: xmp({ part: "1" }) }))).container)).toEqual(["PDF-PDFA-ID"]);
  });

  it("no output intent → PDF-OUTPUTINTENT", async () => {
    expect(ids((await checkEInvoice(await facturX(CII, { outputIntent: false }))).container)).toEqual(["PDF-OUTPUTINTENT"]);
  });

  it("a font not embedded → PDF-FONTS naming it; JavaScript → PDF-JAVASCRIPT", async () => {
    const fonts = await checkEInvoice(await facturX(CII, { standardFontText: "Facture FA-2026-0042" }));
    expect(fonts.container).toMatchObject([{ ruleId: "PDF-FONTS", data: { fonts: "Helvetica" } }]);
    expect(ids((await checkEInvoice(await facturX(CII, { javaScript: true }))).container)).toEqual(["PDF-JAVASCRIPT"]);
  });

  it("a tampered total inside the PDF's XML: BR-CO-15, the message naming factur-x.xml and the line there", async () => {
    const xml = tampered("cii-en16931.xml", "<ram:GrandTotalAmount>516.01<", "<ram:GrandTotalAmount>516.10<");
    const outcome = await checkEInvoice(await facturX(xml));
    expect(outcome.container).toEqual([]);
    const co15 = outcome.xml.find((f) => f.ruleId === "BR-CO-15")!;
    const { line, column } = positionOf(xml, "<ram:GrandTotalAmount>");
    expect(describeInAttachment(co15, "factur-x.xml", "fr")).toMatch(new RegExp(`^factur-x\\.xml, ligne ${line}, colonne ${column} : le total TTC \\(BT-112\\) vaut 516\\.10`));
  });

  it("an attachment that inflates beyond 20 MiB (a zip bomb) is not decompressed: PDF-FX-EXTRACT", async () => {
    const bomb = CII.replace("</rsm:CrossIndustryInvoice>", `<!--${" ".repeat(21 * 1024 * 1024)}--></rsm:CrossIndustryInvoice>`);
    const pdf = await facturX(bomb);
    expect(pdf.length).toBeLessThan(1024 * 1024);
    const outcome = await checkEInvoice(pdf);
    expect(ids(outcome.container)).toEqual(["PDF-FX-EXTRACT"]);
    expect(outcome.xml).toEqual([]);
  });

  it("bytes that start like a PDF but are not one → PDF-READ, no crash", async () => {
    const outcome = await checkEInvoice(new TextEncoder().encode("%PDF-1.7\nnot really a pdf"));
    expect(ids(outcome.container)).toEqual(["PDF-READ"]);
    // A Factur-X cut in half: findings (whatever pdf-lib still finds), never an exception.
    const whole = await facturX(CII);
    const half = await checkEInvoice(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(half.container.length + half.xml.length).toBeGreaterThan(0);
  });
});
