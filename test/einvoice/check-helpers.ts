// Shared by the check-einvoice tests: the own fixtures, tampered copies, positions in them, and a
// Factur-X PDF made with pdf-lib.
import { existsSync, readFileSync } from "node:fs";
import { AFRelationship, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, "utf8");
export const bytes = (text: string) => new TextEncoder().encode(text);

/** The fixture with one exact piece of text replaced (that must be there). */
export function tampered(name: string, from: string, to: string): string {
  const text = fixture(name);
  if (!text.includes(from)) throw new Error(`${from} not in ${name}`);
  return text.replace(from, to);
}

/** 1-based line and column where `needle` starts (its first occurrence). */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * The official validator of ../shared, looked up from the project (main checkout: /work/main →
 * /work/shared) and from a worktree one level deeper (/work/wt/x → /work/shared); undefined when absent.
 */
export const VALIDATOR = ["../../../shared/validators/validate-einvoice", "../../../../shared/validators/validate-einvoice"]
  .map((p) => fileURLToPath(new URL(p, import.meta.url)))
  .find((p) => existsSync(p));
export const EXAMPLES = VALIDATOR ? VALIDATOR.replace(/validate-einvoice$/, "en16931/") : undefined;

const FX = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

export function xmp(fields: { name?: string; level?: string; part?: string; extension?: boolean } = {}): string {
  const { name = "factur-x.xml", level = "EN 16931", part = "3", extension = true } = fields;
  const schema = extension
    ? `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>${FX}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>`
    : "";
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>${part}</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="${FX}"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>${name}</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>${level}</fx:ConformanceLevel></rdf:Description>
${schema}
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

export interface PdfOptions {
  name?: string;
  afRelationship?: AFRelationship | null;
  xmp?: string | null;
  outputIntent?: boolean;
  /** Text in a standard font, which pdf-lib does not embed. */
  standardFontText?: string;
  javaScript?: boolean;
}

/** A one-page PDF carrying `xml` as a Factur-X would (or not, as the options say). */
export async function facturX(xml: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { name = "factur-x.xml", afRelationship = AFRelationship.Data, outputIntent = true } = options;
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  if (options.standardFontText) page.drawText(options.standardFontText, { font: await doc.embedFont(StandardFonts.Helvetica) });
  if (options.javaScript) doc.catalog.set(PDFName.of("OpenAction"), doc.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
  await doc.attach(bytes(xml), name, { mimeType: "text/xml", description: "Factur-X", afRelationship: afRelationship ?? AFRelationship.Data });
  const metadata = options.xmp === undefined ? xmp({ name }) : options.xmp;
  if (metadata !== null) doc.catalog.set(PDFName.of("Metadata"), doc.context.register(doc.context.stream(metadata, { Type: "Metadata", Subtype: "XML" })));
  if (outputIntent) {
    doc.catalog.set(PDFName.of("OutputIntents"), doc.context.obj([doc.context.obj({ Type: "OutputIntent", S: "GTS_PDFA1", OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1") })]));
  }
  const saved = await doc.save();
  if (afRelationship !== null) return saved;
  // pdf-lib always writes /AFRelationship: take it out of the file specification again.
  const again = await PDFDocument.load(saved);
  for (const [, object] of again.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Filespec")) object.delete(PDFName.of("AFRelationship"));
  }
  return again.save();
}
