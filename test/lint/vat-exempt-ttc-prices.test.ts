import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/vat-exempt-ttc-prices.js";
import { ROOT, lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "vat-exempt-ttc-prices";
const SEEDS = join(ROOT, "..", "shared", "seeds");
const notSubject = { seller: { vat: { regime: "not-subject", number: null } } };
const prices = (taxBasis?: string, itemBasis?: string) => ({
  prices: { ...(taxBasis ? { taxBasis } : {}), items: [{ id: "forfait", label: "Forfait", amount: "49.00", ...(itemBasis ? { taxBasis: itemBasis } : {}) }] },
});

describe(ID, () => {
  it("warns when a seller not subject to VAT lists its prices TTC, at prices.taxBasis", () => {
    const [m, ...rest] = lintTerms({ ...notSubject, ...prices("TTC", "TTC") }, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "warning", line: 60, column: 13 });
    expect(m!.message).toContain("non soumis à la TVA");
  });

  it("warns at the first item priced TTC when the list has no basis", () => {
    const [m] = lintTerms({ seller: { vat: { regime: "franchise", number: null } }, ...prices(undefined, "TTC") }, rule);
    expect(m).toMatchObject({ line: 64, column: 17 });
    expect(m!.message).toContain("franchise en base");
  });

  it("warns at the words when only a clause says TTC", () => {
    const [m] = lintTerms({ ...notSubject, clauses: [{ id: "prix", title: "Prix", body: "Les tarifs sont exprimés en TTC.\n" }] }, rule);
    expect(m).toMatchObject({ line: 47, column: 35, endColumn: 38 });
  });

  it("accepts HT or net prices, and TTC prices of a seller that charges VAT", () => {
    expect(lintTerms({ ...notSubject, ...prices("HT") }, rule)).toEqual([]);
    expect(lintTerms({ ...prices("TTC", "TTC"), clauses: [{ id: "prix", title: "Prix", body: "Prix TTC.\n" }] }, rule)).toEqual([]);
  });

  it("in prose, warns when the text says no VAT is charged and quotes TTC", () => {
    const [m] = lintProse("# Article 4 : Tarifs\n\nLes tarifs sont exprimés en TTC (sauf cas contraire).\nLe Prestataire n'est pas soumis à la TVA.\n", rule);
    expect(m).toMatchObject({ line: 3, column: 29 });
    expect(lintProse("# Article 4 : Tarifs\n\nLes tarifs sont exprimés en TTC.\n", rule)).toEqual([]);
    expect(lintProse("# Article 4 : Tarifs\n\nPrix nets, TVA non applicable, art. 293 B du CGI.\n", rule)).toEqual([]);
  });

  it("in prose, reports every TTC of a seller that charges no VAT, not only the first", () => {
    const text = "# Article 3 : Tarifs\n\nLe forfait est de 90 € TTC.\nTVA non applicable, art. 293 B du CGI.\n\n# Article 4 : Options\n\nChaque option : 15 € toutes taxes comprises, frais de port 5 € TTC.\n";
    const found = lintProse(text, rule);
    expect(found.map((m) => [m.line, m.column])).toEqual([[3, 24], [8, 22], [8, 64]]);
    // Near misses: the base of a late-payment penalty is not a price; "HT" and "net" prices are not reported.
    expect(lintProse("# Article 3 : Tarifs\n\nPrix nets, TVA non applicable, art. 293 B du CGI.\n\n# Article 4 : Retard\n\nLa pénalité de retard est calculée sur le montant TTC restant dû.\n", rule)).toEqual([]);
    expect(lintProse("# Article 3 : Tarifs\n\nLe forfait est de 90 € net (HT).\nTVA non applicable, art. 293 B du CGI.\n", rule)).toEqual([]);
  });

  it("in prose, a conditional TTC (« TTC si TVA applicable », « le cas échéant ») is not a VAT-inclusive price (review A3)", () => {
    const exempt = "TVA non applicable, art. 293 B du CGI.\n";
    for (const line of ["Forfait : 80 € HT par mois (ou TTC si TVA applicable).", "Forfait : 80 € HT, TTC le cas échéant.", "Forfait : 80 € HT, soit le montant TTC lorsque la TVA est due.", "Le prix est indiqué, le cas échéant, TTC."]) {
      expect(lintProse(`# Article 3 : Tarifs\n\n${line}\n${exempt}`, rule), line).toEqual([]);
    }
    // A TTC price with no condition is still reported beside a conditional one.
    const found = lintProse(`# Article 3 : Tarifs\n\nForfait : 80 € HT (ou TTC si TVA applicable).\nOption : 20 € TTC.\n${exempt}`, rule);
    expect(found.map((m) => m.line)).toEqual([4]);
  });

  it("livenote triggers; the other sellers do not", () => {
    const [m, ...rest] = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ file: "terms/livenote/cgv.yaml", line: 51, column: 13 });
    const others = ["altairis/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(others, rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("and so does the Livenote seed text, alone", () => {
    const seed = (name: string) => lintProse(readFileSync(join(SEEDS, `${name}.txt`), "utf8"), rule, { audience: name.startsWith("002") ? "mixed" : "b2b" });
    expect(seed("002_4929b587e6a85f38")).toHaveLength(1);
    for (const name of ["000_1428806e8580c531", "001_4d303faaf5ba4ff2", "004_afafcd9942a486fc"]) expect(seed(name), name).toEqual([]);
  });
});
