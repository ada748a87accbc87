import { describe, expect, it } from "vitest";
import { abolishedCourtOn, findAbolishedCourts, findTaeRenamings, taeCityOn } from "../../src/legal/courts.js";

describe("abolishedCourtOn", () => {
  it("finds the tribunal d'instance of seed 002, with a typographic apostrophe", () => {
    const text = "sera de la compétence du Tribunal d’Instance de Paris.";
    const m = abolishedCourtOn(text, "2024-01-01")!;
    expect(m.court).toBe("tribunal d'instance");
    expect(m.replacement).toBe("tribunal judiciaire");
    expect(m.from).toBe("2020-01-01");
    expect(m.matched).toBe("Tribunal d’Instance");
    expect(text.slice(m.start, m.end)).toBe("Tribunal d’Instance");
  });

  it("ignores case and accents", () => {
    expect(abolishedCourtOn("TRIBUNAL DE GRANDE INSTANCE de Lyon", "2021-05-01")?.court).toBe("tribunal de grande instance");
    expect(abolishedCourtOn("la juridiction de proximite", "2021-05-01")?.replacement).toBe("tribunal judiciaire");
    expect(abolishedCourtOn("le juge d'instance", "2021-05-01")?.replacement).toBe("juge des contentieux de la protection");
  });

  it("matches TGI and TI only as whole words in capitals", () => {
    expect(abolishedCourtOn("devant le TGI de Nanterre", "2020-02-01")?.court).toBe("tribunal de grande instance");
    expect(abolishedCourtOn("le TI de Vanves", "2020-02-01")?.court).toBe("tribunal d'instance");
    expect(abolishedCourtOn("ACTIVITÉ, TIERS, PETIT, STI", "2020-02-01")).toBeUndefined();
    expect(abolishedCourtOn("le ti de Vanves", "2020-02-01")).toBeUndefined();
    expect(abolishedCourtOn("TGIS", "2020-02-01")).toBeUndefined();
  });

  it("knows the juridictions and juges de proximité were abolished on 2017-07-01, their cases going to the tribunal d'instance until 2020", () => {
    const in2018 = abolishedCourtOn("la juridiction de proximité de Vanves", "2018-03-01")!;
    expect(in2018).toMatchObject({ court: "juridiction de proximité", from: "2017-07-01", replacement: "tribunal d'instance" });
    expect(abolishedCourtOn("le juge de proximité", "2018-03-01")).toMatchObject({ from: "2017-07-01", replacement: "tribunal d'instance" });
    expect(abolishedCourtOn("le juge de proximité", "2021-01-01")).toMatchObject({ from: "2017-07-01", replacement: "tribunal judiciaire" });
    expect(abolishedCourtOn("la juridiction de proximité", "2017-06-30")).toBeUndefined();
  });

  it("says nothing for documents dated before the reform", () => {
    expect(abolishedCourtOn("Tribunal d'instance de Paris", "2019-12-31")).toBeUndefined();
  });

  it("does not take the tribunal judiciaire for an abolished court", () => {
    expect(abolishedCourtOn("tribunal judiciaire de Bourges", "2024-01-01")).toBeUndefined();
  });

  it("lists every mention in text order", () => {
    const found = findAbolishedCourts("TGI de Paris, puis tribunal d'instance de Vanves et juge de proximité", "2022-01-01");
    expect(found.map((f) => f.court)).toEqual(["tribunal de grande instance", "tribunal d'instance", "juge de proximité"]);
  });
});

describe("tribunaux des activités économiques", () => {
  it("renames the twelve courts from 2025-01-01 to 2028-12-31", () => {
    const lyon = taeCityOn("Lyon", "2025-01-01")!;
    expect(lyon.newName).toBe("tribunal des activités économiques de Lyon");
    expect(lyon.courDAppel).toBe("Lyon");
    expect(taeCityOn("Lyon", "2024-12-31")).toBeUndefined();
    expect(taeCityOn("Lyon", "2028-12-31")).toBeDefined();
    expect(taeCityOn("Lyon", "2029-01-01")).toBeUndefined();
  });

  it.each([
    "Marseille",
    "Le Mans",
    "Limoges",
    "Lyon",
    "Nancy",
    "Avignon",
    "Auxerre",
    "Paris",
    "Saint-Brieuc",
    "Le Havre",
    "Nanterre",
    "Versailles",
  ])("knows %s", (city) => {
    expect(taeCityOn(city, "2026-03-01")?.city).toBe(city);
  });

  it("matches cities loosely and refuses the others", () => {
    expect(taeCityOn("saint brieuc", "2026-03-01")?.city).toBe("Saint-Brieuc");
    expect(taeCityOn("St-Brieuc", "2026-03-01")?.city).toBe("Saint-Brieuc");
    expect(taeCityOn("LE HAVRE", "2026-03-01")?.newName).toBe("tribunal des activités économiques du Havre");
    expect(taeCityOn("Avignon", "2026-03-01")?.newName).toBe("tribunal des activités économiques d'Avignon");
    expect(taeCityOn("Libourne", "2026-03-01")).toBeUndefined();
    expect(taeCityOn("Lorient", "2026-03-01")).toBeUndefined();
  });

  it("finds tribunal de commerce mentions in text", () => {
    const text = "compétence exclusive du Tribunal de Commerce de Lyon ; à défaut, tribunal de commerce du Havre ou de Libourne.";
    const found = findTaeRenamings(text, "2025-06-01");
    expect(found.map((f) => [f.city, f.matched])).toEqual([
      ["Lyon", "Tribunal de Commerce de Lyon"],
      ["Le Havre", "tribunal de commerce du Havre"],
    ]);
    expect(findTaeRenamings("Tribunal de commerce de LIBOURNE", "2025-06-01")).toEqual([]);
    expect(findTaeRenamings("Tribunal de commerce de Lyon", "2024-06-01")).toEqual([]);
    expect(findTaeRenamings("Tribunal de commerce de Lyonnais", "2025-06-01")).toEqual([]);
  });
});
