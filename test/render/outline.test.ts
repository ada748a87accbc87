// PDF bookmarks, read back with `qpdf --json`: numbers spaced from titles (« 2.1 Services proposés »),
// nested by number, each on the page that prints its heading, no doubled entry; a quote has its
// own entry then its appended terms; the bound Luxogés CGT+CGU has an entry for the CGU.
// One browser for the file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

const squeeze = (s: string) => s.replace(/[\s\u00a0\u202f\u2019']+/g, "");

describe.skipIf(!chromium || !hasQpdf)("PDF outline (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const scratch = mkdtempSync(join(tmpdir(), "clausier-outline-test-"));
  const workspace = new Workspace(ROOT);
  const options: RenderOptions = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };
  const render = async (path: string, bind = false) => {
    const doc = workspace.load(path) as RenderableDocument;
    const result = await new DocumentRenderer(printer, { ...options, bind }).render(doc);
    const file = join(scratch, `${path.replace(/\W+/g, "-")}.pdf`);
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
  }, 60_000);

  it("a quote: its own entry on page 1, then its appended terms with their clauses", async () => {
    const marks = bookmarksOf(await render("fixtures/livenote/quote-dl-2020-0004.yaml"));
    expect(marks.map((b) => [b.title, b.kids.length > 0])).toEqual([
      ["Devis n° DL-2020-0004", false],
      ["Conditions générales de vente", true],
    ]);
    expect(marks[0]!.page).toBe(1);
    expect(marks[1]!.page).toBeGreaterThan(1);
  }, 60_000);
});
