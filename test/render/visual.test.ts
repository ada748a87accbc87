// Visual regression: page 1 of one document of each kind, printed by Chromium, rasterised at 50 dpi
// and compared with a reference PNG under test/render/visual/ (test/render/visual-compare.ts holds
// the tolerance). Anti-aliasing noise passes, a block moved by 3 mm does not (both shown below).
// Rewrite the references after a deliberate layout change, then look at each one before committing:
//   UPDATE_VISUAL=1 npx vitest run test/render/visual.test.ts
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";
import { comparePng, MAX_DIFF_RATIO, pageOne } from "./visual-compare.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const REFERENCES = join(ROOT, "test", "render", "visual");
const UPDATE = process.env.UPDATE_VISUAL === "1";

/** One document of each kind; the file name of its reference. */
const VISUAL_DOCUMENTS = [
  { kind: "terms", path: "terms/altairis/cgv.yaml" },
  { kind: "quote", path: "fixtures/altairis/quote-dev-2026-0012.yaml" },
  { kind: "invoice", path: "fixtures/luxoges/invoice-lx-2026-0412.yaml" },
  { kind: "credit-note", path: "fixtures/petillances/credit-note-fp-2026-0120.yaml" },
  { kind: "refund", path: "fixtures/petillances/refund-nc-2026-0007.yaml" },
] as const;

const scratch = mkdtempSync(join(tmpdir(), "clausier-visual-"));

describe.skipIf(!chromium)("visual regression, page 1 of each kind (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  const workspace = new Workspace(ROOT);
  /** The document's HTML and page 1 of its PDF (as `clausier render` writes it) as PNG. */
  const rendered = new Map<string, { html: string; png: Buffer }>();

  const pngOf = (pdf: Uint8Array, name: string): Buffer => {
    const file = join(scratch, `${name}.pdf`);
    writeFileSync(file, pdf);
    return pageOne(file, join(scratch, name));
  };

  beforeAll(async () => {
    printer = await PdfPrinter.start();
    const renderer = new DocumentRenderer(printer, { html: true, pdf: true, bind: false, attachSource: false, version: "test" });
    for (const { kind, path } of VISUAL_DOCUMENTS) {
      const { outputs } = await renderer.render(workspace.load(path) as RenderableDocument);
      const html = outputs.find((o) => o.name.endsWith(".html"))?.content as string;
      const pdf = outputs.find((o) => o.name.endsWith(".pdf"))?.content as Uint8Array;
      rendered.set(kind, { html, png: pngOf(pdf, kind) });
    }
  }, 180_000);
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(VISUAL_DOCUMENTS)("$kind ($path) looks like test/render/visual/$kind.png", ({ kind }) => {
    const reference = join(REFERENCES, `${kind}.png`);
    const { png } = rendered.get(kind)!;
    if (UPDATE || !existsSync(reference)) {
      // A missing reference is written, never passed silently: the test fails until it is reviewed and committed.
      writeFileSync(reference, png);
      if (!UPDATE) throw new Error(`${reference} absente : écrite à partir du rendu actuel ; regardez-la puis committez-la`);
      return;
    }
    const result = comparePng(readFileSync(reference), png);
    if (!result.same && result.diff) writeFileSync(join(REFERENCES, `${kind}.diff.png`), result.diff);
    expect(result.ratio, `${kind}: ${(result.ratio * 100).toFixed(3)} % of pixels differ (diff image: test/render/visual/${kind}.diff.png)`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  });

  it("anti-aliasing noise passes: the grey edge pixels of the text changed by up to 12 levels", () => {
    const { png } = rendered.get("invoice")!;
    const image = PNG.sync.read(png);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    let touched = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const grey = image.data[i]!;
      // Edge pixels: neither paper nor ink.
      if (grey > 24 && grey < 232) {
        const delta = Math.round(random() * 12);
        for (let c = 0; c < 3; c++) image.data[i + c] = Math.max(0, Math.min(255, image.data[i + c]! + delta));
        touched++;
      }
    }
    expect(touched).toBeGreaterThan(1000);
    expect(comparePng(png, PNG.sync.write(image)).same).toBe(true);
  });

  it("a block moved by 3 mm fails the comparison", async () => {
    const { html } = rendered.get("invoice")!;
    const moved = html.replace("</head>", "<style>.summary { transform: translateY(3mm); }</style></head>");
    expect(moved).not.toBe(html);
    const [before, after] = [pngOf((await printer.print(html)).pdf, "invoice-html"), pngOf((await printer.print(moved)).pdf, "invoice-moved")];
    expect(comparePng(before, before).ratio).toBe(0);
    const comparison = comparePng(before, after);
    expect(comparison.same).toBe(false);
    expect(comparison.ratio).toBeGreaterThan(2 * MAX_DIFF_RATIO);
  });
});
