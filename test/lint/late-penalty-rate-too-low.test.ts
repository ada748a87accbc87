import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/late-penalty-rate-too-low.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const penalty = (p: Record<string, unknown>) => ({ latePayment: { penalty: p } });
const prose = (sentence: string) => `# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("late-penalty-rate-too-low", () => {
  it("reports Livenote's 2× at the multiple", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "late-penalty-rate-too-low", severity: "error", line: 41, column: 15 });
    expect(messages[0]!.message).toContain("2 fois");
  });

  it("reports a fixed 10 % on 2023-10-05 (floor 3 × 4,22 = 12,66 %), not 13 %", () => {
    const [m, ...rest] = lintTerms(penalty({ kind: "fixed", annualRate: "10", multiple: null }), rule, { asOf: "2023-10-05" });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 40, column: 17 });
    expect(m!.message).toContain("12,66 %");
    expect(m!.message).toContain("4,22 %");
    expect(lintTerms(penalty({ kind: "fixed", annualRate: "13", multiple: null }), rule, { asOf: "2023-10-05" })).toEqual([]);
  });

  it("never reports three times the legal rate, whatever the date", () => {
    for (const asOf of ["2023-10-05", "2026-11-23", "1999-01-01"]) expect(lintTerms({}, rule, { asOf }), asOf).toEqual([]);
  });

  it("says there is no data for a date outside the legal data, without guessing", () => {
    const [m] = lintTerms(penalty({ kind: "fixed", annualRate: "10", multiple: null }), rule, { asOf: "2026-11-23" });
    expect(m?.message).toContain("aucune donnée sur le taux de l'intérêt légal au 2026-11-23");
    expect(m?.severity).toBe("error");
  });

  it("adds the ECB reference rate to the points", () => {
    // 2023-S2: ECB reference 4 % (MRO on 1 July 2023); floor 12,66 %.
    const [m] = lintTerms(penalty({ kind: "ecb-plus", points: "5", multiple: null }), rule, { asOf: "2023-10-05" });
    expect(m?.message).toContain("soit 9 %");
    expect(lintTerms(penalty({ kind: "ecb-plus", points: "10", multiple: null }), rule, { asOf: "2023-10-05" })).toEqual([]);
  });

  it("compares a multiple of the consumer legal rate with the same floor", () => {
    // 2023-S2: 2 × 6,82 % = 13,64 % ≥ 12,66 %; 1,5 × 6,82 % = 10,23 % < 12,66 %.
    expect(lintTerms(penalty({ multiple: "2", legalRate: "consumer" }), rule, { asOf: "2023-10-05" })).toEqual([]);
    expect(lintTerms(penalty({ multiple: "1.5", legalRate: "consumer" }), rule, { asOf: "2023-10-05" })[0]?.message).toContain("10,23 %");
    // Three times the consumer rate is always enough: no lookup, no "no data" outside the data.
    expect(lintTerms(penalty({ multiple: "3", legalRate: "consumer" }), rule, { asOf: "2026-11-23" })).toEqual([]);
  });

  it("reports « deux (2) fois » in prose on its words", () => {
    const [m, ...rest] = lintProse(prose("Tout retard entraîne des pénalités à un taux égal à deux (2) fois le taux d'intérêt légal."), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 53, endLine: 3, endColumn: 90 });
  });

  it.each([
    ["1,5 fois", "Pénalités de retard : 1,5 fois le taux d'intérêt légal.", "1,5 fois"],
    ["the legal rate itself", "Toute somme impayée à l'échéance porte intérêts au taux légal.", "au taux d'intérêt légal"],
    ["a monthly rate (1 % par mois = 12 %)", "En cas de retard, des pénalités au taux de 1 % par mois sont dues.", "12 %"],
  ])("reports %s", (_, sentence, expected) => {
    const [m] = lintProse(prose(sentence), rule, { asOf: "2023-10-05" });
    expect(m?.message).toContain(expected);
  });

  it("says a rate per month was annualised before the comparison, for « X % du montant par mois » too", () => {
    const [m, ...rest] = lintProse(prose("En cas de retard, une pénalité de 0,8 % du montant par mois de retard est due."), rule, { asOf: "2023-10-05" });
    expect(rest).toEqual([]);
    expect(m!.message).toContain("0,8 % par mois, soit 9,6 % l'an");
    expect(m!.message).toContain("12,66 %");
    const [en] = lintProse(prose("En cas de retard, une pénalité de 0,8 % du montant par mois de retard est due."), rule, { asOf: "2023-10-05", locale: "en" });
    expect(en!.message).toContain("0.8 % a month, i.e. 9.6 % a year");
    // Near miss: 1,5 % a month is 18 % a year, above the floor.
    expect(lintProse(prose("En cas de retard, une pénalité de 1,5 % du montant par mois de retard est due."), rule, { asOf: "2023-10-05" })).toEqual([]);
  });

  it.each([
    "Tout retard entraîne des pénalités égales à trois (3) fois le taux d'intérêt légal.",
    "Toute somme non réglée porte intérêts au taux d'intérêt légal multiplié par trois (3).",
    "En cas de retard, pénalités au taux de la BCE majoré de 10 points.",
    // Refund interest, not a late-payment penalty.
    "Le Prestataire restitue les sommes versées avec les intérêts au taux légal.",
    // The indemnity's share of the balance is not a rate.
    "En cas de retard, une indemnité forfaitaire de 10 % du solde avec un minimum de 40 € est due.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule, { asOf: "2023-10-05" })).toEqual([]);
  });

  it("leaves the other bundled sellers alone", () => {
    for (const seller of ["altairis/cgv.yaml", "luxoges/cgt.yaml", "voguezen/cgv.yaml"]) expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds the same in prose mode on the seeds", () => {
    const seed = (name: string, audience: "b2b" | "mixed") => lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law: "FR" });
    expect(seed("002_4929b587e6a85f38.txt", "mixed")).toMatchObject([{ line: 122, column: 98 }]);
    expect(seed("000_1428806e8580c531.txt", "b2b")).toEqual([]);
    expect(seed("001_4d303faaf5ba4ff2.txt", "b2b")).toEqual([]);
    expect(seed("004_afafcd9942a486fc.txt", "b2b")).toEqual([]);
  });
});
