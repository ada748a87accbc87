import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { isKnownVatRate, territoryRates, vatRatesInForce, vatTerritoryOf } from "../../src/legal/vat.js";

const strings = (ds: Decimal[]) => ds.map((d) => d.toString());

describe("vatRatesInForce", () => {
  it("gives the French rates", () => {
    const fr = vatRatesInForce("FR", "2025-03-01");
    expect(fr.standard.toString()).toBe("20");
    expect(strings(fr.reduced)).toEqual(["10", "5.5", "2.1"]);
    expect(fr.to).toBeNull();
  });

  it("gives the temporary Luxembourg rates of 2023", () => {
    const lu = vatRatesInForce("LU", "2023-05-01");
    expect(lu.standard.toString()).toBe("16");
    expect(strings(lu.reduced)).toEqual(["13", "7", "3"]);
    expect(lu.from).toBe("2023-01-01");
    expect(lu.to).toBe("2023-12-31");
  });

  it("gives the Luxembourg rates before and after 2023", () => {
    expect(vatRatesInForce("LU", "2022-12-31").standard.toString()).toBe("17");
    expect(vatRatesInForce("LU", "2024-01-01").standard.toString()).toBe("17");
    expect(strings(vatRatesInForce("LU", "2024-03-01").reduced)).toEqual(["14", "8", "3"]);
  });

  it("reports dates before the data", () => {
    expect(() => vatRatesInForce("FR", "2013-12-31")).toThrow(LegalDataGapError);
    expect(() => vatRatesInForce("LU", "2014-12-31")).toThrow(/commencent au 2015-01-01/);
  });
});

describe("isKnownVatRate", () => {
  it("accepts rates in force and rejects obsolete ones", () => {
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("5.5"))).toBe(true);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("5.50"))).toBe(true);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("19.6"))).toBe(false);
    expect(isKnownVatRate("LU", "2024-03-01", new Decimal("16"))).toBe(false); // 2023-only rate
    expect(isKnownVatRate("LU", "2023-05-01", new Decimal("17"))).toBe(false);
    expect(isKnownVatRate("LU", "2023-05-01", new Decimal("3"))).toBe(true);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("0"))).toBe(false);
  });
});

describe("vatTerritoryOf and territory rates", () => {
  it("finds Corsica by its 20… postal codes and the three departments by postal code or ISO code", () => {
    expect(vatTerritoryOf({ postalCode: "20000", country: "FR" })).toBe("FR-corse");
    expect(vatTerritoryOf({ postalCode: "20 200" }, "FR")).toBe("FR-corse");
    expect(vatTerritoryOf({ postalCode: "97200", country: "FR" })).toBe("FR-dom");
    expect(vatTerritoryOf({ country: "GP" })).toBe("FR-dom");
    expect(vatTerritoryOf({ postalCode: "75002", country: "FR" })).toBeUndefined();
    expect(vatTerritoryOf({ postalCode: "20095", country: "IT" })).toBeUndefined(); // an Italian postal code
    expect(vatTerritoryOf({ postalCode: "97300", country: "FR" })).toBeUndefined(); // Guyane: not modelled
    expect(vatTerritoryOf({ postalCode: "97150", country: "FR" })).toBeUndefined(); // Saint-Martin: outside VAT
    expect(vatTerritoryOf(undefined)).toBeUndefined();
  });

  it("adds a territory's rates to the country's, from 2014", () => {
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("8.5"))).toBe(false);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("8.5"), ["FR-dom"])).toBe(true);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("13"), ["FR-dom"])).toBe(false);
    expect(isKnownVatRate("FR", "2025-01-10", new Decimal("13"), ["FR-corse"])).toBe(true);
    expect(territoryRates("FR-corse", "2025-01-10").map(String)).toEqual(["13", "10", "2.1", "0.9"]);
    expect(territoryRates("FR-corse", "2013-06-01")).toEqual([]);
  });
});
