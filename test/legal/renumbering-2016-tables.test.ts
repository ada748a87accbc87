// The 2016 entries added for issue #11 (part A6): each confirmed (C or C*), sourced, and found by its old number.
import { describe, expect, it } from "vitest";
import { renumberingOf, renumberingsOf } from "../../src/legal/renumbering.js";

describe("2016 renumbering tables, entries added from the Légifrance references", () => {
  it.each([
    ["consommation", "L121-17", ["L221-5"]],
    ["consommation", "L121-20-2", ["L221-28"]],
    ["consommation", "L121-21-2", ["L221-21"]],
    ["consommation", "L121-21-3", ["L221-23"]],
    ["consommation", "L121-21-4", ["L221-24"]],
    ["consommation", "L121-21-5", ["L221-25"]],
    ["consommation", "L121-21-6", ["L221-26"]],
    ["consommation", "L133-3", ["L211-2"]],
    ["consommation", "L. 137-2", ["L218-2"]],
    ["consommation", "L 138-2", ["L216-2"]],
    ["consommation", "L138-3", ["L216-3"]],
    ["consommation", "L211-18", ["L232-2"]],
    ["civil", "1139", ["1344"]],
    ["civil", "1149", ["1231-2"]],
    ["civil", "1231", ["1231-5"]],
    ["civil", "1347", ["1362"]],
  ] as const)("%s %s → %j, confirmed and sourced", (code, old, expected) => {
    const [entry, ...others] = renumberingsOf(code, old);
    expect(others).toEqual([]);
    expect(entry!.newArticles).toEqual(expected);
    expect(["C", "C*"]).toContain(entry!.confidence);
    expect(entry!.source.length).toBeGreaterThan(40);
  });

  it("splits 1348 by paragraph: al. 1 → 1360 (no writing to be had), al. 2 → 1379 (the copy)", () => {
    expect(renumberingsOf("civil", "1348").map((e) => e.newArticles[0])).toEqual(["1360", "1379"]);
    expect(renumberingOf("civil", "1348", "al. 2")!.newArticles).toEqual(["1379"]);
    expect(renumberingOf("civil", "1348", "al. 1")!.newArticles).toEqual(["1360"]);
  });

  it("marks the delivery articles moved again by ordonnance 2021-1247 as suggestions, never rewritten", () => {
    for (const old of ["L138-2", "L138-3"]) {
      const entry = renumberingOf("consommation", old)!;
      expect(entry.oneToOne).toBe(false);
      expect(entry.rewrittenBy).toMatchObject({ instrument: "ordonnance n° 2021-1247 du 29 septembre 2021", from: "2022-01-01", confidence: "C" });
    }
  });

  it("upgraded 1244-1, 1150 (C) and 1315, 1316-4, L211-4 (C*) from the unchecked mark", () => {
    expect(["1244-1", "1150"].map((a) => renumberingOf("civil", a)!.confidence)).toEqual(["C", "C"]);
    expect(["1315", "1316-4"].map((a) => renumberingOf("civil", a)!.confidence)).toEqual(["C*", "C*"]);
    expect(renumberingOf("consommation", "L211-4")!.confidence).toBe("C*");
  });
});

describe("2016 renumbering tables, entries added in round T37c", () => {
  it.each([
    ["consommation", "L121-21-1", ["L221-20"]],
    ["consommation", "L121-21-7", ["L221-27"]],
    ["consommation", "L134-2", ["L213-1"]],
    ["consommation", "L120-1", ["L121-1"]],
    ["consommation", "L121-1", ["L121-2", "L121-3", "L121-5"]],
    ["consommation", "L121-16-1", ["L221-3"]],
    ["consommation", "L121-18-2", ["L221-10"]],
    ["consommation", "L122-1", ["L121-11"]],
    ["consommation", "L141-4", ["R632-1"]],
    ["consommation", "L141-5", ["R631-3"]],
    ["consommation", "L113-3", ["L112-1"]],
    ["consommation", "L121-20-3", ["L221-15"]],
    ["civil", "1289", ["1347"]],
    ["civil", "1290", ["1347"]],
    ["civil", "1108", ["1128"]],
    ["civil", "1133", ["1162"]],
    ["civil", "1131", ["1162"]],
    ["civil", "1244", ["1342-4"]],
    ["civil", "1116", ["1137", "1138", "1139"]],
    ["civil", "1183", ["1304"]],
    ["civil", "1256", ["1342-10"]],
    ["civil", "1271", ["1329"]],
  ] as const)("%s %s → %j, confirmed (never from memory) and sourced", (code, old, expected) => {
    const [entry, ...others] = renumberingsOf(code, old);
    expect(others).toEqual([]);
    expect(entry!.newArticles).toEqual(expected);
    expect(["C", "C*"]).toContain(entry!.confidence);
    expect(entry!.source.length).toBeGreaterThan(40);
    expect(entry!.keywords.length).toBeGreaterThan(2);
  });

  it("never rewrites a number of which one paragraph only is mapped (L121-16-1 III, L121-20-3 al. 4): a suggestion", () => {
    expect(renumberingOf("consommation", "L121-16-1")!.oneToOne).toBe(false);
    expect(renumberingOf("consommation", "L121-20-3")!.oneToOne).toBe(false);
  });

  it("records the new content of a reused number, so a citation of it in its new sense is not old", () => {
    expect(renumberingOf("consommation", "L113-3")!.reusedWithOtherMeaning!.keywords).toContain("saisonnalité");
    expect(renumberingOf("consommation", "L121-1")!.reusedWithOtherMeaning).toBeDefined();
    expect(["1131", "1133", "1244"].every((a) => renumberingOf("civil", a)!.reusedWithOtherMeaning)).toBe(true);
  });
});
