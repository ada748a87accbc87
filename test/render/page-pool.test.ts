// The printer's pool of pages (issue #14): several documents printed at once in one browser, each
// PDF the same bytes as when printed alone; a browser frozen under several prints is replaced and
// every document still printed; a bad pool size is a usage error.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { findChromium, MAX_PAGES, pagesFrom, PdfPrinter, PrinterSetupError, PRINTS_PER_PAGE } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const chromium = findChromium();
const DOCUMENTS = ["fixtures/altairis/invoice-fa-2026-0041.yaml", "fixtures/altairis/invoice-fa-2026-0042.yaml", "fixtures/petillances/invoice-fp-2026-0119.yaml", "fixtures/petillances/credit-note-fp-2026-0120.yaml"];
const pdfOnly = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };

describe("the pool size", () => {
  it("is one page per core by default, at most MAX_PAGES; CLAUSIER_RENDER_PAGES sets it", () => {
    expect(pagesFrom({}, 2)).toBe(2);
    expect(pagesFrom({}, 64)).toBe(MAX_PAGES);
    expect(pagesFrom({ CLAUSIER_RENDER_PAGES: "3" }, 2)).toBe(3);
    for (const value of ["0", "douze", String(MAX_PAGES + 1), "2.5"]) expect(() => pagesFrom({ CLAUSIER_RENDER_PAGES: value }, 2)).toThrow(PrinterSetupError);
  });

  it("a bad CLAUSIER_RENDER_PAGES is a usage error that says what is expected", () => {
    const tmp = mkdtempSync(join(tmpdir(), "clausier-pool-"));
    try {
      const r = cli(["render", DOCUMENTS[1]!, "--force", "--to", "pdf", "--out", join(tmp, "out")], { env: { CLAUSIER_RENDER_PAGES: "douze" } });
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toContain(`CLAUSIER_RENDER_PAGES=douze : attendu un nombre de pages Chromium imprimant en même temps, entier de 1 à ${MAX_PAGES}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!chromium)("a pool of pages", () => {
  const workspace = new Workspace(ROOT);
  const docs = DOCUMENTS.map((path) => workspace.load(join(ROOT, path)) as RenderableDocument);
  let printer: PdfPrinter | undefined;
  afterAll(async () => printer?.close());

  it("replaces a page after its share of prints (a long batch's Chromium does not grow), with the same bytes", async () => {
    expect(PRINTS_PER_PAGE).toBeGreaterThan(1);
    const steady = await PdfPrinter.start(process.env, {}, 1);
    const recycling = await PdfPrinter.start(process.env, {}, 1, 2);
    try {
      const [a, b] = [new DocumentRenderer(steady, pdfOnly), new DocumentRenderer(recycling, pdfOnly)];
      for (const [i, doc] of [...docs, ...docs].entries()) {
        const bytes = async (r: DocumentRenderer) => Buffer.from((await r.render(doc)).outputs[0]!.content as Uint8Array);
        expect(Buffer.compare(await bytes(b), await bytes(a)), `print ${i}`).toBe(0);
      }
      expect(steady.pagesOpened).toBe(1);
      expect(recycling.pagesOpened).toBe(1 + (2 * docs.length) / 2);
    } finally {
      await steady.close();
      await recycling.close();
    }
  }, 120_000);

  it("prints documents at once with the bytes of one at a time, and survives a browser frozen under them", async () => {
    printer = await PdfPrinter.start(process.env, { printMs: 3000 }, 2);
    const renderer = new DocumentRenderer(printer, pdfOnly);
    const alone: Uint8Array[] = [];
    for (const doc of docs) alone.push((await renderer.render(doc)).outputs[0]!.content as Uint8Array);
    const together = await Promise.all(docs.map((doc) => renderer.render(doc)));
    for (const [i, result] of together.entries()) expect(Buffer.compare(Buffer.from(result.outputs[0]!.content as Uint8Array), Buffer.from(alone[i]!)), DOCUMENTS[i]).toBe(0);

    // Frozen: the prints running time out, the browser is replaced, each document is tried again alone.
    const frozen = printer.browserProcess()!;
    process.kill(-frozen.pid!, "SIGSTOP");
    const after = await Promise.all(docs.map((doc) => renderer.render(doc)));
    expect(printer.browserProcess()!.pid).not.toBe(frozen.pid);
    for (const [i, result] of after.entries()) expect(Buffer.compare(Buffer.from(result.outputs[0]!.content as Uint8Array), Buffer.from(alone[i]!)), DOCUMENTS[i]).toBe(0);
  }, 120_000);
});
