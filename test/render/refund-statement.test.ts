// A refund statement is a payment statement, never a credit note: the Pétillances cancellation used
// to print « Avoir n° NC-2026-0007 » of 0,00 € with « Reste dû par le client : 348,66 € » as its main
// bar. Avoirs are credit-note documents with their own HT / TVA / TTC. No browser needed.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { derive, valueOf } from "../../src/documents/index.js";
import { Workspace } from "../../src/model/index.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml } from "../../src/render/templates.js";
import { ROOT } from "../helpers/cli.js";

const workspace = new Workspace(ROOT);
function load(path: string): RenderableDocument {
  const doc = workspace.load(join(ROOT, path));
  if (!doc || doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") throw new Error(`${path} ne se charge pas`);
  return doc;
}
const html = (path: string) => {
  const view = viewOf(load(path));
  return { view, text: renderHtml(view, { header: "", headerRight: "", footer: "" }) };
};
const fixtures = (prefix: string) =>
  readdirSync(join(ROOT, "fixtures"))
    .filter((d) => d !== "invalid")
    .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => f.startsWith(prefix)).map((f) => `fixtures/${d}/${f}`));

describe("no document prints an avoir of 0,00 €", () => {
  it.each(fixtures("refund-"))("%s is a statement, not an avoir", (path) => {
    const { view, text } = html(path);
    expect(view.title).toMatch(/^(Relevé de remboursement|Décompte) n° /);
    expect(text).not.toMatch(/Avoir n°\s*[A-Z]{2}-\d{4}-\d{4}<|présent avoir/);
  });

  it.each(fixtures("credit-note-"))("%s credits a positive amount", (path) => {
    const doc = load(path);
    if (doc.kind !== "credit-note") throw new Error("avoir attendu");
    expect(valueOf(derive(doc).totals).totalGross.greaterThan(0)).toBe(true);
  });
});

describe("the Pétillances cancellation", () => {
  it("shows the client's account: invoice, avoir, fee invoice, deposit, 348,66 € still due", () => {
    const { view, text } = html("fixtures/petillances/refund-nc-2026-0007.yaml");
    expect(view.title).toBe("Décompte n° NC-2026-0007");
    if (view.kind !== "refund") throw new Error("relevé attendu");
    expect(view.account?.map((r) => [r.label, r.value, r.emphasis])).toEqual([
      ["Facture n° FP-2026-0118 du 23 novembre 2026", "1\u202f743,30\u00a0€", false],
      ["Avoir n° FP-2026-0120 du 23 novembre 2026", "-1\u202f743,30\u00a0€", false],
      ["Facture des frais n° FP-2026-0121 du 23 novembre 2026", "871,65\u00a0€", false],
      ["Sommes versées par le client", "-522,99\u00a0€", false],
      ["Reste dû par le client", "348,66\u00a0€", true],
    ]);
    expect(view.inWords).toBeNull();
    expect(text).toContain("Compte du client");
  });

  it("cancels the 1 743,30 € invoice with an avoir of 1 743,30 € (HT 1 490,00 €, TVA 17 % 253,30 €)", () => {
    const doc = load("fixtures/petillances/credit-note-fp-2026-0120.yaml");
    if (doc.kind !== "credit-note") throw new Error("avoir attendu");
    const totals = valueOf(derive(doc).totals);
    expect([totals.totalNet, totals.totalVat, totals.totalGross].map((d) => d.toFixed(2))).toEqual(["1490.00", "253.30", "1743.30"]);
  });
});

describe("the Livenote refund stays exact", () => {
  it("RB-2020-0001 refunds 344,00 €", () => {
    const doc = load("fixtures/livenote/refund-rb-2020-0001.yaml");
    if (doc.kind !== "refund") throw new Error("relevé attendu");
    expect(valueOf(derive(doc).statement).total.toFixed(2)).toBe("344.00");
    expect(html("fixtures/livenote/refund-rb-2020-0001.yaml").view.title).toBe("Relevé de remboursement n° RB-2020-0001");
  });
});
