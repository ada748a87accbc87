// Guard: src/money never lets a binary float touch an amount or a rate.
// For every src/money/*.ts, comments removed, it fails on:
//   - parseFloat( / parseInt(        string → float or int conversions
//   - Number(                         float conversion (Number.isNaN and other statics are allowed)
//   - .toNumber(                      Decimal → float
//   - Math.                           float arithmetic helpers
//   - .format(                        Intl.NumberFormat on a number (formatToParts on literals is how
//                                     format.ts learns the currency shape; digits come from the Decimal)
//   - a declaration typing an amount-like name as number (amount, price, total, rate, fee, vat, net,
//     gross, balance, interest, percent, paid, due, base, ttc, ht, cents: `price: number`,
//     `total?: number`, `let amount: number`): amounts are Decimal; day, month and hour counts may be numbers
//   - an import of "decimal.js" outside decimal.ts (everyone uses the local clone D)
// It cannot see arithmetic on untyped JSON numbers; the schema types (string | number) force every
// amount through toDecimal, which takes the number's decimal text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = join(import.meta.dirname, "../../src/money");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

const FORBIDDEN: [string, RegExp][] = [
  ["parseFloat/parseInt", /\bparse(Float|Int)\s*\(/],
  ["Number(", /\bNumber\s*\(/],
  [".toNumber(", /\.toNumber\s*\(/],
  ["Math.", /\bMath\./],
  [".format( (Intl on a number)", /\.format\s*\(/],
  [
    "amount-like name typed number",
    /\b\w*(amount|price|total|rate|fee|vat|net|gross|balance|interest|percent|paid|due|base|ttc|ht|cents)\w*\??\s*:\s*number\b/i,
  ],
];

describe("no float in src/money", () => {
  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s", (file) => {
    const code = withoutComments(readFileSync(join(dir, file), "utf8"));
    const found = FORBIDDEN.filter(([, re]) => re.test(code)).map(([name]) => name);
    if (file !== "decimal.ts" && /from\s+["']decimal\.js["']/.test(code)) found.push('import from "decimal.js"');
    expect(found).toEqual([]);
  });

  it("catches what it claims to catch", () => {
    const bad = ["const x = parseFloat(s);", "const y = Number(s);", "d.toNumber()", "Math.round(x)", "nf.format(1.5)", "let price: number = 3;", "total?: number;"];
    for (const line of bad) expect(FORBIDDEN.some(([, re]) => re.test(withoutComments(line))), line).toBe(true);
    const good = ["Number.isNaN(ms)", "// Math.round in a comment", "days: number", "minNotice: number", "formatAmount(d)"];
    for (const line of good) expect(FORBIDDEN.some(([, re]) => re.test(withoutComments(line))), line).toBe(false);
  });
});
