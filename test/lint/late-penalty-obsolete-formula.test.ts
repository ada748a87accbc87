import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/late-penalty-obsolete-formula.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const prose = (sentence: string) => `# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("late-penalty-obsolete-formula", () => {
  it("reports a 1.5 multiple fact, at the multiple", () => {
    const messages = lintTerms({ latePayment: { penalty: { multiple: "1.5" } } }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "late-penalty-obsolete-formula", severity: "warning", line: 40, column: 15 });
    expect(messages[0]!.message).toContain("une fois et demie");
  });

  it("reports an ECB + 7 fact, at the points", () => {
    const [m] = lintTerms({ latePayment: { penalty: { kind: "ecb-plus", points: "7", multiple: null } } }, rule);
    expect(m).toMatchObject({ line: 40, column: 13 });
    expect(m!.message).toContain("majoré de 7 points");
  });

  it("reports « taux BCE + 7 points » on its words, with a suggestion for 10 points", () => {
    const text = prose("En cas de retard, pénalités au taux BCE + 7 points.");
    const [m, ...rest] = lintProse(text, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 32, endLine: 3, endColumn: 51 });
    const fix = m!.suggestions![0]!.fix;
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain("pénalités au taux de la BCE majoré de 10 points.");
  });

  it.each([
    "Pénalités de retard : taux de la BCE majoré de sept points.",
    "Tout retard entraîne des pénalités égales à une fois et demie le taux d'intérêt légal.",
    "Tout retard entraîne des pénalités égales à 1,5 fois le taux d'intérêt légal.",
  ])("reports « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toHaveLength(1);
  });

  it.each([
    "Pénalités de retard : taux de la BCE majoré de 10 points.",
    "Tout retard entraîne des pénalités égales à trois fois le taux d'intérêt légal.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("reads « taux directeur de la Banque centrale européenne, majorée de 7 % »", () => {
    const [m] = lintProse(prose("Les pénalités de retard sont calculées sur le taux directeur de la Banque centrale européenne, majorée de 7 %."), rule);
    expect(m).toMatchObject({ ruleId: "late-penalty-obsolete-formula" });
    expect(lintProse(prose("Les pénalités de retard sont calculées sur le taux directeur de la Banque centrale européenne, majorée de 10 %."), rule)).toEqual([]);
  });

  it.each([
    "Tout retard donne lieu à des intérêts au taux de 1.5fois le taux légal.",
    "Tout retard donne lieu à des pénalités égales à 1,5fois le taux d'intérêt légal.",
    "Pénalités de retard : 1.5 fois le taux légal.",
  ])("reads a multiple glued to « fois » or written with a dot: %s (review A3)", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toHaveLength(1);
  });

  it("leaves Luxembourg's BCE + 7 to lu-late-interest-rate", () => {
    expect(lintProse(prose("Intérêts de retard : taux BCE + 7 points."), rule, { law: "LU" })).toEqual([]);
  });

  it("leaves the bundled sellers alone", () => {
    for (const seller of ["livenote/cgv.yaml", "altairis/cgv.yaml", "luxoges/cgt.yaml", "voguezen/cgv.yaml"]) expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
  });
});
