// A document's PDF is the same bytes whether it is rendered alone or within a batch printed by a
// pool of pages (fonts served once per page, not inlined); its HTML stays self-contained.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { render } from "../../src/api/render.js";
import { findChromium } from "../../src/render/browser.js";
import { FONT_ORIGIN } from "../../src/render/fonts.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";
import { ROOT } from "../helpers/cli.js";

const chromium = findChromium();

/** The Pétillances terms and documents, the seller's numbers filled in so that its invoices pass the lint gate. */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), "clausier-batch-identity-"));
  for (const dir of ["terms/petillances", "fixtures/petillances"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  const seller = join(root, "terms/petillances/seller.yaml");
  writeFileSync(seller, readFileSync(seller, "utf8").replace("  regime: liable", "  regime: liable\n  number: LU12345613\nrcs:\n  city: Luxembourg\n  number: B123456"));
  return root;
}

describe.skipIf(!chromium)("batch and single render", () => {
  let root: string;
  beforeAll(() => {
    root = makeProject();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("gives each document the same PDF bytes alone and within a batch printed by several pages", async () => {
    const alone = ["fixtures/petillances/invoice-fp-2026-0119.yaml", "fixtures/petillances/credit-note-fp-2026-0120.yaml"];
    for (const [i, file] of alone.entries()) {
      const result = await render([file], { cwd: root, out: `alone-${i}`, env: { ...process.env, CLAUSIER_RENDER_PAGES: "1" } });
      expect(result.failures).toEqual([]);
    }
    const batch = await render(["fixtures/petillances", "terms/petillances"], { cwd: root, out: "batch", to: "both", env: { ...process.env, CLAUSIER_RENDER_PAGES: "3" } });
    expect(batch.failures).toEqual([]);
    expect(batch.rendered).toBeGreaterThanOrEqual(6);
    for (const i of alone.keys()) {
      const [name] = readdirSync(join(root, `alone-${i}`)).filter((f) => f !== MANIFEST_NAME);
      expect(name).toMatch(/\.pdf$/);
      expect(Buffer.compare(readFileSync(join(root, `alone-${i}`, name!)), readFileSync(join(root, "batch", name!))), name).toBe(0);
    }
    // The HTML a user keeps carries its fonts: it never names the printer's internal URL.
    const html = readFileSync(join(root, "batch", "FP-2026-0119.html"), "utf8");
    expect(html).toContain("data:font/woff2;base64,");
    expect(html).not.toContain(FONT_ORIGIN);
  }, 180_000);
});
