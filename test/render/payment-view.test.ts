// The payment block as data (no browser): « Acquittée » exactly when payments cover the total, the
// transfer's amount and QR code only while something is due, a quote's deposit due on acceptance.
import { describe, expect, it } from "vitest";
import { derive } from "../../src/documents/index.js";
import { invoicePaymentBlock, depositPaymentBlock } from "../../src/render/views/payment.js";
import { D } from "../../src/money/index.js";
import { INVOICE, loadedInvoice, SELLER, TERMS } from "../einvoice/en16931-build.js";

/** Amounts are printed with narrow no-break spaces: compared here with plain ones. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/[\u202f\u00a0]/g, " "));

const blockOf = (payments: { date: string; amount: string; label?: string }[], qr = false) => {
  const derived = derive(loadedInvoice({ ...INVOICE, payments }, TERMS, { ...SELLER, paymentQrCode: qr }));
  return plain(invoicePaymentBlock(derived.transfer.value, payments, derived.totals.value!.amountDue, derived.currency)!);
};

describe("payment block view", () => {
  it("unpaid: the transfer with its amount, due date and QR code; not settled", () => {
    const block = blockOf([], true);
    expect(block.settledOn).toBeNull();
    expect(block.transfer).toMatchObject({ title: "Règlement par virement", amount: { label: "Montant à régler", value: "1 560,00 €" }, when: "au plus tard le 31 octobre 2026", reference: "FA-2026-0100", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "BNPAFRPP" });
    expect(block.transfer?.qr).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it("paid in two instalments: « Acquittée le » the last payment's date, the payments listed, no amount and no QR code", () => {
    const block = blockOf([{ date: "2026-10-20", amount: "1000.00", label: "Virement" }, { date: "2026-10-05", amount: "560.00" }], true);
    expect(block.settledOn).toBe("20 octobre 2026");
    expect(block.payments).toEqual([
      { date: "20 octobre 2026", amount: "1 000,00 €", label: "Virement" },
      { date: "5 octobre 2026", amount: "560,00 €", label: null },
    ]);
    expect(block.transfer).toMatchObject({ title: "Coordonnées bancaires", amount: null, when: null, qr: null, reference: "FA-2026-0100" });
  });

  it("partly paid: not settled, the balance asked", () => {
    const block = blockOf([{ date: "2026-10-05", amount: "560.00" }]);
    expect(block.settledOn).toBeNull();
    expect(block.transfer?.amount?.value).toBe("1 000,00 €");
  });

  it("no account and no payment: no block; no account but paid: the payments and « Acquittée »", () => {
    const { bankAccounts: _none, ...noAccount } = SELLER;
    const derived = derive(loadedInvoice(INVOICE, TERMS, noAccount));
    expect(invoicePaymentBlock(derived.transfer.value, [], derived.totals.value!.amountDue, "EUR")).toBeNull();
    const paid = [{ date: "2026-10-05", amount: "1560.00" }];
    expect(invoicePaymentBlock(undefined, paid, new D(0), "EUR")).toMatchObject({ settledOn: "5 octobre 2026", transfer: null });
  });

  it("a quote's deposit is due on acceptance", () => {
    const transfer = derive(loadedInvoice(INVOICE, TERMS, SELLER)).transfer.value!;
    const block = plain(depositPaymentBlock({ ...transfer, amount: new D("468"), dueDate: undefined })!);
    expect(block.transfer).toMatchObject({ title: "Acompte par virement", amount: { label: "Acompte à verser", value: "468,00 €" }, when: "à la signature du devis" });
    expect(depositPaymentBlock(undefined)).toBeNull();
  });
});
