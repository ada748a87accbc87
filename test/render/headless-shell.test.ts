// Chromium's headless shell (Debian's chromium-headless-shell) prints with about half the CPU of the
// full browser: it is preferred when installed, and must give the very same PDF bytes, so that a
// document's PDF does not depend on which of the two a machine has. Where the shell is not
// installed, CLAUSIER_HEADLESS_SHELL may name one (e.g. extracted from the Debian package).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { render } from "../../src/api/render.js";
import { CHROMIUM_PATHS, isHeadlessShell } from "../../src/render/browser.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";
import { ROOT } from "../helpers/cli.js";

const shell = [process.env.CLAUSIER_HEADLESS_SHELL, CHROMIUM_PATHS[0]].find((path): path is string => !!path && existsSync(path));
const full = CHROMIUM_PATHS.slice(1).find((path) => existsSync(path));

describe("the headless shell", () => {
  it("is recognised by its file name and looked for before the full browser", () => {
    expect(isHeadlessShell("/usr/lib/chromium/chromium-headless-shell")).toBe(true);
    expect(isHeadlessShell("/opt/chrome-headless-shell-linux64/chrome-headless-shell")).toBe(true);
    expect(isHeadlessShell("/usr/bin/chromium")).toBe(false);
    expect(isHeadlessShell("/usr/bin/headless-shell-wrapper/chromium")).toBe(false);
    expect(isHeadlessShell(CHROMIUM_PATHS[0]!)).toBe(true);
  });
});

describe.skipIf(!shell || !full)("the headless shell and the full browser", () => {
  const out = mkdtempSync(join(tmpdir(), "clausier-headless-shell-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("print the same PDF bytes", async () => {
    // An invoice (sans-serif tables), a quote with its terms appended (serif text, page X / Y across parts), a credit note.
    const files = ["fixtures/altairis/invoice-fa-2026-0041.yaml", "fixtures/altairis/quote-dev-2026-0012.yaml", "fixtures/petillances/credit-note-fp-2026-0120.yaml"];
    for (const [name, chromium] of [["full", full!], ["shell", shell!]] as const) {
      const result = await render(files, { cwd: ROOT, out: join(out, name), to: "pdf", force: true, cache: false, env: { ...process.env, CLAUSIER_CHROMIUM: chromium } });
      expect(result.failures).toEqual([]);
    }
    const names = readdirSync(join(out, "full")).filter((f) => f !== MANIFEST_NAME);
    expect(names).toHaveLength(files.length);
    for (const name of names) expect(Buffer.compare(readFileSync(join(out, "full", name)), readFileSync(join(out, "shell", name))), name).toBe(0);
  }, 120_000);
});
