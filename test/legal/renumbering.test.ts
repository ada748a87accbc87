import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  isObsoleteNumberOn,
  normalizeArticle,
  renumberingDataset,
  renumberingOf,
  renumberingsOf,
  reusedNumberOn,
  statuteCitationIn,
  subjectKeywordsIn,
} from "../../src/legal/renumbering.js";
import { ROOT } from "../helpers/cli.js";

const DATA_FILES = { civil: "civil-code-renumbering-2016.json", commerce: "commercial-code-renumbering-2019.json", consommation: "consumer-code-renumbering-2016.json" };

describe("normalizeArticle", () => {
  it.each([
    ["L. 441-6", "L441-6"],
    ["art. L.441\u20116", "L441-6"],
    ["l441-10", "L441-10"],
    ["article 1231\u20115", "1231-5"],
    ["R. 132-1", "R132-1"],
    ["1148", "1148"],
  ])("%j → %s", (raw, expected) => {
    expect(normalizeArticle(raw)).toBe(expected);
  });
});

describe("Code civil (ordonnance 2016-131)", () => {
  it.each([
    ["1148", ["1218"]],
    ["1152", ["1231-5"]],
    ["1147", ["1231-1"]],
    ["1382", ["1240"]],
    ["1153", ["1231-6"]],
    ["1154", ["1343-2"]],
  ])("%s → %j, one to one", (old, expected) => {
    const r = renumberingOf("civil", old)!;
    expect(r.newArticles).toEqual(expected);
    expect(r.oneToOne).toBe(true);
    expect(r.inForceFrom).toBe("2016-10-01");
  });

  it("maps the electronic-contract articles as the texts compare (1369-1 → 1125, 1369-4 → 1127-1, 1369-5 → 1127-2) and the proof by writing (1341 → 1359)", () => {
    expect(renumberingsOf("civil", "1369-1").map((e) => e.newArticles)).toEqual([["1125"]]);
    expect(renumberingOf("civil", "1369-4")!.newArticles).toEqual(["1127-1"]);
    expect(renumberingOf("civil", "1369-5")!.newArticles).toEqual(["1127-2"]);
    expect(renumberingOf("civil", "1341")!.newArticles).toEqual(["1359"]);
  });

  it("an entry for one article of an old block wins over the block (1156 → 1188, not 1188 to 1192)", () => {
    expect(renumberingsOf("civil", "1156").map((e) => e.newArticles)).toEqual([["1188"]]);
    expect(renumberingsOf("civil", "1157").map((e) => e.newArticles)).toEqual([["1188", "1189", "1190", "1191", "1192"]]);
  });

  it("splits 1134 and 1184 into several articles", () => {
    const a1134 = renumberingOf("civil", "1134")!;
    expect(a1134.newArticles).toEqual(["1103", "1104", "1193"]);
    expect(a1134.oneToOne).toBe(false);
    expect(a1134.paragraphs?.map((p) => p.new)).toEqual(["1103", "1193", "1104"]);
    const a1184 = renumberingOf("civil", "1184")!;
    expect(a1184.newArticles).toEqual(["1224", "1225", "1226", "1227", "1228", "1229", "1230"]);
    expect(a1184.oneToOne).toBe(false);
  });

  it("flags old numbers reused with another meaning", () => {
    expect(renumberingOf("civil", "1134")!.reusedWithOtherMeaning?.meaning).toMatch(/erreur/);
    expect(renumberingOf("civil", "1152")!.reusedWithOtherMeaning?.meaning).toMatch(/prescription/);
    expect(renumberingOf("civil", "1184")!.reusedWithOtherMeaning?.meaning).toMatch(/nullité partielle/);
    expect(renumberingOf("civil", "1148")!.reusedWithOtherMeaning).toBeUndefined();
  });

  it("finds the subject of a citation from its surrounding text", () => {
    const seedClause =
      "la force majeure s’entend de tout événement extérieur, imprévisible et irrésistible au sens de l’article 1148 du Code civil";
    expect(subjectKeywordsIn(renumberingOf("civil", "1148")!, seedClause).oldSubject).toEqual([
      "force majeure",
      "imprévisible",
      "irrésistible",
    ]);
    const penalty = "Une CLAUSE PENALE de 10 % s'appliquera (article 1152)";
    expect(subjectKeywordsIn(renumberingOf("civil", "1152")!, penalty)).toEqual({
      oldSubject: ["clause pénale"],
      reusedMeaning: [],
    });
  });

  it("covers the old 1156–1164 block", () => {
    expect(renumberingOf("civil", "1162")?.newArticles).toContain("1190");
    expect(renumberingOf("civil", "1165")?.newArticles).toEqual(["1199"]);
    expect(renumberingOf("civil", "1218")).toBeUndefined();
  });

  it("knows when a number became obsolete", () => {
    expect(isObsoleteNumberOn("civil", "1148", "2016-09-30")).toBe(false);
    expect(isObsoleteNumberOn("civil", "1148", "2016-10-01")).toBe(true);
    expect(isObsoleteNumberOn("civil", "1218", "2023-01-01")).toBe(false);
  });
});

describe("Code de commerce (ordonnance 2019-359)", () => {
  it("splits L441-6 by paragraph", () => {
    expect(renumberingsOf("commerce", "L441-6").map((r) => [r.part, r.newArticles])).toEqual([
      ["I", ["L441-1"]],
      ["I al. 8-12", ["L441-10"]],
      ["VI", ["L441-16"]],
    ]);
    expect(renumberingOf("commerce", "L. 441-6", "VI")?.newArticles).toEqual(["L441-16"]);
  });

  it("uses keywords to tell the CGV paragraph from the payment-terms one", () => {
    const text = "pénalités de retard au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-6)";
    const best = renumberingsOf("commerce", "L441-6")
      .map((r) => ({ r, hits: subjectKeywordsIn(r, text).oldSubject.length }))
      .sort((a, b) => b.hits - a.hits)[0]!;
    expect(best.r.newArticles).toEqual(["L441-10"]);
  });

  it.each([
    ["L441-3", "L441-9", "C"],
    ["L441-4", "L441-9", "C"],
    ["L441-7", "L441-3", "M"],
    ["L443-1", "L441-11", "M"],
  ])("%s → %s [%s]", (old, expected, confidence) => {
    const r = renumberingOf("commerce", old)!;
    expect(r.newArticles).toEqual([expected]);
    expect(r.confidence).toBe(confidence);
    expect(r.inForceFrom).toBe("2019-04-26");
  });

  it("maps L442-6 I 5° to L442-1 II", () => {
    const r = renumberingOf("commerce", "L442-6", "I 5°")!;
    expect(r.newArticles).toEqual(["L442-1"]);
    expect(r.newPart).toBe("II");
  });

  it("warns that L441-10 meant something else before 26 April 2019", () => {
    expect(reusedNumberOn("L441-10", "2018-06-01")?.otherContentFrom).toBe("2016-12-11");
    expect(reusedNumberOn("L. 441-10", "2019-04-25")).toBeDefined();
    expect(reusedNumberOn("L441-10", "2019-04-26")).toBeUndefined();
    expect(reusedNumberOn("L441-10", "2016-12-10")).toBeUndefined();
  });

  it("maps a bare citation of loi n° 2012-387 to L441-10 and D441-5", () => {
    const seed = "(Loi n° 2012-387 du 22 mars 2012 / Directive UE n° 2011/7/UE)";
    expect(statuteCitationIn(seed)?.currentArticles).toEqual(["L441-10", "D441-5"]);
    expect(statuteCitationIn("loi du 4 août 2008")).toBeUndefined();
  });

  it("describes the dataset", () => {
    expect(renumberingDataset("commerce")).toMatchObject({ inForceFrom: "2019-04-26", confidence: "C" });
  });
});

describe("Code de la consommation (ordonnance 2016-301)", () => {
  it.each([
    ["L121-21", "L221-18"],
    ["L121-21-8", "L221-28"],
    ["L132-1", "L212-1"],
    ["R132-1", "R212-1"],
    ["R132-2", "R212-2"],
    ["L136-1", "L215-1"],
    ["L121-20", "L221-18"],
    ["L152-1", "L612-1"],
    ["L156-1", "L616-1"],
  ])("%s → %s", (old, expected) => {
    const r = renumberingOf("consommation", old)!;
    expect(r.newArticles).toEqual([expected]);
    expect(r.inForceFrom).toBe("2016-07-01");
  });

  it("does not confuse L121-21 with L121-21-8", () => {
    expect(renumberingsOf("consommation", "L121-21")).toHaveLength(1);
  });

  it("marks the 7-day withdrawal period as obsolete", () => {
    expect(renumberingOf("consommation", "L121-20")?.note).toMatch(/14 jours/);
  });
});

describe("renumbering data", () => {
  it.each(["civil", "commerce", "consommation"] as const)("every %s entry names its source and its confidence", (code) => {
    const dataset = renumberingDataset(code);
    expect(dataset.source.length).toBeGreaterThan(10);
    const { entries } = JSON.parse(readFileSync(join(ROOT, "src/legal/data", DATA_FILES[code]), "utf8")) as { entries: { old: string; source?: string; confidence?: string }[] };
    for (const e of entries) {
      expect(e.source?.trim().length ?? 0, e.old).toBeGreaterThan(10);
      expect(["C", "C*", "M"], e.old).toContain(e.confidence);
    }
  });
});
