import { readdirSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import {
  FRANCHISE_WORDING,
  INVOICE_MENTIONS,
  applicableMentions,
  containsPrinted,
  isApplicable,
  mentionContext,
  printedMentions,
  recoveryIndemnityText,
  type MentionContextInput,
} from "../../src/documents/index.js";
import rule from "../../src/lint/rules/invoice-mandatory-mention-missing.js";
import { Workspace } from "../../src/model/index.js";
import type { Invoice, LoadedInvoice, Seller, Terms } from "../../src/model/documents.js";
import { ROOT, lintRepoFiles, lintYaml, merge } from "./helpers.js";

const ID = "invoice-mandatory-mention-missing";
const DIR = "test/lint/fixtures/documents";
const own = (messages: ReturnType<typeof lintYaml>) => messages.filter((m) => m.ruleId === ID);
const where = (messages: ReturnType<typeof lintYaml>) => own(messages).map((m) => [m.file, m.line, m.column]);

function seller(patch: Record<string, unknown> = {}) {
  return merge(
    {
      kind: "seller",
      id: "test-seller",
      legalName: "Exemple",
      country: "FR",
      registeredOffice: { street: "1 rue de la Paix", postalCode: "44000", city: "Nantes", country: "FR" },
      siren: "732 829 320",
      vat: { regime: "liable", number: "FR44732829320" },
    },
    patch,
  );
}

function terms(patch: Record<string, unknown> = {}) {
  return merge(
    {
      kind: "cgv",
      id: "test-cgv",
      title: "CGV",
      language: "fr",
      audience: "b2b",
      governingLaw: "FR",
      seller: "./seller.yaml",
      payment: { termDays: 30, termBasis: "invoice-date" },
      latePayment: { penalty: { kind: "legal-rate-multiple", multiple: "3" }, recoveryIndemnity: { amount: "40" } },
      clauses: [{ id: "paiement", title: "Paiement", body: "Payable à trente jours.\n" }],
    },
    patch,
  );
}

function invoice(patch: Record<string, unknown> = {}) {
  return merge(
    {
      kind: "invoice",
      number: "FA-2026-0001",
      issueDate: "2026-03-02",
      terms: "./terms.yaml",
      client: { type: "business", name: "Client SAS", siren: "732829320", address: { street: "2 rue Neuve", postalCode: "18000", city: "Bourges", country: "FR" } },
      operationCategory: "services",
      lines: [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { rate: "20" } }],
    },
    patch,
  );
}

/** Lints an invoice next to its own terms and seller files (doc.yaml, terms.yaml, seller.yaml). */
function lint(parts: { invoice?: Record<string, unknown>; terms?: Record<string, unknown>; seller?: Record<string, unknown> } = {}) {
  return lintYaml(stringify(invoice(parts.invoice), { lineWidth: 0 }), rule, {
    asOf: "2027-12-01",
    extraFiles: { "terms.yaml": stringify(terms(parts.terms), { lineWidth: 0 }), "seller.yaml": stringify(seller(parts.seller), { lineWidth: 0 }) },
  });
}

describe(ID, () => {
  it("reports each missing mention at its own fact: in the invoice or in its terms", () => {
    const messages = lintRepoFiles([`${DIR}/mentions/invoice-missing.yaml`], rule, { asOf: "2027-12-01" });
    expect(messages.map((m) => [m.file, m.line, m.column, m.severity])).toEqual([
      [`${DIR}/mentions/invoice-missing.yaml`, 8, 1, "error"], // client: no SIREN after 2027-09-01
      [`${DIR}/mentions/invoice-missing.yaml`, 25, 10, "error"], // line 2: 0 % without exemption wording
      [`${DIR}/terms/cgv-incomplete.yaml`, 2, 1, "error"], // no penalty rate (no latePayment at all: the file's first key)
      [`${DIR}/terms/cgv-incomplete.yaml`, 2, 1, "error"], // no recovery indemnity
    ]);
    expect(messages[0]!.message).toContain("SIREN du client");
    expect(messages[1]!.message).toContain("la ligne 2");
    expect(messages[2]!.message).toContain("taux des pénalités de retard");
    expect(messages[3]!.message).toContain("indemnité forfaitaire pour frais de recouvrement de 40 €");
  });

  it("leaves the seller's identity (its VAT number here) to seller-identification-incomplete", () => {
    const messages = lintRepoFiles([`${DIR}/mentions/invoice-missing.yaml`], rule, { asOf: "2027-12-01" });
    expect(messages.filter((m) => m.file?.endsWith("seller-incomplete.yaml"))).toEqual([]);
  });

  it("accepts the same invoice with every mention provided", () => {
    expect(lintRepoFiles([`${DIR}/mentions/invoice-complete.yaml`], rule, { asOf: "2027-12-01" })).toEqual([]);
  });

  it("says it has no data for invoices issued before 1 October 2019", () => {
    const [m, ...rest] = lintRepoFiles([`${DIR}/mentions/invoice-2019.yaml`], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, line: 4, column: 12 });
    expect(m!.message).toContain("2019-10-01");
  });

  it("requires the client's SIREN from 1 September 2027 for a small issuer, not the day before", () => {
    const noSiren = { client: { siren: null } };
    expect(own(lint({ invoice: { ...noSiren, issueDate: "2027-08-31" } }))).toEqual([]);
    const [m] = own(lint({ invoice: { ...noSiren, issueDate: "2027-09-01" } }));
    expect(m).toMatchObject({ file: "doc.yaml", line: 5, column: 1 });
  });

  it("takes the SIREN from a SIRET, and asks no SIREN of a foreign or consumer client", () => {
    const after = { issueDate: "2027-10-01" };
    expect(own(lint({ invoice: { ...after, client: { siren: null, siret: "73282932000017" } } }))).toEqual([]);
    expect(own(lint({ invoice: { ...after, client: { siren: null, vatNumber: "LU15027442", address: { country: "LU", postalCode: "L-2453", city: "Luxembourg" } } } }))).toEqual([]);
    expect(own(lint({ invoice: { ...after, client: { type: "consumer", siren: null } } }))).toEqual([]);
  });

  it("asks a franchise seller's lines for the art. 293 B wording", () => {
    const franchise = { vat: { regime: "franchise", number: null } };
    const charged = own(lint({ seller: franchise }));
    expect(charged).toHaveLength(1);
    expect(charged[0]).toMatchObject({ file: "doc.yaml", line: 20, column: 7 }); // rate: "20"
    const vague = own(lint({ seller: franchise, invoice: { lines: [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { category: "exempt", reason: "TVA non applicable" } }] } }));
    expect(vague.map((m) => [m.line, m.column])).toEqual([[21, 15]]); // reason: TVA non applicable
    expect(own(lint({ seller: franchise, invoice: { lines: [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { category: "exempt", reason: FRANCHISE_WORDING } }] } }))).toEqual([]);
  });

  it("accepts any wording for a seller outside the scope of VAT (« toute autre mention », 12°)", () => {
    const lines = [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { category: "out-of-scope", reason: "TVA non applicable (prestataire non soumis à la TVA)" } }];
    expect(own(lint({ seller: { vat: { regime: "not-subject", number: null } }, invoice: { lines } }))).toEqual([]);
  });

  it("asks for the client's VAT number on a reverse-charge invoice", () => {
    const lines = [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { category: "reverse-charge", reason: "Autoliquidation, art. 196 de la directive 2006/112/CE" } }];
    const client = { vatNumber: null, address: { country: "LU", postalCode: "L-2453", city: "Luxembourg" } };
    const [m, ...rest] = own(lint({ invoice: { lines, client } }));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ file: "doc.yaml", line: 5, column: 1 });
    expect(m!.message).toContain("TVA intracommunautaire du client");
  });

  it("asks nothing of the terms for a consumer's invoice (L441-9 is B2B)", () => {
    expect(own(lint({ terms: { latePayment: null, payment: null }, invoice: { client: { type: "consumer", siren: null } } }))).toEqual([]);
  });

  it("reports a missing due date at the invoice's terms reference when neither the invoice nor the terms give it", () => {
    const [m] = own(lint({ terms: { payment: null } }));
    expect(m).toMatchObject({ file: "doc.yaml", line: 4, column: 8 });
  });

  it("takes the legal 40 € when the terms name the indemnity without an amount", () => {
    expect(own(lint({ terms: { latePayment: { recoveryIndemnity: { amount: null } } } }))).toEqual([]);
  });

  // A Luxembourg seller's invoices follow the Luxembourg VAT law (LTVA art. 63): no SIREN, no
  // L441-9 mentions (due date, penalties, indemnity), but a 0 % line needs its exemption reference.
  const LU_SELLER = { country: "LU", siren: null, registeredOffice: { street: "49, rue Gabriel Lippmann", postalCode: "L-6947", city: "Niederanven", country: "LU" }, vat: { regime: "liable", number: "LU15027442" } };
  const LU_CLIENT = { client: { type: "business", name: "Kirchberg Conseil", siren: null, address: { street: "12, rue Eugène Ruppert", postalCode: "L-2453", city: "Luxembourg", country: "LU" } } };
  it("judges a Luxembourg seller's invoice by the Luxembourg list: no French commercial-code mention is asked", () => {
    expect(own(lint({ terms: { governingLaw: "LU", latePayment: null, payment: null }, seller: LU_SELLER, invoice: LU_CLIENT }))).toEqual([]);
  });

  it("asks a Luxembourg invoice's 0 % line for its exemption reference, citing the Luxembourg VAT law", () => {
    const zero = { ...LU_CLIENT, lines: [{ description: "Conseil", quantity: "1", unitPrice: "500.00", vat: { rate: "0" } }] };
    const found = own(lint({ terms: { governingLaw: "LU", latePayment: null }, seller: LU_SELLER, invoice: zero }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("loi TVA luxembourgeoise");
    expect(found[0]!.legalBasis).toEqual(["lu.ltva.art-63"]);
    expect(found[0]!.message).toContain("12 février 1979");
  });

  it("judges a French seller's invoice by the French list even when its terms choose Luxembourg law (VAT follows the seller's establishment)", () => {
    const found = own(lint({ terms: { governingLaw: "LU", latePayment: null } }));
    expect(found.map((m) => m.message)).toEqual([
      expect.stringContaining("le taux des pénalités de retard"),
      expect.stringContaining("l'indemnité forfaitaire pour frais de recouvrement"),
    ]);
  });

  describe("bundled fixtures", () => {
    const fixtures = (seller: string) => readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);

    it.each(["altairis", "livenote", "luxoges", "petillances", "voguezen"])("%s: no finding", (seller) => {
      expect(lintRepoFiles(fixtures(seller), rule, { asOf: "2026-11-23" })).toEqual([]);
    });
  });
});

describe("src/documents/invoice-mentions.ts", () => {
  const workspace = new Workspace(ROOT);
  const context = (path: string, extra: Partial<MentionContextInput> = {}) => {
    const doc = workspace.load(path) as LoadedInvoice;
    return mentionContext({ invoice: doc.data, seller: doc.terms.seller.data, terms: doc.terms.data, ...extra });
  };

  const built = (parts: { invoice?: Record<string, unknown>; seller?: Record<string, unknown> }) =>
    mentionContext({ invoice: invoice(parts.invoice) as Invoice, seller: seller(parts.seller) as Seller, terms: terms() as Terms });
  const gapsOf = (id: string, ctx: ReturnType<typeof built>) => {
    const m = INVOICE_MENTIONS.find((x) => x.id === id)!;
    return isApplicable(m, ctx) ? m.gaps(ctx) : "not applicable";
  };

  it("lets an invoice of at most 150 € excl. VAT omit the seller's VAT number, not one of 150,01 €", () => {
    const noNumber = { vat: { regime: "liable", number: null } };
    const line = (price: string) => ({ lines: [{ description: "Conseil", quantity: "1", unitPrice: price, vat: { rate: "20" } }] });
    expect(gapsOf("seller-vat-number", built({ seller: noNumber, invoice: line("150.00") }))).toBe("not applicable");
    expect(gapsOf("seller-vat-number", built({ seller: noNumber, invoice: line("150.01") }))).toEqual([{ file: "seller", path: ["vat", "number"] }]);
  });

  it("takes a placeholder registered office for no address", () => {
    const office = { registeredOffice: { street: "En cours de domiciliation", postalCode: null, city: null, country: null } };
    expect(gapsOf("seller-name-address", built({ seller: office }))).toEqual([{ file: "seller", path: ["registeredOffice"] }]);
  });

  it("leaves seller gaps of the bundled sellers to seller-identification-incomplete: Altairis has no VAT number, VogueZen no address", () => {
    const altairis = context("fixtures/altairis/invoice-fa-2026-0041.yaml");
    expect(gapsOf("seller-vat-number", altairis)).toEqual([{ file: "seller", path: ["vat", "number"] }]);
    const voguezen = context("fixtures/voguezen/invoice-fv-2026-0057.yaml");
    expect(gapsOf("seller-name-address", voguezen)).toEqual([{ file: "seller", path: ["registeredOffice"] }]);
    expect(INVOICE_MENTIONS.filter((m) => m.lintedBy).map((m) => m.id)).toEqual(["seller-name-address", "seller-siren", "seller-vat-number"]);
  });

  it("has unique ids, French and English labels and a dated legal basis for every mention", () => {
    expect(new Set(INVOICE_MENTIONS.map((m) => m.id)).size).toBe(INVOICE_MENTIONS.length);
    for (const m of INVOICE_MENTIONS) {
      expect(m.label.fr && m.label.en && m.howToFix.fr && m.howToFix.en).toBeTruthy();
      expect(m.basis.length).toBeGreaterThan(0);
      expect(m.inForce.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("gives the texts a rendered Altairis invoice must print", () => {
    const printed = Object.fromEntries(printedMentions(context("fixtures/altairis/invoice-fa-2026-0042.yaml")).map((p) => [p.id, p.texts]));
    expect(printed["due-date"]).toEqual(["Date d'échéance : 24 mai 2026"]);
    expect(printed["recovery-indemnity"]).toEqual(["Indemnité forfaitaire pour frais de recouvrement : 40,00\u00a0€"]);
    expect(printed["late-penalty-rate"]).toEqual(["Pénalités de retard : 3 fois le taux d'intérêt légal"]);
    expect(printed["order-number"]).toEqual(["Bon de commande n° BC-2026-0187"]);
    expect(printed["vat-totals"]).toEqual(["Total HT : 3\u202f520,00\u00a0€", "TVA 20\u00a0% : 704,00\u00a0€", "Total TTC : 4\u202f224,00\u00a0€"]);
    // The seller has no VAT number: that mention applies but cannot be printed.
    expect(printed["seller-vat-number"]).toBeUndefined();
    expect(printed["operation-category"]).toBeUndefined(); // not in force for a small issuer in April 2026
  });

  it("adds the e-invoicing mentions from 1 September 2026 for a large issuer", () => {
    const ctx = context("fixtures/altairis/invoice-fa-2026-0042.yaml", { issuerSize: "large" });
    const shifted = { ...ctx, invoice: { ...ctx.invoice, issueDate: "2026-09-01" } };
    const printed = Object.fromEntries(printedMentions(shifted).map((p) => [p.id, p.texts]));
    expect(printed["operation-category"]).toEqual(["Opérations : prestations de services"]);
    expect(printed["client-siren"]).toEqual(["SIREN : 732 829 320"]);
    expect(printed["delivery-address"]).toEqual(["Adresse de livraison :", "Zone artisanale des Grands Champs, 4 rue des Scieries", "18200 Saint-Amand-Montrond"]);
  });

  it("prints the franchise wording and the reverse-charge mention when they apply", () => {
    const ctx = context("fixtures/voguezen/invoice-fv-2026-0057.yaml");
    const exempt = { ...ctx.invoice.lines[0], vat: { category: "exempt" as const, reason: FRANCHISE_WORDING } };
    const franchise = { ...ctx, seller: { ...ctx.seller, vat: { regime: "franchise" as const } }, invoice: { ...ctx.invoice, lines: [exempt] as typeof ctx.invoice.lines } };
    expect(printedMentions(franchise).find((p) => p.id === "vat-exemption")?.texts).toEqual([FRANCHISE_WORDING]);
    const line = { ...ctx.invoice.lines[0], vat: { category: "reverse-charge" as const, reason: "Autoliquidation" } };
    const reverse = { ...ctx, invoice: { ...ctx.invoice, lines: [line] as typeof ctx.invoice.lines } };
    expect(applicableMentions(reverse).map((m) => m.id)).toEqual(expect.arrayContaining(["reverse-charge", "client-vat-number"]));
  });

  it("prints the legal 40 € when the terms name the indemnity without an amount, and a percentage with its minimum", () => {
    const printed = Object.fromEntries(printedMentions(context("fixtures/livenote/invoice-ln-2020-0001.yaml")).map((p) => [p.id, p.texts]));
    expect(printed["recovery-indemnity"]).toEqual(["Indemnité forfaitaire pour frais de recouvrement : 40,00\u00a0€"]);
    expect(printed["vat-exemption"]).toEqual(["TVA non applicable (prestataire non soumis à la TVA)"]);
    expect(printed["vat-totals"]).toEqual(["Total HT : 540,00\u00a0€"]);
    expect(recoveryIndemnityText({ percentOfBalance: 10, amount: "40" }, "EUR")).toBe("10\u00a0% du solde restant dû, minimum 40,00\u00a0€");
  });

  // Before the Luxembourg profile, this list was empty and a Pétillances invoice linted clean.
  it("lists the Luxembourg VAT mentions for a Luxembourg seller's invoice, with their basis", () => {
    const ctx = context("fixtures/petillances/invoice-fp-2026-0118.yaml");
    expect(ctx.profile).toBe("LU");
    expect(applicableMentions(ctx).map((m) => m.id)).toEqual([
      "seller-name-address",
      "seller-vat-number",
      "client-name-address",
      "issue-date",
      "invoice-number",
      "line-details",
      "line-vat",
      "vat-totals",
    ]);
    expect(applicableMentions(ctx).every((m) => m.basis.every((b) => b.code.includes("12 février 1979")))).toBe(true);
    // Its seller has no VAT number: that mention cannot be printed.
    expect(printedMentions(ctx).map((m) => m.id)).not.toContain("seller-vat-number");
  });

  it("matches printed texts in extracted PDF text whatever the spacing and line breaks", () => {
    const pdfText = "Indemnité forfaitaire pour frais\nde recouvrement :  40,00 €\fTotal HT : 3 520,00 €";
    expect(containsPrinted(pdfText, "Indemnité forfaitaire pour frais de recouvrement : 40,00\u00a0€")).toBe(true);
    expect(containsPrinted(pdfText, "Total HT : 3\u202f520,00\u00a0€")).toBe(true);
    expect(containsPrinted(pdfText, "Total TTC : 3\u202f520,00\u00a0€")).toBe(false);
  });
});
