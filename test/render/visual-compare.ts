// Page images compared within a tolerance: what a visual regression test needs. Page 1 of a PDF as
// PNG (pdftoppm, 50 dpi), then pixelmatch: a pixel differs when its colour distance passes
// PIXEL_THRESHOLD (anti-aliased edge pixels are recognised and not counted); a page differs when more
// than MAX_DIFF_RATIO of its pixels do.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.002;

/** Page 1 of a PDF as PNG bytes, at 50 dpi (pdftoppm writes `<prefix>.png`). */
export function pageOne(pdf: string, prefix: string, extra: string[] = []): Buffer {
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", ...extra, pdf, prefix]);
  return readFileSync(`${prefix}.png`);
}

export interface Comparison {
  /** Differing pixels over all pixels; 1 when the sizes differ. */
  ratio: number;
  same: boolean;
  /** The diff image (differing pixels in red), when the sizes match. */
  diff?: Buffer;
}

export function comparePng(expected: Buffer, actual: Buffer): Comparison {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { ratio: 1, same: false };
  const out = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  const ratio = differing / (a.width * a.height);
  return { ratio, same: ratio <= MAX_DIFF_RATIO, diff: PNG.sync.write(out) };
}
