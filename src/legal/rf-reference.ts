// ISO 11649 creditor references (« RF » + 2 check digits + up to 21 letters or digits): the payment
// reference a bank carries unchanged from the payer to the seller, so a transfer can be matched to
// its invoice without reading free text. Check digits: ISO 7064 mod 97-10, as the IBAN's.
import { mod97 } from "./identifiers.js";

/** The reference part's limit: 25 characters in all, minus « RF » and the two check digits. */
export const RF_MAX_REFERENCE_LENGTH = 21;

/**
 * The RF creditor reference of a document number, electronic form (« RF18539007547034 »): the
 * number's letters and digits, upper case, without separators (« FA-2026-0042 » → « RF…FA20260042 »).
 * Undefined when the number has no letter or digit, or more than 21.
 */
export function rfCreditorReference(documentNumber: string): string | undefined {
  const reference = documentNumber.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (reference.length === 0 || reference.length > RF_MAX_REFERENCE_LENGTH) return undefined;
  const check = 98 - mod97(`${reference}RF00`);
  return `RF${String(check).padStart(2, "0")}${reference}`;
}

/** Whether a reference (spaces allowed) is a well-formed RF creditor reference with right check digits. */
export function isRfCreditorReference(raw: string): boolean {
  const compact = raw.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** The printed form: groups of four (« RF18 5390 0754 7034 »), as the standard recommends on paper. */
export function printedRfReference(electronic: string): string {
  return electronic.replace(/(.{4})(?=.)/g, "$1 ");
}
