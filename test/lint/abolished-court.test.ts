import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/abolished-court.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const disputes = (court: string) => `# Article 12 : Litiges\n\nTout litige relève de la compétence du ${court}.\n`;

describe("abolished-court", () => {
  it("reports Livenote's Tribunal d'Instance once, on the clause's words, with a suggestion and no fix", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m).toMatchObject({ ruleId: "abolished-court", severity: "error", line: 365, column: 165, endColumn: 184 });
    expect(m!.fix).toBeUndefined();
    expect(m!.message).toContain("tribunal judiciaire");
    expect(m!.suggestions).toEqual([expect.objectContaining({ desc: "remplacer par « Tribunal judiciaire de Paris »", fix: expect.objectContaining({ text: "Tribunal judiciaire" }) })]);
  });

  it("reports the jurisdiction fact when no clause names the court", () => {
    const messages = lintTerms(
      {
        jurisdiction: { type: "named-court", court: "Tribunal de grande instance", city: "Lyon", country: "FR" },
        clauses: [{ id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent.\n" }],
      },
      rule,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 10, column: 10 });
    expect(messages[0]!.message).toContain("« Tribunal judiciaire de Lyon »");
  });

  it("reads TGI and the juge de proximité in prose", () => {
    expect(lintProse(disputes("TGI de Nanterre"), rule)[0]).toMatchObject({ line: 3, column: 40, endColumn: 43 });
    expect(lintProse(disputes("juge de proximité de Vanves"), rule)).toHaveLength(1);
  });

  it("reports a juge de proximité in terms judged in 2018, sending its cases to the tribunal d'instance", () => {
    const [m, ...rest] = lintProse(disputes("juge de proximité de Vanves"), rule, { asOf: "2018-03-01" });
    expect(rest).toEqual([]);
    expect(m!.message).toContain("1er juillet 2017");
    expect(m!.message).toContain("tribunal d'instance");
    expect(m!.message).not.toContain("judiciaire");
    expect(m!.legalBasis).toEqual(["fr.loi.2016-1547"]);
  });

  it("accepts the tribunal judiciaire and an ordinary tribunal de commerce", () => {
    expect(lintProse(disputes("tribunal judiciaire de Paris"), rule)).toEqual([]);
    expect(lintProse(disputes("Tribunal de commerce de Libourne"), rule)).toEqual([]);
    expect(lintRepoFiles(["terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml", "terms/altairis/cgv.yaml", "terms/petillances/cg.yaml", "terms/voguezen/cgv.yaml"], rule)).toEqual([]);
  });

  it("says nothing before 1 January 2020", () => {
    expect(lintProse(disputes("Tribunal d'Instance de Paris"), rule, { asOf: "2019-12-31" })).toEqual([]);
  });

  // Round T6: the court is not abolished and the clause stays valid; a linter reports defects, not this note.
  it("says nothing of a tribunal de commerce sitting as a tribunal des activités économiques during the experiment", () => {
    expect(lintProse(disputes("Tribunal de commerce de Lyon"), rule, { asOf: "2026-06-01" })).toEqual([]);
    const messages = lintTerms(
      {
        jurisdiction: { type: "named-court", court: "Tribunal de commerce", city: "Paris", country: "FR" },
        clauses: [{ id: "litiges", number: "3", title: "Litiges", body: "Tout litige relève du Tribunal de commerce de Paris.\n" }],
      },
      rule,
    );
    expect(messages).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds the Tribunal d'Instance of the Livenote seed and nothing in the others", () => {
    const lint = (seed: string, audience: "b2b" | "mixed", law: "FR" | "LU" = "FR") => lintProse(readFileSync(join(SEEDS, `${seed}.txt`), "utf8"), rule, { audience, law });
    expect(lint("002_4929b587e6a85f38", "mixed").map((m) => [m.line, m.column])).toEqual([[186, 171]]);
    for (const seed of ["000_1428806e8580c531", "001_4d303faaf5ba4ff2", "004_afafcd9942a486fc"]) expect(lint(seed, "b2b")).toEqual([]);
    expect(lint("003_d6f4e488504f7134", "b2b", "LU")).toEqual([]);
  });
});
