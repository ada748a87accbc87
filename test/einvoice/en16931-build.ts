// Loaded invoices built in memory (no file), for the e-invoice tests: each piece is checked against
// its schema first, so a test never feeds derive() data the loader would refuse.
import type { CreditNote, LoadedCreditNote, LoadedInvoice, LoadedTerms } from "../../src/model/documents.js";
import type { Invoice, Seller, Terms } from "../../src/model/documents.js";
import { validate } from "../../src/model/schemas.js";

export function schemaValid(kind: "invoice" | "seller" | "terms" | "credit-note", data: unknown): void {
  const errors = validate(kind, data);
  if (errors.length) throw new Error(`${kind} invalide : ${JSON.stringify(errors.slice(0, 3))}\n${JSON.stringify(data)}`);
}

export function loadedInvoice(invoice: Invoice, terms: Partial<Terms>, seller: Seller): LoadedInvoice {
  const termsData = { kind: "cgv", id: "terms", title: "CGV", language: "fr", audience: "b2b", seller: "./seller.yaml", clauses: [{ id: "prix", title: "Prix", body: "Prix en euros." }], ...terms } as Terms;
  schemaValid("invoice", invoice);
  schemaValid("seller", seller);
  schemaValid("terms", termsData);
  const loadedTerms = { kind: "terms", path: "terms/cgv.yaml", absPath: "/virtual/terms/cgv.yaml", data: termsData, seller: { data: seller, at: [] }, related: [] } as unknown as LoadedTerms;
  return { kind: "invoice", path: `fixtures/${invoice.number}.yaml`, absPath: `/virtual/${invoice.number}.yaml`, data: invoice, terms: loadedTerms } as unknown as LoadedInvoice;
}

/** A credit note of a loaded invoice, built in memory like the invoice (checked against its schema). */
export function loadedCreditNote(creditNote: CreditNote, invoice: LoadedInvoice): LoadedCreditNote {
  schemaValid("credit-note", creditNote);
  return { kind: "credit-note", path: `fixtures/${creditNote.number}.yaml`, absPath: `/virtual/${creditNote.number}.yaml`, data: creditNote, terms: invoice.terms, invoice } as unknown as LoadedCreditNote;
}

export const SELLER: Seller = {
  kind: "seller",
  id: "atelier",
  legalName: "Atelier Dupré & Fils",
  legalForm: "SAS",
  country: "FR",
  registeredOffice: { street: "3 rue des Lilas", postalCode: "69003", city: "Lyon", country: "FR" },
  siren: "732829320",
  siret: "73282932000017",
  vat: { regime: "liable", number: "FR44732829320" },
  bankAccounts: [
    { id: "main", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "BNPAFRPP" },
    { id: "savings", iban: "FR14 2004 1010 0505 0001 3M02 606", holder: "Atelier Dupré — compte séquestre" },
  ],
  contact: { email: "compta@atelier-dupre.fr" },
};

export const TERMS: Partial<Terms> = {
  governingLaw: "FR",
  payment: { termDays: 30, termBasis: "invoice-date", means: ["transfer"], earlyPaymentDiscount: { kind: "none" } },
  latePayment: { penalty: { kind: "legal-rate-multiple", multiple: 3 }, recoveryIndemnity: { amount: "40" } },
};

export const INVOICE: Invoice = {
  kind: "invoice",
  number: "FA-2026-0100",
  issueDate: "2026-10-01",
  terms: "../terms/cgv.yaml",
  client: {
    type: "business",
    name: "Menuiseries Berthier",
    siren: "552100554",
    vatNumber: "FR96552100554",
    address: { street: "18 avenue de la Libération", postalCode: "18000", city: "Bourges", country: "FR" },
  },
  operationCategory: "services",
  lines: [{ description: "Audit", quantity: "2", unit: "jour", unitPrice: "650.00", vat: { rate: "20" } }],
};
