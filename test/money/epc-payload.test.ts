import { describe, expect, it } from "vitest";
import { ComputationError, D, epcAmountAccepted, epcPayload, type EpcTransfer } from "../../src/money/index.js";
import { rfCreditorReference } from "../../src/legal/rf-reference.js";

const base: EpcTransfer = {
  bic: "CMBRFR2BARK",
  name: "Luxogés",
  iban: "FR76 1558 9335 7707 7936 1154 020",
  amount: new D("39.9"),
  currency: "EUR",
  reference: "LX-2026-0412",
};

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error instanceof ComputationError ? error.code : String(error);
  }
  return "no error";
};

describe("EPC069-12 SEPA credit transfer payload", () => {
  it("has the fields in order, LF-separated, an unstructured reference last", () => {
    expect(epcPayload(base)).toBe(["BCD", "002", "1", "SCT", "CMBRFR2BARK", "Luxogés", "FR761558933577077936115402" + "0", "EUR39.90", "", "", "LX-2026-0412"].join("\n"));
  });

  it("puts an RF creditor reference in the structured field and leaves the text out", () => {
    const rf = rfCreditorReference("LX-2026-0412")!;
    const lines = epcPayload({ ...base, reference: rf }).split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[8]).toBe("");
    expect(lines[9]).toBe(rf);
  });

  it("leaves the BIC line empty when there is none (version 002) and never ends on a line break", () => {
    const payload = epcPayload({ ...base, bic: undefined });
    expect(payload.split("\n")[4]).toBe("");
    expect(payload.endsWith("\n")).toBe(false);
  });

  it("writes the amount with two decimals and a dot", () => {
    expect(epcPayload({ ...base, amount: new D("1234567.5") }).split("\n")[7]).toBe("EUR1234567.50");
  });

  it("counts UTF-8 bytes against the 331-byte limit and the fields against theirs", () => {
    expect(codeOf(() => epcPayload({ ...base, name: "É".repeat(70) }))).toBe("no error");
    expect(codeOf(() => epcPayload({ ...base, name: "A".repeat(71) }))).toBe("EPC_NAME_TOO_LONG");
    expect(codeOf(() => epcPayload({ ...base, reference: "x".repeat(141) }))).toBe("EPC_REFERENCE_TOO_LONG");
    expect(codeOf(() => epcPayload({ ...base, iban: "FR7630006000011234567890188" }))).toBe("TRANSFER_IBAN_INVALID");
    expect(codeOf(() => epcPayload({ ...base, bic: "BNPAFR" }))).toBe("EPC_BIC_INVALID");
    // 70 two-byte letters and 140 two-byte letters: every field within its limit, the whole beyond 331 bytes.
    expect(codeOf(() => epcPayload({ ...base, name: "É".repeat(70), reference: "é".repeat(140) }))).toBe("EPC_PAYLOAD_TOO_LONG");
  });

  it("keeps each field on one line", () => {
    expect(epcPayload({ ...base, name: "Luxogés\nSAS", reference: "A\r\nB" }).split("\n")).toContain("Luxogés SAS");
  });

  it("is asked only for euros from 0.01 to 999 999 999.99", () => {
    expect(epcAmountAccepted(new D("0.01"), "EUR")).toBe(true);
    expect(epcAmountAccepted(new D("999999999.99"), "EUR")).toBe(true);
    expect(epcAmountAccepted(new D("0"), "EUR")).toBe(false);
    expect(epcAmountAccepted(new D("1000000000"), "EUR")).toBe(false);
    expect(epcAmountAccepted(new D("10"), "CHF")).toBe(false);
  });
});
