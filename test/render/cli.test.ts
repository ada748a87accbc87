// clausier render as users run it (the compiled CLI): refusals leave no file, I/O failures leave no
// partial file, folders render every bundled document.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, STACK_TRACE } from "../helpers/cli.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-render-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under a folder but the render keys, recursively (a left-over temporary file would show here). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== MANIFEST_NAME)
    .map((e) => join(e.parentPath, e.name));
}

describe("clausier render", () => {
  it("refuses an invalid document, even with --force, and writes nothing", () => {
    const out = join(scratch, "invalid");
    const r = cli(["render", "fixtures/invalid/missing-required.yaml", "--force", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fixtures/invalid/missing-required.yaml : document invalide");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(filesUnder(out)).toEqual([]);
  });

  it("refuses a document with lint errors, listing them as file:line:col message rule-id", () => {
    const out = join(scratch, "lint");
    const r = cli(["render", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--to", "html", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--force");
    // The Altairis CGV make the 40 € indemnity conditional on 30 days of delay.
    expect(r.stderr).toMatch(/^ {2}terms\/altairis\/cgv\.yaml:\d+:\d+ {2}.+ {2}[a-z0-9-]+$/m);
    expect(filesUnder(out)).toEqual([]);
  });

  it("judges a document named alone with the documents beside it: no series gap seen through a keyhole", () => {
    // FP-2026-0120 credits FP-2026-0118; FP-2026-0119 sits in the same folder, outside what the avoir relies on.
    const out = join(scratch, "context");
    // --force: its seller lacks its Luxembourg VAT and RCS numbers; the series is still judged.
    const r = cli(["render", "fixtures/petillances/credit-note-fp-2026-0120.yaml", "--to", "html", "--force", "--out", out]);
    expect(r.stderr).not.toContain("invoice-number-sequence");
    expect(r.code).toBe(0);
    expect(filesUnder(out).map((f) => f.slice(out.length + 1))).toEqual(["FP-2026-0120.html"]);
  });

  it("renders it anyway with --force", () => {
    const out = join(scratch, "forced");
    const r = cli(["render", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--to", "html", "--force", "--out", out]);
    expect(r.code).toBe(0);
    expect(filesUnder(out).map((f) => f.slice(out.length + 1))).toEqual(["FA-2026-0042.html"]);
    expect(r.stdout).toContain("FA-2026-0042.html");
  });

  it("an unwritable --out is an I/O error (exit 2) that leaves no partial file", () => {
    const blocker = join(scratch, "not-a-folder");
    writeFileSync(blocker, "un fichier, pas un dossier");
    const r = cli(["render", "fixtures/livenote/refund-rb-2020-0001.yaml", "--to", "html", "--force", "--out", join(blocker, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("impossible d'écrire");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(filesUnder(scratch).filter((f) => f.includes("not-a-folder") || f.endsWith(".tmp"))).toEqual([blocker]);
  });

  it("a browser that is not there is a clear error (exit 2) before anything is written", () => {
    const out = join(scratch, "nobrowser");
    const r = cli(["render", "fixtures/livenote/refund-rb-2020-0001.yaml", "--force", "--out", out], { env: { CLAUSIER_CHROMIUM: "/nonexistent/chromium" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("CLAUSIER_CHROMIUM=/nonexistent/chromium");
    expect(filesUnder(out)).toEqual([]);
  });

  it("folders: every bundled terms file and valid fixture, seller files and fixtures/invalid skipped", () => {
    const out = join(scratch, "all");
    const r = cli(["render", "--force", "terms", "fixtures", "--to", "html", "--out", out]);
    expect(r.code).toBe(0);
    const names = filesUnder(out).map((f) => f.slice(out.length + 1)).sort();
    expect(names).toContain("livenote-cgv-2022-09-01.html");
    expect(names).toContain("luxoges-cgt-2024-01-01.html");
    expect(names).toContain("FA-2026-0042.html");
    expect(names).toContain("RB-2020-0001.html");
    expect(names.some((n) => n.includes("seller") || n.includes("invalid"))).toBe(false);
    expect(r.stdout).toMatch(/\d+ document\(s\) rendu\(s\) dans .+all\//);
  });

  it("a seller file named on the command line is refused with an explanation", () => {
    const r = cli(["render", "terms/altairis/seller.yaml", "--to", "html", "--out", join(scratch, "seller")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("un fichier vendeur");
  });
});
