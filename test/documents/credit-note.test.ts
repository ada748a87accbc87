// A credit note (avoir) is an invoice that credits: its amounts come from the same totals function as
// the invoice it corrects, positive, with the invoice's client, currency and mentions.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { derive, valueOf, type DerivedCreditNote } from "../../src/documents/index.js";
import { Workspace, type LoadedCreditNote } from "../../src/model/index.js";
import { ROOT } from "../helpers/cli.js";

const PETILLANCES = "fixtures/petillances";

/** A credit note written beside the Pétillances fixtures (never on disk: the workspace's overlay). */
function load(text: string): { doc: LoadedCreditNote | undefined; codes: string[] } {
  const abs = join(ROOT, PETILLANCES, "credit-note-test.yaml");
  const workspace = new Workspace(ROOT, new Map([[abs, text]]));
  const doc = workspace.load(abs);
  return { doc: doc?.kind === "credit-note" ? doc : undefined, codes: workspace.allDiagnostics().map((d) => d.code) };
}

const HEAD = `kind: credit-note
number: FP-2026-0190
issueDate: "2026-11-30"
terms: ../../terms/petillances/cg.yaml
invoice: ./invoice-fp-2026-0118.yaml
reason: Geste commercial
`;
const LINE = `lines:
  - description: Remise sur la formation
    quantity: "1"
    unitPrice: "100.00"
    vat: { rate: "17" }
`;

describe("credit-note: loading", () => {
  it("refuses a credit note that says neither what it credits", () => {
    expect(load(HEAD).codes).toEqual(["CREDIT_NOTE_SCOPE"]);
  });

  it("refuses a credit note that gives both cancels: whole and lines", () => {
    expect(load(`${HEAD}cancels: whole\n${LINE}`).codes).toEqual(["CREDIT_NOTE_SCOPE"]);
  });

  it("refuses a credit note whose invoice does not exist, where it is cited", () => {
    expect(load(HEAD.replace("invoice-fp-2026-0118", "invoice-fp-2026-9999") + "cancels: whole\n").codes).toEqual(["REF_NOT_FOUND"]);
  });
});

describe("credit-note: derive", () => {
  it("cancels the whole invoice: every line, the same totals, positive, nothing paid", () => {
    const { doc } = load(`${HEAD}cancels: whole\n`);
    const derived: DerivedCreditNote = derive(doc!);
    const totals = valueOf(derived.totals);
    const invoice = valueOf(derived.invoice.totals);
    expect(derived.typeCode).toBe("381");
    expect([totals.totalNet, totals.totalVat, totals.totalGross].map(String)).toEqual([invoice.totalNet, invoice.totalVat, invoice.totalGross].map(String));
    expect(totals.totalGross.toFixed(2)).toBe("1743.30");
    expect(totals.paid.isZero()).toBe(true);
    expect(derived.corrects).toMatchObject({ number: "FP-2026-0118", issueDate: "2026-11-23", text: "Facture rectifiée : n° FP-2026-0118 du 23 novembre 2026" });
    expect(derived.client).toBe(derived.invoice.client);
    expect(derived.currency).toBe(derived.invoice.currency);
  });

  it("credits its own lines in part, with the invoice's VAT per rate", () => {
    const { doc } = load(HEAD + LINE);
    const totals = valueOf(derive(doc!).totals);
    expect(totals.vatBreakdown.map((v) => [v.rate.toFixed(), v.base.toFixed(2), v.vat.toFixed(2)])).toEqual([["17", "100.00", "17.00"]]);
    expect(totals.totalGross.toFixed(2)).toBe("117.00");
  });

  it("prints the invoice's mentions under its own title, without the payment mentions", () => {
    const { doc } = load(`${HEAD}cancels: whole\n`);
    const printed = derive(doc!).mentions.printed;
    expect(printed.get("invoice-number")).toEqual(["Avoir n° FP-2026-0190"]);
    expect(printed.get("issue-date")).toEqual(["Date d'émission : 30 novembre 2026"]);
    for (const id of ["due-date", "late-penalty-rate", "recovery-indemnity", "early-payment-discount"] as const) expect(printed.has(id)).toBe(false);
  });
});
