// The EN 16931 invoice of a derived document: the XML writer's escaping, the payment instructions
// (the chosen account, its IBAN checked), and the French notes taken from the printed mentions.
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BankAccountError, derive } from "../../src/documents/index.js";
import { documentMessages } from "../../src/documents/messages.js";
import { einvoiceMessages, exportMessages } from "../../src/einvoice/messages.js";
import { ciiXml, EinvoiceError, en16931Of, ublXml } from "../../src/einvoice/index.js";
import { el, toXml } from "../../src/einvoice/xml.js";
import { documentFailure } from "../../src/render/failures.js";
import { INVOICE, loadedInvoice, SELLER, TERMS } from "./en16931-build.js";
import { creditNoteFixtures, invoiceFixtures } from "./en16931-fixtures.js";

const parse = (xml: string) => new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, "text/xml");

describe("XML writer", () => {
  it("escapes texts and attributes: markup characters come back as written", () => {
    const nasty = `<b>Tom & "Jerry"</b> l'été ]]> &amp;`;
    const xml = toXml(el("root", { note: nasty }, el("child", {}, nasty)));
    expect(xml).not.toContain("<b>");
    const doc = parse(xml);
    expect(doc.documentElement!.getAttribute("note")).toBe(nasty);
    expect(doc.getElementsByTagName("child")[0]!.textContent).toBe(nasty);
  });

  it("any text round-trips, except the characters XML 1.0 cannot carry (dropped)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const carried = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
        const doc = parse(toXml(el("r", { a: value }, el("t", {}, value))));
        expect(doc.documentElement!.getAttribute("a")).toBe(carried);
        // Element text: a lone CR is written as &#13; and kept.
        expect(doc.getElementsByTagName("t")[0]?.textContent ?? "").toBe(carried);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an element name that is not a name (names come from code, never from data)", () => {
    expect(() => toXml(el("a b"))).toThrow();
  });
});

describe("payment instructions (BG-16, BG-17, BT-83)", () => {
  it("the invoice's account is the seller's first by default, the one it names otherwise", () => {
    expect(en16931Of(derive(loadedInvoice(INVOICE, TERMS, SELLER))).payment).toEqual({
      meansCode: "58",
      remittanceInformation: "FA-2026-0100",
      account: { iban: "FR7630006000011234567890189", holder: "Atelier Dupré & Fils", bic: "BNPAFRPP" },
    });
    const chosen = en16931Of(derive(loadedInvoice({ ...INVOICE, bankAccount: "savings" }, TERMS, SELLER))).payment;
    expect(chosen?.account).toEqual({ iban: "FR1420041010050500013M02606", holder: "Atelier Dupré — compte séquestre", bic: undefined });
  });

  it("an account id the seller does not declare is refused, in French and English, and render reports it as a refusal", () => {
    const derived = derive(loadedInvoice({ ...INVOICE, bankAccount: "other" }, TERMS, SELLER));
    expect(derived.bankAccount.error).toBeInstanceOf(BankAccountError);
    const error = derived.bankAccount.error as BankAccountError;
    expect(error.describe("fr")).toContain("« other »");
    expect(error.describe("fr")).toContain("main, savings");
    expect(error.describe("en")).toContain('"other"');
    expect(() => en16931Of(derived)).toThrow(BankAccountError);
    expect(documentFailure("x.yaml", error, "fr").code).toBe("REFUSED");
  });

  it("an IBAN whose mod-97 key is wrong is never written", () => {
    const seller = { ...SELLER, bankAccounts: [{ id: "main", iban: "FR76 3000 6000 0112 3456 7890 188" }] as typeof SELLER.bankAccounts };
    const run = () => en16931Of(derive(loadedInvoice(INVOICE, TERMS, seller)));
    expect(run).toThrow(EinvoiceError);
    try {
      run();
    } catch (error) {
      expect((error as EinvoiceError).code).toBe("IBAN_INVALID");
      expect((error as EinvoiceError).describe("en")).toContain("FR76 3000 6000 0112 3456 7890 188");
    }
  });

  it("no account when the terms do not accept transfers: the card (48) is the means, no IBAN", () => {
    const payment = en16931Of(derive(loadedInvoice(INVOICE, { ...TERMS, payment: { termDays: 0, termBasis: "on-order", means: ["card"] } }, SELLER))).payment;
    expect(payment).toEqual({ meansCode: "48", remittanceInformation: "FA-2026-0100" });
  });

  it("the CII and the UBL carry the IBAN, the holder, the BIC and the invoice number as reference", () => {
    const invoice = en16931Of(derive(loadedInvoice(INVOICE, TERMS, SELLER)));
    const cii = ciiXml(invoice);
    for (const part of ["<ram:PaymentReference>FA-2026-0100</ram:PaymentReference>", "<ram:IBANID>FR7630006000011234567890189</ram:IBANID>", "<ram:AccountName>Atelier Dupré &amp; Fils</ram:AccountName>", "<ram:BICID>BNPAFRPP</ram:BICID>"]) expect(cii).toContain(part);
    const ubl = ublXml(invoice);
    for (const part of ["<cbc:PaymentID>FA-2026-0100</cbc:PaymentID>", "<cbc:ID>FR7630006000011234567890189</cbc:ID>", "<cbc:Name>Atelier Dupré &amp; Fils</cbc:Name>"]) expect(ubl).toContain(part);
  });
});

describe("notes (BG-1) and French specifics", () => {
  it("PMT, PMD and AAB are the very texts the PDF prints for the indemnity, the penalty rate and the discount", () => {
    const derived = derive(loadedInvoice(INVOICE, TERMS, SELLER));
    const notes = en16931Of(derived).notes;
    const printed = (id: "recovery-indemnity" | "late-penalty-rate" | "early-payment-discount") => derived.mentions.printed.get(id)?.join(" ");
    expect(notes).toEqual([
      { subject: "PMT", text: printed("recovery-indemnity") },
      { subject: "PMD", text: printed("late-penalty-rate") },
      { subject: "AAB", text: printed("early-payment-discount") },
    ]);
    expect(notes.map((n) => n.text)).toEqual(["Indemnité forfaitaire pour frais de recouvrement : 40,00\u00a0€", "Pénalités de retard : 3 fois le taux d'intérêt légal", "Pas d'escompte pour paiement anticipé"]);
  });

  it("franchise en base: category E with VATEX-FR-FRANCHISE and the SIREN as tax registration (BR-E-02)", () => {
    const seller = { ...SELLER, vat: { regime: "franchise" as const } };
    const invoice = { ...INVOICE, lines: [{ description: "Cours", quantity: "1", unitPrice: "80", vat: { category: "exempt" as const, reason: "TVA non applicable, art. 293 B du CGI" } }] };
    const e = en16931Of(derive(loadedInvoice(invoice, TERMS, seller)));
    expect(e.vatBreakdown).toMatchObject([{ code: "E", exemptionCode: "VATEX-FR-FRANCHISE", exemptionReason: "TVA non applicable, art. 293 B du CGI" }]);
    expect(e.seller.taxRegistration).toBe("732829320");
  });

  it("SIREN with scheme 0002, SIRET 0009, the directory address 0225; a discounted line keeps its gross price", () => {
    const invoice = { ...INVOICE, lines: [{ description: "Audit", quantity: "3", unitPrice: "33.33", discountPercent: "10", vat: { rate: "20" } }] };
    const e = en16931Of(derive(loadedInvoice(invoice, TERMS, SELLER)));
    expect(e.seller.legalRegistration).toEqual({ id: "732829320", scheme: "0002" });
    expect(e.seller.identifiers).toEqual([{ id: "73282932000017", scheme: "0009" }]);
    expect(e.buyer.electronicAddress).toEqual({ id: "552100554", scheme: "0225" });
    const line = e.lines[0]!;
    expect([line.netPrice.toFixed(), line.grossPrice?.amount.toFixed(), line.grossPrice?.discount.toFixed(), line.net.toFixed(2)]).toEqual(["29.997", "33.33", "3.333", "89.99"]);
  });
});

describe("credit notes (381)", () => {
  const byNumber = (n: string) => creditNoteFixtures.find((d) => d.data.number === n)!;

  it("a partial avoir: 381, the invoice it corrects in BG-3, its own credited lines and totals, nothing to pay", () => {
    const derived = derive(byNumber("FA-2026-0043"));
    const e = en16931Of(derived);
    expect([e.typeCode, e.number, e.issueDate]).toEqual(["381", "FA-2026-0043", "2026-06-15"]);
    expect(e.precedingInvoices).toEqual([{ number: "FA-2026-0041", issueDate: derived.invoice.loaded.data.issueDate }]);
    expect(e.lines.map((l) => [l.name, l.quantity.toFixed(), l.netPrice.toFixed(), l.net.toFixed(2)])).toEqual([[derived.lines[0]!.description, "5", "80", "400.00"]]);
    expect([e.totals.taxBasisTotal.toFixed(2), e.totals.taxTotal.toFixed(2), e.totals.grandTotal.toFixed(2)]).toEqual(["400.00", "80.00", "480.00"]);
    // Nothing is payable to the seller: no due date, no payment term, no seller account (BG-16).
    expect([e.dueDate, e.paymentTerms, e.payment]).toEqual([undefined, undefined, undefined]);
    expect(e.businessProcess).toBe("S1");
  });

  it("BR-FR-05's PMT, PMD and AAB are the corrected invoice's printed texts; the reason is an ACD note", () => {
    const derived = derive(byNumber("FA-2026-0043"));
    const printed = (id: "recovery-indemnity" | "late-penalty-rate" | "early-payment-discount") => derived.invoice.mentions.printed.get(id)?.join(" ");
    expect(en16931Of(derived).notes).toEqual([
      { subject: "PMT", text: printed("recovery-indemnity") },
      { subject: "PMD", text: printed("late-penalty-rate") },
      { subject: "AAB", text: printed("early-payment-discount") },
      { subject: "ACD", text: derived.reason.trim() },
    ]);
    // The avoir itself does not print them: nothing on it is payable.
    expect(derived.mentions.printed.has("recovery-indemnity")).toBe(false);
  });

  it("an avoir that cancels a whole invoice credits each of its lines, allowances and charges at the same amounts", () => {
    const derived = derive(byNumber("FP-2026-0120"));
    const credit = en16931Of(derived);
    const invoice = en16931Of(derive(invoiceFixtures.find((d) => d.data.number === "FP-2026-0118")!));
    const summary = (x: typeof credit) => ({ lines: x.lines.map((l) => [l.name, l.net.toFixed(2)]), ac: x.allowancesCharges.map((a) => a.amount.toFixed(2)), vat: x.vatBreakdown.map((v) => [v.code, v.base.toFixed(2), v.vat.toFixed(2)]), total: x.totals.grandTotal.toFixed(2) });
    expect(summary(credit)).toEqual(summary(invoice));
    expect(credit.totals.paid.toFixed(2)).toBe("0.00");
  });
});

describe("message catalogues of the e-invoice export", () => {
  it.each([
    ["documentMessages", documentMessages],
    ["einvoiceMessages", einvoiceMessages],
    ["exportMessages", exportMessages],
  ] as const)("%s: every id in French and English, with the same placeholders", (_, catalog) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, text] of Object.entries(catalog) as [string, { fr: string; en: string }][]) {
      expect([id, text.fr.length > 0, text.en.length > 0]).toEqual([id, true, true]);
      expect([id, placeholders(text.en)]).toEqual([id, placeholders(text.fr)]);
    }
  });
});
