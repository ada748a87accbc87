// LU public holidays used here (src/legal/data/public-holidays.json): 1 May, 9 May (Journée de
// l'Europe, a Saturday in 2026), Ascension 14 May 2026, Whit Monday 25 May 2026.
import { describe, expect, it } from "vitest";
import { type CancellationWindowsPolicy, computeCancellationFee } from "../../src/money/cancellation.js";
import { ComputationError } from "../../src/money/explain.js";
import { computeRefund } from "../../src/money/refunds.js";

const formations: CancellationWindowsPolicy = {
  id: "annulation-formations",
  kind: "cancellation-windows",
  clause: "annulation-client",
  unit: "working-days",
  calendar: "LU",
  windows: [
    { minNotice: 25, feePercent: 0 },
    { minNotice: 15, feePercent: 50 },
    { minNotice: 0, feePercent: 100 },
  ],
};

describe("cancellation windows in jours ouvrables (Pétillances formations)", () => {
  // Start Monday 2 March 2026. Counting back Monday–Saturday from Saturday 28 Feb (1):
  // 28, 27, 26, 25, 24, 23 Feb (6), 21…16 (12), 14, 13, 12 (15), 11, 10, 9 (18), 7…2 Feb (24), Sat 31 Jan (25).
  const fee = (cancelledOn: string) => computeCancellationFee(formations, { cancelledOn, startDate: "2026-03-02" }, 2000);

  it("is free with 25 working days' notice", () => {
    const r = fee("2026-01-31");
    expect(r.notice.toString()).toBe("25");
    expect(r.fee.toFixed(2)).toBe("0.00");
  });
  it("is 50 % from 24 to 15 working days (Sunday not counted)", () => {
    expect(fee("2026-02-01").notice.toString()).toBe("24"); // Sunday: same as Monday 2 Feb
    expect(fee("2026-02-02").fee.toFixed(2)).toBe("1000.00");
    expect(fee("2026-02-12").notice.toString()).toBe("15");
    expect(fee("2026-02-12").fee.toFixed(2)).toBe("1000.00");
  });
  it("is 100 % below 15 working days", () => {
    expect(fee("2026-02-13").notice.toString()).toBe("14");
    expect(fee("2026-02-13").fee.toFixed(2)).toBe("2000.00");
  });

  it("skips Luxembourg public holidays", () => {
    // Start Tuesday 26 May 2026. Back from Saturday 23 May: 23…18 (6), 16, 15 (8), [14 Ascension], 13, 12, 11 (11),
    // [Sat 9 May], 8…4 (16), 2 (17), [1 May], 30, 29, 28, 27 Apr (21), 25, 24, 23 (24), Wed 22 Apr (25).
    const at = (cancelledOn: string) => computeCancellationFee(formations, { cancelledOn, startDate: "2026-05-26" }, 1000);
    expect(at("2026-04-22").notice.toString()).toBe("25");
    expect(at("2026-04-23").fee.toFixed(2)).toBe("500.00");
    expect(at("2026-05-05").notice.toString()).toBe("15");
    expect(at("2026-05-06").fee.toFixed(2)).toBe("1000.00");
  });

  it("can count jours ouvrés instead", () => {
    // Monday–Friday only: 27, 26, 25, 24, 23 Feb (5), 20…16 (10), 13…9 (15), 6…2 (20), 30…26 Jan (25)
    const r = computeCancellationFee(formations, { cancelledOn: "2026-01-26", startDate: "2026-03-02" }, 2000, { workingDays: "ouvres" });
    expect(r.notice.toString()).toBe("25");
  });

  // docs/computations.md: a cancellation after the start is an error. It used to give « 0 jours »
  // and the 0-notice window's 100 % fee.
  it("refuses a cancellation notified on a day after the start, with both dates", () => {
    let error: unknown;
    try {
      fee("2026-03-04");
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "CANCELLED_AFTER_START" });
    expect((error as ComputationError).describe("fr")).toContain("Annulation notifiée le 4 mars 2026, après le début de la prestation (2 mars 2026)");
    expect((error as ComputationError).describe("en")).toContain("Cancellation notified on 4 March 2026, after the service started (2 March 2026)");
  });

  it("still takes a cancellation on the start day itself as a notice of 0 (the 100 % window)", () => {
    const r = fee("2026-03-02");
    expect([r.notice.toString(), r.fee.toFixed(2)]).toEqual(["0", "2000.00"]);
  });

  it("refuses a cancellation after the start when no window has a notice of 0", () => {
    expect(() => computeCancellationFee({ ...formations, windows: [{ minNotice: 1, feePercent: 50 }] }, { cancelledOn: "2026-03-02", startDate: "2026-03-02" }, 100)).toThrow(/aucune fenêtre/);
  });
});

describe("cancellation windows in hours (Pétillances coaching, 48 h)", () => {
  const coaching: CancellationWindowsPolicy = {
    id: "annulation-coaching",
    kind: "cancellation-windows",
    clause: "annulation-client",
    unit: "hours",
    windows: [
      { minNotice: 48, feePercent: 0 },
      { minNotice: 0, feePercent: 100 },
    ],
  };
  it("refuses a cancellation an hour after the start", () => {
    expect(() => computeCancellationFee(coaching, { cancelledAt: "2026-03-10T10:00:00+01:00", startsAt: "2026-03-10T09:00:00+01:00" }, 150)).toThrow(ComputationError);
    expect(() => computeCancellationFee(coaching, { cancelledAt: "2026-03-10T10:00:00+01:00", startsAt: "2026-03-10T09:00:00+01:00" }, 150)).toThrow(/Annulation notifiée le 10 mars 2026 à 10/);
    // At the very start: a notice of 0 hours, the last window.
    expect(computeCancellationFee(coaching, { cancelledAt: "2026-03-10T09:00:00+01:00", startsAt: "2026-03-10T09:00:00+01:00" }, 150).fee.toFixed(2)).toBe("150.00");
  });

  it("is free at exactly 48 h and due in full at 47 h 30", () => {
    const startsAt = "2026-03-10T09:00:00+01:00";
    expect(computeCancellationFee(coaching, { cancelledAt: "2026-03-08T09:00:00+01:00", startsAt }, 150).fee.toFixed(2)).toBe("0.00");
    const late = computeCancellationFee(coaching, { cancelledAt: "2026-03-08T09:30:00+01:00", startsAt }, 150);
    expect(late.notice.toString()).toBe("47.5");
    expect(late.fee.toFixed(2)).toBe("150.00");
  });
});

describe("cancellation through computeRefund", () => {
  it("keeps the fee out of the deposit and reports what is still due", () => {
    // Total 2 000, deposit 600 (30 %), 50 % window → fee 1 000: nothing refunded, 400 still due
    const r = computeRefund(formations, { amountPaid: 600, cancelledOn: "2026-02-02", startDate: "2026-03-02" }, { total: 2000 });
    expect([r.fee?.toFixed(2), r.amount.toFixed(2), r.stillDue?.toFixed(2)]).toEqual(["1000.00", "0.00", "400.00"]);
    // 25 days' notice: fee 0, the 600 deposit is refunded
    const early = computeRefund(formations, { amountPaid: 600, cancelledOn: "2026-01-31", startDate: "2026-03-02" }, { total: 2000 });
    expect(early.amount.toFixed(2)).toBe("600.00");
  });
});
