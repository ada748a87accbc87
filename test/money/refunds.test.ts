import { describe, expect, it } from "vitest";
import { computeRefund, monthsUsedBetween, type RefundPolicy } from "../../src/money/refunds.js";
import { wordStep } from "../../src/money/explain.js";

const livenotePlan: RefundPolicy = {
  id: "maintenance-annuelle",
  kind: "prepaid-plan-prorata",
  clause: "duree-resiliation",
  months: 12,
  monthlyBasePrice: 49,
  monthlyPlanPrice: 45,
  startedMonthDue: true,
  refundWithinDays: 45,
};

describe("prepaid-plan-prorata (Livenote)", () => {
  it("refunds 344,00 € for 4 months used of 12 at 45 € (base 49 €)", () => {
    // 8 × 45 − 4 × (49 − 45) = 360 − 16 = 344
    const r = computeRefund(livenotePlan, { monthsUsed: 4 });
    expect(r.amount.toFixed(2)).toBe("344.00");
    expect(r.paid.toFixed(2)).toBe("540.00"); // 12 × 45
    expect(r.steps.map((s) => wordStep(s, "fr").formula).filter(Boolean)).toEqual([
      "(12 − 4) × 45,00\u00A0€ = 8 × 45,00\u00A0€ = 360,00\u00A0€",
      "4 × (49,00\u00A0€ − 45,00\u00A0€) = 16,00\u00A0€",
      "360,00\u00A0€ − 16,00\u00A0€ = 344,00\u00A0€",
    ]);
  });

  it("counts started months from the dates: 1 Jan 2020 → 1 May 2020 = 4", () => {
    expect(monthsUsedBetween("2020-01-01", "2020-05-01")).toBe(4);
    expect(monthsUsedBetween("2020-01-01", "2020-05-02")).toBe(5); // May started
    expect(monthsUsedBetween("2020-01-01", "2020-05-02", false)).toBe(4); // whole months only
    expect(computeRefund(livenotePlan, { startDate: "2020-01-01", cancelledOn: "2020-05-01" }).amount.toFixed(2)).toBe("344.00");
  });

  it("never goes negative nor above what was paid", () => {
    // 11 used: 1 × 45 − 11 × 4 = 1; 12 used: 0 − 48 → 0; 0 used: 12 × 45 = 540 = paid
    expect(computeRefund(livenotePlan, { monthsUsed: 11 }).amount.toFixed(2)).toBe("1.00");
    expect(computeRefund(livenotePlan, { monthsUsed: 12 }).amount.toFixed(2)).toBe("0.00");
    expect(computeRefund(livenotePlan, { monthsUsed: 0 }).amount.toFixed(2)).toBe("540.00");
    // Paid less than the plan (a promotion): capped at 500
    expect(computeRefund(livenotePlan, { monthsUsed: 0, amountPaid: 500 }).amount.toFixed(2)).toBe("500.00");
  });
});

describe("pro-rata-services (Altairis)", () => {
  const policy: RefundPolicy = { id: "forfaits-support", kind: "pro-rata-services", clause: "resiliation-anticipee", withLegalInterest: true };

  it("refunds what was paid minus the services rendered, with legal interest", () => {
    // 1 000 − 400 = 600 refunded.
    // Interest at the legal rate (autres cas) from 16 May to 14 Aug 2025:
    //   46 days at 3,71 % + 45 days at 2,76 %: 600 × (0,0371 × 46 + 0,0276 × 45) / 365
    //   = 600 × (1,7066 + 1,242) / 365 = 1 769,16 / 365 = 4,8470… → 4,85 €
    const r = computeRefund(policy, { amountPaid: 1000, servicesRendered: 400, paidOn: "2025-05-15" }, { refundDate: "2025-08-14", clientType: "business" });
    expect(r.amount.toFixed(2)).toBe("600.00");
    expect(r.interest.toFixed(2)).toBe("4.85");
    expect(r.total.toFixed(2)).toBe("604.85");
  });

  it("refunds nothing when services exceed what was paid", () => {
    const r = computeRefund({ ...policy, withLegalInterest: false }, { amountPaid: 300, servicesRendered: 400 });
    expect(r.amount.isZero()).toBe(true);
  });
});

describe("end-of-period-no-refund", () => {
  it("refunds 0 € and says why", () => {
    const r = computeRefund({ id: "mensuel", kind: "end-of-period-no-refund", clause: "resiliation" }, { amountPaid: "29.90" });
    expect(r.amount.isZero()).toBe(true);
    expect(wordStep(r.steps[0]!, "fr").label).toMatch(/aucun remboursement/);
  });
});

describe("service-outcome (Livenote shop services)", () => {
  const policy: RefundPolicy = {
    id: "services-boutique",
    kind: "service-outcome",
    clause: "services-extras",
    outcomes: [
      { id: "non-resolu", label: "Problème non résolu", refundPercent: 100 },
      { id: "annule-avant-debut", label: "Annulé avant le début", refundPercent: 100, minusProviderFees: true },
      { id: "acces-impossible", label: "Accès non fourni", refundPercent: 50 },
      { id: "livre", label: "Service livré", refundPercent: 0 },
    ],
  };
  it.each([
    // 79,00 × 100 % = 79,00; 79,00 − 2,35 fees = 76,65; 79,00 × 50 % = 39,50; 0
    ["non-resolu", "79.00"],
    ["annule-avant-debut", "76.65"],
    ["acces-impossible", "39.50"],
    ["livre", "0.00"],
  ])("%s → %s", (outcome, expected) => {
    expect(computeRefund(policy, { amountPaid: 79, outcome, providerFees: "2.35" }).amount.toFixed(2)).toBe(expected);
  });
  it("rejects an unknown outcome", () => {
    expect(() => computeRefund(policy, { amountPaid: 79, outcome: "autre" })).toThrow(/inconnue/);
  });
});
