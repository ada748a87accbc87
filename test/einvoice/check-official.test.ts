// Cross-check with the official artefacts (../shared/validators, skipped when absent): every CEN
// and Factur-X example the official validator accepts, ours accepts too (no error); and our own
// fixtures, which ours accepts, the official validator accepts as well (with the French rules).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkEInvoice } from "../../src/einvoice/check/check.js";
import { bytes, EXAMPLES, FIXTURES, tampered, VALIDATOR } from "./check-helpers.js";

interface Official {
  results: Array<{ file: string; valid: boolean; findings: Array<{ id: string; severity: string }> }>;
}

/** exit 1 = a file has fatal findings: the JSON is on stdout all the same. */
function official(args: string[]): Official {
  try {
    return JSON.parse(execFileSync(VALIDATOR!, ["--json", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const { stdout, status } = error as { stdout?: string; status?: number };
    if (status === 1 && stdout) return JSON.parse(stdout);
    throw error;
  }
}

const examples = EXAMPLES
  ? [
      ...["cen/cii/examples", "cen/ubl/examples"].flatMap((dir) => readdirSync(`${EXAMPLES}${dir}`).map((f) => `${EXAMPLES}${dir}/${f}`)),
      ...readdirSync(`${EXAMPLES}akretion/examples`).map((f) => `${EXAMPLES}akretion/examples/${f}`),
    ].sort()
  : [];

/**
 * The official verdicts, EN 16931 only, and with the French rules for the examples of a French seller
 * (akretion's: ours applies BR-FR to French sellers only, the CEN examples have none).
 */
const verdict = { en: new Map<string, boolean>(), fr: new Map<string, boolean>() };

describe.skipIf(!VALIDATOR)("check-einvoice agrees with the official validator", () => {
  beforeAll(() => {
    for (const r of official(examples).results) verdict.en.set(r.file, r.valid);
    for (const r of official(["--fr", ...examples.filter((f) => f.includes("/akretion/"))]).results) verdict.fr.set(r.file, r.valid);
  }, 120_000);

  it("finds the examples (15 CII, 18 UBL, 6 Factur-X)", () => {
    expect(examples.length).toBe(39);
  });

  it("reports no error on an example the official validator accepts", async () => {
    const wrong: string[] = [];
    for (const file of examples) {
      const outcome = await checkEInvoice(readFileSync(file));
      const errors = [...outcome.container, ...outcome.xml].filter((f) => f.severity === "error");
      const french = (id: string) => id.startsWith("BR-FR-") || id.startsWith("FR-");
      const enErrors = errors.filter((f) => !french(f.ruleId));
      if (verdict.en.get(file) && enErrors.length) wrong.push(`${file}: ${enErrors.map((f) => f.ruleId).join(", ")}`);
      if (verdict.fr.get(file) && errors.length) wrong.push(`${file} (--fr): ${errors.map((f) => f.ruleId).join(", ")}`);
    }
    expect(wrong).toEqual([]);
    // The check is not empty: most examples are accepted by the official rules.
    expect([...verdict.en.values()].filter(Boolean).length).toBeGreaterThan(30);
  });

  it("the official validator accepts our own fixtures, with the French rules", () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xml")).map((f) => `${FIXTURES}${f}`);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(official(["--fr", ...files]).results.map((r) => [r.file, r.valid])).toEqual(files.map((f) => [f, true]));
  });
});

/** Tampered copies of the own fixtures, and the rule ids both validators must report. */
const TAMPERS: Array<{ name: string; text: () => string; ids: string[] }> = [
  { name: "grand-total", text: () => tampered("cii-en16931.xml", "<ram:GrandTotalAmount>516.01<", "<ram:GrandTotalAmount>616.01<"), ids: ["BR-CO-15", "BR-CO-16"] },
  { name: "line-amount", text: () => tampered("cii-en16931.xml", "<ram:LineTotalAmount>360.00<", "<ram:LineTotalAmount>370.00<"), ids: ["BR-CO-10", "BR-S-08"] },
  { name: "vat-amount", text: () => tampered("cii-en16931.xml", "<ram:CalculatedAmount>70.00<", "<ram:CalculatedAmount>75.00<"), ids: ["BR-CO-14", "BR-CO-17", "BR-S-09"] },
  { name: "decimals", text: () => tampered("cii-en16931.xml", ">516.01<", ">516.010<"), ids: ["BR-DEC-14"] },
  { name: "no-pmt", text: () => tampered("cii-en16931.xml", "<ram:SubjectCode>PMT<", "<ram:SubjectCode>AAI<"), ids: ["BR-FR-05_BT-22_PMT"] },
  { name: "no-siren", text: () => tampered("cii-en16931.xml", '<ram:ID schemeID="0002">732829320<', '<ram:ID schemeID="0009">73282932000074<'), ids: ["BR-FR-10_BT-30"] },
  { name: "ubl-total", text: () => tampered("ubl-credit-note.xml", '<cbc:TaxInclusiveAmount currencyID="EUR">144.00<', '<cbc:TaxInclusiveAmount currencyID="EUR">154.00<'), ids: ["BR-CO-15", "BR-CO-16"] },
  { name: "ubl-notes", text: () => tampered("ubl-credit-note.xml", "#PMD#", "#AAB#"), ids: ["BR-FR-05_BT-22-2", "BR-FR-06_BT-21-3"] },
];

describe.skipIf(!VALIDATOR)("check-einvoice and the official validator report the same rule ids on tampered invoices", () => {
  it("each tampered copy: our errors are exactly the EN 16931 / BR-FR ids the official validator reports for it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-check-tampered-"));
    try {
      const files = TAMPERS.map((t) => {
        const file = join(dir, `${t.name}.xml`);
        writeFileSync(file, t.text());
        return file;
      });
      const theirs = new Map(official(["--fr", ...files]).results.map((r) => [r.file, r.findings.filter((f) => f.severity === "fatal").map((f) => f.id)]));
      for (const [i, t] of TAMPERS.entries()) {
        const ours = (await checkEInvoice(bytes(t.text()))).xml.filter((f) => f.severity === "error").map((f) => f.ruleId).sort();
        expect(ours, t.name).toEqual(t.ids);
        // Theirs add the Factur-X profile's duplicates (FX-SCH-…), BR-FR-DEC and the XSD: ours are among theirs.
        expect(theirs.get(files[i]!), t.name).toEqual(expect.arrayContaining(t.ids));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
