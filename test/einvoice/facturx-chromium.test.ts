// Factur-X from the PDFs Chromium prints for real invoices: the official validator
// (../shared/validators/validate-einvoice) finds nothing fatal in the container nor in the
// example XML of each profile; pdffonts shows every font embedded; qpdf checks the file and reads
// factur-x.xml back byte for byte; pdftotext extracts the same text, and pdftoppm draws the same
// page, as from the PDF before. One browser and one validator run for the file.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACTURX_FILENAME, FACTURX_GUIDELINES, FACTURX_PROFILES, type FacturXProfile, toFacturX } from "../../src/einvoice/facturx.js";
import { Workspace } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/einvoice/facturx-chromium.test.ts : aucun Chromium : tests Factur-X sur PDF imprimé ignorés");

// ../shared beside the project (CI); a worktree elsewhere names it with CLAUSIER_SHARED.
const shared = [join(ROOT, "..", "shared"), process.env.CLAUSIER_SHARED].find((dir) => dir && existsSync(join(dir, "validators", "validate-einvoice")));
const validator = shared && join(shared, "validators", "validate-einvoice");
const EXAMPLES: Record<FacturXProfile, string> = { MINIMUM: "minimum", "BASIC WL": "basicwl", BASIC: "basic", "EN 16931": "en16931" };

/** The profile's official example (akretion/factur-x, in ../shared); without it, a skeleton that declares the profile. */
function exampleXml(profile: FacturXProfile): string {
  const file = shared && join(shared, "validators", "en16931", "akretion", "examples", `factur-x-${EXAMPLES[profile]}.xml`);
  if (file && existsSync(file)) return readFileSync(file, "utf8");
  return (
    '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">' +
    `<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${FACTURX_GUIDELINES[profile]}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext></rsm:CrossIndustryInvoice>`
  );
}

/** Three sellers (a French one with its source file attached, a French one, a Luxembourg one), each made Factur-X at one profile or all. */
const CASES: { invoice: string; attachSource: boolean; profiles: readonly FacturXProfile[] }[] = [
  { invoice: "fixtures/altairis/invoice-fa-2026-0042.yaml", attachSource: true, profiles: FACTURX_PROFILES },
  { invoice: "fixtures/petillances/invoice-fp-2026-0118.yaml", attachSource: false, profiles: ["EN 16931"] },
  { invoice: "fixtures/luxoges/invoice-lx-2026-0412.yaml", attachSource: false, profiles: ["BASIC"] },
];

interface Made {
  invoice: string;
  profile: FacturXProfile;
  visible: string;
  facturx: string;
  xml: string;
}

interface ValidatorReport {
  results: { file: string; checks: { check: string; status: string; fatal: number; warnings: number }[]; findings: { severity: string; id: string; text: string }[] }[];
}

const tool = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8" });

describe.skipIf(!chromium)("Factur-X from PDFs printed by Chromium", () => {
  const scratch = mkdtempSync(join(tmpdir(), "clausier-facturx-chromium-"));
  const made: Made[] = [];

  beforeAll(async () => {
    const printer = await PdfPrinter.start();
    try {
      const workspace = new Workspace(ROOT);
      for (const [i, c] of CASES.entries()) {
        const doc = workspace.load(c.invoice) as RenderableDocument;
        const result = await new DocumentRenderer(printer, { html: false, pdf: true, bind: false, attachSource: c.attachSource, version: "test" }).render(doc);
        const pdf = result.outputs.find((o) => o.name.endsWith(".pdf"))!.content as Uint8Array;
        const visible = join(scratch, `visible-${i}.pdf`);
        writeFileSync(visible, pdf);
        for (const profile of c.profiles) {
          const xml = exampleXml(profile);
          const facturx = join(scratch, `facturx-${i}-${EXAMPLES[profile]}.pdf`);
          // Title, seller, subject and date: those the renderer wrote into the PDF from the document.
          writeFileSync(facturx, await toFacturX(pdf, xml, { profile }));
          made.push({ invoice: c.invoice, profile, visible, facturx, xml });
        }
      }
    } finally {
      await printer.close();
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  // Its first run on a machine compiles the stylesheets (CI runs `validate-einvoice --setup` first): a generous time limit.
  it.skipIf(!validator)("the official validator finds no fatal finding, and none at all in the PDF container", { timeout: 300_000 }, () => {
    // One run for every file; exit 1 (a fatal finding) still prints the report, the assertions say which.
    const run = spawnSync(validator!, ["--json", ...made.map((m) => m.facturx)], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).not.toBe(2);
    const report = JSON.parse(run.stdout) as ValidatorReport;
    expect(report.results).toHaveLength(made.length);
    for (const [i, result] of report.results.entries()) {
      const where = `${made[i]!.invoice} ${made[i]!.profile}`;
      expect(result.findings.filter((f) => f.severity === "fatal"), where).toEqual([]);
      const container = result.checks.find((c) => c.check === "pdf");
      expect(container, where).toMatchObject({ status: "passed", fatal: 0, warnings: 0 });
      // The XML's own checks ran (XSD, schematron), not only the container's.
      expect(result.checks.length, where).toBeGreaterThan(2);
    }
  });

  it("qpdf checks every file and reads factur-x.xml back byte for byte", () => {
    for (const m of made) {
      expect(tool("qpdf", ["--check", m.facturx])).toContain("No syntax or stream encoding errors");
      expect(execFileSync("qpdf", [`--show-attachment=${FACTURX_FILENAME}`, m.facturx]).equals(Buffer.from(m.xml, "utf8")), `${m.invoice} ${m.profile}`).toBe(true);
    }
  });

  it("pdffonts shows every font embedded", () => {
    for (const m of made) {
      const rows = tool("pdffonts", [m.facturx]).split("\n").slice(2).filter((l) => l.trim());
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row, m.facturx).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    }
  });

  it("pdftotext extracts the same text, and pdftoppm draws the same first page, as from the PDF before", () => {
    for (const m of made) {
      for (const mode of [[], ["-layout"], ["-raw"]]) expect(tool("pdftotext", [...mode, m.facturx, "-"])).toBe(tool("pdftotext", [...mode, m.visible, "-"]));
      const page = (file: string, name: string) => {
        const prefix = join(scratch, name);
        execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
        return readFileSync(`${prefix}.png`);
      };
      expect(page(m.facturx, "after").equals(page(m.visible, "before")), `${m.invoice} ${m.profile}`).toBe(true);
    }
  });
});
