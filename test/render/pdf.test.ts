// PDF side: every invoice fixture carries its mandatory mentions (checked with pdftotext against
// src/documents/invoice-mentions.ts), fixed amounts, byte-identical output, page numbering, embedded
// fonts, and a page that never fetches anything. One browser for the whole file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containsPrinted, INVOICE_MENTIONS, mentionContext, printedMentions } from "../../src/documents/index.js";
import { printedIn, textOf } from "../helpers/pdf-text.js";
import { Workspace, type LoadedInvoice } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { FONT_ORIGIN } from "../../src/render/fonts.js";
import { DocumentRenderer, type RenderableDocument, type RenderOptions } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/render/pdf.test.ts : aucun Chromium (CLAUSIER_CHROMIUM, /usr/bin/chromium…) : tests PDF ignorés");

const scratch = mkdtempSync(join(tmpdir(), "clausier-pdf-test-"));
let seq = 0;

function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8" });
}

/** Writes the PDF to a scratch file for the poppler tools. */
function saved(pdf: Uint8Array): string {
  const path = join(scratch, `doc-${++seq}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [file]))?.[1]);

function load(workspace: Workspace, path: string): RenderableDocument {
  const doc = workspace.load(path);
  if (!doc || doc.kind === "seller" || doc.kind === "config") throw new Error(`${path} ne se charge pas : ${JSON.stringify(workspace.allDiagnostics())}`);
  return doc;
}

const invoiceFixtures = [
  ...readdirSync(join(ROOT, "fixtures"))
    .filter((d) => d !== "invalid")
    .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => f.startsWith("invoice-")).map((f) => `fixtures/${d}/${f}`)),
  // The VAT cases no bundled seller has: franchise en base, and reverse charge with the VAT-on-debits option.
  "test/render/fixtures/special/invoice-franchise.yaml",
  "test/render/fixtures/special/invoice-reverse-charge.yaml",
];

describe.skipIf(!chromium)("PDF rendering (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const workspace = new Workspace(ROOT);
  const options: RenderOptions = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };
  const render = async (path: string, extra: Partial<RenderOptions> = {}) => {
    const result = await new DocumentRenderer(printer, { ...options, ...extra }).render(load(workspace, path));
    const pdf = result.outputs.find((o) => o.name.endsWith(".pdf"))?.content as Uint8Array;
    return { pdf, file: saved(pdf), requests: result.requests };
  };

  beforeAll(async () => {
    printer = await PdfPrinter.start();
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(invoiceFixtures)("%s prints every mandatory mention of src/documents/invoice-mentions.ts", async (path) => {
    const invoice = load(workspace, path) as LoadedInvoice;
    const { file } = await render(path);
    const text = textOf(file);
    const ctx = mentionContext({ invoice: invoice.data, seller: invoice.terms.seller.data, terms: invoice.terms.data });
    // The applicable mentions, and the others the generator prints whatever the date or the law.
    const expected = [
      ...printedMentions(ctx).flatMap((m) => m.texts.map((t) => [m.id, t])),
      ...INVOICE_MENTIONS.filter((m) => m.appliesWhen(ctx) && m.present(ctx)).flatMap((m) => m.printed(ctx).map((t) => [m.id, t])),
    ];
    expect(expected.length).toBeGreaterThan(0);
    const missing = expected.filter(([, t]) => !printedIn(text, t!));
    expect(missing).toEqual([]);
  });

  it.each([
    ["test/render/fixtures/special/invoice-franchise.yaml", ["TVA non applicable, art. 293 B du CGI"]],
    ["test/render/fixtures/special/invoice-reverse-charge.yaml", ["Autoliquidation", "débits", "BE0403170701", "PO-88412", "Havenlaan"]],
  ] as const)("%s prints its special VAT wording", async (path, words) => {
    const text = textOf((await render(path)).file);
    for (const w of words) expect(printedIn(text, w), w).toBe(true);
  });

  it("the Livenote refund statement prints 344,00 €", async () => {
    const { file } = await render("fixtures/livenote/refund-rb-2020-0001.yaml");
    const { raw } = textOf(file);
    expect(containsPrinted(raw, "344,00 €")).toBe(true);
    expect(containsPrinted(raw, "trois cent quarante-quatre euros")).toBe(true);
    expect(containsPrinted(raw, "n° LN-2020-0001 du 1er janvier 2020")).toBe(true);
  });

  it("two renders are byte-identical, with the document's date and a content ID", async () => {
    const a = await render("fixtures/altairis/invoice-fa-2026-0042.yaml");
    const b = await render("fixtures/altairis/invoice-fa-2026-0042.yaml");
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    const info = tool("pdfinfo", ["-isodates", a.file]);
    expect(info).toMatch(/CreationDate:\s+2026-04-24T12:00:00/);
    expect(info).toMatch(/Producer:\s+Clausier test/);
    expect(info).toMatch(/Author:\s+Altairis/);
    expect(tool("qpdf", ["--show-object=trailer", a.file])).toMatch(/\/ID \[ <[0-9a-fA-F]{32}> <[0-9a-fA-F]{32}> \]/);
    // Terms carry bookmarks: their PDF is stable too, printed after other documents or not.
    const c = await render("terms/luxoges/cgu.yaml");
    const d = await render("terms/luxoges/cgu.yaml");
    expect(Buffer.from(c.pdf).equals(Buffer.from(d.pdf))).toBe(true);
  });

  it("a quote carries its CGV as pages of the same PDF, numbered « page X / Y » throughout", async () => {
    const { file } = await render("fixtures/livenote/quote-dl-2020-0004.yaml");
    const pages = pagesOf(file);
    expect(pages).toBeGreaterThan(2);
    const sizes = tool("pdfinfo", ["-f", "1", "-l", String(pages), file]).split("\n").filter((l) => /^Page +\d+ size:/.test(l));
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size).toMatch(/\(A4\)$/);
    const { layout } = textOf(file);
    for (let i = 1; i <= pages; i++) expect(layout).toContain(`Devis n° DL-2020-0004 — page ${i} / ${pages}`);
    expect(layout).toContain("Bon pour accord");
    expect(layout).toContain("Conditions générales de vente");
  });

  it("--bind puts the Luxogés CGT and CGU in one PDF", async () => {
    const cgt = pagesOf((await render("terms/luxoges/cgt.yaml")).file);
    const cgu = pagesOf((await render("terms/luxoges/cgu.yaml")).file);
    const { file } = await render("terms/luxoges/cgt.yaml", { bind: true });
    expect(pagesOf(file)).toBe(cgt + cgu);
    const { raw } = textOf(file);
    expect(raw).toContain("conditions générales tarifaires");
    expect(raw).toContain("conditions générales d'utilisation");
    expect(raw).toContain(`page ${cgt + cgu} / ${cgt + cgu}`);
  });

  it("--attach-source attaches the data file", async () => {
    const { file } = await render("fixtures/altairis/invoice-fa-2026-0041.yaml", { attachSource: true });
    expect(tool("pdfdetach", ["-list", file])).toContain("invoice-fa-2026-0041.yaml");
  });

  it("embeds every font (pdffonts: emb yes)", async () => {
    for (const path of ["terms/voguezen/cgv.yaml", "fixtures/altairis/refund-av-2026-0003.yaml", "fixtures/petillances/quote-of-2026-0031.yaml"]) {
      const rows = tool("pdffonts", [(await render(path)).file]).split("\n").slice(2).filter(Boolean);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).at(-5), `${path}: ${row}`).toBe("yes");
    }
  });

  it("untrusted text is printed as text and the page requests nothing but its own data: URLs and the bundled fonts", async () => {
    const dir = join(scratch, "untrusted");
    mkdirSync(dir, { recursive: true });
    const terms = join(ROOT, "terms/altairis/cgv.yaml");
    writeFileSync(
      join(dir, "invoice.yaml"),
      [
        "kind: invoice",
        "number: FA-2026-9999",
        'issueDate: "2026-04-24"',
        `terms: ${JSON.stringify(terms)}`,
        "client:",
        "  type: business",
        `  name: '<img src="file:///etc/passwd">'`,
        "  address:",
        `    street: '<img src="http://example.com/pixel.png"> <link rel=stylesheet href="https://example.com/x.css">'`,
        "    city: Bourges",
        "operationCategory: services",
        "lines:",
        `  - description: '<script>document.title="pwned"</script><iframe src="http://example.com/"></iframe>'`,
        '    quantity: "1"',
        '    unitPrice: "10.00"',
        '    vat: { rate: "20" }',
      ].join("\n"),
    );
    const ws = new Workspace(dir, undefined, { root: "/" }); // the invoice cites the bundled terms, outside dir
    const doc = load(ws, join(dir, "invoice.yaml"));
    const result = await new DocumentRenderer(printer, options).render(doc);
    // The fonts' internal URLs are answered from memory by the printer (src/render/fonts.ts).
    expect(result.requests.filter((url) => !url.startsWith("data:") && !url.startsWith(FONT_ORIGIN))).toEqual([]);
    const { raw } = textOf(saved(result.outputs[0]!.content as Uint8Array));
    expect(raw).toContain('<img src="file:///etc/passwd">');
    expect(raw).toContain('<img src="http://example.com/pixel.png">');
    expect(raw).toContain("<script>");
  });
});
