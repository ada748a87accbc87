import { afterEach, describe, expect, it } from "vitest";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { clearLegalDataOverlay, ecbMainRateOn, ecbReferenceRate, frLegalInterestRate, legalDataCoverage, useLegalDataOverlay, type UserEcbStep, type UserFrSemester } from "../../src/legal/rates.js";

const source = { title: "Arrêté du … relatif à la fixation du taux de l'intérêt légal (JORF)", published: "2026-06-26" };
const at = (line: number) => ({ file: "legal-data/2026.yaml", line, column: 5 });
const fr = (semester: string, professional: string, consumer: string, line = 2): UserFrSemester => ({ semester, professional, consumer, source, origin: at(line) });
const ecb = (effectiveFrom: string, mro: string, knownThrough?: string, line = 8): UserEcbStep => ({ effectiveFrom, mro, knownThrough, source, origin: at(line) });

afterEach(() => clearLegalDataOverlay());

describe("user-supplied legal data (overlay)", () => {
  it("adds a semester the built-in data lacks, marked as user data with its file:line:column", () => {
    expect(() => frLegalInterestRate("2026-08-01", "professional")).toThrow(LegalDataGapError);
    expect(useLegalDataOverlay({ frSemesters: [fr("2026-S2", "2.75", "6.84")], ecbSteps: [] })).toEqual([]);
    const r = frLegalInterestRate("2026-08-01", "professional");
    expect(r.rate.toString()).toBe("2.75");
    expect(r.userData).toEqual(at(2));
    expect(r.source).toContain("Arrêté du");
    expect(frLegalInterestRate("2026-03-01", "professional").userData).toBeUndefined();
    expect(legalDataCoverage().frLegalInterest.to).toBe("2026-12-31");
  });

  it("refuses a semester that contradicts the built-in data, and merges nothing", () => {
    const conflicts = useLegalDataOverlay({ frSemesters: [fr("2026-S1", "2.63", "6.67", 4), fr("2026-S2", "2.75", "6.84")], ecbSteps: [] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.reason).toBe("OVERLAY_FR_CONFLICT");
    expect(conflicts[0]!.origin).toEqual(at(4));
    expect(conflicts[0]!.data.professional).toBe("2.62");
    expect(() => frLegalInterestRate("2026-08-01", "professional")).toThrow(LegalDataGapError);
  });

  it("accepts a user value equal to the built-in one (2.620 = 2.62) and keeps the built-in entry", () => {
    expect(useLegalDataOverlay({ frSemesters: [fr("2026-S1", "2.620", "6.67")], ecbSteps: [] })).toEqual([]);
    expect(frLegalInterestRate("2026-03-01", "professional").userData).toBeUndefined();
  });

  it("refuses two user entries for one semester with different values", () => {
    const conflicts = useLegalDataOverlay({ frSemesters: [fr("2026-S2", "2.75", "6.84", 2), fr("2026-S2", "2.76", "6.84", 9)], ecbSteps: [] });
    expect(conflicts.map((c) => [c.reason, c.origin.line])).toEqual([["OVERLAY_FR_DUPLICATE", 9]]);
  });

  it("a semester after a gap does not extend the coverage over the gap", () => {
    useLegalDataOverlay({ frSemesters: [fr("2027-S1", "3.00", "7.00")], ecbSteps: [] });
    expect(legalDataCoverage().frLegalInterest.to).toBe("2026-06-30");
    expect(frLegalInterestRate("2027-02-01", "professional").rate.toString()).toBe("3");
    expect(() => frLegalInterestRate("2026-08-01", "professional")).toThrow(/2026-S2/);
  });

  it("adds ECB steps after the built-in data: the 2026 S2 reference rate becomes known, from user data", () => {
    expect(() => ecbReferenceRate("2026-08-01")).toThrow(LegalDataGapError);
    expect(useLegalDataOverlay({ frSemesters: [], ecbSteps: [ecb("2026-06-17", "2.40", "2026-07-01")] })).toEqual([]);
    const ref = ecbReferenceRate("2026-08-01");
    expect(ref.rate.toString()).toBe("2.4");
    expect(ref.userData).toEqual(at(8));
    // The built-in 2,15 % still holds until the user's step; past the built-in data it is vouched by the user.
    const held = ecbMainRateOn("2026-03-01");
    expect(held.rate.toString()).toBe("2.15");
    expect(held.userData).toEqual(at(8));
    expect(ecbMainRateOn("2025-12-01").userData).toBeUndefined();
    expect(() => ecbMainRateOn("2026-07-02")).toThrow(LegalDataGapError);
  });

  it("refuses an ECB step inside the built-in data that differs from it", () => {
    const conflicts = useLegalDataOverlay({ frSemesters: [], ecbSteps: [ecb("2025-06-11", "2.25"), ecb("2025-06-11", "2.15", undefined, 12)] });
    expect(conflicts.map((c) => c.reason)).toEqual(["OVERLAY_ECB_CONFLICT"]);
    expect(conflicts[0]!.data.builtIn).toBe("2.15 % (2025-06-11)");
  });

  it("refuses knownThrough before the effective date", () => {
    const conflicts = useLegalDataOverlay({ frSemesters: [], ecbSteps: [ecb("2026-06-17", "2.40", "2026-06-01")] });
    expect(conflicts.map((c) => c.reason)).toEqual(["OVERLAY_ECB_KNOWN_THROUGH"]);
  });
});
