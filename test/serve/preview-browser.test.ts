// The preview page in a real browser: Chromium (as the renderer finds and starts it, without
// network) opens the page served on loopback, picks the terms, sees them; the file is rewritten on
// disk (a clause reworded, a payment term made too long) and the page shows the new words and the
// new finding by itself.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumArgs, findChromium, NO_NAME_RESOLUTION } from "../../src/render/browser.js";
import { buildService, type Service } from "../../src/serve/app.js";
import { makeProject } from "./project.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/serve/preview-browser.test.ts : aucun Chromium : test ignoré");

const TERMS = "terms/petillances/cg.yaml";
const project = makeProject();
let service: Service | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  await service?.shutdown();
  project.remove();
});

describe.skipIf(!chromium)("the preview page in Chromium", () => {
  it("shows the document picked, then its new text and its new finding after the file changes on disk", async () => {
    service = buildService({ root: project.root, concurrency: 2, queue: 8, timeoutMs: 60_000, maxBody: 1_000_000, env: process.env, preview: { locale: "fr" } });
    const url = await service.app.listen({ port: 0, host: "127.0.0.1" });
    // The renderer's flags: no name resolved, no background service; only the service's loopback address is reached.
    const args = chromiumArgs().map((arg) => (arg === NO_NAME_RESOLUTION ? `${NO_NAME_RESOLUTION}, EXCLUDE 127.0.0.1` : arg));
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, pipe: true, args });
    const page = await browser.newPage();
    await page.goto(`${url}/preview`);

    await page.waitForSelector(`button[data-path="${TERMS}"]`, { timeout: 60_000 });
    await page.click(`button[data-path="${TERMS}"]`);
    // The rendered document is in the page's frame: same origin, no script of its own.
    await page.waitForFunction((words: string) => (document.querySelector("iframe#render") as HTMLIFrameElement).contentDocument?.body?.innerText.includes(words), { timeout: 60_000 }, "Objet et application");
    expect(await page.$(`#findings li[data-rule="payment-term-too-long"]`)).toBeNull();
    // The watcher is ready: a change from now on reaches the page.
    await page.waitForSelector("body[data-watching=true]", { timeout: 60_000 });

    const file = join(project.root, TERMS);
    const before = readFileSync(file, "utf8");
    const after = before.replace("  termDays: 30", "  termDays: 120").replace("Les présentes conditions générales de vente", "Les présentes conditions générales, relues en direct,");
    expect(after).not.toBe(before);
    writeFileSync(file, after);

    await page.waitForFunction(
      (words: string) =>
        (document.querySelector("iframe#render") as HTMLIFrameElement).contentDocument?.body?.innerText.includes(words) && document.querySelector('#findings li[data-rule="payment-term-too-long"]') !== null,
      { timeout: 90_000 },
      "relues en direct",
    );
    const finding = await page.$eval(`#findings li[data-rule="payment-term-too-long"]`, (li) => (li as HTMLElement).innerText);
    expect(finding).toContain("120");
    expect(finding).toContain(`${TERMS}:`);
  }, 180_000);
});
