// The Factur-X container on a PDF made here with pdf-lib (no browser needed): factur-x.xml read
// back byte for byte, its file specification and /AFRelationship per profile, the catalog /AF and
// name tree, the XMP (PDF/A-3 identification, fx: fields and their extension schema) agreeing with
// the Info dictionary, the sRGB output intent, PDF/A fixes to annotations and images, one output
// per input, and the refusals. The PDF printed by Chromium and the official validator are in
// facturx-chromium.test.ts.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import {
  afRelationshipOf,
  FACTURX_FILENAME,
  FACTURX_GUIDELINES,
  FACTURX_PROFILES,
  FACTURX_XMP_NAMESPACE,
  facturXProfileOf,
  type FacturXMetadata,
  type FacturXProfile,
  toFacturX,
} from "../../src/einvoice/facturx.js";
import { ROOT } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-facturx-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let seq = 0;
function saved(pdf: Uint8Array): string {
  const path = join(scratch, `fx-${++seq}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const N = (name: string) => PDFName.of(name);

/** A CII skeleton declaring a profile, with text a careless writer would mangle (accents, &, <, a BOM). */
function ciiOf(profile: FacturXProfile, note = "Remise « fidélité » & frais < 5 € — ½ tarif"): string {
  return (
    '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" ' +
    'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">\n' +
    `<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${FACTURX_GUIDELINES[profile]}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n` +
    `<rsm:ExchangedDocument><ram:ID>AV-2026-0003</ram:ID><ram:TypeCode>381</ram:TypeCode><ram:IncludedNote><ram:Content>${note.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</ram:Content></ram:IncludedNote></rsm:ExchangedDocument>\n` +
    "</rsm:CrossIndustryInvoice>\n"
  );
}

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** A one-page PDF like the renderer's: Info written, an attached source file, plus a link with no flags and an interpolated image. */
async function visiblePdf(extra: (doc: PDFDocument) => void = () => {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 700, width: 200, height: 40 });
  const image = await doc.embedPng(PNG);
  page.drawImage(image, { x: 300, y: 700, width: 40, height: 40 });
  await image.embed();
  (doc.context.lookup(image.ref) as PDFRawStream).dict.set(N("Interpolate"), PDFBool.True);
  const link = doc.context.register(doc.context.obj({ Type: "Annot", Subtype: "Link", Rect: [50, 700, 250, 740], Border: [0, 0, 0], F: 2, A: { S: "URI", URI: PDFString.of("https://example.org") } }));
  page.node.set(N("Annots"), doc.context.obj([link]));
  doc.setTitle("Avoir n° AV-2026-0003 — titre du PDF");
  doc.setAuthor("Auteur du PDF");
  doc.setSubject("Sujet du PDF");
  doc.setCreationDate(new Date("2026-05-11T12:00:00Z"));
  doc.setProducer("Clausier test");
  doc.setCreator("Clausier test (clausier render, Chromium)");
  doc.setKeywords(["Avoir", "AV-2026-0003"]);
  await doc.attach(Buffer.from("kind: invoice\n"), "refund-av-2026-0003.yaml", { mimeType: "application/yaml", description: "Fichier source", afRelationship: "Source" as never });
  extra(doc);
  return doc.save({ addDefaultPage: false });
}

const META: Omit<FacturXMetadata, "profile"> = {
  title: "Avoir n° AV-2026-0003 — Pétillances",
  author: "Pétillances & Cie <SAS>",
  subject: "Avoir du 12 mai 2026, Hôtel du Lac",
  created: new Date("2026-05-12T12:00:00Z"),
};

async function facturX(profile: FacturXProfile = "EN 16931", xml = ciiOf(profile), meta: Partial<FacturXMetadata> = {}) {
  return toFacturX(await visiblePdf(), xml, { ...META, profile, ...meta });
}

/** What a reader finds in the file, read with pdf-lib (not with the code that wrote it). */
async function readBack(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const catalog = doc.catalog;
  const tree = catalog.lookup(N("Names"), PDFDict).lookup(N("EmbeddedFiles"), PDFDict).lookup(N("Names"), PDFArray).asArray();
  const names: string[] = [];
  const specs = new Map<string, PDFDict>();
  for (let i = 0; i < tree.length; i += 2) {
    const name = (tree[i] as PDFString | PDFHexString).decodeText();
    names.push(name);
    specs.set(name, doc.context.lookup(tree[i + 1], PDFDict));
  }
  const spec = specs.get(FACTURX_FILENAME)!;
  const ef = spec.lookup(N("EF"), PDFDict);
  const file = ef.lookup(N("F")) as PDFRawStream;
  const metadata = catalog.lookup(N("Metadata")) as PDFRawStream;
  const xmpText = Buffer.from(metadata.getContents()).toString("utf8");
  const xmp = new DOMParser().parseFromString(xmpText, "text/xml");
  const fx = (local: string) => xmp.getElementsByTagNameNS(FACTURX_XMP_NAMESPACE, local)[0]?.textContent;
  const ns = (uri: string, local: string) => xmp.getElementsByTagNameNS(uri, local)[0]?.textContent?.trim();
  const intents = catalog.lookup(N("OutputIntents"), PDFArray).asArray().map((r) => doc.context.lookup(r, PDFDict));
  return {
    doc,
    names,
    specs,
    spec,
    xml: decodePDFRawStream(file).decode(),
    fileDict: file.dict,
    sameStreamForUF: ef.get(N("UF")) === ef.get(N("F")),
    af: catalog.lookup(N("AF"), PDFArray).asArray().map((r) => doc.context.lookup(r)),
    metadataFilter: metadata.dict.get(N("Filter")),
    xmpText,
    fx: { DocumentType: fx("DocumentType"), DocumentFileName: fx("DocumentFileName"), Version: fx("Version"), ConformanceLevel: fx("ConformanceLevel") },
    pdfaid: { part: ns("http://www.aiim.org/pdfa/ns/id/", "part"), conformance: ns("http://www.aiim.org/pdfa/ns/id/", "conformance") },
    dc: {
      title: ns("http://purl.org/dc/elements/1.1/", "title"),
      creator: ns("http://purl.org/dc/elements/1.1/", "creator"),
      description: ns("http://purl.org/dc/elements/1.1/", "description"),
    },
    xmpBasic: { producer: ns("http://ns.adobe.com/pdf/1.3/", "Producer"), keywords: ns("http://ns.adobe.com/pdf/1.3/", "Keywords"), creatorTool: ns("http://ns.adobe.com/xap/1.0/", "CreatorTool"), createDate: ns("http://ns.adobe.com/xap/1.0/", "CreateDate"), modifyDate: ns("http://ns.adobe.com/xap/1.0/", "ModifyDate") },
    extensionNamespaces: Array.from(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/schema#", "namespaceURI")).map((n) => n.textContent),
    extensionProperties: Array.from(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/property#", "name")).map((n) => n.textContent),
    intents,
  };
}

describe("profiles", () => {
  it("Data for MINIMUM and BASIC WL (not whole invoices), Alternative from BASIC on", () => {
    expect(FACTURX_PROFILES.map((p) => [p, afRelationshipOf(p)])).toEqual([
      ["MINIMUM", "Data"],
      ["BASIC WL", "Data"],
      ["BASIC", "Alternative"],
      ["EN 16931", "Alternative"],
    ]);
  });

  it("reads the profile an XML declares (BT-24), BOM or not; none for UBL or broken XML", () => {
    for (const p of FACTURX_PROFILES) expect(facturXProfileOf(ciiOf(p))).toBe(p);
    expect(facturXProfileOf(ciiOf("BASIC").replace(/^\ufeff/, ""))).toBe("BASIC");
    expect(facturXProfileOf('<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>')).toBeUndefined();
    expect(facturXProfileOf("<rsm:CrossIndustryInvoice")).toBeUndefined();
  });
});

describe("the container", () => {
  it.each([
    ["MINIMUM", "Data"],
    ["BASIC WL", "Data"],
    ["BASIC", "Alternative"],
    ["EN 16931", "Alternative"],
  ] as const)("%s: factur-x.xml read back byte for byte, AFRelationship /%s, in /AF and the name tree", async (profile, relationship) => {
    const xml = ciiOf(profile);
    const back = await readBack(await facturX(profile, xml));
    expect(Buffer.from(back.xml).equals(Buffer.from(xml, "utf8"))).toBe(true);
    expect(back.spec.get(N("AFRelationship"))).toBe(N(relationship));
    expect(back.spec.lookup(N("F"), PDFString, PDFHexString).decodeText()).toBe(FACTURX_FILENAME);
    expect(back.spec.lookup(N("UF"), PDFString, PDFHexString).decodeText()).toBe(FACTURX_FILENAME);
    expect(back.spec.lookup(N("Desc"), PDFString, PDFHexString).decodeText()).toContain(profile);
    expect(back.sameStreamForUF).toBe(true);
    expect(back.fileDict.get(N("Subtype"))).toBe(N("text/xml"));
    const params = back.fileDict.lookup(N("Params"), PDFDict);
    expect(params.lookup(N("Size"), PDFNumber).asNumber()).toBe(Buffer.byteLength(xml));
    expect(params.lookup(N("ModDate"), PDFString).asString()).toBe("D:20260512120000Z");
    expect(Buffer.from(params.lookup(N("CheckSum"), PDFHexString).asBytes()).toString("hex")).toBe(createHash("md5").update(xml).digest("hex"));
    expect(back.af).toContain(back.spec);
  });

  it.each(FACTURX_PROFILES)("%s: XMP with PDF/A-3B, the fx: fields and their extension schema, uncompressed", async (profile) => {
    const back = await readBack(await facturX(profile));
    expect(back.metadataFilter).toBeUndefined();
    expect(back.xmpText.startsWith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(back.xmpText.trimEnd().endsWith('<?xpacket end="w"?>')).toBe(true);
    expect(back.pdfaid).toEqual({ part: "3", conformance: "B" });
    expect(back.fx).toEqual({ DocumentType: "INVOICE", DocumentFileName: FACTURX_FILENAME, Version: "1.0", ConformanceLevel: profile });
    expect(back.extensionNamespaces).toEqual([FACTURX_XMP_NAMESPACE]);
    expect([...back.extensionProperties].sort()).toEqual(["ConformanceLevel", "DocumentFileName", "DocumentType", "Version"]);
  });

  it("writes the Info dictionary and the XMP from the same values (PDF/A), escaped in the XMP; keeps the PDF's producer, creator and keywords", async () => {
    const back = await readBack(await facturX());
    const { doc } = back;
    expect(doc.getTitle()).toBe(META.title);
    expect(doc.getAuthor()).toBe(META.author);
    expect(doc.getSubject()).toBe(META.subject);
    expect(back.dc).toEqual({ title: META.title, creator: META.author, description: META.subject });
    expect(back.xmpText).toContain("Pétillances &amp; Cie &lt;SAS&gt;");
    expect(back.xmpBasic).toEqual({
      producer: "Clausier test",
      keywords: "Avoir AV-2026-0003",
      creatorTool: "Clausier test (clausier render, Chromium)",
      createDate: "2026-05-12T12:00:00Z",
      modifyDate: "2026-05-12T12:00:00Z",
    });
    expect([doc.getProducer(), doc.getKeywords(), doc.getCreator()]).toEqual(["Clausier test", "Avoir AV-2026-0003", "Clausier test (clausier render, Chromium)"]);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-05-12T12:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-05-12T12:00:00.000Z");
  });

  it("takes from the PDF's Info dictionary what the caller does not give (assemblePdf wrote it from the document)", async () => {
    const back = await readBack(await toFacturX(await visiblePdf(), ciiOf("EN 16931"), { profile: "EN 16931" }));
    expect(back.dc).toEqual({ title: "Avoir n° AV-2026-0003 — titre du PDF", creator: "Auteur du PDF", description: "Sujet du PDF" });
    expect(back.doc.getTitle()).toBe("Avoir n° AV-2026-0003 — titre du PDF");
    expect(back.xmpBasic.createDate).toBe("2026-05-11T12:00:00Z");
    expect(back.doc.getModificationDate()?.toISOString()).toBe("2026-05-11T12:00:00.000Z");
  });

  it("drops from both the Info dictionary and the XMP the characters XML cannot carry", async () => {
    const back = await readBack(await facturX("EN 16931", undefined, { title: "Facture\u0007 n° 1\u0000" }));
    expect(back.doc.getTitle()).toBe("Facture n° 1");
    expect(back.dc.title).toBe("Facture n° 1");
  });

  it("adds one sRGB output intent (GTS_PDFA1) whose ICC profile is the shipped file", async () => {
    const { intents, doc } = await readBack(await facturX());
    expect(intents).toHaveLength(1);
    const intent = intents[0]!;
    expect(intent.get(N("S"))).toBe(N("GTS_PDFA1"));
    expect(intent.lookup(N("OutputConditionIdentifier"), PDFString).decodeText()).toBe("sRGB IEC61966-2.1");
    const icc = doc.context.lookup(intent.get(N("DestOutputProfile"))) as PDFRawStream;
    expect(icc.dict.lookup(N("N"), PDFNumber).asNumber()).toBe(3);
    expect(Buffer.from(decodePDFRawStream(icc).decode()).equals(readFileSync(join(ROOT, "src/einvoice/icc/sRGB.icc")))).toBe(true);
  });

  it("keeps the attached source file, sorts the name tree, and makes every attachment an associated file", async () => {
    const back = await readBack(await facturX());
    expect(back.names).toEqual([FACTURX_FILENAME, "refund-av-2026-0003.yaml"]);
    const source = back.specs.get("refund-av-2026-0003.yaml")!;
    expect(source.get(N("AFRelationship"))).toBe(N("Source"));
    expect(back.af).toEqual([back.spec, source]);
    const params = source.lookup(N("EF"), PDFDict).lookup(N("F")) as PDFRawStream;
    expect(params.dict.lookup(N("Params"), PDFDict).has(N("ModDate"))).toBe(true);
  });

  it("made Factur-X twice: one factur-x.xml (the new one), one output intent", async () => {
    const once = await facturX("BASIC");
    const twice = await toFacturX(once, ciiOf("EN 16931", "seconde"), { ...META, profile: "EN 16931" });
    const back = await readBack(twice);
    expect(back.names.filter((n) => n === FACTURX_FILENAME)).toHaveLength(1);
    expect(Buffer.from(back.xml).toString("utf8")).toContain("seconde");
    expect(back.fx.ConformanceLevel).toBe("EN 16931");
    expect(back.intents).toHaveLength(1);
    expect(back.af).toHaveLength(2);
    // The earlier XML and ICC profile are not left behind as unreferenced objects.
    const streams = [...back.doc.context.enumerateIndirectObjects()].map(([, o]) => o).filter((o): o is PDFRawStream => o instanceof PDFRawStream);
    expect(streams.filter((s) => s.dict.get(N("Type")) === N("EmbeddedFile"))).toHaveLength(2);
    expect(streams.filter((s) => s.dict.has(N("N")))).toHaveLength(1);
  });

  it("makes annotations printable and images not interpolated (PDF/A), and leaves the pages' content alone", async () => {
    const before = await PDFDocument.load(await visiblePdf(), { updateMetadata: false });
    const { doc } = await readBack(await facturX());
    const page = doc.getPage(0);
    const link = doc.context.lookup(page.node.Annots()!.get(0), PDFDict);
    expect(link.lookup(N("F"), PDFNumber).asNumber()).toBe(4);
    const images = [...doc.context.enumerateIndirectObjects()].map(([, o]) => o).filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(N("Subtype")) === N("Image"));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image.dict.get(N("Interpolate"))).not.toBe(PDFBool.True);
    const content = (d: PDFDocument) => {
      const contents = d.getPage(0).node.Contents();
      const streams = contents instanceof PDFArray ? contents.asArray().map((r) => d.context.lookup(r)) : [contents];
      return Buffer.concat(streams.map((s) => decodePDFRawStream(s as PDFRawStream).decode()));
    };
    expect(content(before).length).toBeGreaterThan(0);
    expect(content(doc).equals(content(before))).toBe(true);
  });

  it("gives the same bytes for the same input, a different file identifier for another date", async () => {
    const a = await facturX();
    const b = await facturX();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await facturX("EN 16931", undefined, { created: new Date("2026-05-13T12:00:00Z") });
    const id = (pdf: Uint8Array) => /\/ID \[ ?<([0-9A-F]+)>/.exec(Buffer.from(pdf).toString("latin1"))?.[1];
    expect(id(a)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(c)).not.toBe(id(a));
  });

  it("passes qpdf --check, and qpdf extracts the same factur-x.xml", async () => {
    const xml = ciiOf("BASIC WL");
    const file = saved(await facturX("BASIC WL", xml));
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
    expect(execFileSync("qpdf", [`--show-attachment=${FACTURX_FILENAME}`, file]).equals(Buffer.from(xml, "utf8"))).toBe(true);
  });
});

describe("refusals (bugs upstream, not user errors)", () => {
  it("refuses an XML written for another profile, or no Factur-X XML at all", async () => {
    await expect(facturX("EN 16931", ciiOf("BASIC"))).rejects.toThrow(/profile EN 16931 but the XML declares BASIC/);
    await expect(facturX("EN 16931", "<Invoice/>")).rejects.toThrow(/no Factur-X profile/);
  });

  it("refuses to date the file from the clock: no date given and none in the PDF", async () => {
    const undated = await visiblePdf((doc) => doc.context.lookup(doc.context.trailerInfo.Info, PDFDict).delete(N("CreationDate")));
    await expect(toFacturX(undated, ciiOf("EN 16931"), { profile: "EN 16931" })).rejects.toThrow(/no date/);
  });

  it("refuses a PDF that carries JavaScript", async () => {
    const pdf = await visiblePdf((doc) => doc.catalog.set(N("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") })));
    await expect(toFacturX(pdf, ciiOf("EN 16931"), { ...META, profile: "EN 16931" })).rejects.toThrow(/\/JS, \/S \/JavaScript/);
  });
});

describe("the shipped sRGB profile", () => {
  it("is the file its README describes: ICC v2, RGB display profile", () => {
    const icc = readFileSync(join(ROOT, "src/einvoice/icc/sRGB.icc"));
    const readme = readFileSync(join(ROOT, "src/einvoice/icc/README.md"), "utf8");
    expect(readme).toContain(createHash("sha256").update(icc).digest("hex"));
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc[8]).toBe(2);
    expect(icc.subarray(12, 24).toString("latin1")).toBe("mntrRGB XYZ ");
    expect(icc.subarray(36, 40).toString("latin1")).toBe("acsp");
  });
});
