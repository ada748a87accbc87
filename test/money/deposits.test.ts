import { describe, expect, it } from "vitest";
import { deposit, schedule } from "../../src/money/deposits.js";

describe("deposit", () => {
  it("computes a deposit and refuses one above the ceiling (Altairis: 30 %)", () => {
    // 2 246,11 × 30 % = 673,833 → 673,83
    expect(deposit("2246.11", 30, 30).amount.toFixed(2)).toBe("673.83");
    expect(() => deposit("2246.11", 31, 30)).toThrow(/supérieur au plafond de 30/);
  });
});

describe("schedule", () => {
  it("splits Livenote's 30 / 40 / 30 so that the parts add up to the total", () => {
    // 1 000,01 × 30 % = 300,003 → 300,00; × 40 % = 400,004 → 400,00; last = 1 000,01 − 700,00 = 300,01
    const r = schedule("1000.01", [
      { label: "Avant le commencement", percent: 30 },
      { label: "À la moitié du projet", percent: 40 },
      { label: "À la livraison", percent: 30 },
    ]);
    expect(r.parts.map((p) => p.amount.toFixed(2))).toEqual(["300.00", "400.00", "300.01"]);
  });

  it("refuses parts that do not total 100 %", () => {
    expect(() => schedule(100, [{ label: "a", percent: 30 }, { label: "b", percent: 60 }])).toThrow(/90/);
  });
});
