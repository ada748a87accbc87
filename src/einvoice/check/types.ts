// The small EN 16931 view that `check-einvoice` judges: the business terms (BT) it checks, each
// with where it is in the XML, read from CII or UBL by from-cii.ts / from-ubl.ts.
import type { Localized } from "../../model/locale.js";
import type { checkMessages } from "./messages.js";

/** A place in the XML (1-based, as xmldom gives it). */
export interface Position {
  line: number;
  column: number;
}

/** A business term's text as written (trimmed) and where. */
export interface Field {
  text: string;
  at: Position;
}

export type Syntax = "CII" | "UBL-Invoice" | "UBL-CreditNote";

/** Known from BT-24; GENERIC: EN 16931 or one of its CIUS (XRechnung, Peppol…), checked by the CEN rules. */
export type Profile = "MINIMUM" | "BASICWL" | "BASIC" | "EN16931" | "EXTENDED" | "GENERIC";

export interface Party {
  at?: Position;
  name?: Field;
  /** BG-5 / BG-8 present. */
  address?: Position;
  country?: Field;
  /** BT-30 / BT-47 legal registration ids, with their scheme (0002: SIREN). */
  legalIds: Array<Field & { scheme?: string }>;
}

export interface Note {
  /** BT-21 (CII SubjectCode; UBL's « #PMT#… » convention). */
  subject?: string;
  at: Position;
}

export interface Line {
  at: Position;
  id?: Field;
  quantity?: Field;
  unit?: Field;
  net?: Field;
  itemName?: Field;
  netPrice?: Field;
  category?: Field;
  rate?: Field;
}

/** A document-level allowance (BG-20) or charge (BG-21). */
export interface AllowanceCharge {
  at: Position;
  charge: boolean;
  amount?: Field;
  category?: Field;
  rate?: Field;
}

/** A VAT breakdown (BG-23). */
export interface VatBreakdown {
  at: Position;
  base?: Field;
  amount?: Field;
  category?: Field;
  rate?: Field;
  exemptionText?: Field;
  exemptionCode?: Field;
}

export interface Totals {
  at?: Position;
  lineNet?: Field;
  allowances?: Field;
  charges?: Field;
  taxBasis?: Field;
  /** BT-110: the VAT total in the invoice currency (not BT-111, in the accounting currency). */
  vatTotal?: Field;
  grandTotal?: Field;
  prepaid?: Field;
  rounding?: Field;
  due?: Field;
}

export interface InvoiceView {
  syntax: Syntax;
  root: Position;
  specification?: Field;
  number?: Field;
  issueDate?: Field;
  typeCode?: Field;
  currency?: Field;
  seller: Party;
  buyer: Party;
  notes: Note[];
  lines: Line[];
  allowancesCharges: AllowanceCharge[];
  vat: VatBreakdown[];
  totals: Totals;
}

export type FindingSeverity = "error" | "warning";

/** One failed check: data, worded at the edge (describeFinding). */
export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  messageId: CheckMessageId;
  data: Record<string, string | number | Localized>;
  /** In the XML; none for the container or the whole file. */
  at?: Position;
}

export type CheckMessageId = keyof typeof checkMessages;
