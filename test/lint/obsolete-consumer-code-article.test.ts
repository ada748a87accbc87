import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/obsolete-consumer-code-article.js";
import { lintProse, lintRepoFiles, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const withdrawal = (citation: string) =>
  `---\naudience: b2c\n---\n# Article 7 : Rétractation\n\nLe Client dispose d'un délai de quatorze jours pour exercer son droit de rétractation (${citation}).\n`;

describe("obsolete-consumer-code-article", () => {
  it("rewrites L121-21 of the Code de la consommation to L221-18 when the sentence is about withdrawal", () => {
    const [m, ...rest] = lintProse(withdrawal("article L. 121-21 du Code de la consommation"), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "obsolete-consumer-code-article", severity: "warning", line: 6, column: 96, endColumn: 105, fix: { text: "221-18" } });
    expect(m!.message).toContain("L. 221-18");
  });

  it("reads bare L and R numbers (L132-1, R132-1) when the sentence speaks of unfair terms", () => {
    const [l] = lintProse("# Article 3 : Clauses abusives\n\nToute clause abusive au sens de l'article L132-1 est réputée non écrite.\n", rule);
    expect(l).toMatchObject({ line: 3, column: 43, fix: { text: "212-1" } });
    const [r] = lintProse("# Article 3 : Clauses abusives\n\nLes clauses abusives de l'article R. 132-1 du Code de la consommation sont interdites.\n", rule);
    expect(r).toMatchObject({ fix: { text: "212-1" } });
  });

  it("reads « article 121-21 du Code de la consommation » without its L", () => {
    const [m] = lintProse(withdrawal("article 121-21 du Code de la consommation"), rule);
    expect(m).toMatchObject({ ruleId: "obsolete-consumer-code-article", fix: { text: "L221-18" } });
    expect(lintProse(withdrawal("article 121-21 du Code civil"), rule)).toEqual([]);
  });

  it("only suggests where the old article was split (L211-4 and following)", () => {
    const [m] = lintProse("# Article 8 : Garantie\n\nLe vendeur répond des défauts de conformité (article L211-4 du Code de la consommation).\n", rule);
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions!.map((s) => s.fix.text)).toEqual(["217-4"]);
  });

  it("knows the commonly cited old numbers: L133-2, L121-21-8, L138-1 rewritten; L211-5, L211-12, L211-16 suggested with a warning on the 2021 reform", () => {
    const [clear] = lintProse("# Article 2 : Interprétation\n\nEn cas de doute, les clauses s'interprètent dans le sens le plus favorable au consommateur (article L133-2 du Code de la consommation).\n", rule);
    expect(clear).toMatchObject({ fix: { text: "211-1" } });
    const [exceptions] = lintProse(withdrawal("sauf pour les biens nettement personnalisés, article L121-21-8 du Code de la consommation"), rule);
    expect(exceptions).toMatchObject({ fix: { text: "221-28" } });
    const [delivery] = lintProse("# Article 5 : Livraison\n\nÀ défaut de date, le vendeur livre le bien dans les trente jours (article L138-1 du Code de la consommation).\n", rule);
    expect(delivery).toMatchObject({ fix: { text: "216-1" } });
    const [limit] = lintProse("# Article 8 : Garantie\n\nL'action résultant du défaut de conformité se prescrit par deux ans à compter de la délivrance du bien (article L211-12 du Code de la consommation).\n", rule);
    expect(limit!.fix).toBeUndefined();
    expect(limit!.suggestions!.map((s) => s.fix.text)).toEqual(["217-12"]);
    expect(limit!.message).toContain("2021-1247");
    // Near miss: L211-5 cited about something else than conformity is not reported.
    expect(lintProse("# Article 9 : Prix\n\nLes prix sont fermes (article L211-5 du Code de la consommation).\n", rule)).toEqual([]);
  });

  it("does not report a reused number about its new subject, another code, or before 1 July 2016", () => {
    expect(lintProse("# Article 3 : Sanctions\n\nLes pratiques commerciales trompeuses sont sanctionnées par l'article L132-1 du Code de la consommation.\n", rule)).toEqual([]);
    expect(lintProse(withdrawal("article L121-21 du Code de commerce"), rule)).toEqual([]);
    expect(lintProse(withdrawal("article L121-21 du Code de la consommation"), rule, { asOf: "2016-06-30" })).toEqual([]);
    expect(lintProse(withdrawal("article L221-18 du Code de la consommation"), rule)).toEqual([]);
  });

  it("finds nothing in the bundled sellers", () => {
    const files = ["terms/livenote/cgv.yaml", "terms/altairis/cgv.yaml", "terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml", "terms/petillances/cg.yaml", "terms/voguezen/cgv.yaml"];
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds nothing in the seeds", () => {
    const seeds: [string, "b2b" | "mixed", "FR" | "LU"][] = [
      ["000_1428806e8580c531", "b2b", "FR"],
      ["001_4d303faaf5ba4ff2", "b2b", "FR"],
      ["002_4929b587e6a85f38", "mixed", "FR"],
      ["003_d6f4e488504f7134", "b2b", "LU"],
      ["004_afafcd9942a486fc", "b2b", "FR"],
    ];
    for (const [seed, audience, law] of seeds) expect(lintProse(readFileSync(join(SEEDS, `${seed}.txt`), "utf8"), rule, { audience, law })).toEqual([]);
  });
});
