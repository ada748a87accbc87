import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/recovery-indemnity-conditional.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const prose = (sentence: string) => `# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("recovery-indemnity-conditional", () => {
  it("reports Altairis at the condition fact", () => {
    const messages = lintRepoFiles(["terms/altairis/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "recovery-indemnity-conditional", severity: "error", line: 29, column: 7 });
    expect(messages[0]!.message).toContain("après 30 jours de retard");
  });

  it("names each kind of condition fact", () => {
    const [notice] = lintTerms({ latePayment: { recoveryIndemnity: { condition: { kind: "after-formal-notice" } } } }, rule);
    expect(notice).toMatchObject({ line: 45, column: 7 });
    expect(notice!.message).toContain("mise en demeure");
    const [third] = lintTerms({ latePayment: { recoveryIndemnity: { condition: { kind: "third-party-collection" } } } }, rule);
    expect(third!.message).toContain("recouvrement confié à un tiers");
  });

  it("reports Altairis's words in prose, with a suggestion removing them", () => {
    const text = prose("Une indemnité forfaitaire de quarante euros (40€) pour frais de recouvrement est due à Altairis pour tout retard de trente (30) jours ou plus.");
    const [m, ...rest] = lintProse(text, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 3, column: 97, endLine: 3, endColumn: 142 });
    const fix = m!.suggestions![0]!.fix;
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain("est due à Altairis.");
  });

  it.each([
    ["après mise en demeure", "Une indemnité forfaitaire de 40 € pour frais de recouvrement sera due après mise en demeure restée sans effet.", "après mise en demeure"],
    ["a third-party collection", "En cas de recouvrement par un tiers, une indemnité forfaitaire de 40 € pour frais de recouvrement est due.", "En cas de recouvrement par un tiers"],
    ["« confier le recouvrement »", "Si le Prestataire devait confier le recouvrement à une société spécialisée, une indemnité forfaitaire de 40 € serait due.", "Si le Prestataire devait confier le recouvrement à une société"],
    ["a condition in the next sentence", "Une indemnité forfaitaire de 40 € pour frais de recouvrement est prévue. Elle n'est due qu'à compter de la mise en demeure du Client.", "à compter de la mise en demeure"],
  ])("reports %s", (_, sentence, words) => {
    const [m] = lintProse(prose(sentence), rule);
    expect(m?.message).toContain(`« ${words} »`);
  });

  it.each([
    "Une indemnité forfaitaire de 40 € pour frais de recouvrement est due de plein droit dès le premier jour de retard, sans mise en demeure.",
    "Tout retard entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement, sans qu'il soit besoin d'une mise en demeure.",
    "Tout retard entraîne, sans rappel ni mise en demeure préalable, une indemnité forfaitaire de 40 € pour frais de recouvrement.",
    // Extra proven costs may depend on a third-party collection: this sentence is not about the 40 €.
    "Si le Prestataire confie le recouvrement de sa créance à un tiers, le Client rembourse en outre les frais et honoraires exposés.",
    // A formal notice that opens termination, not the indemnity.
    "Une indemnité forfaitaire de 40 € pour frais de recouvrement est due. Le contrat peut être résilié huit jours après une mise en demeure restée sans effet.",
  ])("accepts « %s »", (sentence) => {
    expect(lintProse(prose(sentence), rule)).toEqual([]);
  });

  it("reports the words in a terms file whose facts do not encode the condition", () => {
    const [m] = lintTerms({ clauses: [{ id: "retard", title: "Retard", body: "Une indemnité forfaitaire de 40 € pour frais de recouvrement est due après mise en demeure.\n" }] }, rule);
    expect(m?.message).toContain("« après mise en demeure »");
  });

  it("leaves the other bundled sellers alone", () => {
    for (const seller of ["livenote/cgv.yaml", "luxoges/cgt.yaml", "voguezen/cgv.yaml"]) expect(lintRepoFiles([`terms/${seller}`], rule), seller).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds the same in prose mode on the seeds", () => {
    const seed = (name: string, audience: "b2b" | "mixed") => lintProse(readFileSync(join(SEEDS, name), "utf8"), rule, { audience, law: "FR" });
    expect(seed("001_4d303faaf5ba4ff2.txt", "b2b")).toMatchObject([{ line: 112, column: 97 }]);
    expect(seed("000_1428806e8580c531.txt", "b2b")).toEqual([]);
    expect(seed("002_4929b587e6a85f38.txt", "mixed")).toEqual([]);
    expect(seed("004_afafcd9942a486fc.txt", "b2b")).toEqual([]);
  });
});
