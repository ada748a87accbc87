// Property-based tests (fast-check, 1 000 runs each): the invariants every computation must keep.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentLevelAllowanceRemiseOrChargeFrais, DocumentLine } from "../../src/model/generated/invoice.js";
import { D, type Decimal, ZERO, sum } from "../../src/money/decimal.js";
import { schedule } from "../../src/money/deposits.js";
import { computeRefund, type RefundPolicy } from "../../src/money/refunds.js";
import { computeTotals } from "../../src/money/totals.js";
import { splitTtc } from "../../src/money/ttc.js";

const RUNS = { numRuns: 1000 };

/** Decimal text with `places` decimals from an integer number of units. */
const decimalText = (min: bigint, max: bigint, places: number) =>
  fc.bigInt({ min, max }).map((n) => new D(n.toString()).div(new D(10).pow(places)).toFixed(places));
const cents = (min: bigint, max: bigint) => decimalText(min, max, 2);

const RATES = ["20", "10", "5.5", "2.1", "17", "14", "8", "3", "0"];

const vatArb: fc.Arbitrary<DocumentLine["vat"]> = fc.oneof(
  fc.constantFrom(...RATES).map((rate) => ({ rate })),
  fc.constant({ category: "exempt" as const, reason: "TVA non applicable, art. 293 B du CGI" }),
  fc.constant({ category: "reverse-charge" as const, reason: "Autoliquidation" }),
);

const lineArb: fc.Arbitrary<DocumentLine> = fc
  .record({
    quantity: decimalText(-5_000n, 1_000_000n, 3),
    unitPrice: decimalText(0n, 10_000_000n, 4),
    discountPercent: fc.option(decimalText(0n, 10_000n, 2), { nil: undefined }),
    vat: vatArb,
  })
  .map(({ discountPercent, ...l }) => (discountPercent === undefined ? { description: "ligne", ...l } : { description: "ligne", discountPercent, ...l }));

const acArb: fc.Arbitrary<DocumentLevelAllowanceRemiseOrChargeFrais> = fc.record({
  kind: fc.constantFrom("allowance" as const, "charge" as const),
  reason: fc.constant("motif"),
  amount: cents(0n, 1_000_000n),
  vat: vatArb,
});

const hasCents = (d: Decimal): boolean => d.decimalPlaces() <= 2;
const signed = (kind: "allowance" | "charge", d: Decimal): Decimal => (kind === "allowance" ? d.negated() : d);

describe("totals", () => {
  it("the VAT breakdown adds up exactly to the totals (HT and TTC documents)", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.array(acArb, { maxLength: 3 }),
        fc.constantFrom("HT" as const, "TTC" as const),
        (lines, allowancesCharges, pricesInclude) => {
          const t = computeTotals({ lines, allowancesCharges, pricesInclude });
          expect(sum(t.vatBreakdown.map((v) => v.base)).equals(t.totalNet)).toBe(true);
          expect(sum(t.vatBreakdown.map((v) => v.vat)).equals(t.totalVat)).toBe(true);
          expect(sum(t.vatBreakdown.map((v) => v.gross)).equals(t.totalGross)).toBe(true);
          expect(t.totalNet.plus(t.totalVat).equals(t.totalGross)).toBe(true);
          expect(t.lineTotal.minus(t.allowanceTotal).plus(t.chargeTotal).equals(t.totalNet)).toBe(true);
          for (const v of t.vatBreakdown) {
            // Each group's lines, allowances and charges add up to its base (EN 16931 BR-S-08).
            const lineSum = sum(t.lines.filter((l) => l.vatKey === v.key).map((l) => l.net));
            const acSum = sum(t.allowancesCharges.filter((a) => a.vatKey === v.key).map((a) => signed(a.kind, a.amount)));
            expect(lineSum.plus(acSum).equals(v.base)).toBe(true);
            expect(hasCents(v.base) && hasCents(v.vat)).toBe(true);
          }
          if (pricesInclude === "TTC") {
            // The TTC amounts the client sees are kept to the cent.
            const stated = sum(t.lines.map((l) => l.gross ?? ZERO)).plus(sum(t.allowancesCharges.map((a) => signed(a.kind, a.gross ?? ZERO))));
            expect(stated.equals(t.totalGross)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("TTC split", () => {
  it("a TTC price splits back to itself: HT + TVA = TTC, HT to the cent and within half a cent of TTC / (1 + taux)", () => {
    fc.assert(
      fc.property(cents(-100_000_000n, 100_000_000n), fc.constantFrom(...RATES), (ttcText, rateText) => {
        const ttc = new D(ttcText);
        const rate = new D(rateText);
        const { ht, vat } = splitTtc(ttc, rate);
        expect(ht.plus(vat).equals(ttc)).toBe(true);
        expect(hasCents(ht) && hasCents(vat)).toBe(true);
        const exact = ttc.div(rate.div(100).plus(1));
        expect(ht.minus(exact).abs().lessThanOrEqualTo("0.005")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("schedule", () => {
  it("the parts add up exactly to the total", () => {
    // Parts in hundredths of a percent that sum to 100 %.
    const partsArb = fc
      .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 })
      .map((weights) => {
        const totalWeight = weights.reduce((a, b) => a + b, 0);
        const hundredths = weights.map((w) => new D(w).times(10_000).divToInt(totalWeight));
        const lastShare = new D(10_000).minus(sum(hundredths.slice(0, -1)));
        hundredths[hundredths.length - 1] = lastShare;
        return hundredths.map((h, i) => ({ label: `Échéance ${i + 1}`, percent: h.div(100).toString() }));
      })
      .filter((parts) => parts.every((p) => new D(p.percent).greaterThan(0)));
    fc.assert(
      fc.property(cents(0n, 1_000_000_000n), partsArb, (total, parts) => {
        const r = schedule(total, parts);
        expect(sum(r.parts.map((p) => p.amount)).equals(new D(total))).toBe(true);
        expect(r.parts.every((p) => hasCents(p.amount))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("refunds", () => {
  const inRange = (amount: Decimal, paid: Decimal): boolean => !amount.isNegative() && amount.lessThanOrEqualTo(paid);

  it("a prepaid plan refund is never negative and never above what was paid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.integer({ min: 0, max: 40 }),
        cents(0n, 100_000n),
        cents(0n, 100_000n),
        fc.option(cents(0n, 5_000_000n), { nil: undefined }),
        (months, monthsUsed, base, plan, amountPaid) => {
          const policy: RefundPolicy = { id: "p", kind: "prepaid-plan-prorata", clause: "c", months, monthlyBasePrice: base, monthlyPlanPrice: plan };
          const r = computeRefund(policy, amountPaid === undefined ? { monthsUsed } : { monthsUsed, amountPaid });
          expect(inRange(r.amount, r.paid)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("pro-rata and outcome refunds are never negative and never above what was paid", () => {
    const outcomes: RefundPolicy = {
      id: "o",
      kind: "service-outcome",
      clause: "c",
      outcomes: [
        { id: "a", label: "a", refundPercent: 100 },
        { id: "b", label: "b", refundPercent: 100, minusProviderFees: true },
        { id: "c", label: "c", refundPercent: 50 },
        { id: "d", label: "d", refundPercent: "33.33", minusProviderFees: true },
      ],
    };
    fc.assert(
      fc.property(cents(0n, 10_000_000n), cents(0n, 10_000_000n), fc.constantFrom("a", "b", "c", "d"), (paid, other, outcome) => {
        const proRata = computeRefund({ id: "s", kind: "pro-rata-services", clause: "c" }, { amountPaid: paid, servicesRendered: other });
        expect(inRange(proRata.amount, proRata.paid)).toBe(true);
        const byOutcome = computeRefund(outcomes, { amountPaid: paid, outcome, providerFees: other });
        expect(inRange(byOutcome.amount, byOutcome.paid)).toBe(true);
      }),
      RUNS,
    );
  });
});
