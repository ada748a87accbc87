// Rates from /work/shared/legal/legal-facts.md (also in src/legal/data):
//   taux de l'intérêt légal, autres cas (A) / particulier (P): 2025 S1 3,71 % / 7,21 %;
//   2025 S2 2,76 % / 6,65 %; 2026 S1 2,62 % / 6,67 %; 2026 S2 unknown.
//   ECB reference rate (MRO on 1 Jan / 1 Jul): 2025 S1 3,15 %; 2025 S2 2,15 %; 2026 S1 2,15 %.
import { describe, expect, it } from "vitest";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { computeLatePenalty, recoveryIndemnity } from "../../src/money/penalties.js";
import { wordStep } from "../../src/money/explain.js";

const threeTimesLegal = { kind: "legal-rate-multiple", multiple: 3 } as const;

describe("computeLatePenalty, pro rata temporis", () => {
  it("splits at a semester boundary: 1 000 € due 15 May 2025, paid 14 Aug 2025, 3 × legal rate", () => {
    // Interest runs 16 May → 14 Aug 2025 inclusive = 91 days.
    // Part 1, 2025 S1: 16 May → 30 Jun = 16 + 30 = 46 days at 3 × 3,71 % = 11,13 %
    //   1 000 × 11,13 % × 46 / 365 = 5 119,8 / 365 = 14,0268493…
    // Part 2, 2025 S2: 1 Jul → 14 Aug = 31 + 14 = 45 days at 3 × 2,76 % = 8,28 %
    //   1 000 × 8,28 % × 45 / 365 = 3 726 / 365 = 10,2082191…
    // Total 8 845,8 / 365 = 24,2350684… → 24,24 €
    const r = computeLatePenalty({ amount: 1000, dueDate: "2025-05-15", paidOn: "2025-08-14", penalty: threeTimesLegal, law: "FR" });
    expect(r.daysLate).toBe(91);
    expect(r.parts.map((p) => [p.from, p.to, p.days, p.rate.rate.toString()])).toEqual([
      ["2025-05-16", "2025-06-30", 46, "11.13"],
      ["2025-07-01", "2025-08-14", 45, "8.28"],
    ]);
    expect(r.interest.toFixed(2)).toBe("24.24");
    expect(r.parts[0]?.interest.toFixed(10)).toBe("14.0268493151");
  });

  it("splits at a year boundary: 2 000 € due 10 Dec 2025, paid 20 Jan 2026, 3 × legal rate", () => {
    // 2025 S2: 11 → 31 Dec = 21 days at 3 × 2,76 % = 8,28 %: 2 000 × 0,0828 × 21 / 365 = 3 477,6 / 365
    // 2026 S1: 1 → 20 Jan = 20 days at 3 × 2,62 % = 7,86 %: 2 000 × 0,0786 × 20 / 365 = 3 144 / 365
    // Total 6 621,6 / 365 = 18,1413698… → 18,14 €
    const r = computeLatePenalty({ amount: "2000.00", dueDate: "2025-12-10", paidOn: "2026-01-20", penalty: threeTimesLegal, law: "FR" });
    expect(r.parts.map((p) => [p.days, p.rate.rate.toString()])).toEqual([
      [21, "8.28"],
      [20, "7.86"],
    ]);
    expect(r.interest.toFixed(2)).toBe("18.14");
  });

  it("uses ECB + 10 points by default in France, per semester", () => {
    // 1 000 € due 20 Jun 2025, paid 10 Jul 2025.
    // 21 → 30 Jun: 10 days at 3,15 + 10 = 13,15 %; 1 → 10 Jul: 10 days at 2,15 + 10 = 12,15 %
    // 1 000 × (0,1315 × 10 + 0,1215 × 10) / 365 = 2 530 / 365 = 6,9315… → 6,93 €
    const r = computeLatePenalty({ amount: 1000, dueDate: "2025-06-20", paidOn: "2025-07-10", law: "FR" });
    expect(r.parts.map((p) => p.rate.rate.toString())).toEqual(["13.15", "12.15"]);
    expect(r.interest.toFixed(2)).toBe("6.93");
  });

  it("uses ECB + 8 points in Luxembourg (Pétillances)", () => {
    // 5 000 € due 31 Mar 2025, paid 30 Apr 2025: 30 days at 3,15 + 8 = 11,15 %
    // 5 000 × 0,1115 × 30 / 365 = 16 725 / 365 = 45,8219… → 45,82 €
    const clause = computeLatePenalty({ amount: 5000, dueDate: "2025-03-31", paidOn: "2025-04-30", penalty: { kind: "ecb-plus", points: 8 }, law: "LU" });
    const byDefault = computeLatePenalty({ amount: 5000, dueDate: "2025-03-31", paidOn: "2025-04-30", law: "LU" });
    expect(clause.interest.toFixed(2)).toBe("45.82");
    expect(byDefault.interest.toFixed(2)).toBe("45.82");
  });

  it("applies a fixed annual rate", () => {
    // 1 500 € due 31 Jan 2026, paid 2 Mar 2026: 30 days at 12 %: 1 500 × 0,12 × 30 / 365 = 5 400 / 365 = 14,7945… → 14,79 €
    const r = computeLatePenalty({ amount: 1500, dueDate: "2026-01-31", paidOn: "2026-03-02", penalty: { kind: "fixed", annualRate: 12 }, law: "FR" });
    expect(r.parts).toHaveLength(1);
    expect(r.interest.toFixed(2)).toBe("14.79");
  });

  it("fixes the rate at the invoice date when the terms say so (Livenote: 2 × legal rate « en vigueur au jour de la facturation »)", () => {
    // Invoice and due date 1 Jun 2025, paid 29 Sep 2025: 2 Jun → 29 Sep = 29 + 31 + 31 + 29 = 120 days,
    // all at 2 × 3,71 % = 7,42 % (2025 S1, the invoice's semester): 1 000 × 0,0742 × 120 / 365 = 8 904 / 365 = 24,394… → 24,39 €
    const r = computeLatePenalty({
      amount: 1000,
      dueDate: "2025-06-01",
      paidOn: "2025-09-29",
      penalty: { kind: "legal-rate-multiple", multiple: 2 },
      rateDate: "invoice-date",
      invoiceDate: "2025-06-01",
      law: "FR",
    });
    expect(r.parts.map((p) => [p.days, p.rate.rate.toString()])).toEqual([[120, "7.42"]]);
    expect(r.interest.toFixed(2)).toBe("24.39");
  });

  it("uses the consumer legal rate when the clause says so", () => {
    // 10 days at 7,21 %: 1 000 × 0,0721 × 10 / 365 = 721 / 365 = 1,9753… → 1,98 €
    const r = computeLatePenalty({ amount: 1000, dueDate: "2025-05-15", paidOn: "2025-05-25", penalty: { kind: "legal-rate-multiple", multiple: 1, legalRate: "consumer" }, law: "FR" });
    expect(r.interest.toFixed(2)).toBe("1.98");
  });

  it("charges nothing when paid on or before the due date", () => {
    const r = computeLatePenalty({ amount: 1000, dueDate: "2025-05-15", paidOn: "2025-05-15", penalty: threeTimesLegal, law: "FR" });
    expect(r.interest.isZero()).toBe(true);
    expect(r.parts).toEqual([]);
  });
});

describe("computeLatePenalty, per started month (Altairis)", () => {
  it("charges each started month whole at rate / 12, each at its first day's semester rate", () => {
    // Due 15 May 2025, paid 14 Aug 2025: months (15 May, 15 Jun], (15 Jun, 15 Jul], (15 Jul, 15 Aug] → 3 started months.
    // Months 1 and 2 start in 2025 S1 (11,13 %), month 3 starts 16 Jul in S2 (8,28 %).
    // 1 000 × (11,13 + 11,13 + 8,28) % / 12 = 1 000 × 30,54 / 1 200 = 25,45 €
    const r = computeLatePenalty({ amount: 1000, dueDate: "2025-05-15", paidOn: "2025-08-14", penalty: threeTimesLegal, computation: "per-started-month", law: "FR" });
    expect(r.parts.map((p) => [p.from, p.to, p.months, p.rate.rate.toString()])).toEqual([
      ["2025-05-16", "2025-07-15", 2, "11.13"],
      ["2025-07-16", "2025-08-15", 1, "8.28"],
    ]);
    expect(r.interest.toFixed(2)).toBe("25.45");
  });

  it("counts a month as started the day after a monthly anniversary", () => {
    const at = (paidOn: string) =>
      computeLatePenalty({ amount: 1200, dueDate: "2025-01-31", paidOn, penalty: { kind: "fixed", annualRate: 12 }, computation: "per-started-month", law: "FR" });
    // 1 200 × 12 % / 12 = 12 € a month. Due 31 Jan: first month ends 28 Feb (clamped), second 31 Mar.
    expect(at("2025-02-01").interest.toFixed(2)).toBe("12.00");
    expect(at("2025-02-28").interest.toFixed(2)).toBe("12.00");
    expect(at("2025-03-01").interest.toFixed(2)).toBe("24.00");
    expect(at("2025-03-31").interest.toFixed(2)).toBe("24.00");
  });
});

describe("computeLatePenalty, data gaps", () => {
  it("propagates LegalDataGapError beyond the known legal rates", () => {
    // 2026 S2 legal rate is unknown: no guess.
    expect(() => computeLatePenalty({ amount: 1000, dueDate: "2026-06-20", paidOn: "2026-07-10", penalty: threeTimesLegal, law: "FR" })).toThrow(LegalDataGapError);
    expect(() => computeLatePenalty({ amount: 1000, dueDate: "2026-06-20", paidOn: "2026-07-10", law: "FR" })).toThrow(LegalDataGapError);
  });
  it("has no Luxembourg legal rate to multiply", () => {
    expect(() => computeLatePenalty({ amount: 1000, dueDate: "2025-01-10", paidOn: "2025-01-20", penalty: threeTimesLegal, law: "LU" })).toThrow(LegalDataGapError);
  });
});

describe("recoveryIndemnity", () => {
  it("is 40 € per invoice in France, from the terms or from the law", () => {
    expect(recoveryIndemnity({ amount: 40 }, 1000, "business").amount.toFixed(2)).toBe("40.00");
    // Livenote names the indemnity without an amount: the legal 40 € (D441-5).
    const livenote = recoveryIndemnity({}, 1000, "business");
    expect(livenote.amount.toFixed(2)).toBe("40.00");
    expect(wordStep(livenote.steps[0]!, "fr").label).toMatch(/légale/);
  });

  it("is 10 % of the balance with a 40 € minimum for Pétillances", () => {
    // 1 234,56 × 10 % = 123,456 → 123,46; 250 × 10 % = 25 < 40 → 40
    expect(recoveryIndemnity({ percentOfBalance: 10, amount: 40 }, "1234.56", "business", { law: "LU" }).amount.toFixed(2)).toBe("123.46");
    expect(recoveryIndemnity({ percentOfBalance: 10, amount: 40 }, 250, "business", { law: "LU" }).amount.toFixed(2)).toBe("40.00");
  });

  it("is never owed by a consumer, nor without delay", () => {
    expect(recoveryIndemnity({ amount: 40 }, 1000, "consumer").amount.isZero()).toBe(true);
    expect(recoveryIndemnity({ amount: 40 }, 1000, "business", { daysLate: 0 }).amount.isZero()).toBe(true);
  });

  it("does not apply Altairis' 30-day condition (due from the first day of delay)", () => {
    const r = recoveryIndemnity({ amount: 40, condition: { kind: "min-days-late", days: 30 } }, 1000, "business", { daysLate: 5 });
    expect(r.amount.toFixed(2)).toBe("40.00");
    expect(wordStep(r.steps[0]!, "fr").label).toMatch(/non appliquée/);
  });
});
