// check-einvoice's API: one received file (a Factur-X PDF, a CII or a UBL XML) in, its findings
// out, as data. The Factur-X container is checked with the ids the official validator uses
// (PDF-…); the XML with the EN 16931 and BR-FR ids (rules.ts).
import type { Element } from "@xmldom/xmldom";
import { fromCii, NS_RSM } from "./from-cii.js";
import { fromUbl, NS_UBL_CREDIT_NOTE, NS_UBL_INVOICE } from "./from-ubl.js";
import { MAX_STREAM_BYTES, readPdf, type EmbeddedFile, type Xmp } from "./read-pdf.js";
import { readXml } from "./read-xml.js";
import { en16931Rules, frenchRules } from "./rules.js";
import type { Finding, InvoiceView, Profile } from "./types.js";

export interface CheckOutcome {
  kind: "pdf" | "xml";
  /** Findings on the PDF itself (container, XMP). */
  container: Finding[];
  /** Findings in the XML: in the file, or in the PDF's attachment named `attachment`. */
  xml: Finding[];
  attachment?: string;
  syntax?: InvoiceView["syntax"];
  profile?: Profile;
}

/** BT-24 values of the Factur-X / ZUGFeRD profiles (Factur-X 1.0.7+ specification, table 2). */
const GUIDELINES: Record<string, Profile> = {
  "urn:factur-x.eu:1p0:minimum": "MINIMUM",
  "urn:zugferd.de:2p0:minimum": "MINIMUM",
  "urn:factur-x.eu:1p0:basicwl": "BASICWL",
  "urn:zugferd.de:2p0:basicwl": "BASICWL",
  "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic": "BASIC",
  "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic": "BASIC",
  "urn:cen.eu:en16931:2017": "EN16931",
  "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended": "EXTENDED",
  "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended": "EXTENDED",
};
/** fx:ConformanceLevel of each profile in the XMP. */
const XMP_LEVELS: Record<Exclude<Profile, "GENERIC">, string> = { MINIMUM: "MINIMUM", BASICWL: "BASIC WL", BASIC: "BASIC", EN16931: "EN 16931", EXTENDED: "EXTENDED" };
const AF_RELATIONSHIPS = ["Data", "Source", "Alternative"];
/** Names other tools give the invoice: checked, with a finding for the name. */
const OTHER_NAMES = /^(zugferd-invoice|ZUGFeRD-invoice|xrechnung)\.xml$/i;

const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";

export async function checkEInvoice(bytes: Uint8Array): Promise<CheckOutcome> {
  return isPdf(bytes) ? checkPdf(bytes) : { kind: "xml", container: [], ...checkXml(bytes) };
}

function checkXml(bytes: Uint8Array): Pick<CheckOutcome, "xml" | "syntax" | "profile"> {
  const read = readXml(bytes);
  if (!read.ok) return { xml: [read.finding] };
  const root = read.doc.documentElement as unknown as Element;
  const ns = root.namespaceURI;
  let view: InvoiceView;
  if (ns === NS_RSM && root.localName === "CrossIndustryInvoice") view = fromCii(root);
  else if (ns === NS_UBL_INVOICE && root.localName === "Invoice") view = fromUbl(root, "UBL-Invoice");
  else if (ns === NS_UBL_CREDIT_NOTE && root.localName === "CreditNote") view = fromUbl(root, "UBL-CreditNote");
  else {
    return { xml: [{ ruleId: "XML-DOCTYPE", severity: "error", messageId: "XML_ROOT_UNKNOWN", data: { root: `{${ns ?? ""}}${root.localName}` }, at: { line: 1, column: 1 } }] };
  }
  const findings: Finding[] = [];
  const specification = view.specification?.text ?? "";
  const profile: Profile = (view.syntax === "CII" && GUIDELINES[specification]) || "GENERIC";
  // EN 16931 itself and its CIUS and extensions (XRechnung, Peppol BIS…) start with the EN's own id.
  if (specification && profile === "GENERIC" && !specification.startsWith("urn:cen.eu:en16931:2017")) {
    findings.push({ ruleId: "PROFILE-UNKNOWN", severity: "warning", messageId: "PROFILE_UNKNOWN", data: { value: specification }, at: view.specification!.at });
  }
  findings.push(...en16931Rules(view, profile));
  // MINIMUM and BASIC WL are not invoices in France from 2026: their French mentions are not asked for.
  if (view.seller.country?.text === "FR" && profile !== "MINIMUM" && profile !== "BASICWL") findings.push(...frenchRules(view));
  return { xml: findings, syntax: view.syntax, profile };
}

async function checkPdf(bytes: Uint8Array): Promise<CheckOutcome> {
  const read = await readPdf(bytes);
  const container: Finding[] = [];
  const add = (ruleId: string, messageId: Finding["messageId"], data: Finding["data"] = {}, severity: Finding["severity"] = "error") =>
    container.push({ ruleId, severity, messageId, data });
  if (!read.ok) {
    add("PDF-READ", "PDF_UNREADABLE", { detail: read.detail });
    return { kind: "pdf", container, xml: [] };
  }
  if (read.encrypted) add("PDF-ENCRYPTED", "PDF_ENCRYPTED");

  let invoice = read.files.find((f) => f.name === "factur-x.xml");
  if (!invoice) {
    invoice = read.files.find((f) => OTHER_NAMES.test(f.name));
    if (invoice) add("PDF-FX-ATTACHMENT", "PDF_OTHER_NAME", { name: invoice.name });
    else add("PDF-FX-ATTACHMENT", "PDF_NO_ATTACHMENT", { names: read.files.map((f) => f.name).join(", ") || "—" });
  }
  if (invoice) attachmentRules(invoice, add);
  xmpRules(read.xmp, invoice, add);
  if (!read.outputIntents) add("PDF-OUTPUTINTENT", "PDF_OUTPUT_INTENT");
  if (read.fontsNotEmbedded.length) add("PDF-FONTS", "PDF_FONTS", { fonts: read.fontsNotEmbedded.join(", ") });
  if (read.javaScript) add("PDF-JAVASCRIPT", "PDF_JAVASCRIPT");

  if (!invoice) return { kind: "pdf", container, xml: [] };
  if (!invoice.bytes) {
    add("PDF-FX-EXTRACT", "PDF_EXTRACT", { name: invoice.name, limit: MAX_STREAM_BYTES / 1024 / 1024 });
    return { kind: "pdf", container, xml: [], attachment: invoice.name };
  }
  const xml = checkXml(invoice.bytes);
  const level = read.xmp?.facturX?.ConformanceLevel;
  if (level && xml.syntax === "CII" && xml.profile && xml.profile !== "GENERIC" && level !== XMP_LEVELS[xml.profile]) {
    add("PDF-XMP-ConformanceLevel", "PDF_XMP_LEVEL_MISMATCH", { value: level, expected: XMP_LEVELS[xml.profile] });
  }
  return { kind: "pdf", container, attachment: invoice.name, ...xml };
}

type Add = (ruleId: string, messageId: Finding["messageId"], data?: Finding["data"], severity?: Finding["severity"]) => void;

function attachmentRules(file: EmbeddedFile, add: Add): void {
  const { name } = file;
  if (!file.afRelationship) add("PDF-AFRELATIONSHIP", "PDF_AFRELATIONSHIP_MISSING", { name });
  else if (!AF_RELATIONSHIPS.includes(file.afRelationship)) add("PDF-AFRELATIONSHIP", "PDF_AFRELATIONSHIP_INVALID", { name, value: file.afRelationship });
  if (!file.inCatalogAF) add("PDF-AF", "PDF_AF_MISSING", { name });
  if (file.mimeType !== "text/xml") add("PDF-MIMETYPE", "PDF_MIMETYPE", { name, value: file.mimeType ?? "—" }, "warning");
}

function xmpRules(xmp: Xmp | undefined, invoice: EmbeddedFile | undefined, add: Add): void {
  if (!xmp) add("PDF-XMP", "PDF_XMP_MISSING");
  else if (!xmp.facturX) add("PDF-XMP", "PDF_XMP_NO_FACTURX");
  else {
    const fx = xmp.facturX;
    for (const field of ["DocumentType", "DocumentFileName", "Version", "ConformanceLevel"] as const) {
      if (!fx[field]) add(`PDF-XMP-${field}`, "PDF_XMP_FIELD_MISSING", { field });
    }
    if (fx.DocumentType && fx.DocumentType !== "INVOICE") add("PDF-XMP-DocumentType", "PDF_XMP_DOCUMENT_TYPE", { value: fx.DocumentType });
    if (fx.DocumentFileName && invoice && fx.DocumentFileName !== invoice.name) add("PDF-XMP-DocumentFileName", "PDF_XMP_FILE_NAME", { value: fx.DocumentFileName, name: invoice.name });
    if (fx.Version && fx.Version !== "1.0") add("PDF-XMP-Version", "PDF_XMP_VERSION", { value: fx.Version }, "warning");
    if (fx.ConformanceLevel && !Object.values(XMP_LEVELS).includes(fx.ConformanceLevel) && fx.ConformanceLevel !== "XRECHNUNG") {
      add("PDF-XMP-ConformanceLevel", "PDF_XMP_LEVEL_UNKNOWN", { value: fx.ConformanceLevel });
    }
    if (!fx.extensionSchema) add("PDF-XMP-EXTENSION", "PDF_XMP_EXTENSION");
  }
  if (xmp?.pdfaPart !== "3") add("PDF-PDFA-ID", "PDF_PDFA_PART", { value: xmp?.pdfaPart ?? "—" });
  else if (!/^[ABU]$/i.test(xmp.pdfaConformance ?? "")) add("PDF-PDFA-ID", "PDF_PDFA_CONFORMANCE", { value: xmp.pdfaConformance ?? "—" });
}
