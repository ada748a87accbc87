// Replays docs/getting-started.md: init with options, fill in the facts as the page's table says
// (editing the values of terms/seller.yaml), then validate, lint and render the invoice to a PDF.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { todayIso } from "../../src/legal/dates.js";
import { cli } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
const project = mkdtempSync(join(tmpdir(), "clausier-getting-started-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
const year = todayIso().slice(0, 4);

/** Step 3 of the page: each placeholder replaced with the example value of its table. */
const FACTS: Array<[string, string]> = [
  ['# shareCapital: { amount: "à compléter" }', 'shareCapital: { amount: "5000" }'],
  ['street: "à compléter"', 'street: "12 rue des Tanneurs"'],
  ['postalCode: "à compléter"', 'postalCode: "18000"'],
  ['city: "à compléter"', 'city: "Bourges"'],
  ["FR76 XXXX XXXX XXXX XXXX XXXX XXX", "FR76 3000 6000 0112 3456 7890 189"],
  ["# mediator:\n#   name: à compléter\n#   website: https://…", "mediator:\n  name: CM2C\n  website: https://www.cm2c.net"],
];

describe("docs/getting-started.md", () => {
  it("the page shows every fact table entry it relies on", () => {
    const page = readFileSync(new URL("../../docs/getting-started.md", import.meta.url), "utf8");
    for (const command of ["npx clausier init", "npx clausier validate terms invoices", "npx clausier lint terms invoices", "npx clausier render invoices --to pdf"]) {
      expect(page).toContain(command);
    }
    for (const example of ['shareCapital: { amount: "5000" }', "FR76 3000 6000 0112 3456 7890 189", "website: https://www.cm2c.net"]) expect(page).toContain(example);
  });

  it("init → fill in the facts → validate, lint clean → the PDF of the invoice", { timeout: 300_000 }, () => {
    const init = cli(["init", "--name", "Atelier Durand", "--legal-form", "SARL", "--siren", "732 829 320", "--city", "Bourges", "--audience", "mixed", "--vat-regime", "normal", "--yes"], { cwd: project });
    expect(init.code).toBe(0);
    expect(cli(["lint", "terms", "invoices"], { cwd: project }).code).toBe(1);

    const sellerFile = join(project, "terms/seller.yaml");
    let seller = readFileSync(sellerFile, "utf8");
    for (const [placeholder, value] of FACTS) {
      expect(seller, placeholder).toContain(placeholder);
      seller = seller.replace(placeholder, value);
    }
    writeFileSync(sellerFile, seller);

    const validate = cli(["validate", "terms", "invoices"], { cwd: project });
    expect(validate.stdout).toContain("3");
    expect(validate.code).toBe(0);
    const lint = cli(["lint", "terms", "invoices"], { cwd: project });
    expect(lint.stdout).toBe("");
    expect(lint.code).toBe(0);
    if (!chromium) return; // No browser here: the PDF step is the renderer's own tests' business.

    const render = cli(["render", "invoices", "--to", "pdf"], { cwd: project, timeout: 240_000 });
    expect(render.stderr).toBe("");
    expect(render.code).toBe(0);
    const pdf = join(project, "out", `FA-${year}-0001.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain("Atelier Durand");
    expect(text).toMatch(/Net à payer\s*:\s*1 440,00 €/);
  });
});
