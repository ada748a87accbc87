import { describe, expect, it } from "vitest";
import { billableDuration, smallOrderFeeApplies, travelFee, unitFee } from "../../src/money/billing-units.js";

const rounding = { halfDayAboveHours: 2, fullDayAboveHours: 4 };

describe("billableDuration (Pétillances: > 2 h half day, > 4 h full day)", () => {
  it.each([
    ["1.5", "hour", "1.5"],
    ["2", "hour", "2"],
    ["2.25", "half-day", "1"],
    ["4", "half-day", "1"],
    ["4.5", "day", "1"],
    ["8", "day", "1"],
  ])("%s h → %s × %s", (hours, unit, quantity) => {
    const r = billableDuration(hours, rounding);
    expect([r.unit, r.quantity.toString()]).toEqual([unit, quantity]);
  });
});

describe("travelFee", () => {
  it("multiplies kilometres by the zone's rate", () => {
    // 37,5 km × 0,50 = 18,75; 123 km × 0,75 = 92,25; blue zone 0,00
    expect(travelFee("37.5", { id: "verte", label: "Luxembourg – zone verte", perKm: "0.50" }).amount.toFixed(2)).toBe("18.75");
    expect(travelFee(123, { id: "etranger", label: "Étranger", perKm: "0.75" }).amount.toFixed(2)).toBe("92.25");
    expect(travelFee(80, { id: "bleue", label: "Luxembourg – zone bleue", perKm: "0.00" }).amount.toFixed(2)).toBe("0.00");
  });
});

describe("smallOrderFeeApplies (below 350 €, amount not fixed)", () => {
  it("applies strictly below the threshold", () => {
    const below = smallOrderFeeApplies("349.99", { below: 350 });
    expect(below.applies).toBe(true);
    expect(below.amount).toBeUndefined();
    expect(smallOrderFeeApplies(350, { below: 350 }).applies).toBe(false);
    expect(smallOrderFeeApplies(100, { below: 350, amount: 25 }).amount?.toFixed(2)).toBe("25.00");
  });
});

describe("unitFee", () => {
  it("charges 3 € per printed certificate", () => {
    // 7 × 3,00 = 21,00
    expect(unitFee(7, 3).amount.toFixed(2)).toBe("21.00");
  });
});
