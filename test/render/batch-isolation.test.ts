// Fault isolation in `clausier render` batches (issue #15, defects 4 and 14): a document that
// cannot be computed is reported with its file and the reason in the user's words, every other
// document is still rendered and listed, exit 1; a run that must stop (the disk) still lists what
// it wrote. The documents are copies of the Altairis fixtures in a temporary folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const scratch = mkdtempSync(join(tmpdir(), "clausier-batch-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project with the Altairis terms and documents, plus the refunds given (file name → edits of AV-2026-0003). */
function project(name: string, refunds: Record<string, Record<string, string>>): string {
  const root = join(scratch, name);
  cpSync(join(ROOT, "terms", "altairis"), join(root, "terms", "altairis"), { recursive: true });
  cpSync(join(ROOT, "fixtures", "altairis"), join(root, "fixtures", "altairis"), { recursive: true });
  const model = readFileSync(join(ROOT, "fixtures", "altairis", "refund-av-2026-0003.yaml"), "utf8");
  for (const [file, edits] of Object.entries(refunds)) {
    let text = model;
    for (const [from, to] of Object.entries(edits)) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(join(root, "fixtures", "altairis", file), text);
  }
  return root;
}

// The legal interest of the Altairis refund needs the French legal rate from the payment to the refund.
const AFTER_THE_DATA = { "number: AV-2026-0003": "number: AV-2026-0090", 'issueDate: "2026-06-15"': 'issueDate: "2031-03-15"' };
const BEFORE_THE_DATA = { "number: AV-2026-0003": "number: AV-2026-0091", 'paidOn: "2026-04-09"': 'paidOn: "2011-12-15"' };
// FA-2026-0043 is the avoir that credits FA-2026-0041 (the refund statement AV-2026-0003 lists it).
const GOOD = ["AV-2026-0003", "DEV-2026-0012", "FA-2026-0041", "FA-2026-0042", "FA-2026-0043"];

/** The documents' files in a folder (not the render keys). */
const outputsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f !== MANIFEST_NAME).sort() : []);

describe("render: one document the legal data does not cover", () => {
  it("is reported with its file, the date and the remedy; every other document is rendered and listed; exit 1", () => {
    const root = project("gap-html", { "refund-late.yaml": AFTER_THE_DATA, "refund-old.yaml": BEFORE_THE_DATA });
    const r = cli(["render", "--force", "--to", "html", "fixtures", "--out", "out"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("erreur interne");
    expect(r.stderr).toMatch(/✖ fixtures\/altairis\/refund-late\.yaml : non rendu, les données juridiques de Clausier ne couvrent pas le 2026-07-01 .*fr-legal-interest-rates.*Vérifiez les dates du document/);
    expect(r.stderr).toMatch(/✖ fixtures\/altairis\/refund-old\.yaml : non rendu, les données juridiques de Clausier ne couvrent pas le 2011-12-16 /);
    expect(outputsIn(join(root, "out"))).toEqual(GOOD.map((n) => `${n}.html`).sort());
    for (const n of GOOD) expect(r.stdout).toContain(`✔ out/${n}.html`);
    expect(r.stdout).toContain("5 document(s) rendu(s) dans out/ (5 fichier(s)), 2 refusé(s)");
  });

  it("says it in English with --locale en", () => {
    const root = project("gap-en", { "refund-late.yaml": AFTER_THE_DATA });
    const r = cli(["render", "--force", "--to", "html", "fixtures", "--out", "out", "--locale", "en"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fixtures/altairis/refund-late.yaml: not rendered, Clausier's legal data does not cover 2026-07-01");
  });

  it.skipIf(!chromium)("the main job's way (HTML and PDF): the same, the browser goes on with the next documents", () => {
    const root = project("gap-pdf", { "refund-late.yaml": AFTER_THE_DATA });
    const r = cli(["render", "--force", "fixtures/altairis/refund-late.yaml", "fixtures/altairis/invoice-fa-2026-0042.yaml", "--out", "out"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("✖ fixtures/altairis/refund-late.yaml : non rendu");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(outputsIn(join(root, "out"))).toEqual(["FA-2026-0042.html", "FA-2026-0042.pdf"]);
  });
});

describe("render: a run that cannot go on (an output cannot be written)", () => {
  it("lists the files already written, then says why it stopped and what was not rendered; exit 2", () => {
    const root = project("write", {});
    // A folder where the second document's file goes: the rename onto it fails, as on a full disk.
    mkdirSync(join(root, "out", "FA-2026-0042.html"), { recursive: true });
    const r = cli(
      ["render", "--force", "--to", "html", "fixtures/altairis/invoice-fa-2026-0041.yaml", "fixtures/altairis/invoice-fa-2026-0042.yaml", "fixtures/altairis/quote-dev-2026-0012.yaml", "--out", "out"],
      { cwd: root },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toContain("✔ out/FA-2026-0041.html");
    expect(r.stderr).toMatch(/rendu interrompu : impossible d'écrire .*FA-2026-0042\.html/);
    expect(r.stderr).toContain("2 document(s) non rendu(s) : fixtures/altairis/invoice-fa-2026-0042.yaml, fixtures/altairis/quote-dev-2026-0012.yaml");
    expect(outputsIn(join(root, "out")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
