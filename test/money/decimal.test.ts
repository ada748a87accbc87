import * as decimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { D, roundCents, toAmount, toDecimal } from "../../src/money/decimal.js";

describe("decimal", () => {
  it("reads schema numbers through their decimal text", () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floats, exactly 0.3 here.
    expect(toDecimal(0.1, "a").plus(toDecimal(0.2, "b")).toString()).toBe("0.3");
    expect(toDecimal("29.90", "prix").toFixed(2)).toBe("29.90");
  });

  it("refuses what is not a finite decimal, in French", () => {
    expect(() => toDecimal("abc", "le prix")).toThrow("Valeur décimale invalide pour le prix : « abc ».");
    expect(() => toDecimal(Infinity, "le prix")).toThrow(/n'est pas un nombre fini/);
    expect(() => toDecimal(NaN, "le prix")).toThrow(/invalide/);
    expect(() => toAmount("1.001", "du paiement")).toThrow(/plus de deux décimales/);
  });

  it("rounds half up, away from zero", () => {
    expect(roundCents(new D("2.345")).toString()).toBe("2.35");
    expect(roundCents(new D("-2.345")).toString()).toBe("-2.35");
    expect(roundCents(new D("2.3449999")).toString()).toBe("2.34");
  });

  it("keeps 40 digits whatever the global decimal.js settings", () => {
    const Global = decimalJs.Decimal;
    const before = Global.precision;
    Global.set({ precision: 5 });
    try {
      expect(new D(1).div(3).toString()).toBe("0." + "3".repeat(40));
    } finally {
      Global.set({ precision: before });
    }
  });
});
