import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/jurisdiction-clause-consumer.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const b2c = (body: string) => `---\naudience: b2c\n---\n# Article 10 : Litiges\n\n${body}\n`;

describe("jurisdiction-clause-consumer", () => {
  it("reports Livenote (mixed: it serves « des particuliers ») once, on the court named in the clause", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "jurisdiction-clause-consumer", severity: "error", line: 365, column: 165, endColumn: 193 });
    expect(messages[0]!.message).toContain("« Tribunal d'Instance de Paris »");
  });

  it("reads « seuls les tribunaux de … » and « compétence exclusive » in prose", () => {
    expect(lintProse(b2c("En cas de litige, seuls les tribunaux de Paris sont compétents."), rule)[0]).toMatchObject({ line: 6, column: 29, endColumn: 47 });
    // A forum at the seller's seat, with no seat nor French sign, leaves the law unknown (docs/scope.md, round T11): set it.
    expect(lintProse(b2c("Compétence exclusive est attribuée aux juridictions du siège du vendeur.").replace("audience: b2c", "audience: b2c\nlaw: FR"), rule)).toHaveLength(1);
    expect(lintProse(b2c("Tout différend sera de la compétence du Tribunal judiciaire de Nantes."), rule)).toHaveLength(1);
  });

  it("reports the jurisdiction fact of a B2C terms file whose clauses name no court", () => {
    const messages = lintTerms({ audience: "b2c", clauses: [{ id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent.\n" }] }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 9, column: 3 });
  });

  it("does not report a B2C document without a jurisdiction clause, or one leaving the consumer his own court", () => {
    expect(lintTerms({ audience: "b2c", jurisdiction: null, clauses: [{ id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent.\n" }] }, rule)).toEqual([]);
    const ownCourt = "En cas de litige, le consommateur peut saisir, à son choix, la juridiction du lieu où il demeurait au moment de la conclusion du contrat.";
    expect(lintProse(b2c(ownCourt), rule)).toEqual([]);
    expect(lintTerms({ audience: "b2c", clauses: [{ id: "litiges", number: "3", title: "Litiges", body: `${ownCourt}\n` }] }, rule)).toEqual([]);
  });

  it("reads a forum clause in its common phrasings", () => {
    for (const body of [
      "Pour tout litige, la juridiction compétente est celle de Rennes.",
      "Les différends relèvent des tribunaux du ressort de Bordeaux.",
      "Le tribunal de commerce de Reims sera seul compétent.",
      "Les contestations seront portées devant les juridictions de Tours.",
    ])
      expect(lintProse(b2c(body), rule), body).toHaveLength(1);
  });

  it("understands a generic consumer carve-out as leaving consumers their own court", () => {
    for (const body of [
      "Les tribunaux de Rennes sont seuls compétents, sous réserve des règles impératives applicables aux consommateurs.",
      "Sauf si le client est un consommateur, la juridiction compétente est celle de Rennes.",
      "Compétence exclusive est attribuée aux tribunaux de Lyon, à l'exception des consommateurs, qui conservent les règles de compétence légales.",
      "Les tribunaux de Lyon sont compétents. Le consommateur peut toutefois saisir à son choix la juridiction prévue par la loi.",
    ])
      expect(lintProse(b2c(body), rule), body).toEqual([]);
    // Near miss: a consumer named for something else does not spare the court chosen.
    expect(lintProse(b2c("Le consommateur peut recourir gratuitement à un médiateur. À défaut, la juridiction compétente est celle de Rennes."), rule)).toHaveLength(1);
  });

  it("reads carve-outs that keep the consumers' rules, in the court's sentence or a neighbour (review A3)", () => {
    for (const body of [
      "Compétence exclusive est attribuée aux tribunaux de Brest.\n\nPour les clients consommateurs, les règles de compétence légale demeurent applicables.",
      "Les tribunaux du ressort de Brest sont compétents, sous réserve des règles protectrices du consommateur.",
      "Les juridictions de Brest sont seules compétentes, sauf disposition légale contraire.",
      "Le tribunal de Brest est compétent. Les non-professionnels conservent le bénéfice des dispositions protectrices du Code de la consommation.",
    ])
      expect(lintProse(b2c(body), rule), body).toEqual([]);
    // Near misses: consumers named for a mediator or for their data keep the court chosen for them.
    for (const body of [
      "Conformément aux dispositions du Code de la consommation, le consommateur peut recourir à un médiateur. À défaut, les tribunaux de Brest sont seuls compétents.",
      "Pour les clients consommateurs, les tribunaux de Brest sont seuls compétents.",
    ])
      expect(lintProse(b2c(body), rule), body).toHaveLength(1);
  });

  it("does not report a court chosen for professional clients only", () => {
    const text = "---\naudience: mixed\n---\n# Article 10 : Litiges\n\nSi le Client est un professionnel, compétence exclusive est attribuée au Tribunal de commerce de Nantes.\n";
    expect(lintProse(text, rule)).toEqual([]);
  });

  it("does not apply to B2B terms", () => {
    expect(lintProse("# Article 10 : Litiges\n\nSeuls les tribunaux de Paris sont compétents.\n", rule)).toEqual([]);
    expect(lintRepoFiles(["terms/altairis/cgv.yaml", "terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml", "terms/petillances/cg.yaml", "terms/voguezen/cgv.yaml"], rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds the court of the Livenote seed linted as mixed", () => {
    const messages = lintProse(readFileSync(join(SEEDS, "002_4929b587e6a85f38.txt"), "utf8"), rule, { audience: "mixed" });
    expect(messages.map((m) => [m.line, m.column])).toEqual([[186, 171]]);
  });
});
