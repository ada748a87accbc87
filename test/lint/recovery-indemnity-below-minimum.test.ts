import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/recovery-indemnity-below-minimum.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const prose = (sentence: string) => `# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("recovery-indemnity-below-minimum", () => {
  it("reports an amount fact below 40 €, at the amount", () => {
    const messages = lintTerms({ latePayment: { recoveryIndemnity: { amount: "30" } } }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "recovery-indemnity-below-minimum", severity: "error", line: 43, column: 13 });
    expect(messages[0]!.message).toContain("de 30 €");
  });

  it("reports « indemnité forfaitaire de 30 € » on the amount, with a suggestion for 40 €", () => {
    const text = prose("Tout retard entraîne une indemnité forfaitaire de 30 € pour frais de recouvrement.");
    const [m, ...rest] = lintProse(text, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 51, endLine: 3, endColumn: 55 });
    const fix = m!.suggestions![0]!.fix;
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain("indemnité forfaitaire de 40 € pour");
  });

  it("reads amounts in words", () => {
    const [m] = lintProse(prose("Une indemnité forfaitaire de trente (30) euros pour frais de recouvrement est due."), rule);
    expect(m?.message).toContain("de 30 €");
  });

  it.each([
    "Une indemnité forfaitaire de quarante euros (40€) pour frais de recouvrement est due.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 40,00 €.",
    "En cas de non-paiement à l'échéance, la Société peut réclamer, à titre d'indemnité forfaitaire, dix pour cent (10%) du solde restant dû avec un minimum de quarante (40) euros.",
    "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de 100 €.",
    // A cancellation fee is not the recovery indemnity.
    "En cas d'annulation, une indemnité forfaitaire de 20 € est due.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("leaves the bundled sellers alone", () => {
    for (const seller of ["livenote/cgv.yaml", "altairis/cgv.yaml", "luxoges/cgt.yaml", "petillances/cg.yaml", "voguezen/cgv.yaml"]) {
      expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
    }
  });

  it.skipIf(!existsSync(SEEDS))("finds nothing in prose mode on the seeds", () => {
    const seeds: Array<[string, "b2b" | "mixed", "FR" | "LU"]> = [
      ["000_1428806e8580c531.txt", "b2b", "FR"],
      ["001_4d303faaf5ba4ff2.txt", "b2b", "FR"],
      ["002_4929b587e6a85f38.txt", "mixed", "FR"],
      ["003_d6f4e488504f7134.txt", "b2b", "LU"],
      ["004_afafcd9942a486fc.txt", "b2b", "FR"],
    ];
    for (const [name, audience, law] of seeds) expect(lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law }), name).toEqual([]);
  });
});
