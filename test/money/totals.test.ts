import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../src/model/generated/invoice.js";
import { computeTotals } from "../../src/money/totals.js";
import { wordStep } from "../../src/money/explain.js";
import { splitTtc } from "../../src/money/ttc.js";
import { D } from "../../src/money/decimal.js";

const vat20 = { rate: 20 } as const;
const line = (description: string, quantity: string | number, unitPrice: string | number, vat: DocumentLine["vat"] = vat20, discountPercent?: number): DocumentLine =>
  discountPercent === undefined ? { description, quantity, unitPrice, vat } : { description, quantity, unitPrice, vat, discountPercent };

describe("computeTotals, prices HT (EN 16931)", () => {
  it("computes a mixed-rate invoice with allowance, charge and deposit by hand", () => {
    // Line 1: 1 × 380,00 = 380,00 (20 %)
    // Line 2: 2,5 × 650,00 × (1 − 10 %) = 1 625,00 × 0,9 = 1 462,50 (20 %)
    // Line 3: 3 × 12,99 = 38,97 (5,5 %)
    // Charge 45,00 (20 %), allowance 50,00 (20 %)
    // Group 20 %: 380,00 + 1 462,50 + 45,00 − 50,00 = 1 837,50 → VAT 367,50
    // Group 5,5 %: 38,97 × 5,5 % = 2,14335 → 2,14
    // BT-106 = 1 881,47; BT-109 = 1 881,47 − 50 + 45 = 1 876,47; BT-110 = 369,64; BT-112 = 2 246,11
    // Paid 563,00 → due 1 683,11
    const t = computeTotals({
      lines: [line("Forfait assistance 4 h", 1, "380"), line("Développement", "2.5", 650, vat20, 10), line("Livres", 3, "12.99", { rate: "5.5" })],
      allowancesCharges: [
        { kind: "charge", reason: "Déplacement", amount: "45.00", vat: vat20 },
        { kind: "allowance", reason: "Remise fidélité", amount: 50, vat: vat20 },
      ],
      payments: [{ date: "2026-03-01", amount: "563.00" }],
    });
    expect(t.lines.map((l) => l.net.toFixed(2))).toEqual(["380.00", "1462.50", "38.97"]);
    expect(t.vatBreakdown.map((v) => [v.code, v.rate.toString(), v.base.toFixed(2), v.vat.toFixed(2)])).toEqual([
      ["S", "20", "1837.50", "367.50"],
      ["S", "5.5", "38.97", "2.14"],
    ]);
    expect(t.lineTotal.toFixed(2)).toBe("1881.47");
    expect(t.allowanceTotal.toFixed(2)).toBe("50.00");
    expect(t.chargeTotal.toFixed(2)).toBe("45.00");
    expect(t.totalNet.toFixed(2)).toBe("1876.47");
    expect(t.totalVat.toFixed(2)).toBe("369.64");
    expect(t.totalGross.toFixed(2)).toBe("2246.11");
    expect(t.paid.toFixed(2)).toBe("563.00");
    expect(t.amountDue.toFixed(2)).toBe("1683.11");
    expect(t.steps.length).toBeGreaterThan(5);
    expect(t.steps.every((s) => wordStep(s, "fr").label.length > 0 && wordStep(s, "en").label.length > 0)).toBe(true);
  });

  it("rounds VAT once per group, not per line", () => {
    // 3 × 0,33 at 20 %: per line 0,066 → 0,07 would give 0,21; per group 0,99 × 20 % = 0,198 → 0,20.
    const t = computeTotals({ lines: [line("a", 1, "0.33"), line("b", 1, "0.33"), line("c", 1, "0.33")] });
    expect(t.totalVat.toFixed(2)).toBe("0.20");
    expect(t.totalGross.toFixed(2)).toBe("1.19");
  });

  it("groups '20', 20 and '20.0' together and rounds the line net once", () => {
    // 3 × 0,125 = 0,375 → 0,38 (half up); 1 × 0,125 = 0,125 → 0,13; group 0,51 × 20 % = 0,102 → 0,10
    const t = computeTotals({ lines: [line("x", 3, "0.125", { rate: "20" }), line("y", 1, "0.125", { rate: "20.0" })] });
    expect(t.vatBreakdown).toHaveLength(1);
    expect(t.lines.map((l) => l.net.toFixed(2))).toEqual(["0.38", "0.13"]);
    expect(t.totalVat.toFixed(2)).toBe("0.10");
  });

  it("handles exempt (art. 293 B), reverse charge and zero-rated groups", () => {
    const t = computeTotals({
      lines: [
        line("Forfait maintenance", 12, 45, { category: "exempt", reason: "TVA non applicable, art. 293 B du CGI" }),
        line("Conseil", 2, 500, { category: "reverse-charge", reason: "Autoliquidation" }),
        line("Livre export", 1, 10, { rate: 0 }),
      ],
    });
    expect(t.vatBreakdown.map((v) => [v.category, v.code, v.reason ?? "", v.base.toFixed(2), v.vat.toFixed(2)])).toEqual([
      ["exempt", "E", "TVA non applicable, art. 293 B du CGI", "540.00", "0.00"],
      ["reverse-charge", "AE", "Autoliquidation", "1000.00", "0.00"],
      ["standard", "Z", "", "10.00", "0.00"],
    ]);
    expect(t.totalGross.toFixed(2)).toBe("1550.00");
  });

  it("refuses an allowance or a payment with more than two decimals", () => {
    expect(() => computeTotals({ lines: [line("a", 1, 10)], payments: [{ date: "2026-01-01", amount: "1.005" }] })).toThrow(/plus de deux décimales/);
  });
});

describe("computeTotals, prices TTC", () => {
  it("keeps Luxogés' 29,90 € TTC: 24,92 € HT + 4,98 € TVA", () => {
    // 29,90 / 1,20 = 24,9166… → 24,92; TVA = 29,90 − 24,92 = 4,98
    const t = computeTotals({ lines: [line("Abonnement Luxogés", 1, "29.90")], pricesInclude: "TTC" });
    expect([t.totalNet.toFixed(2), t.totalVat.toFixed(2), t.totalGross.toFixed(2)]).toEqual(["24.92", "4.98", "29.90"]);
    expect(t.lines[0]?.gross?.toFixed(2)).toBe("29.90");
  });

  it("splits once per group on the TTC sum and spreads the HT over the lines", () => {
    // 12 × 29,90 = 358,80 TTC and SMS option 10,00 TTC: group 368,80 → HT 368,80 / 1,2 = 307,3333… → 307,33; TVA 61,47
    // Shares: 358,80 / 1,2 = 299,00; 10,00 / 1,2 = 8,333… → 8,33; 299,00 + 8,33 = 307,33 (no adjustment)
    const t = computeTotals({ lines: [line("Abonnement 12 mois", 12, "29.90"), line("Option SMS", 1, 10)], pricesInclude: "TTC" });
    expect([t.totalNet.toFixed(2), t.totalVat.toFixed(2), t.totalGross.toFixed(2)]).toEqual(["307.33", "61.47", "368.80"]);
    expect(t.lines.map((l) => l.net.toFixed(2))).toEqual(["299.00", "8.33"]);
  });

  it("puts the rounding difference on the group's last item", () => {
    // 3 × 0,10 TTC: each 0,10 / 1,2 = 0,0833 → 0,08 (0,24); group 0,30 / 1,2 = 0,25 → last line 0,09
    const t = computeTotals({ lines: [line("a", 1, "0.10"), line("b", 1, "0.10"), line("c", 1, "0.10")], pricesInclude: "TTC" });
    expect(t.lines.map((l) => l.net.toFixed(2))).toEqual(["0.08", "0.08", "0.09"]);
    expect([t.totalNet.toFixed(2), t.totalVat.toFixed(2), t.totalGross.toFixed(2)]).toEqual(["0.25", "0.05", "0.30"]);
    expect(t.lineTotal.equals(t.totalNet)).toBe(true);
  });

  it("treats a TTC allowance in its group", () => {
    // 100,00 TTC − 10,00 TTC allowance = 90,00 → HT 75,00, TVA 15,00; shares 83,33 and −8,33 → allowance 8,33 HT
    const t = computeTotals({
      lines: [line("Prestation", 1, 100)],
      allowancesCharges: [{ kind: "allowance", reason: "Geste commercial", amount: 10, vat: vat20 }],
      pricesInclude: "TTC",
    });
    expect([t.totalNet.toFixed(2), t.totalVat.toFixed(2), t.totalGross.toFixed(2)]).toEqual(["75.00", "15.00", "90.00"]);
    expect(t.lines[0]?.net.toFixed(2)).toBe("83.33");
    expect(t.allowancesCharges[0]?.amount.toFixed(2)).toBe("8.33");
    expect(t.lineTotal.minus(t.allowanceTotal).equals(t.totalNet)).toBe(true);
  });
});

describe("splitTtc", () => {
  it("splits 29,90 € at 20 % and 10,55 € at 5,5 %", () => {
    const a = splitTtc(new D("29.90"), new D(20));
    expect([a.ht.toFixed(2), a.vat.toFixed(2)]).toEqual(["24.92", "4.98"]);
    // 10,55 / 1,055 = 10,00 exactly
    const b = splitTtc(new D("10.55"), new D("5.5"));
    expect([b.ht.toFixed(2), b.vat.toFixed(2)]).toEqual(["10.00", "0.55"]);
    expect(() => splitTtc(new D("1.001"), new D(20))).toThrow(/au centime/);
  });
});
