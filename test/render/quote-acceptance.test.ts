// A quote can be signed: the « Bon pour accord » block never sits on a page without the total TTC
// (quotes of 1 to 60 lines built from the fixtures, pdftotext page by page), it repeats the quote
// number and the total, and its signature area is 35–40 mm high (measured by Chromium).
// One browser for the file; the quote's own pages are printed (its appended terms do not move them).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { Workspace } from "../../src/model/index.js";
import { chromiumArgs, findChromium } from "../../src/render/browser.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml } from "../../src/render/templates.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const FIXTURE_QUOTES = ["fixtures/livenote/quote-dl-2020-0004.yaml", "fixtures/petillances/quote-of-2026-0031.yaml"];
const LINE_COUNTS = Array.from({ length: 60 }, (_, i) => i + 1);

/** The quote's text, page by page, and the height in mm of its signature area. */
async function printQuote(page: Page, doc: RenderableDocument, scratch: string, name: string) {
  const view = viewOf(doc);
  await page.setContent(renderHtml(view, { header: view.seller.name, headerRight: view.title, footer: view.title }), { waitUntil: "load" });
  const heightPx = await page.evaluate(() => document.querySelector(".signature-area")?.getBoundingClientRect().height ?? 0);
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const texts = Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }),
  );
  // CSS pixels are 1/96 in.
  return { texts, signatureMm: (heightPx * 25.4) / 96, total: view.kind === "quote" ? view.acceptance.total : "" };
}

const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, " ");

function expectSignable(result: Awaited<ReturnType<typeof printQuote>>, number: string) {
  const signing = result.texts.filter((t) => t.includes("Bon pour accord du client"));
  expect(signing).toHaveLength(1);
  const page = flat(signing[0]!);
  expect(page).toContain("Total TTC");
  expect(page).toContain(flat(result.total));
  expect(page).toContain(number);
  expect(result.signatureMm).toBeGreaterThanOrEqual(35);
  expect(result.signatureMm).toBeLessThanOrEqual(40);
}

describe.skipIf(!chromium)("quotes that can be signed (one Chromium for the file)", () => {
  let browser: Browser;
  let page: Page;
  const scratch = mkdtempSync(join(tmpdir(), "clausier-quote-acceptance-"));

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, pipe: true, args: chromiumArgs() });
    page = await browser.newPage();
    // Longer quotes: the fixtures' lines repeated, in a project of their own beside copies of the terms.
    cpSync(join(ROOT, "terms"), join(scratch, "terms"), { recursive: true });
    for (const path of FIXTURE_QUOTES) {
      const quote = parse(readFileSync(join(ROOT, path), "utf8"));
      const dir = join(scratch, "fixtures", path.split("/")[1]!);
      mkdirSync(dir, { recursive: true });
      for (const n of LINE_COUNTS) {
        const lines = Array.from({ length: n }, (_, i) => quote.lines[i % quote.lines.length]);
        writeFileSync(join(dir, `quote-${n}.yaml`), stringify({ ...quote, number: `${quote.number}-${n}`, lines }, { aliasDuplicateObjects: false }));
      }
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(FIXTURE_QUOTES)("%s: the signature block shares its page with the total TTC and the quote number", async (path) => {
    const doc = new Workspace(ROOT).load(path) as RenderableDocument;
    expectSignable(await printQuote(page, doc, scratch, doc.kind === "quote" ? doc.data.number : "q"), doc.kind === "quote" ? doc.data.number : "");
  }, 60_000);

  it.each(FIXTURE_QUOTES)("%s with 1 to 60 lines: the signature block never leaves the total TTC", async (path) => {
    const workspace = new Workspace(scratch);
    for (const n of LINE_COUNTS) {
      const file = join("fixtures", path.split("/")[1]!, `quote-${n}.yaml`);
      const doc = workspace.load(join(scratch, file));
      if (doc?.kind !== "quote") throw new Error(`${file} ne se charge pas : ${JSON.stringify(workspace.allDiagnostics())}`);
      const result = await printQuote(page, doc, scratch, `q-${n}`);
      expect.soft(result.texts.filter((t) => t.includes("Bon pour accord du client")), `${file}`).toHaveLength(1);
      expectSignable(result, doc.data.number);
    }
  }, 240_000);
});
