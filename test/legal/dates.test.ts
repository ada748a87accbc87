import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  isoWeekday,
  parseIsoDate,
  semesterEnd,
  semesterStart,
  todayIso,
} from "../../src/legal/dates.js";

describe("parseIsoDate", () => {
  it("reads a valid date", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-5", "05/01/2024", "", "0099-01-01"])(
    "rejects %j",
    (s) => {
      expect(() => parseIsoDate(s)).toThrow(/Date invalide/);
    },
  );
});

describe("date arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    // Last Sunday of March: a local-time implementation would lose or gain an hour here.
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("adds months, clamping to the end of the month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-01-15", -13)).toBe("2023-12-15");
  });

  it("finds the end of the month", () => {
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(endOfMonth("2025-12-01")).toBe("2025-12-31");
  });

  it("counts days between dates (to − from)", () => {
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-03-10", "2025-03-01")).toBe(-9);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("compares dates", () => {
    expect(compareDates("2025-01-01", "2025-01-02")).toBe(-1);
    expect(compareDates("2025-01-02", "2025-01-02")).toBe(0);
    expect(compareDates("2025-02-01", "2025-01-31")).toBe(1);
  });

  it("finds the semester", () => {
    expect(semesterStart("2024-06-30")).toBe("2024-01-01");
    expect(semesterStart("2024-07-01")).toBe("2024-07-01");
    expect(semesterEnd("2024-03-15")).toBe("2024-06-30");
    expect(semesterEnd("2024-12-31")).toBe("2024-12-31");
  });

  it("gives ISO weekdays", () => {
    expect(isoWeekday("2026-04-06")).toBe(1); // Monday
    expect(isoWeekday("2026-04-05")).toBe(7); // Sunday
  });

  it("gives today's date in Paris", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Paris (UTC+1 in winter).
    expect(todayIso(new Date(Date.UTC(2025, 11, 31, 23, 30)))).toBe("2026-01-01");
    expect(todayIso(new Date(Date.UTC(2025, 6, 14, 12, 0)))).toBe("2025-07-14");
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
