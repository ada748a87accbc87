import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { ecbMainRateOn, ecbReferenceRate, frLegalInterestRate, legalDataCoverage } from "../../src/legal/rates.js";

describe("frLegalInterestRate", () => {
  it("gives the professional and consumer rates of a semester", () => {
    const pro = frLegalInterestRate("2023-10-05", "professional");
    expect(pro.rate.toString()).toBe("4.22");
    expect(pro.from).toBe("2023-07-01");
    expect(pro.to).toBe("2023-12-31");
    expect(pro.source).toMatch(/27 juin 2023/);
    expect(frLegalInterestRate("2023-10-05", "consumer").rate.toString()).toBe("6.82");
  });

  it("covers 2026 S1 and the semester boundaries", () => {
    expect(frLegalInterestRate("2026-03-01", "professional").rate.toString()).toBe("2.62");
    expect(frLegalInterestRate("2026-06-30", "consumer").rate.toString()).toBe("6.67");
    expect(frLegalInterestRate("2025-06-30", "professional").rate.toString()).toBe("3.71");
    expect(frLegalInterestRate("2025-07-01", "professional").rate.toString()).toBe("2.76");
  });

  it("keeps the resolved values where sources disagreed", () => {
    expect(frLegalInterestRate("2018-03-01", "professional").rate.toString()).toBe("0.89");
    expect(frLegalInterestRate("2019-03-01", "professional").rate.toString()).toBe("0.86");
    expect(frLegalInterestRate("2025-09-01", "professional").rate.toString()).toBe("2.76");
    expect(frLegalInterestRate("2018-03-01", "professional").confidence).toBe("C/X");
  });

  it("uses the single annual rate before 2015, whoever the creditor", () => {
    expect(frLegalInterestRate("2013-05-01", "professional").rate.toString()).toBe("0.04");
    expect(frLegalInterestRate("2012-12-31", "consumer").rate.toString()).toBe("0.71");
    expect(frLegalInterestRate("2015-01-01", "professional").rate.toString()).toBe("0.93");
  });

  it("reports 2026 S2 as a data gap instead of guessing", () => {
    expect(() => frLegalInterestRate("2026-07-01", "professional")).toThrow(LegalDataGapError);
    try {
      frLegalInterestRate("2026-08-01", "consumer");
    } catch (e) {
      expect(e).toBeInstanceOf(LegalDataGapError);
      const gap = e as LegalDataGapError;
      expect(gap.code).toBe("NO_LEGAL_DATA");
      expect(gap.dataset).toBe("fr-legal-interest-rates");
      expect(gap.date).toBe("2026-08-01");
      expect(gap.message).toMatch(
        /^Aucune donnée pour le taux de l'intérêt légal au 2026-08-01 : les données vont jusqu'au 2026-06-30 \(src\/legal\/data\/fr-legal-interest-rates\.json\)\. Période manquante : 2026-S2 ; la valeur officielle est publiée dans l'arrêté semestriel .* Journal officiel .* « legalData » .* --rate/,
      );
      expect(gap.period).toBe("2026-S2");
      expect(gap.describe("en")).toMatch(/Missing period: 2026-S2; .*Journal officiel.*legalData.*--rate <percent>/);
    }
  });

  it("reports dates before the data", () => {
    expect(() => frLegalInterestRate("2011-12-31", "professional")).toThrow(/commencent au 2012-01-01/);
  });

  it("rejects an invalid date", () => {
    expect(() => frLegalInterestRate("2023-02-30", "professional")).toThrow(/Date invalide/);
  });
});

describe("ECB rates", () => {
  it("gives the reference rate of the semester (rate on 1 Jan / 1 Jul)", () => {
    const ref = ecbReferenceRate("2024-09-10");
    expect(ref.rate.toString()).toBe("4.25"); // rate on 1 Jul 2024, although 3.65 from 18 Sep 2024
    expect(ref.from).toBe("2024-07-01");
    expect(ref.to).toBe("2024-12-31");
  });

  // Derived table of legal-facts §2 (MRO on day 1 of each semester).
  it.each([
    ["2012-03-01", "1"],
    ["2012-09-01", "1"],
    ["2013-03-01", "0.75"],
    ["2013-09-01", "0.5"],
    ["2014-03-01", "0.25"],
    ["2014-09-01", "0.15"],
    ["2015-03-01", "0.05"],
    ["2016-03-01", "0.05"],
    ["2016-09-01", "0"],
    ["2022-09-01", "0"],
    ["2023-03-01", "2.5"],
    ["2023-09-01", "4"],
    ["2024-03-01", "4.5"],
    ["2024-09-01", "4.25"],
    ["2025-03-01", "3.15"],
    ["2025-09-01", "2.15"],
    ["2026-06-30", "2.15"],
  ])("reference rate on %s is %s", (date, rate) => {
    expect(ecbReferenceRate(date).rate.eq(new Decimal(rate))).toBe(true);
  });

  it("gives the MRO rate of the exact day, by effective date", () => {
    expect(ecbMainRateOn("2024-09-17").rate.toString()).toBe("4.25");
    const cut = ecbMainRateOn("2024-09-18");
    expect(cut.rate.toString()).toBe("3.65");
    expect(cut.from).toBe("2024-09-18");
    expect(cut.to).toBe("2024-10-22");
    expect(ecbMainRateOn("2025-02-04").rate.toString()).toBe("3.15"); // decided 30 Jan, effective 5 Feb
    expect(ecbMainRateOn("2025-02-05").rate.toString()).toBe("2.9");
  });

  it("merges steps that left the MRO unchanged (deposit-rate-only cuts)", () => {
    const r = ecbMainRateOn("2016-01-15");
    expect(r.rate.toString()).toBe("0.05");
    expect(r.from).toBe("2014-09-10");
    expect(r.to).toBe("2016-03-15");
    const zero = ecbMainRateOn("2020-01-01");
    expect(zero.from).toBe("2016-03-16");
    expect(zero.to).toBe("2022-07-26");
  });

  it("leaves the last known period open and stops at the last vouched day", () => {
    const last = ecbMainRateOn("2026-01-01");
    expect(last.rate.toString()).toBe("2.15");
    expect(last.to).toBeNull();
    expect(() => ecbMainRateOn("2026-01-02")).toThrow(LegalDataGapError);
    expect(() => ecbReferenceRate("2026-07-01")).toThrow(LegalDataGapError);
    expect(() => ecbMainRateOn("2008-10-14")).toThrow(/commencent au 2008-10-15/);
  });

  it("knows the 2008–2011 steps (banque-france.fr policy rates)", () => {
    expect(ecbMainRateOn("2008-10-15").rate.toString()).toBe("3.75");
    expect(ecbReferenceRate("2009-03-01").rate.toString()).toBe("2.5");
    expect(ecbReferenceRate("2011-07-01").rate.toString()).toBe("1.25"); // the 13 July 2011 rise comes after 1 July
    expect(ecbMainRateOn("2011-12-13").rate.toString()).toBe("1.25");
  });

  it("reports coverage", () => {
    expect(legalDataCoverage()).toEqual({
      frLegalInterest: { from: "2012-01-01", to: "2026-06-30" },
      ecb: { from: "2009-01-01", to: "2026-06-30" },
      ecbMainRate: { from: "2008-10-15", to: "2026-01-01" },
    });
  });
});
