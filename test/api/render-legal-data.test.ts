import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint, render } from "../../src/index.js";
import { clearLegalDataOverlay } from "../../src/legal/rates.js";
import { cli } from "../helpers/cli.js";
import { baseTerms } from "../lint/helpers.js";

// The render and export gates lint with the user's legal data (clausier.config legalData), as
// `clausier lint` does: a penalty of 15 % judged against a legal rate supplied for 2026-S2 passes both,
// instead of the gate refusing the document for want of data that lint had.
describe("render's lint gate reads the user's legal data", () => {
  let project: string;
  const AS_OF = "2026-11-23"; // after the built-in data's end (2026-06-30)

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "clausier-render-legal-data-"));
    const terms = baseTerms();
    terms.latePayment = { penalty: { kind: "fixed", annualRate: "15" }, computation: "pro-rata-temporis", recoveryIndemnity: { amount: "40" } };
    (terms.clauses as Array<{ id: string; body: string }>)[1]!.body =
      "Tout retard de paiement entraîne des pénalités au taux annuel de 15 % et une indemnité forfaitaire pour frais de recouvrement de 40 €.\n";
    writeFileSync(join(project, "cgv.yaml"), stringify(terms));
    writeFileSync(join(project, "clausier.config.yaml"), 'legalData: ["legal-data/*.yaml"]\n');
    writeFileSync(
      join(project, "invoice.yaml"),
      [
        "kind: invoice",
        "number: FA-2026-0100",
        'issueDate: "2026-11-10"',
        "terms: ./cgv.yaml",
        "client:",
        "  type: business",
        "  name: Menuiseries Berthier",
        '  siren: "732829320"',
        '  address: { street: 18 avenue de la Libération, postalCode: "18000", city: Bourges, country: FR }',
        "operationCategory: services",
        "lines:",
        '  - { description: Conseil, quantity: "2", unitPrice: "500.00", vat: { rate: "20" } }',
        "",
      ].join("\n"),
    );
    mkdirSync(join(project, "legal-data"));
    // Test values, not official ones.
    writeFileSync(
      join(project, "legal-data", "2026.yaml"),
      ["frLegalInterestRates:", "  - semester: 2026-S2", '    professional: "2.75"', '    consumer: "6.84"', "    source: { title: Arrêté (valeur de test), published: 2026-06-30 }", ""].join("\n"),
    );
  });
  afterAll(() => {
    clearLegalDataOverlay();
    rmSync(project, { recursive: true, force: true });
  });

  it("lint passes the terms with the supplied rate (floor 3 × 2,75 % = 8,25 %)", async () => {
    const results = await lint(["cgv.yaml"], { cwd: project, asOf: AS_OF });
    const errors = results.flatMap((r) => r.messages).filter((m) => m.severity === "error");
    expect(errors).toEqual([]);
  });

  it("render renders them too, after another project's run cleared the data", async () => {
    clearLegalDataOverlay();
    const result = await render(["cgv.yaml"], { cwd: project, asOf: AS_OF, to: "html", out: "out", cache: false });
    expect(result.failures).toEqual([]);
    expect(result.rendered).toBe(1);
  });

  it("export's gate too: the invoice's XML is written", () => {
    const r = cli(["export", "invoice.yaml", "--as-of", AS_OF, "--out", "xml"], { cwd: project });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });
});
