// Document structure, read back from the PDFs. Bookmarks (`qpdf --json`): numbers spaced from titles
// (« 2.1 Services proposés »), nested by number, each on the page that prints its heading, no
// doubled entry; a quote has its own entry then its appended terms; the bound Luxogés CGT+CGU has
// an entry for the CGU. Page 1 (pdftotext): the seller's name and the document's number printed once
// above the parties, a logo in the logo slot, the delivery address in the client's column.
// One browser for the file.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument, type RenderOptions } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
const hasQpdf = (() => {
  try {
    execFileSync("qpdf", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();

interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

function bookmarksOf(file: string): Bookmark[] {
  const json = JSON.parse(execFileSync("qpdf", ["--json", "--json-key=outlines", file], { encoding: "utf8" }));
  const read = (items: { title: string; destpageposfrom1: number; kids: unknown[] }[]): Bookmark[] =>
    items.map((o) => ({ title: o.title, page: o.destpageposfrom1, kids: read(o.kids as typeof items) }));
  return read(json.outlines);
}

const flatten = (items: Bookmark[], depth = 0): (Bookmark & { depth: number })[] =>
  items.flatMap((b) => [{ ...b, depth }, ...flatten(b.kids, depth + 1)]);

/** Every internal link of the file: the page it is on and the page its named destination opens (-1: none). */
async function linksOf(file: string): Promise<{ from: number; to: number }[]> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const refs = pdf.getPages().map((p) => p.ref);
  const dests = pdf.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  return pdf.getPages().flatMap((page, from) =>
    (page.node.lookupMaybe(PDFName.of("Annots"), PDFArray)?.asArray() ?? []).flatMap((ref) => {
      const dest = (pdf.context.lookup(ref) as PDFDict).get(PDFName.of("Dest"));
      if (!(dest instanceof PDFName)) return [];
      const target = dests?.lookupMaybe(dest, PDFArray)?.get(0);
      return [{ from, to: refs.findIndex((r) => r === target) }];
    }),
  );
}

const squeeze = (s: string) => s.replace(/[\s\u00a0\u202f\u2019']+/g, "");

describe.skipIf(!chromium || !hasQpdf)("PDF outline (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const scratch = mkdtempSync(join(tmpdir(), "clausier-outline-test-"));
  const workspace = new Workspace(ROOT);
  const options: RenderOptions = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };
  const render = async (path: string, bind = false, from = workspace) => {
    const doc = from.load(path) as RenderableDocument;
    if (!doc) throw new Error(`${path} ne se charge pas : ${JSON.stringify(from.allDiagnostics())}`);
    const result = await new DocumentRenderer(printer, { ...options, bind }).render(doc);
    const file = join(scratch, `${path.replace(/\W+/g, "-").slice(-60)}.pdf`);
    writeFileSync(file, result.outputs.find((o) => o.name.endsWith(".pdf"))!.content as Uint8Array);
    return file;
  };
  const pageText = (file: string, page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" });

  beforeAll(async () => {
    printer = await PdfPrinter.start();
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("terms: spaced numbers, nesting by number, each entry on the page of its heading", async () => {
    const file = await render("terms/altairis/cgv.yaml");
    const [root, ...others] = bookmarksOf(file);
    expect(others).toEqual([]);
    expect(root!.title).toBe("Conditions générales de vente");
    const services = root!.kids.find((b) => b.title === "2. Services");
    expect(services?.kids.map((b) => b.title)).toContain("2.1 Services proposés");
    expect(services?.kids.find((b) => b.title === "2.2 Accès aux Services")?.kids.map((b) => b.title)).toContain("2.2.1 Commandes en ligne");
    const all = flatten(root!.kids);
    for (const b of all) {
      // A number always followed by a space, never run into the title.
      expect(b.title).not.toMatch(/^\d+(\.\d+)*\.?[^\s\d.]/);
      expect(b.title).not.toMatch(/^[A-ZÉ\s]{6,}$/);
      const heading = b.title.replace(/^(\d+(\.\d+)*)\.? /, "");
      expect(squeeze(pageText(file, b.page)), `${b.title} p. ${b.page}`).toContain(squeeze(heading));
    }
    expect(new Set(all.map((b) => b.title)).size).toBe(all.length);
    // Clauses after the contents page point past it (the contents list every title on page 1).
    expect(all[all.length - 1]!.page).toBeGreaterThan(2);
    expect(all.map((b) => b.page)).toEqual([...all.map((b) => b.page)].sort((a, b) => a - b));
  }, 60_000);

  it("the bound Luxogés CGT + CGU: one entry per document, the CGU where its pages start", async () => {
    const alone = bookmarksOf(await render("terms/luxoges/cgt.yaml"));
    const cgtPages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(scratch, "terms-luxoges-cgt-yaml.pdf")], { encoding: "utf8" }))?.[1]);
    const bound = bookmarksOf(await render("terms/luxoges/cgt.yaml", true));
    expect(bound).toHaveLength(2);
    expect(bound[0]).toEqual(alone[0]);
    expect(bound[1]!.title).toMatch(/conditions générales d'utilisation/);
    expect(bound[1]!.page).toBe(cgtPages + 1);
    expect(bound[1]!.kids.length).toBeGreaterThan(0);
    expect(bound[1]!.kids.every((b) => b.page > cgtPages)).toBe(true);
    // Each document's contents link to its own clauses.
    const links = await linksOf(join(scratch, "terms-luxoges-cgt-yaml.pdf"));
    expect(links.length).toBeGreaterThan(10);
    for (const { from, to } of links) expect(to >= 0 && from < cgtPages === to < cgtPages, `${from} → ${to}`).toBe(true);
  }, 60_000);

  it("a quote: its own entry on page 1, then its appended terms with their clauses", async () => {
    const marks = bookmarksOf(await render("fixtures/livenote/quote-dl-2020-0004.yaml"));
    expect(marks.map((b) => [b.title, b.kids.length > 0])).toEqual([
      ["Devis n° DL-2020-0004", false],
      ["Conditions générales de vente", true],
    ]);
    expect(marks[0]!.page).toBe(1);
    expect(marks[1]!.page).toBeGreaterThan(1);
    // The appended terms' contents still link to their clauses.
    const links = await linksOf(join(scratch, "fixtures-livenote-quote-dl-2020-0004-yaml.pdf"));
    expect(links.length).toBeGreaterThan(5);
    for (const { from, to } of links) expect(to, `page ${from + 1}`).toBeGreaterThanOrEqual(from);
  }, 60_000);

  /** Page 1's text above the parties (masthead and running header), with the seller's and the document's names. */
  const masthead = (file: string) => {
    const text = pageText(file, 1);
    const end = text.search(/ÉMETTEUR|VENDEUR|ÉDITEUR/);
    expect(end).toBeGreaterThan(0);
    return text.slice(0, end);
  };
  const count = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

  it.each([
    ["fixtures/altairis/invoice-fa-2026-0042.yaml", "Altairis", "FA-2026-0042"],
    ["fixtures/petillances/quote-of-2026-0031.yaml", "Pétillances", "OF-2026-0031"],
    ["fixtures/livenote/refund-rb-2020-0001.yaml", "Livenote", "RB-2020-0001"],
    ["fixtures/petillances/credit-note-fp-2026-0120.yaml", "Pétillances", "FP-2026-0120"],
    ["terms/luxoges/cgt.yaml", "Alliance Développement", "conditions générales tarifaires"],
  ])("%s: page 1 prints the seller's name and what the document is once above the parties", async (path, seller, number) => {
    const file = await render(path);
    const head = masthead(file);
    expect(count(head, seller), head).toBe(1);
    expect(count(head, number), head).toBe(1);
    // The running header is back from page 2 on.
    if (path.includes("quote")) expect(pageText(file, 2).split("\n")[0]).toContain(seller);
  }, 60_000);

  it("the delivery address has its own block, in the client's column", async () => {
    const file = await render("fixtures/petillances/quote-of-2026-0031.yaml");
    const bbox = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", file, "-"], { encoding: "utf8" });
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), word: m[2]! }));
    const x = (word: string) => words.find((w) => w.word === word)!.x;
    expect(x("Lieu")).toBeGreaterThan(595 / 2);
    expect(Math.abs(x("Lieu") - x("CLIENT"))).toBeLessThan(20);
  }, 60_000);

  it("a seller's logo fills the logo slot on page 1, in place of the name", async () => {
    // A 1×1 PNG, in a copy of the Altairis project whose seller file names it.
    const project = join(scratch, "branded");
    cpSync(join(ROOT, "terms/altairis"), join(project, "terms/altairis"), { recursive: true });
    mkdirSync(join(project, "fixtures/altairis"), { recursive: true });
    cpSync(join(ROOT, "fixtures/altairis/quote-dev-2026-0012.yaml"), join(project, "fixtures/altairis/quote.yaml"));
    writeFileSync(join(project, "terms/altairis/logo.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
    const sellerFile = join(project, "terms/altairis/seller.yaml");
    writeFileSync(sellerFile, `${readFileSync(sellerFile, "utf8")}\nbranding:\n  logo: logo.png\n`);
    const file = await render(join(project, "fixtures/altairis/quote.yaml"), false, new Workspace(project));
    const images = execFileSync("pdfimages", ["-f", "1", "-l", "1", "-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(images.length).toBeGreaterThanOrEqual(1);
    expect(count(masthead(file), "Altairis")).toBe(0);
  }, 60_000);
});
