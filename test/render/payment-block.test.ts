// The payment block of invoices and quotes, on the PDF: IBAN, BIC and the reference on every invoice
// of a seller with a bank account, the EPC QR code decoded back (pdftoppm, pngjs, jsqr) to the right
// IBAN, amount and reference, a quote's deposit, « Acquittée le … » on a paid invoice. One Chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derive } from "../../src/documents/index.js";
import { isRfCreditorReference } from "../../src/legal/rf-reference.js";
import { Workspace } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { epcQrSvg } from "../../src/render/epc-qr.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";
import { printedIn, textOf } from "../helpers/pdf-text.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const scratch = mkdtempSync(join(tmpdir(), "clausier-payment-block-"));

// A seller with an account, the RF reference and the QR code; an invoice partly paid, a quote with a deposit.
const TERMS = `kind: cgv
id: atelier-cgv
title: Conditions générales de vente
effectiveDate: "2026-01-01"
language: fr
audience: b2b
governingLaw: FR
jurisdiction: { type: named-court, court: Tribunal de commerce, city: Lyon, country: FR }
seller:
  id: atelier
  legalName: Atelier Dupré & Fils
  legalForm: SAS
  shareCapital: { amount: "20000" }
  registeredOffice: { street: 3 rue des Lilas, postalCode: "69003", city: Lyon, country: FR }
  country: FR
  siren: "732 829 320"
  rcs: { city: Lyon, number: "732 829 320" }
  vat: { regime: liable, number: FR44732829320 }
  bankAccounts:
    - { id: main, iban: "FR76 3000 6000 0112 3456 7890 189", bic: BNPAFRPP, bankName: BNP Paribas Lyon }
  paymentReference: rf
  paymentQrCode: true
payment: { termDays: 30, termBasis: invoice-date, means: [transfer], earlyPaymentDiscount: { kind: none } }
latePayment:
  penalty: { kind: legal-rate-multiple, multiple: "3" }
  recoveryIndemnity: { amount: "40" }
deposit: { maxPercent: "40" }
clauses:
  - id: paiement
    title: Paiement
    body: |
      Nos factures sont payables par virement à trente jours de leur date.
`;
const CLIENT = `client:
  type: business
  name: Menuiseries Berthier
  siren: "552100554"
  vatNumber: FR96552100554
  address: { street: 18 avenue de la Libération, postalCode: "18000", city: Bourges, country: FR }`;
const INVOICE = `kind: invoice
number: FA-2026-0100
issueDate: "2026-10-01"
terms: ./cgv.yaml
operationCategory: services
${CLIENT}
lines:
  - { description: Audit, quantity: 2, unit: jour, unitPrice: "650.00", vat: { rate: "20" } }
payments:
  - { date: "2026-10-05", amount: "560.00", label: Acompte }
`;
const QUOTE = `kind: quote
number: DV-2026-0033
issueDate: "2026-09-15"
terms: ./cgv.yaml
${CLIENT}
lines:
  - { description: Audit, quantity: 2, unit: jour, unitPrice: "650.00", vat: { rate: "20" } }
depositPercent: "30"
`;
writeFileSync(join(scratch, "cgv.yaml"), TERMS);
writeFileSync(join(scratch, "invoice.yaml"), INVOICE);
writeFileSync(join(scratch, "quote.yaml"), QUOTE);

function load(workspace: Workspace, path: string): RenderableDocument {
  const doc = workspace.load(path);
  if (!doc || doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") throw new Error(`${path} ne se charge pas : ${JSON.stringify(workspace.allDiagnostics())}`);
  return doc;
}

const fixtureInvoices = readdirSync(join(ROOT, "fixtures"))
  .filter((d) => d !== "invalid")
  .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => f.startsWith("invoice-")).map((f) => join(ROOT, "fixtures", d, f)));
const fixtures = new Workspace(ROOT);
/** Every invoice fixture whose seller has an account the terms let the client transfer to. */
const withAccount = fixtureInvoices.filter((abs) => {
  const doc = load(fixtures, abs);
  return doc.kind === "invoice" && derive(doc).transfer.value !== undefined;
});

/** The payload of the QR code printed on page 1 (150 dpi: modules of several pixels). */
/** The first QR code found on the document's pages (a quote's closing block may start page 2). */
function qrOf(pdf: string): string | undefined {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 1);
  for (let page = 1; page <= pages; page++) {
    const prefix = join(scratch, `qr-${Math.random().toString(36).slice(2)}`);
    execFileSync("pdftoppm", ["-png", "-r", "150", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    if (found) return found;
  }
  return undefined;
}

describe("EPC QR image", () => {
  it("is deterministic: the same payload gives the same bytes", () => {
    const payload = "BCD\n002\n1\nSCT\nBNPAFRPP\nAtelier Dupré & Fils\nFR7630006000011234567890189\nEUR1000.00\n\nRF45FA20260100";
    expect(epcQrSvg(payload)).toBe(epcQrSvg(payload));
    expect(epcQrSvg(payload)).not.toBe(epcQrSvg(payload.replace("1000.00", "1000.01")));
  });
});

describe.skipIf(!chromium)("payment block on the PDF (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const render = async (workspace: Workspace, path: string) => {
    const doc = load(workspace, path);
    const result = await new DocumentRenderer(printer, { html: false, pdf: true, bind: false, attachSource: false, version: "test" }).render(doc);
    const pdf = result.outputs.find((o) => o.name.endsWith(".pdf"))?.content as Uint8Array;
    const file = join(scratch, `${doc.kind}-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return { doc, file };
  };

  beforeAll(async () => {
    printer = await PdfPrinter.start();
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("the fixtures include invoices of a seller with an account", () => {
    expect(withAccount.length).toBeGreaterThan(0);
  });

  it.each(withAccount)("%s prints IBAN, BIC and reference, and its QR code carries them with the amount due", async (abs) => {
    const { doc, file } = await render(fixtures, abs);
    if (doc.kind !== "invoice") throw new Error("not an invoice");
    const transfer = derive(doc).transfer.value!;
    const text = textOf(file);
    const iban = transfer.account.iban.replace(/\s+/g, "");
    expect(printedIn(text, iban.replace(/(.{4})(?=.)/g, "$1 "))).toBe(true);
    if (transfer.account.bic) expect(printedIn(text, transfer.account.bic)).toBe(true);
    expect(printedIn(text, `Référence à indiquer : ${doc.data.number}`)).toBe(true);
    const lines = qrOf(file)?.split("\n");
    expect(lines?.slice(0, 4)).toEqual(["BCD", "002", "1", "SCT"]);
    expect(lines?.[6]).toBe(iban);
    expect(lines?.[7]).toBe(`EUR${transfer.amount.toFixed(2)}`);
    expect(lines?.at(-1)).toBe(doc.data.number);
  });

  it("an RF reference (structured remittance) and the balance after a payment, in print and in the QR code", async () => {
    const { file } = await render(new Workspace(scratch), join(scratch, "invoice.yaml"));
    const text = textOf(file);
    for (const printed of ["FR76 3000 6000 0112 3456 7890 189", "BNPAFRPP", "Montant à régler : 1 000,00 €", "au plus tard le 31 octobre 2026"]) expect(printedIn(text, printed), printed).toBe(true);
    const rf = /Référence à indiquer : (RF\d\d(?: [A-Z0-9]{1,4})+)/.exec(text.raw)?.[1];
    expect(rf && isRfCreditorReference(rf)).toBe(true);
    expect(qrOf(file)).toBe(["BCD", "002", "1", "SCT", "BNPAFRPP", "Atelier Dupré & Fils", "FR7630006000011234567890189", "EUR1000.00", "", rf!.replace(/\s/g, "")].join("\n"));
    // Partly paid: the payments are listed, the invoice is not « acquittée ».
    expect(printedIn(text, "Acompte")).toBe(true);
    expect(text.raw).not.toContain("Acquittée");
  });

  it("a quote with a deposit asks for the deposit on acceptance, with the quote's reference and QR code", async () => {
    const { file } = await render(new Workspace(scratch), join(scratch, "quote.yaml"));
    const text = textOf(file);
    for (const printed of ["Acompte à verser : 468,00 € à la signature du devis", "FR76 3000 6000 0112 3456 7890 189", "BNPAFRPP"]) expect(printedIn(text, printed), printed).toBe(true);
    const lines = qrOf(file)?.split("\n");
    expect(lines?.[7]).toBe("EUR468.00");
    expect(isRfCreditorReference(lines?.[9] ?? "")).toBe(true);
    expect(lines?.[9]).toMatch(/DV20260033$/);
    // The account is printed once.
    expect(text.raw.split("BNPAFRPP").length - 1).toBe(1);
  });

  it("a fully paid invoice says « Acquittée le … » with its payments", async () => {
    const { file } = await render(fixtures, "fixtures/altairis/invoice-fa-2026-0041.yaml");
    const text = textOf(file);
    expect(printedIn(text, "Acquittée le 9 avril 2026")).toBe(true);
    expect(printedIn(text, "Virement reçu")).toBe(true);
    expect(printedIn(text, "768,00 €")).toBe(true);
  });
});
