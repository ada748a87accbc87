// The credit-note rules: credit-note-invoice-reference (same seller, not before the invoice) and
// credit-note-exceeds-invoice (per VAT rate, the credit notes of an invoice found in the run).
import { readdirSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import exceeds from "../../src/lint/rules/credit-note-exceeds-invoice.js";
import reference from "../../src/lint/rules/credit-note-invoice-reference.js";
import { baseTerms, lintYaml, lintRepoFiles, merge, ROOT } from "./helpers.js";

/** An invoice of 1 000 € HT at 20 % and 200 € HT at 5,5 %, issued on 10 March 2026, under terms.yaml. */
const INVOICE = `kind: invoice
number: EX-2026-0010
issueDate: "2026-03-10"
terms: ./terms.yaml
client:
  type: business
  name: Menuiseries Berthier
  siren: "732829320"
  vatNumber: FR44732829320
  address: { street: 18 avenue de la Libération, postalCode: "18000", city: Bourges, country: FR }
operationCategory: goods
lines:
  - { description: Table, quantity: "2", unitPrice: "500.00", vat: { rate: "20" } }
  - { description: Livres, quantity: "4", unitPrice: "50.00", vat: { rate: "5.5" } }
`;

function creditNote(number: string, scope: string, extra: Partial<{ issueDate: string; terms: string }> = {}): string {
  return `kind: credit-note
number: ${number}
issueDate: "${extra.issueDate ?? "2026-03-20"}"
terms: ./${extra.terms ?? "terms.yaml"}
invoice: ./invoice.yaml
reason: Retour de marchandise
${scope}`;
}
const credit = (description: string, quantity: string, unitPrice: string, rate: string) =>
  `lines:\n  - { description: ${description}, quantity: "${quantity}", unitPrice: "${unitPrice}", vat: { rate: "${rate}" } }\n`;

const files = (extra: Record<string, string> = {}) => ({
  "terms.yaml": stringify(baseTerms()),
  "invoice.yaml": INVOICE,
  ...extra,
});
const own = (messages: { ruleId: string }[], id: string) => messages.filter((m) => m.ruleId === id);

describe("credit-note-invoice-reference", () => {
  const ID = "credit-note-invoice-reference";

  it("accepts a credit note of the same seller dated after its invoice", () => {
    expect(lintYaml(creditNote("EX-2026-0011", "cancels: whole\n"), reference, { extraFiles: files() })).toEqual([]);
  });

  it("reports a credit note dated before the invoice it corrects, at its date", () => {
    const [m, ...rest] = own(lintYaml(creditNote("EX-2026-0011", "cancels: whole\n", { issueDate: "2026-03-01" }), reference, { extraFiles: files() }), ID) as ReturnType<typeof lintYaml>;
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ file: "doc.yaml", line: 3, column: 12 });
    expect(m!.message).toContain("l'avoir EX-2026-0011 est daté du 1er mars 2026, avant la facture EX-2026-0010 du 10 mars 2026");
  });

  it("reports a credit note that corrects another seller's invoice, where the invoice is named", () => {
    const other = stringify(merge(baseTerms(), { seller: { id: "autre", legalName: "Autre Société" } }));
    const messages = own(lintYaml(creditNote("AU-2026-0001", "cancels: whole\n", { terms: "other-terms.yaml" }), reference, { extraFiles: files({ "other-terms.yaml": other }) }), ID) as ReturnType<typeof lintYaml>;
    expect(messages.map((m) => [m.file, m.line])).toEqual([["doc.yaml", 5]]);
    expect(messages[0]!.message).toContain("l'avoir AU-2026-0001 de Autre Société rectifie la facture EX-2026-0010 de Exemple");
  });
});

describe("credit-note-exceeds-invoice", () => {
  const ID = "credit-note-exceeds-invoice";

  it("accepts a credit note cancelling the whole invoice, and a partial one within each rate", () => {
    expect(lintYaml(creditNote("EX-2026-0011", "cancels: whole\n"), exceeds, { extraFiles: files() })).toEqual([]);
    expect(lintYaml(creditNote("EX-2026-0011", credit("Table", "2", "500.00", "20")), exceeds, { extraFiles: files() })).toEqual([]);
  });

  it("reports a credit note crediting more at one rate than the invoice charged at that rate", () => {
    // 1 000 € at 5,5 % while the invoice has only 200 € at 5,5 %: the total (1 200 €) is not exceeded, the rate is.
    const [m, ...rest] = own(lintYaml(creditNote("EX-2026-0011", credit("Livres", "20", "50.00", "5.5")), exceeds, { extraFiles: files() }), ID) as ReturnType<typeof lintYaml>;
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ file: "doc.yaml", line: 8 });
    expect(m!.message).toContain("l'avoir EX-2026-0011 crédite 1\u202f000,00\u00a0€ HT au taux 5,5\u00a0% (S), plus que les 200,00\u00a0€ HT de la facture EX-2026-0010 à ce taux");
  });

  it("reports a rate the invoice never charged", () => {
    const messages = own(lintYaml(creditNote("EX-2026-0011", credit("Table", "1", "10.00", "10")), exceeds, { extraFiles: files() }), ID);
    expect(messages).toHaveLength(1);
  });

  it("adds up the credit notes of the same invoice found in the run", () => {
    const second = creditNote("EX-2026-0012", credit("Table", "1", "600.00", "20"));
    const messages = own(lintYaml(creditNote("EX-2026-0011", credit("Table", "1", "500.00", "20")), exceeds, { extraFiles: files({ "second.yaml": second }) }), ID) as ReturnType<typeof lintYaml>;
    expect(messages.map((m) => m.file).sort()).toEqual(["doc.yaml", "second.yaml"]);
    const onFirst = messages.find((m) => m.file === "doc.yaml")!;
    expect(onFirst.message).toContain("avec les avoirs EX-2026-0012, l'avoir EX-2026-0011 porte le total crédité sur la facture EX-2026-0010 à 1\u202f100,00\u00a0€ HT");
  });

  it("accepts two partial credit notes that together stay within the invoice", () => {
    const second = creditNote("EX-2026-0012", credit("Table", "1", "500.00", "20"));
    expect(lintYaml(creditNote("EX-2026-0011", credit("Table", "1", "500.00", "20")), exceeds, { extraFiles: files({ "second.yaml": second }) })).toEqual([]);
  });
});

describe("bundled fixtures", () => {
  it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("%s: no finding from the credit-note rules", (seller) => {
    const paths = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(paths, [reference, exceeds])).toEqual([]);
  });
});
