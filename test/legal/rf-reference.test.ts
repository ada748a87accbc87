import { describe, expect, it } from "vitest";
import { isRfCreditorReference, printedRfReference, rfCreditorReference } from "../../src/legal/rf-reference.js";

describe("ISO 11649 RF creditor reference", () => {
  // The standard's published example (RF18 5390 0754 7034), also with its 21-character zero-padded form.
  it.each([
    ["539007547034", "RF18539007547034"],
    ["000000000539007547034", "RF18000000000539007547034"],
  ])("%s → %s", (number, expected) => {
    expect(rfCreditorReference(number)).toBe(expected);
    expect(isRfCreditorReference(expected!)).toBe(true);
  });

  it("is built from the number's letters and digits, upper case, without separators", () => {
    expect(rfCreditorReference("fa-2026/0042")).toBe(rfCreditorReference("FA20260042"));
    expect(rfCreditorReference("FA-2026-0042")).toMatch(/^RF\d{2}FA20260042$/);
    expect(isRfCreditorReference(rfCreditorReference("FA-2026-0042")!)).toBe(true);
  });

  it("refuses a number with no letter or digit, or more than 21", () => {
    expect(rfCreditorReference("---")).toBeUndefined();
    expect(rfCreditorReference("1".repeat(22))).toBeUndefined();
    expect(rfCreditorReference("1".repeat(21))).toMatch(/^RF\d{2}1{21}$/);
  });

  it("checks the check digits", () => {
    expect(isRfCreditorReference("RF18 5390 0754 7034")).toBe(true);
    expect(isRfCreditorReference("RF19539007547034")).toBe(false);
    expect(isRfCreditorReference("RF18539007547035")).toBe(false);
    expect(isRfCreditorReference("XX18539007547034")).toBe(false);
  });

  it("prints in groups of four", () => {
    expect(printedRfReference("RF18539007547034")).toBe("RF18 5390 0754 7034");
  });
});
