import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../../src/money/decimal.js";
import { amountInWords, formatAmount, formatDate, formatDecimal, formatPercent, formatUnitPrice } from "../../src/money/format.js";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

describe("formatAmount", () => {
  it("prints French amounts with U+202F groups and U+00A0 before the symbol", () => {
    expect(formatAmount(new D("1234.56"))).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatAmount("344")).toBe(`344,00${NBSP}€`);
    expect(formatAmount(new D("-1234567.891"))).toBe(`-1${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(formatAmount("0.005")).toBe(`0,01${NBSP}€`); // half up
    expect(formatAmount("-0.001")).toBe(`0,00${NBSP}€`); // no "-0,00"
  });

  it("keeps digits beyond a float's precision (the Decimal's own string)", () => {
    expect(formatAmount(new D("12345678901234567.89"))).toBe(`12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567,89${NBSP}€`);
  });

  it("follows the currency's minor unit and symbol", () => {
    expect(formatAmount("1234.5", "USD")).toBe(`1${NNBSP}234,50${NBSP}$US`);
    expect(formatAmount("1234.5", "JPY")).toBe(`1${NNBSP}235${NBSP}JPY`);
  });

  it("keeps a unit price's extra decimals", () => {
    expect(formatUnitPrice("0.125")).toBe(`0,125${NBSP}€`);
    expect(formatUnitPrice("45")).toBe(`45,00${NBSP}€`);
  });

  it("equals Intl.NumberFormat('fr-FR') on values a float holds exactly (cents below 2^53)", () => {
    // Safe values: integer cents up to 10^13, so cents / 100 is the float nearest the decimal and
    // Intl prints it correctly. The production code never builds a float.
    for (const currency of ["EUR", "USD", "CHF", "GBP"]) {
      const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency });
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), (cents) => {
          const text = new D(cents.toString()).div(100).toFixed(2);
          expect(formatAmount(text, currency)).toBe(intl.format(Number(text)));
        }),
        { numRuns: 1000 },
      );
    }
  });
});

describe("formatDecimal and formatPercent", () => {
  it("drops trailing zeros", () => {
    expect(formatDecimal("1234.50")).toBe(`1${NNBSP}234,5`);
    expect(formatDecimal("3")).toBe("3");
    expect(formatDecimal("2.5", 2, 2)).toBe("2,50");
  });
  it("prints percents with U+00A0 before %", () => {
    expect(formatPercent("5.5")).toBe(`5,5${NBSP}%`);
    expect(formatPercent(20)).toBe(`20${NBSP}%`);
    expect(formatPercent(new D("11.13"))).toBe(`11,13${NBSP}%`);
  });
  it("matches Intl percent output on simple rates", () => {
    const intl = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });
    expect(formatPercent("5.5")).toBe(intl.format(0.055));
    expect(formatPercent("20")).toBe(intl.format(0.2));
  });
});

describe("formatDate", () => {
  it("writes French long dates with 1er", () => {
    expect(formatDate("2026-11-23")).toBe("23 novembre 2026");
    expect(formatDate("2026-01-01")).toBe("1er janvier 2026");
    expect(formatDate("2025-08-14")).toBe("14 août 2025");
    expect(() => formatDate("2026-13-01")).toThrow(/Date invalide/);
  });
});

describe("amountInWords (traditional orthography)", () => {
  it.each([
    ["344", "trois cent quarante-quatre euros"],
    ["1234.56", "mille deux cent trente-quatre euros et cinquante-six centimes"],
    ["1", "un euro"],
    ["0", "zéro euro"],
    ["0.5", "cinquante centimes"],
    ["0.01", "un centime"],
    ["1.01", "un euro et un centime"],
    ["21", "vingt et un euros"],
    ["71", "soixante et onze euros"],
    ["80", "quatre-vingts euros"],
    ["81", "quatre-vingt-un euros"],
    ["91", "quatre-vingt-onze euros"],
    ["99", "quatre-vingt-dix-neuf euros"],
    ["100", "cent euros"],
    ["200", "deux cents euros"],
    ["201", "deux cent un euros"],
    ["1000", "mille euros"],
    ["2000", "deux mille euros"],
    ["80000", "quatre-vingt mille euros"],
    ["200000", "deux cent mille euros"],
    ["1000000", "un million d'euros"],
    ["2000000", "deux millions d'euros"],
    ["200000000", "deux cents millions d'euros"],
    ["1000200", "un million deux cents euros"],
    ["3000000000", "trois milliards d'euros"],
    ["-12.3", "moins douze euros et trente centimes"],
    ["29.90", "vingt-neuf euros et quatre-vingt-dix centimes"],
    ["0.80", "quatre-vingts centimes"],
  ])("%s → %s", (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });
});
