// Amounts, rates and quantities that cannot be misread (issue #12, item 6): each bad input is refused
// with its position, exit 1 and no stack trace; the near misses still pass. Through the CLI.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { significantDigits } from "../../src/model/source-file.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const project = mkdtempSync(join(tmpdir(), "clausier-exact-numbers-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(ROOT, "terms/petillances"), join(project, "terms"), { recursive: true });

const INVOICE = `kind: invoice
number: FP-2026-0118
issueDate: "2026-11-23"
terms: ./terms/cg.yaml
client:
  type: business
  name: Kirchberg Conseil
  address: { street: "12, rue Eugène Ruppert", postalCode: L-2453, city: Luxembourg, country: LU }
operationCategory: services
lines:
  - description: Formation
    quantity: "1"
    unitPrice: "1450.00"
    vat: { rate: "17" }
payments:
  - date: "2026-11-23"
    amount: "522.99"
`;

/** The invoice with one text replaced, written to the project; returns `clausier validate` on it. */
function validate(name: string, from: string, to: string) {
  expect(INVOICE).toContain(from);
  writeFileSync(join(project, name), INVOICE.replace(from, to));
  const r = cli(["validate", name], { cwd: project });
  expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
  return { ...r, out: r.stdout + r.stderr };
}

describe("numbers read exactly", () => {
  it("refuses an unquoted 17-digit price at its position, with the quoted form to write", () => {
    const r = validate("p17.yaml", 'unitPrice: "1450.00"', "unitPrice: 999999999999999.99");
    expect(r.code).toBe(1);
    expect(r.out).toContain("p17.yaml:13:16");
    expect(r.out).toContain("NUMBER_TOO_PRECISE");
    expect(r.out).toContain("17 chiffres significatifs");
    expect(r.out).toContain("1000000000000000");
    expect(r.out).toContain('écrivez : "999999999999999.99"');
  });

  it("refuses the same number in a JSON file", () => {
    const text = readFileSync(join(ROOT, "fixtures/voguezen/invoice-fv-2026-0059.json"), "utf8").replace(/"unitPrice": "[^"]+"/, '"unitPrice": 12345678901234.567');
    writeFileSync(join(project, "p17.json"), text);
    const r = cli(["validate", "p17.json"], { cwd: project });
    expect(r.stdout + r.stderr).toMatch(/p17\.json:\d+:\d+ .*17 chiffres significatifs/);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it("refuses .inf and .nan", () => {
    const r = validate("inf.yaml", 'quantity: "1"', "quantity: .inf");
    expect([r.code, r.out]).toEqual([1, expect.stringContaining("inf.yaml:12:15")]);
    expect(r.out).toContain("NUMBER_NOT_FINITE");
  });

  it("accepts 15 significant digits, leading zeros and trailing zeros not counted", () => {
    expect(validate("p15.yaml", 'unitPrice: "1450.00"', "unitPrice: 9999999999.99999").code).toBe(0);
    expect(validate("zeros.yaml", 'quantity: "1"', "quantity: 0.000000000000000001").code).toBe(0);
    expect([significantDigits("999999999999999.99"), significantDigits("0.00012"), significantDigits("1200"), significantDigits("-1.5e3")]).toEqual([17, 2, 2, 2]);
  });
});

describe("rates between 0 and 100", () => {
  it('refuses a VAT rate written "200" as text, as it refuses 200', () => {
    const text = validate("r200.yaml", 'rate: "17"', 'rate: "200"');
    expect(text.code).toBe(1);
    expect(text.out).toContain("r200.yaml:14:18");
    expect(text.out).toContain("doit être un pourcentage entre 0 et 100");
    const number = validate("r200n.yaml", 'rate: "17"', "rate: 200");
    expect([number.code, number.out]).toEqual([1, expect.stringContaining("r200n.yaml:14:18")]);
  });

  it('accepts "100", "5.5" and "0"', () => {
    for (const rate of ['"100"', '"5.5"', '"0"', '"100.00"']) expect(validate("ok.yaml", 'rate: "17"', `rate: ${rate}`).code).toBe(0);
    expect(validate("r1001.yaml", 'rate: "17"', 'rate: "100.01"').code).toBe(1);
  });
});

describe("amounts below the documented maximum (1,000 billion)", () => {
  it("refuses a 46-digit price with its position", () => {
    const r = validate("a46.yaml", 'unitPrice: "1450.00"', 'unitPrice: "1234567890123456789012345678901234567890123456"');
    expect(r.code).toBe(1);
    expect(r.out).toContain("a46.yaml:13:16");
    expect(r.out).toContain("moins de 1 000 milliards");
  });

  it("refuses a payment of 1,000 billion, accepts 999,999,999,999.99", () => {
    const over = validate("pay.yaml", 'amount: "522.99"', 'amount: "1000000000000"');
    expect([over.code, over.out]).toEqual([1, expect.stringContaining("pay.yaml:17:13")]);
    expect(over.out).toContain("montant positif ou nul de moins de 1 000 milliards");
    expect(validate("pay-ok.yaml", 'amount: "522.99"', 'amount: "999999999999.99"').code).toBe(0);
  });
});

describe("negative lines only where the document allows them", () => {
  it("refuses a negative unit price on an invoice (BR-27), at its position, and says how to write a deduction", () => {
    const r = validate("neg-price.yaml", 'unitPrice: "1450.00"', 'unitPrice: "-1450.00"');
    expect(r.code).toBe(1);
    expect(r.out).toContain("neg-price.yaml:13:16");
    expect(r.out).toContain("NEGATIVE_UNIT_PRICE");
    expect(r.out).toContain('quantité négative et un prix positif (quantity: "-1")');
  });

  it("accepts a deduction line: a negative quantity at a positive price", () => {
    expect(validate("deduction.yaml", 'quantity: "1"', 'quantity: "-1"').code).toBe(0);
  });

  it("refuses a negative line on a credit note, with the positive form to write; accepts it positive", () => {
    writeFileSync(join(project, "base.yaml"), INVOICE);
    const note = (quantity: string) => `kind: credit-note
number: FP-2026-0120
issueDate: "2026-11-24"
terms: ./terms/cg.yaml
invoice: ./base.yaml
reason: Geste commercial
lines:
  - description: Formation
    quantity: ${quantity}
    unitPrice: "100.00"
    vat: { rate: "17" }
`;
    writeFileSync(join(project, "note-neg.yaml"), note('"-1"'));
    const r = cli(["validate", "note-neg.yaml"], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("note-neg.yaml:9:15");
    expect(r.stdout + r.stderr).toContain("les lignes d'un avoir s'écrivent en positif");
    expect(r.stdout + r.stderr).toContain('écrivez : "1"');
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    writeFileSync(join(project, "note-pos.yaml"), note('"1"'));
    expect(cli(["validate", "note-pos.yaml"], { cwd: project }).code).toBe(0);
  });
});
