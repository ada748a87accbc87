// Public surface of src/einvoice: the EN 16931 invoice of a derived invoice or credit note and its CII and UBL XML.
export { en16931Of, natureOf, COMMERCIAL_INVOICE, FRANCHISE_VATEX, type En16931Invoice, type InvoiceLikeDocument, type DocumentNature, type PrecedingInvoice, type InvoiceTypeCode } from "./en16931.js";
export { ciiXml, CII_PROFILES, GUIDELINES, type CiiProfile } from "./cii.js";
export { EinvoiceError, einvoiceMessages, type EinvoiceErrorCode } from "./messages.js";
export { ublXml } from "./ubl.js";
