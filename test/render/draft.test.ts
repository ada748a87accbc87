// A document rendered with --force despite lint errors is a draft: « BROUILLON — non conforme » on
// every page (also the appended terms of a quote) and in the PDF's title and keywords; a document
// rendered normally has none of it. One Chromium for the file.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilePolicy, Workspace } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { planBatch } from "../../src/render/batch.js";
import { DRAFT_MARK } from "../../src/render/draft.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });
const QUOTE = "fixtures/altairis/quote-dev-2026-0012.yaml";

function load(path: string): RenderableDocument {
  const doc = new Workspace(ROOT).load(join(ROOT, path));
  if (!doc || doc.kind === "seller" || doc.kind === "config" || doc.kind === "suppressions") throw new Error(`${path} ne se charge pas`);
  return doc;
}

describe("the draft flag", () => {
  it("planBatch marks as drafts exactly the documents forced through lint errors", () => {
    const plan = (force: boolean, withErrors: boolean) =>
      planBatch({
        cwd: ROOT,
        roots: [QUOTE, "fixtures/altairis/invoice-fa-2026-0042.yaml"],
        exclude: [],
        files: new FilePolicy(ROOT),
        bind: false,
        force,
        locale: "fr",
        lintErrors: () => new Map(withErrors ? [[QUOTE, [{ line: 1, column: 1, message: "erreur", ruleId: "r" }]]] : []),
      });
    const forced = plan(true, true);
    expect(forced.documents.map((d) => d.path)).toHaveLength(2);
    expect([...forced.forced].map((d) => d.path)).toEqual([QUOTE]);
    expect(plan(false, true).forced.size).toBe(0);
    expect(plan(true, false).forced.size).toBe(0);
  });

  it("the HTML of a draft says so, the HTML of a document does not", async () => {
    const renderer = new DocumentRenderer(undefined, { html: true, pdf: false, bind: false, attachSource: false, version: "test" });
    const html = async (draft: boolean) => (await renderer.render(load(QUOTE), { draft })).outputs[0]!.content as string;
    expect(await html(true)).toContain(`<div class="draft-mark" role="note">${DRAFT_MARK}</div>`);
    expect(await html(true)).toContain(`<title>${DRAFT_MARK} — `);
    expect(await html(false)).not.toContain("BROUILLON");
  });
});

describe.skipIf(!chromium)("the draft mark in the PDF (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const scratch = mkdtempSync(join(tmpdir(), "clausier-draft-test-"));
  beforeAll(async () => {
    printer = await PdfPrinter.start();
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  const pdfOf = async (draft: boolean) => {
    const renderer = new DocumentRenderer(printer, { html: false, pdf: true, bind: false, attachSource: false, version: "test" });
    const pdf = (await renderer.render(load(QUOTE), { draft })).outputs.find((o) => o.name.endsWith(".pdf"))!.content as Uint8Array;
    const file = join(scratch, `${draft ? "draft" : "final"}.pdf`);
    writeFileSync(file, pdf);
    return file;
  };
  const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [file]))?.[1]);
  const pageText = (file: string, page: number) => tool("pdftotext", ["-f", String(page), "-l", String(page), file, "-"]);

  it("a draft carries the mark on every page, the quote's and its terms', and in its title and keywords", async () => {
    const file = await pdfOf(true);
    const pages = pagesOf(file);
    expect(pages).toBeGreaterThan(1);
    const unmarked = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !pageText(file, p).includes(DRAFT_MARK));
    expect(unmarked).toEqual([]);
    const info = tool("pdfinfo", [file]);
    expect(info).toMatch(new RegExp(`Title:\\s+${DRAFT_MARK} — Devis n° DEV-2026-0012`));
    expect(info).toMatch(/Keywords:\s+BROUILLON\b/);
  }, 120_000);

  it("a document rendered normally has no mark", async () => {
    const file = await pdfOf(false);
    expect(tool("pdftotext", [file, "-"])).not.toMatch(/BROUILLON/);
    expect(tool("pdfinfo", [file])).not.toMatch(/BROUILLON/);
  }, 120_000);
});
