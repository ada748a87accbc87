// Cross-check with the official artefacts (../shared/validators, skipped when absent): every CEN
// and Factur-X example the official validator accepts, ours accepts too (no error); and our own
// fixtures, which ours accepts, the official validator accepts as well (with the French rules).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkEInvoice } from "../../src/einvoice/check/check.js";
import { EXAMPLES, FIXTURES, VALIDATOR } from "./check-helpers.js";

interface Official {
  results: Array<{ file: string; valid: boolean }>;
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
