// Mentions and amounts on client documents (issue #10 item 5): a line priced TTC shows its unit
// price HT too (CGI ann. II art. 242 nonies A I 8°); a seller that charges no VAT prints one amount
// column and the wording that says why (« TVA non applicable, art. 293 B du CGI » for the franchise),
// never « Hors champ » or an HT/TTC split; the intra-EU supply of goods its dated 262 ter I wording.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mentionContext, printedMentions } from "../../src/documents/index.js";
import { Workspace, type LoadedInvoice } from "../../src/model/index.js";
import { computeTotals } from "../../src/money/index.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml } from "../../src/render/templates.js";
import { ROOT } from "../helpers/cli.js";

const workspace = new Workspace(ROOT);
function load(path: string): RenderableDocument {
  const doc = workspace.load(join(ROOT, path));
  if (!doc || doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") throw new Error(`${path} ne se charge pas`);
  return doc;
}
/** The body's text, tags and entities out, spaces squashed. */
function textOf(path: string): string {
  const html = renderHtml(viewOf(load(path)), { header: "", headerRight: "", footer: "" });
  return html
    .slice(html.indexOf("<body"))
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&nbsp;/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ");
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe("unit price HT beside a TTC unit price", () => {
  it("computeTotals gives TTC ÷ (1 + rate) to 4 decimals, before the line discount", () => {
    const totals = computeTotals({
      pricesInclude: "TTC",
      lines: [
        { description: "a", quantity: "3", unitPrice: "29.90", vat: { rate: "20" } },
        { description: "b", quantity: "1", unitPrice: "10.00", discountPercent: "10", vat: { rate: "5.5" } },
        { description: "c", quantity: "1", unitPrice: "12.00", vat: { category: "exempt", reason: "Exonération" } },
      ],
    });
    expect(totals.lines.map((l) => l.unitNet?.toString())).toEqual(["24.9167", "9.4787", "12"]);
    expect(computeTotals({ lines: [{ description: "a", quantity: "1", unitPrice: "10", vat: { rate: "20" } }] }).lines[0]!.unitNet).toBeUndefined();
  });

  it("the Luxogés invoice prints P.U. TTC and P.U. HT on each line", () => {
    const text = textOf("fixtures/luxoges/invoice-lx-2026-0412.yaml");
    expect(text).toContain("P.U. TTC P.U. HT TVA Montant HT Montant TTC");
    expect(text).toContain("1 mois 29,90 € 24,9167 € 20 % 24,92 € 29,90 €");
    expect(text).toContain("1 mois 10,00 € 8,3333 € 20 % 8,33 € 10,00 €");
  });

  it("an HT-priced invoice keeps its single P.U. HT column", () => {
    const text = textOf("fixtures/altairis/invoice-fa-2026-0042.yaml");
    expect(count(text, "P.U. HT")).toBe(1);
    expect(text).not.toContain("P.U. TTC");
  });
});

describe("a seller that charges no VAT", () => {
  it("franchise en base: « TVA non applicable, art. 293 B du CGI » once, one amount column, no VAT breakdown", () => {
    const text = textOf("test/render/fixtures/special/invoice-franchise.yaml");
    expect(count(text, "TVA non applicable, art. 293 B du CGI")).toBe(1);
    expect(text).toContain("Désignation Qté Unité Prix unitaire Montant Reliure");
    expect(text).not.toMatch(/Exonéré|Hors champ|Montant HT|Montant TTC|P\.U\.|Récapitulatif de la TVA|Base HT/);
  });

  it("not subject to VAT (Livenote, prices said TTC): its own reason, no « Hors champ », no HT/TTC split", () => {
    for (const path of ["fixtures/livenote/invoice-ln-2020-0001.yaml", "fixtures/livenote/quote-dl-2020-0004.yaml"]) {
      const text = textOf(path);
      expect(text, path).toContain("TVA TVA non applicable (prestataire non soumis à la TVA)");
      expect(text, path).not.toMatch(/Hors champ|Montant HT|Montant TTC|P\.U\. TTC|P\.U\. HT|Récapitulatif de la TVA/);
    }
  });

  it("a VAT-liable seller still prints its VAT breakdown", () => {
    expect(textOf("fixtures/altairis/invoice-fa-2026-0042.yaml")).toContain("Récapitulatif de la TVA");
  });
});

describe("the dated exemption wordings on invoices", () => {
  const ctx = () => {
    const invoice = load("fixtures/voguezen/invoice-fv-2026-0057.yaml") as LoadedInvoice;
    return mentionContext({ invoice: invoice.data, seller: invoice.terms.seller.data, terms: invoice.terms.data });
  };
  const withLine = (vat: Record<string, string>, issueDate?: string) => {
    const c = ctx();
    const line = { ...c.invoice.lines[0]!, vat } as (typeof c.invoice.lines)[number];
    return { ...c, invoice: { ...c.invoice, issueDate: issueDate ?? c.invoice.issueDate, lines: [line] } };
  };
  const printed = (c: ReturnType<typeof withLine>, id: string) => printedMentions(c).find((p) => p.id === id)?.texts;

  it("an intra-EU supply of goods prints « Exonération de TVA, article 262 ter I du CGI », whatever reason the line gives", () => {
    expect(printed(withLine({ category: "intra-eu-goods", reason: "Livraison intracommunautaire" }), "vat-exemption")).toEqual(["Exonération de TVA, article 262 ter I du CGI"]);
  });

  it("reverse charge prints « Autoliquidation »", () => {
    expect(printed(withLine({ category: "reverse-charge", reason: "Article 196 de la directive 2006/112/CE" }), "reverse-charge")).toEqual(["Autoliquidation"]);
  });

  it("after the data (no CIBS wording is guessed), the reason the invoice wrote", () => {
    expect(printed(withLine({ category: "intra-eu-goods", reason: "Exonération, art. à venir du CIBS" }, "2028-07-01"), "vat-exemption")).toEqual(["Exonération, art. à venir du CIBS"]);
  });
});
