import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/clause-reference-broken.js";
import { lintProse, lintRepoFiles, lintTerms, lintYaml, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const repo = (path: string) => readFileSync(join(ROOT, path), "utf8");
/** A bundled seller file with one edit, linted with its seller file. */
const lintEdited = (path: string, from: string, to: string) => {
  const text = repo(path);
  expect(text).toContain(from);
  return lintYaml(text.replace(from, to), rule, { extraFiles: { "seller.yaml": repo(join(path, "../seller.yaml")) } }).filter((m) => m.ruleId === rule.meta.id);
};
const prose = (extra: string) =>
  `# Article 1 : Objet\n\nLes présentes conditions s'appliquent.\n\n# Article 2 : Retard de paiement\n\nDes pénalités sont dues.\n\n# Article 3 : Résiliation\n\n${extra}\n`;

describe("clause-reference-broken", () => {
  it("accepts Altairis's « Clause 4.2.2 » and « Clause 5 dénommée « Les Modules » », which exist", () => {
    expect(lintRepoFiles(["terms/altairis/cgv.yaml"], rule)).toEqual([]);
  });

  it("reports those references once they point to nothing or to another title", () => {
    const [missing, ...rest] = lintEdited("terms/altairis/cgv.yaml", "à savoir la Clause 4.2.2", "à savoir la Clause 4.2.7");
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ severity: "error", line: 190 });
    expect(missing!.message).toContain("clause 4.2.7 qui n'existe pas");
    const [title] = lintEdited("terms/altairis/cgv.yaml", "dénommée « Les Modules »", "dénommée « Les Options »");
    expect(title).toMatchObject({ line: 228, column: 38 });
    expect(title!.message).toContain("la clause 5 s'intitule « Les Modules »");
  });

  it("checks a quoted title against the numbered clause (Luxogés « clause 5 « Retard de paiement » »)", () => {
    expect(lintRepoFiles(["terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml"], rule)).toEqual([]);
    const [m] = lintEdited("terms/luxoges/cgt.yaml", "clause 5 « Retard de paiement »", "clause 5 « Retard de livraison »");
    expect(m).toMatchObject({ line: 112, column: 117 });
  });

  it("reports a number or a title that no clause has, in prose", () => {
    const [number] = lintProse(prose("La résiliation suit la procédure prévue à l'article 5 ci-dessous."), rule);
    expect(number).toMatchObject({ line: 11, column: 45, endColumn: 54 });
    const [title] = lintProse(prose("La clause « Pénalités » s'applique."), rule);
    expect(title).toMatchObject({ line: 11, column: 4 });
    expect(title!.message).toContain("« Pénalités »");
  });

  it("accepts existing references, titles that differ only by accents, case or « la »/« les »", () => {
    expect(lintProse(prose("Après la procédure de l'article 2, et selon la clause « la retard de PAIEMENT », le contrat est résilié."), rule)).toEqual([]);
    expect(lintProse(prose("Voir les articles 1 et 2 du présent contrat."), rule)).toEqual([]);
    expect(lintProse(prose("L'article « Robe d'été » commandé et la clause « de hardship » ne sont pas des renvois."), rule)).toEqual([]);
  });

  it("does not take statutes for clauses", () => {
    const statutes = [
      "Au sens de l'article 1218 du Code civil, la force majeure exonère.",
      "Conformément à l'article L441-10, des pénalités sont dues.",
      "Conformément à l'article 6 de la loi n° 78-17, le client a un droit d'accès.",
      "Les données sont traitées selon l'article 5 du règlement (UE) 2016/679.",
      "L'article 48 du Code de procédure civile s'applique.",
      "Le Client a un droit d'accès (RGPD, art. 15 ; Directive 2011/7/UE, art. 6 ; loi du 6 janvier 1978, art. 32).",
      "Aucun transfert hors de l'Union n'est effectué (articles 44 à 49 du RGPD).",
      "Un registre est tenu conformément à l'article 30(2) du RGPD.",
    ];
    for (const s of statutes) expect(lintProse(prose(s), rule), s).toEqual([]);
  });

  it("checks references in a text whose headings are numbered « I.1 », « I.2.3 »", () => {
    const text = "# I.1. DÉLAIS\n\nLa mission dure un mois.\n\n## I.2.3 Paiement\n\nLe retard s'ajoute au délai défini à l'article I.1 ; voir aussi l'article 4.\n";
    const found = lintProse(text, rule);
    expect(found.map((m) => m.message)).toEqual([expect.stringContaining("clause 4 qui n'existe pas")]);
  });

  it("finds no broken reference in the bundled sellers", () => {
    const files = ["terms/livenote/cgv.yaml", "terms/petillances/cg.yaml", "terms/voguezen/cgv.yaml"];
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });

  it("does not check numbers in a terms file whose clauses carry none", () => {
    const clauses = [{ id: "objet", title: "Objet", body: "Voir l'article 9.\n" }];
    expect(lintTerms({ clauses }, rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds no broken reference in the seeds (the Luxogés heading « Retard de » runs on the next line)", () => {
    const seeds: [string, "b2b" | "mixed", "FR" | "LU"][] = [
      ["000_1428806e8580c531", "b2b", "FR"],
      ["001_4d303faaf5ba4ff2", "b2b", "FR"],
      ["002_4929b587e6a85f38", "mixed", "FR"],
      ["003_d6f4e488504f7134", "b2b", "LU"],
      ["004_afafcd9942a486fc", "b2b", "FR"],
    ];
    for (const [seed, audience, law] of seeds) expect(lintProse(readFileSync(join(SEEDS, `${seed}.txt`), "utf8"), rule, { audience, law }), seed).toEqual([]);
    const luxoges = readFileSync(join(SEEDS, "000_1428806e8580c531.txt"), "utf8").replace('clause "Retard de paiement"', 'clause "Retard de livraison"');
    expect(lintProse(luxoges, rule).map((m) => m.line)).toEqual([141]);
  });
});
