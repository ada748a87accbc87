// The transfer a document asks for, as derive() works it out: account, reference (number or RF),
// amount due, QR payload. The PDF and the e-invoice read it from there.
import { describe, expect, it } from "vitest";
import { derive } from "../../src/documents/index.js";
import { isRfCreditorReference } from "../../src/legal/rf-reference.js";
import { ComputationError } from "../../src/money/index.js";
import { ciiXml, en16931Of } from "../../src/einvoice/index.js";
import { INVOICE, loadedInvoice, SELLER, TERMS } from "../einvoice/en16931-build.js";

describe("derived transfer request", () => {
  it("asks for the balance, on the chosen account, with the invoice number as reference; no QR unless asked", () => {
    const transfer = derive(loadedInvoice(INVOICE, TERMS, SELLER)).transfer.value!;
    expect(transfer.account.id).toBe("main");
    expect(transfer.holder).toBe("Atelier Dupré & Fils");
    expect(transfer.reference).toBe("FA-2026-0100");
    expect(transfer.amount.toFixed(2)).toBe("1560.00");
    expect(transfer.dueDate).toBe("2026-10-31");
    expect(transfer.epcPayload).toBeUndefined();
  });

  it("an RF creditor reference on request (invoice over seller), printed in fours, carried in the e-invoice", () => {
    const bySeller = derive(loadedInvoice(INVOICE, TERMS, { ...SELLER, paymentReference: "rf" })).transfer.value!;
    expect(bySeller.referenceKind).toBe("rf");
    expect(bySeller.reference).toMatch(/^RF\d\d FA20 2601 00$/);
    expect(isRfCreditorReference(bySeller.remittance)).toBe(true);
    const byInvoice = derive(loadedInvoice({ ...INVOICE, paymentReference: "number" }, TERMS, { ...SELLER, paymentReference: "rf" }));
    expect(byInvoice.transfer.value!.reference).toBe("FA-2026-0100");
    const rfInvoice = derive(loadedInvoice({ ...INVOICE, paymentReference: "rf" }, TERMS, SELLER));
    expect(ciiXml(en16931Of(rfInvoice))).toContain(`<ram:PaymentReference>${rfInvoice.transfer.value!.remittance}</ram:PaymentReference>`);
  });

  it("an RF reference of a number too long is refused with a code", () => {
    const error = derive(loadedInvoice({ ...INVOICE, number: "FA-2026-000000000000000100", paymentReference: "rf" }, TERMS, SELLER)).transfer.error;
    expect(error).toBeInstanceOf(ComputationError);
    expect((error as ComputationError).code).toBe("RF_REFERENCE_IMPOSSIBLE");
    expect((error as ComputationError).describe("en")).toContain("paymentReference: number");
  });

  it("the EPC payload when the seller asks for the QR code, with the balance and the reference", () => {
    const paid = { ...INVOICE, payments: [{ date: "2026-10-05", amount: "560.00" }] };
    const transfer = derive(loadedInvoice(paid, TERMS, { ...SELLER, paymentQrCode: true })).transfer.value!;
    expect(transfer.epcPayload?.split("\n")).toEqual(["BCD", "002", "1", "SCT", "BNPAFRPP", "Atelier Dupré & Fils", "FR7630006000011234567890189", "EUR1000.00", "", "", "FA-2026-0100"]);
  });

  it("no QR payload when nothing is due or the currency is not the euro", () => {
    const settled = { ...INVOICE, payments: [{ date: "2026-10-05", amount: "1560.00" }] };
    expect(derive(loadedInvoice(settled, TERMS, { ...SELLER, paymentQrCode: true })).transfer.value!.epcPayload).toBeUndefined();
    expect(derive(loadedInvoice({ ...INVOICE, currency: "CHF" }, TERMS, { ...SELLER, paymentQrCode: true })).transfer.value!.epcPayload).toBeUndefined();
  });

  it("an IBAN whose mod-97 key is wrong is refused, with a code, before anything is printed", () => {
    const seller = { ...SELLER, bankAccounts: [{ id: "main", iban: "FR76 3000 6000 0112 3456 7890 188" }] as typeof SELLER.bankAccounts };
    const error = derive(loadedInvoice(INVOICE, TERMS, seller)).transfer.error;
    expect((error as ComputationError).code).toBe("TRANSFER_IBAN_INVALID");
    expect((error as ComputationError).describe("fr")).toContain("FR76 3000 6000 0112 3456 7890 188");
  });

  it("no transfer without an account, or when the terms refuse transfers", () => {
    const { bankAccounts: _none, ...noAccount } = SELLER;
    expect(derive(loadedInvoice(INVOICE, TERMS, noAccount)).transfer.value).toBeUndefined();
    expect(derive(loadedInvoice(INVOICE, { ...TERMS, payment: { termDays: 0, termBasis: "on-order", means: ["card"] } }, SELLER)).transfer.value).toBeUndefined();
  });
});
