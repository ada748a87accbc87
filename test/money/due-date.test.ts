import { describe, expect, it } from "vitest";
import { checkPaymentTermCap, computeDueDate } from "../../src/money/due-date.js";
import { wordStep } from "../../src/money/explain.js";

describe("computeDueDate", () => {
  it("adds N days to the invoice date", () => {
    // 15 Jan 2026 + 30 days = 14 Feb 2026 (16 days left in January + 14)
    expect(computeDueDate("2026-01-15", { termDays: 30, termBasis: "invoice-date" }).dueDate).toBe("2026-02-14");
  });

  it("reads '45 jours fin de mois' as days then end of month by default", () => {
    // 10 Mar + 45 days = 24 Apr (21 days to 31 Mar + 24) → end of April
    const r = computeDueDate("2026-03-10", { termDays: 45, termBasis: "end-of-month" });
    expect(r.dueDate).toBe("2026-04-30");
    expect(r.steps.map((s) => wordStep(s, "fr").formula)).toEqual(["10 mars 2026 + 45 jours = 24 avril 2026", "→ 30 avril 2026"]);
  });

  it("offers the other reading, end of month then days", () => {
    // 31 Mar + 45 days = 15 May
    expect(computeDueDate("2026-03-10", { termDays: 45, termBasis: "end-of-month" }, { endOfMonthReading: "eom-then-days" }).dueDate).toBe("2026-05-15");
    // 30 j FDM from 31 Jan: days-then-eom 2 Mar → 31 Mar; eom-then-days 31 Jan + 30 = 2 Mar
    expect(computeDueDate("2026-01-31", { termDays: 30, termBasis: "end-of-month" }).dueDate).toBe("2026-03-31");
    expect(computeDueDate("2026-01-31", { termDays: 30, termBasis: "end-of-month" }, { endOfMonthReading: "eom-then-days" }).dueDate).toBe("2026-03-02");
  });

  it("makes on-order, on-receipt and period-start payable on the invoice date", () => {
    for (const termBasis of ["on-order", "on-receipt", "period-start"] as const) {
      expect(computeDueDate("2026-06-01", { termDays: 0, termBasis }).dueDate).toBe("2026-06-01");
    }
  });
});

describe("checkPaymentTermCap", () => {
  it("FR: 60 days from the invoice, 45 days end of month, express agreement or not", () => {
    expect(checkPaymentTermCap({ termDays: 60, termBasis: "invoice-date" }, "FR").findings).toEqual([]);
    expect(checkPaymentTermCap({ termDays: 61, termBasis: "invoice-date" }, "FR").findings.map((f) => f.code)).toEqual(["payment-term-over-60-days"]);
    expect(checkPaymentTermCap({ termDays: 45, termBasis: "end-of-month" }, "FR").findings).toEqual([]);
    const eom = checkPaymentTermCap({ termDays: 46, termBasis: "end-of-month" }, "FR").findings;
    expect(eom.map((f) => [f.code, f.severity, f.limitDays])).toEqual([["payment-term-over-45-days-eom", "error", 45]]);
    expect(checkPaymentTermCap({ termDays: 90, termBasis: "invoice-date", expressAgreement: true }, "FR").findings[0]?.severity).toBe("error");
  });

  it("LU: 60 days unless expressly agreed; N days end of month lasts up to N + 30", () => {
    expect(checkPaymentTermCap({ termDays: 30, termBasis: "invoice-date" }, "LU").findings).toEqual([]);
    expect(checkPaymentTermCap({ termDays: 61, termBasis: "invoice-date" }, "LU").findings[0]?.severity).toBe("error");
    expect(checkPaymentTermCap({ termDays: 61, termBasis: "invoice-date", expressAgreement: true }, "LU").findings[0]?.severity).toBe("warning");
    expect(checkPaymentTermCap({ termDays: 30, termBasis: "end-of-month" }, "LU").findings).toEqual([]);
    expect(checkPaymentTermCap({ termDays: 31, termBasis: "end-of-month" }, "LU").findings[0]?.message.text.fr).toMatch(/61 jours/);
  });

  it("has nothing to check for immediate payment", () => {
    expect(checkPaymentTermCap({ termDays: 0, termBasis: "on-order" }, "FR").findings).toEqual([]);
  });
});
