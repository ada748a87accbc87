// The EPC069-12 « SEPA credit transfer » QR payload (version 002): the lines a banking app reads to
// fill in a transfer. Text only; the image is drawn by the renderer (src/render/epc-qr.ts).
import { checkBic, checkIban } from "../legal/identifiers.js";
import { isRfCreditorReference } from "../legal/rf-reference.js";
import type { Decimal } from "./decimal.js";
import { ComputationError } from "./explain.js";

/** EPC069-12 limits. */
export const EPC_LIMITS = { bytes: 331, name: 70, structured: 35, unstructured: 140, minAmount: "0.01", maxAmount: "999999999.99" } as const;

export interface EpcTransfer {
  bic?: string;
  /** The beneficiary (account holder). */
  name: string;
  iban: string;
  amount: Decimal;
  currency: string;
  /** An RF creditor reference goes to the structured remittance; any other reference to the unstructured text. */
  reference: string;
}

/** Whether a transfer can be asked by an EPC QR code at all: euros, from 0.01 to 999 999 999.99. */
export function epcAmountAccepted(amount: Decimal, currency: string): boolean {
  return currency === "EUR" && amount.gte(EPC_LIMITS.minAmount) && amount.lte(EPC_LIMITS.maxAmount) && amount.decimalPlaces() <= 2;
}

/**
 * The payload, lines separated by LF, the trailing empty fields left out:
 * BCD, 002, 1 (UTF-8), SCT, BIC, name, IBAN, EUR<amount>, purpose (empty), RF reference, text.
 * Throws a ComputationError when a field breaks the standard's limits.
 */
export function epcPayload(transfer: EpcTransfer): string {
  const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
  const name = oneLine(transfer.name);
  if ([...name].length > EPC_LIMITS.name) throw new ComputationError("EPC_NAME_TOO_LONG", { name });
  const iban = checkIban(transfer.iban);
  if (!iban.valid) throw new ComputationError("TRANSFER_IBAN_INVALID", { iban: transfer.iban, reason: iban.reason });
  const bic = transfer.bic === undefined ? undefined : checkBic(transfer.bic);
  if (bic && !bic.valid) throw new ComputationError("EPC_BIC_INVALID", { bic: transfer.bic, reason: bic.reason });
  const reference = oneLine(transfer.reference);
  const structured = isRfCreditorReference(reference);
  const max = structured ? EPC_LIMITS.structured : EPC_LIMITS.unstructured;
  if ([...reference].length > max) throw new ComputationError("EPC_REFERENCE_TOO_LONG", { reference, max });
  const lines = [
    "BCD",
    "002",
    "1",
    "SCT",
    bic?.normalized ?? "",
    name,
    iban.normalized,
    `${transfer.currency}${transfer.amount.toFixed(2)}`,
    "",
    structured ? reference.replace(/\s+/g, "") : "",
    structured ? "" : reference,
  ];
  while (lines.at(-1) === "") lines.pop();
  const payload = lines.join("\n");
  const bytes = Buffer.byteLength(payload, "utf8");
  if (bytes > EPC_LIMITS.bytes) throw new ComputationError("EPC_PAYLOAD_TOO_LONG", { bytes });
  return payload;
}
