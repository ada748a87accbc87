import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  easterSunday,
  isWorkingDay,
  namedPublicHolidays,
  publicHolidays,
  workingDaysBetween,
} from "../../src/legal/calendar.js";
import { LegalDataGapError } from "../../src/legal/errors.js";

describe("easterSunday", () => {
  it.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
  ])("%i → %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("publicHolidays", () => {
  it("lists the 11 French holidays of 2026 (C. trav. L3133-1)", () => {
    expect(publicHolidays(2026, "FR")).toEqual([
      "2026-01-01",
      "2026-04-06", // lundi de Pâques
      "2026-05-01",
      "2026-05-08",
      "2026-05-14", // Ascension
      "2026-05-25", // lundi de Pentecôte
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });

  it("lists the 11 Luxembourg holidays of 2026, with Europe Day and National Day", () => {
    expect(publicHolidays(2026, "LU")).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-09", // Journée de l'Europe
      "2026-05-14",
      "2026-05-25",
      "2026-06-23", // Fête nationale
      "2026-08-15",
      "2026-11-01",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("matches the aca.lu 2023 calendar (Europe Day on a Tuesday)", () => {
    expect(namedPublicHolidays(2023, "LU").map((h) => `${h.date} ${h.name}`)).toContain("2023-05-09 Journée de l'Europe");
    expect(publicHolidays(2023, "LU")).toContain("2023-04-10");
  });

  it("has no Europe Day before 2019 in Luxembourg", () => {
    expect(publicHolidays(2018, "LU")).not.toContain("2018-05-09");
    expect(publicHolidays(2018, "LU")).toHaveLength(10);
  });

  it("reports years before the data", () => {
    expect(() => publicHolidays(2011, "FR")).toThrow(LegalDataGapError);
  });
});

describe("working days", () => {
  it("knows jours ouvrés and jours ouvrables", () => {
    expect(isWorkingDay("2026-04-03", "FR")).toBe(true); // Friday
    expect(isWorkingDay("2026-04-04", "FR")).toBe(false); // Saturday
    expect(isWorkingDay("2026-04-04", "FR", { saturdayIsWorking: true })).toBe(true);
    expect(isWorkingDay("2026-04-05", "FR", { saturdayIsWorking: true })).toBe(false); // Sunday
    expect(isWorkingDay("2026-04-06", "FR")).toBe(false); // Easter Monday
    expect(isWorkingDay("2026-06-23", "LU")).toBe(false);
    expect(isWorkingDay("2026-06-23", "FR")).toBe(true);
  });

  it("counts the days strictly between two dates", () => {
    // Thu 2 Apr → Wed 8 Apr 2026: Fri 3, (Sat 4, Sun 5, Easter Mon 6), Tue 7 → 2
    expect(workingDaysBetween("2026-04-02", "2026-04-08", "FR")).toBe(2);
    // Same span in jours ouvrables adds Saturday 4 April.
    expect(workingDaysBetween("2026-04-02", "2026-04-08", "FR", { saturdayIsWorking: true })).toBe(3);
    // Without a holiday: Thu 9 → Wed 15 April: Fri 10, Mon 13, Tue 14 → 3
    expect(workingDaysBetween("2026-04-09", "2026-04-15", "FR")).toBe(3);
    // Across the LU National Day (Tue 23 June 2026): Mon 22 → Thu 25: only Wed 24
    expect(workingDaysBetween("2026-06-22", "2026-06-25", "LU")).toBe(1);
    expect(workingDaysBetween("2026-06-22", "2026-06-25", "FR")).toBe(2);
  });

  it("excludes both ends and returns 0 for adjacent or reversed dates", () => {
    expect(workingDaysBetween("2026-04-08", "2026-04-09", "FR")).toBe(0);
    expect(workingDaysBetween("2026-04-08", "2026-04-08", "FR")).toBe(0);
    expect(workingDaysBetween("2026-04-10", "2026-04-08", "FR")).toBe(0);
    expect(workingDaysBetween("2026-04-08", "2026-04-10", "FR")).toBe(1);
  });

  it("adds working days, skipping week-ends and holidays", () => {
    expect(addWorkingDays("2026-04-02", 2, "FR")).toBe("2026-04-07");
    expect(addWorkingDays("2026-05-13", 1, "FR")).toBe("2026-05-15"); // over Ascension
    expect(addWorkingDays("2026-12-24", 1, "LU")).toBe("2026-12-28"); // 25, 26 Dec and Sunday
  });
});
