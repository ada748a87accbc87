// A client document explains in plain French sentences (issue #10): the refund statements showed
// `2,308471… → 2,31 €`, `max(522,99 € − 871,65 € ; 0)`, `2026-11-23T16:00:00+01:00`, and a deduction
// printed 16,00 € beside « Moins la réduction… ». `compute` keeps its formulas (test/money/steps.test.ts).
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { localizedInstant } from "../../src/money/index.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml } from "../../src/render/templates.js";
import { ROOT } from "../helpers/cli.js";

const workspace = new Workspace(ROOT);
function textOf(path: string): string {
  const doc = workspace.load(join(ROOT, path));
  if (!doc || doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") throw new Error(`${path} ne se charge pas`);
  const html = renderHtml(viewOf(doc as RenderableDocument), { header: "", headerRight: "", footer: "" });
  const body = html.slice(html.indexOf("<body"));
  return body.replace(/<[^>]+>/g, " ").replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&quot;/g, '"').replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ");
}

const fixtures = readdirSync(join(ROOT, "fixtures"))
  .filter((d) => d !== "invalid")
  .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => /^(refund|credit-note)-/.test(f)).map((f) => `fixtures/${d}/${f}`));

/** What a client must not have to read: working, not sentences. */
const RAW_WORKING: [string, RegExp][] = [
  ["arrow", /→/],
  ["max(…;…)", /max\s*\(/i],
  ["ISO timestamp", /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ["ISO date", /\b\d{4}-\d{2}-\d{2}\b/],
  ["truncated decimal", /\d,\d+…/],
  ["equation", /\s=\s/],
  ["multiplication", /\s×\s/],
];

describe("refund statements and credit notes explain in plain French", () => {
  it.each(fixtures)("%s shows no formula, arrow, max(…) or ISO timestamp", (path) => {
    const text = textOf(path);
    const found = RAW_WORKING.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${name}: ${pattern(text, name)}`);
    expect(found).toEqual([]);
  });

  it("the Pétillances late cancellation gives its notice as dates and hours", () => {
    const text = textOf("fixtures/petillances/refund-nc-2026-0008.yaml");
    expect(text).toContain("annulation le 23 novembre 2026 à 16 h, début de la prestation le 24 novembre 2026 à 14 h, soit 22 heures");
    expect(text).toContain("Frais d'annulation de 100 % du montant de la commande quel que soit le préavis");
    expect(textOf("fixtures/petillances/refund-nc-2026-0007.yaml")).toContain("Frais d'annulation de 50 % du montant de la commande pour un préavis d'au moins 15 jours ouvrables");
  });

  it("the Altairis refund prints the rounded interest once, not its unrounded parts", () => {
    const text = textOf("fixtures/altairis/refund-av-2026-0003.yaml");
    expect(text).toContain("Du 10 avril 2026 au 15 juin 2026 (67 jours), au taux annuel de 2,62 %");
    expect(text).toContain("Intérêts au taux légal, arrondis au centime sur le total 2,31 €");
  });
});

describe("a deduction is printed negative", () => {
  it("the Livenote plan refund: −16,00 € for the discount on the months used", () => {
    const text = textOf("fixtures/livenote/refund-rb-2020-0001.yaml");
    expect(text).toMatch(/facturés au tarif de base de 49,00 € par mois au lieu de 45,00 € [-−]16,00 €/);
    expect(text).not.toMatch(/[^-−]16,00 €/);
  });

  it("an invoice allowance is negative in the totals, a charge positive", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-allowance-"));
    try {
      copyFileSync(join(ROOT, "test/render/fixtures/special/reverse-terms.yaml"), join(dir, "terms.yaml"));
      writeFileSync(
        join(dir, "invoice.yaml"),
        [
          "kind: invoice",
          "number: CO-2026-0102",
          'issueDate: "2026-05-29"',
          "terms: ./terms.yaml",
          "operationCategory: services",
          "client: { type: business, name: Menuiserie Roy, siren: \"732829320\", address: { street: 1 rue Haute, postalCode: \"18000\", city: Bourges, country: FR } }",
          "lines:",
          '  - { description: Conseil, quantity: 2, unit: jour, unitPrice: "800.00", vat: { rate: "20" } }',
          "allowancesCharges:",
          '  - { kind: allowance, reason: Remise de fidélité, amount: "16.00", vat: { rate: "20" } }',
          '  - { kind: charge, reason: Frais de dossier, amount: "10.00", vat: { rate: "20" } }',
        ].join("\n"),
      );
      const doc = new Workspace(dir).load(join(dir, "invoice.yaml"));
      if (!doc || doc.kind !== "invoice") throw new Error("facture attendue");
      const html = renderHtml(viewOf(doc), { header: "", headerRight: "", footer: "" }).replace(/&nbsp;|[\u00a0\u202f]/g, " ").replace(/&#x27;/g, "'");
      expect(html).toMatch(/Remise : Remise de fidélité :<\/th>\s*<td class="amount">[-−]16,00 €/);
      expect(html).toMatch(/Frais : Frais de dossier :<\/th>\s*<td class="amount">10,00 €/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the Pétillances cancellation: the fee kept out of what was paid is negative", () => {
    expect(textOf("fixtures/petillances/refund-nc-2026-0008.yaml")).toMatch(/Frais d'annulation : [-−]760,50 €/);
  });
});

describe("localizedInstant", () => {
  it.each([
    ["2026-11-23T16:00:00+01:00", "23 novembre 2026 à 16 h", "23 November 2026 at 16:00"],
    ["2026-11-01T09:30:00Z", "1er novembre 2026 à 9 h 30", "1 November 2026 at 09:30"],
    ["2026-03-29 00:05+02:00", "29 mars 2026 à 0 h 05", "29 March 2026 at 00:05"],
  ])("%s → %s", (iso, fr, en) => {
    expect(localizedInstant(iso).text).toEqual({ fr, en });
  });
  it("refuses what is not an instant", () => {
    expect(() => localizedInstant("2026-11-23")).toThrow();
    expect(() => localizedInstant("2026-11-23T25:00:00Z")).toThrow();
  });
});

function pattern(text: string, name: string): string {
  const re = RAW_WORKING.find(([n]) => n === name)![1];
  const at = text.search(re);
  return text.slice(Math.max(0, at - 40), at + 40);
}
