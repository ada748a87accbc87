// The XMP metadata packet of a Factur-X PDF: the PDF/A-3 identification (part 3, conformance B),
// the Dublin Core, PDF and XMP basic properties that repeat the document information dictionary
// (PDF/A requires both to say the same thing), the Factur-X properties (fx:) and the PDF/A
// extension schema that declares them (a PDF/A validator rejects undeclared properties).
// Written by hand, not through an XML library: a fixed template with escaped values gives
// the same bytes for the same input.

/** Namespace of the Factur-X XMP properties (Factur-X 1.0 to 1.09, ZUGFeRD 2.1 and later). */
export const FACTURX_XMP_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

/** fx:Version: the version of the Factur-X XMP schema, still "1.0" in Factur-X 1.09. */
export const FACTURX_XMP_VERSION = "1.0";

export interface XmpFields {
  /** Each as in the Info dictionary; an absent one is absent from both. */
  title?: string;
  author?: string;
  subject?: string;
  /** The Info dictionary's /Keywords, as written there (one string). */
  keywords?: string;
  producer?: string;
  creatorTool?: string;
  created: Date;
  /** fx:ConformanceLevel: MINIMUM, BASIC WL, BASIC, EN 16931. */
  conformanceLevel: string;
  /** fx:DocumentType: INVOICE (credit notes included: their kind is in the XML, BT-3). */
  documentType: string;
  /** fx:DocumentFileName: the embedded file's name. */
  documentFileName: string;
}

/** Characters XML 1.0 does not allow (control characters but tab and line ends, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML cannot carry (a title never needs them); the Info dictionary gets the same text. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, "");
}

/** Text as XML character data. */
export function xmlText(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An XMP date: ISO 8601 to the second, UTC (the PDF dates say the same instant, D:…Z). */
export function xmpDate(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The fx: properties the extension schema declares, with their description (Factur-X 1.0 spec). */
const FX_PROPERTIES: [name: string, description: string][] = [
  ["DocumentFileName", "The name of the embedded XML document"],
  ["DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"],
  ["Version", "The actual version of the standard applying to the embedded XML document"],
  ["ConformanceLevel", "The conformance level of the embedded XML document"],
];

function description(namespaces: string, body: string[]): string {
  return [`  <rdf:Description rdf:about="" ${namespaces}>`, ...body.map((l) => `   ${l}`), "  </rdf:Description>"].join("\n");
}

const optional = (tag: string, value: string | undefined) => (value === undefined ? [] : [`<${tag}>${xmlText(value)}</${tag}>`]);

/** The whole packet, UTF-8, uncompressed in the PDF (PDF/A forbids a filter on the metadata stream). */
export function facturXXmp(f: XmpFields): string {
  const date = xmpDate(f.created);
  const extension = [
    "<pdfaExtension:schemas>",
    " <rdf:Bag>",
    '  <rdf:li rdf:parseType="Resource">',
    "   <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>",
    `   <pdfaSchema:namespaceURI>${FACTURX_XMP_NAMESPACE}</pdfaSchema:namespaceURI>`,
    "   <pdfaSchema:prefix>fx</pdfaSchema:prefix>",
    "   <pdfaSchema:property>",
    "    <rdf:Seq>",
    ...FX_PROPERTIES.flatMap(([name, text]) => [
      '     <rdf:li rdf:parseType="Resource">',
      `      <pdfaProperty:name>${name}</pdfaProperty:name>`,
      "      <pdfaProperty:valueType>Text</pdfaProperty:valueType>",
      "      <pdfaProperty:category>external</pdfaProperty:category>",
      `      <pdfaProperty:description>${text}</pdfaProperty:description>`,
      "     </rdf:li>",
    ]),
    "    </rdf:Seq>",
    "   </pdfaSchema:property>",
    "  </rdf:li>",
    " </rdf:Bag>",
    "</pdfaExtension:schemas>",
  ];
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    description('xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"', ["<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>"]),
    description('xmlns:dc="http://purl.org/dc/elements/1.1/"', [
      "<dc:format>application/pdf</dc:format>",
      ...(f.title === undefined ? [] : [`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(f.title)}</rdf:li></rdf:Alt></dc:title>`]),
      ...(f.author === undefined ? [] : [`<dc:creator><rdf:Seq><rdf:li>${xmlText(f.author)}</rdf:li></rdf:Seq></dc:creator>`]),
      ...(f.subject === undefined ? [] : [`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(f.subject)}</rdf:li></rdf:Alt></dc:description>`]),
    ]),
    description('xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', [...optional("pdf:Producer", f.producer), ...optional("pdf:Keywords", f.keywords)]),
    description('xmlns:xmp="http://ns.adobe.com/xap/1.0/"', [
      ...optional("xmp:CreatorTool", f.creatorTool),
      `<xmp:CreateDate>${date}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    ]),
    description(
      'xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"',
      extension,
    ),
    description(`xmlns:fx="${FACTURX_XMP_NAMESPACE}"`, [
      `<fx:DocumentType>${xmlText(f.documentType)}</fx:DocumentType>`,
      `<fx:DocumentFileName>${xmlText(f.documentFileName)}</fx:DocumentFileName>`,
      `<fx:Version>${FACTURX_XMP_VERSION}</fx:Version>`,
      `<fx:ConformanceLevel>${xmlText(f.conformanceLevel)}</fx:ConformanceLevel>`,
    ]),
    " </rdf:RDF>",
    "</x:xmpmeta>",
    '<?xpacket end="w"?>',
  ].join("\n");
}
