import { describe, expect, it } from "vitest";
import { imputePayment } from "../../src/money/imputation.js";

describe("imputePayment (Pétillances: interest, indemnities, fees, then oldest invoices)", () => {
  const debts = {
    interest: "12.34",
    indemnities: 100,
    fees: 0,
    invoices: [
      { id: "FA-2", date: "2025-03-01", balance: 500 },
      { id: "FA-1", date: "2025-01-15", balance: 800 },
    ],
  };

  it("pays interest, then indemnities, then the oldest invoice", () => {
    // 1 000,00 − 12,34 (interest) = 987,66 − 100,00 (indemnity) = 887,66
    // − 800,00 (FA-1, the oldest) = 87,66 → FA-2: 500,00 − 87,66 = 412,34 left
    const r = imputePayment(1000, debts);
    expect(r.allocations.map((a) => [a.kind, a.invoice ?? "", a.applied.toFixed(2), a.remaining.toFixed(2)])).toEqual([
      ["interest", "", "12.34", "0.00"],
      ["indemnities", "", "100.00", "0.00"],
      ["oldest-invoices", "FA-1", "800.00", "0.00"],
      ["oldest-invoices", "FA-2", "87.66", "412.34"],
    ]);
    expect(r.remainingDue.toFixed(2)).toBe("412.34");
    expect(r.unallocated.isZero()).toBe(true);
  });

  it("leaves the principal untouched when the payment only covers interest", () => {
    const r = imputePayment(10, debts);
    expect(r.remaining.interest.toFixed(2)).toBe("2.34");
    expect(r.remaining.invoices.map((i) => i.balance.toFixed(2))).toEqual(["800.00", "500.00"]);
    // 12,34 + 100 + 800 + 500 − 10 = 1 402,34
    expect(r.remainingDue.toFixed(2)).toBe("1402.34");
  });

  it("reports an overpayment and honours another order", () => {
    // Owed 1 412,34; paid 2 000 → 587,66 unallocated
    expect(imputePayment(2000, debts).unallocated.toFixed(2)).toBe("587.66");
    // Invoices first: 1 000 pays FA-1 (800) then 200 of FA-2; interest and indemnity remain.
    const r = imputePayment(1000, debts, ["oldest-invoices"]);
    expect(r.remaining.invoices.map((i) => i.balance.toFixed(2))).toEqual(["0.00", "300.00"]);
    expect(r.remaining.interest.toFixed(2)).toBe("12.34");
  });
});
