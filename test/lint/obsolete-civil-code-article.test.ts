import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/obsolete-civil-code-article.js";
import { lintPaths } from "../../src/lint/run.js";
import { lintProse, lintRepoFiles, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const clause = (body: string) => `# Article 1 : Force majeure\n\n${body}\n`;

describe("obsolete-civil-code-article", () => {
  it("reports article 1148 in the Luxogés CGT, with a fix that rewrites exactly the digits", () => {
    const [m, ...rest] = lintRepoFiles(["terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "obsolete-civil-code-article", severity: "error", file: "terms/luxoges/cgt.yaml", line: 139, column: 111, endColumn: 115 });
    expect(m!.message).toContain("1218");
    const text = readFileSync(join(ROOT, "terms/luxoges/cgt.yaml"), "utf8");
    expect(text.slice(m!.fix!.start, m!.fix!.end)).toBe("1148");
    expect(m!.fix!.text).toBe("1218");
  });

  it("applied to a copy of the Luxogés CGT, the fix leaves a file that parses and lints clean", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-civil-fix-"));
    cpSync(join(ROOT, "terms/luxoges"), dir, { recursive: true });
    const path = join(dir, "cgt.yaml");
    const text = readFileSync(path, "utf8");
    const lintCopy = () => lintPaths(["cgt.yaml", "cgu.yaml"], dir, [rule], { asOf: "2026-06-01", locale: "fr" }).results.flatMap((r) => r.messages);
    const [m] = lintCopy();
    const fixed = text.slice(0, m!.fix!.start) + m!.fix!.text + text.slice(m!.fix!.end);
    expect(fixed).toContain("au sens de l'article 1218 du Code civil.");
    expect(fixed.length).toBe(text.length);
    expect(() => parse(fixed)).not.toThrow();
    writeFileSync(path, fixed);
    // No finding of the rule, and no invalid-document either: the fixed file still loads.
    expect(lintCopy()).toEqual([]);
  });

  it("reports Livenote's force majeure clause", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 307, column: 111, fix: { text: "1218" } });
  });

  it("reads « art. 1148 C. civ. » and « l'article 1148 du même code » after a Code civil mention", () => {
    const abbreviated = lintProse(clause("Tout événement imprévisible et irrésistible (art. 1148 C. civ.) est un cas de force majeure."), rule);
    expect(abbreviated).toHaveLength(1);
    expect(abbreviated[0]).toMatchObject({ line: 3, column: 51, endColumn: 55 });
    const same = lintProse(
      clause("Le Code civil s'applique. Est un cas de force majeure, au sens de l'article 1148 du même code, tout événement irrésistible."),
      rule,
    );
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ line: 3, column: 77 });
  });

  it("rewrites a one-to-one article (1152 → 1231-5 about a clause pénale) and suggests for split ones (1134)", () => {
    const [penalty] = lintProse("# Article 9 : Clause pénale\n\nLa clause pénale sera réduite par le juge conformément à l'article 1152 du Code civil.\n", rule);
    expect(penalty).toMatchObject({ line: 3, column: 68, fix: { text: "1231-5" } });
    const [binding] = lintProse("# Article 2 : Force obligatoire\n\nConformément à l'article 1134 du Code civil, les conventions légalement formées tiennent lieu de loi à ceux qui les ont faites.\n", rule);
    expect(binding!.fix).toBeUndefined();
    expect(binding!.suggestions!.map((s) => s.fix.text)).toEqual(["1103", "1104", "1193"]);
    expect(binding!.message).toContain("1103, 1104, 1193");
  });

  it("rewrites 1369-1 to 1125 (electronic contracts) and 1341 to 1359 (proof by writing)", () => {
    const [online] = lintProse("# Article 3 : Commande en ligne\n\nLes présentes sont mises à disposition par voie électronique conformément à l'article 1369-1 du Code civil.\n", rule);
    expect(online).toMatchObject({ fix: { text: "1125" } });
    const [proof] = lintProse("# Article 8 : Preuve\n\nLa preuve par écrit est exigée au-delà du montant fixé par décret (article 1341 du Code civil).\n", rule);
    expect(proof).toMatchObject({ fix: { text: "1359" } });
  });

  it("rewrites the old clause-pénale articles 1226 and 1229 to 1231-5, not the new 1229 about ending a contract (review 2026-12-06b)", () => {
    const [old] = lintProse("# Article 7 : Retards\n\nUne somme de 15 % du solde est due à titre de clause pénale selon l'article 1229 du Code civil.\n", rule);
    expect(old).toMatchObject({ line: 3, fix: { text: "1231-5" } });
    const [definition] = lintProse("# Article 7 : Pénalité\n\nLa présente clause pénale est stipulée au sens de l'article 1226 du Code civil.\n", rule);
    expect(definition).toMatchObject({ fix: { text: "1231-5" } });
    expect(lintProse("# Article 12 : Fin du contrat\n\nLa résolution met fin au contrat et donne lieu aux restitutions prévues à l'article 1229 du Code civil.\n", rule)).toEqual([]);
  });

  it("does not report another code, the new numbers, nor 1152 about nullity", () => {
    expect(lintProse(clause("Un cas de force majeure au sens de l'article 1148 du Code de procédure civile."), rule)).toEqual([]);
    expect(lintProse(clause("Un cas de force majeure, imprévisible, au sens de l'article 1218 du Code civil."), rule)).toEqual([]);
    expect(lintProse("# Article 4 : Nullité\n\nLe délai de prescription de l'action en nullité court selon l'article 1152 du Code civil.\n", rule)).toEqual([]);
  });

  it("does not report a bare number, nor a subject that does not match", () => {
    expect(lintProse(clause("Un cas de force majeure au sens de l'article 1148."), rule)).toEqual([]);
    expect(lintProse("# Article 3 : Livraison\n\nLa livraison se fait selon l'article 1148 du Code civil.\n", rule)).toEqual([]);
  });

  it("says nothing before 1 October 2016 nor for a Luxembourg document", () => {
    const text = clause("Un cas de force majeure au sens de l'article 1148 du Code civil.");
    expect(lintProse(text, rule, { asOf: "2016-09-30" })).toEqual([]);
    expect(lintProse(text, rule, { asOf: "2016-10-01" })).toHaveLength(1);
    expect(lintProse(text, rule, { law: "LU" })).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds article 1148 in the Luxogés and Livenote seeds, nothing in the others", () => {
    const lint = (seed: string, audience: "b2b" | "mixed", law: "FR" | "LU" = "FR") => lintProse(readFileSync(join(SEEDS, `${seed}.txt`), "utf8"), rule, { audience, law });
    expect(lint("000_1428806e8580c531", "b2b").map((m) => m.line)).toEqual([208]);
    expect(lint("002_4929b587e6a85f38", "mixed").map((m) => m.line)).toEqual([158]);
    expect(lint("001_4d303faaf5ba4ff2", "b2b")).toEqual([]);
    expect(lint("003_d6f4e488504f7134", "b2b", "LU")).toEqual([]);
    expect(lint("004_afafcd9942a486fc", "b2b")).toEqual([]);
  });
});
