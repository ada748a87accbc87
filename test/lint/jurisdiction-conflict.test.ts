import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/jurisdiction-conflict.js";
import { baseTerms, lintProse, lintRepoFiles, lintTerms, merge, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const litiges = (body: string) => ({ clauses: [{ id: "litiges", number: "3", title: "Litiges", body: `${body}\n` }] });

describe("jurisdiction-conflict", () => {
  it("reports the law of one country with exclusive courts of another (facts and clause)", () => {
    const messages = lintTerms(
      {
        governingLaw: "LU",
        jurisdiction: { type: "named-court", court: "Tribunal de commerce", city: "Nantes", country: "FR", exclusive: true },
        ...litiges("Les présentes conditions sont soumises au droit luxembourgeois. Le Tribunal de commerce de Nantes est exclusivement compétent."),
      },
      rule,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "jurisdiction-conflict", severity: "error" });
    expect(messages[0]!.message).toMatch(/^le contrat est soumis au droit luxembourgeois, mais .*« Tribunal de commerce de Nantes »/);
  });

  it("reads the same conflict in prose, and accepts non-exclusive foreign courts", () => {
    const [m] = lintProse("# Article 14 : Litiges\n\nLes présentes conditions sont soumises au droit français. Seuls les tribunaux de Luxembourg-ville sont compétents.\n", rule);
    expect(m).toMatchObject({ line: 3, column: 69, endColumn: 98 });
    expect(lintProse("# Article 14 : Litiges\n\nLes présentes conditions sont soumises au droit français. Les litiges peuvent être portés devant les tribunaux de Luxembourg.\n", rule)).toEqual([]);
  });

  it("reports two different courts named in one document, on the second", () => {
    const text = "# Article 3 : Litiges\n\nTout litige relève du Tribunal de commerce de Nantes.\n\n# Article 9 : Divers\n\nEn cas de contestation, les tribunaux de Rennes sont seuls compétents.\n";
    const messages = lintProse(text, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 7, column: 29, endColumn: 48 });
    expect(messages[0]!.message).toContain("« Tribunal de commerce de Nantes » puis « tribunaux de Rennes »");
  });

  it("reports a clause that names another court than the jurisdiction fact (facts say Lorient, prose says Nantes)", () => {
    const messages = lintTerms({ jurisdiction: { type: "named-court", court: "Tribunal de commerce", city: "Lorient", country: "FR" } }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain("« Tribunal de commerce de Nantes » alors que la juridiction déclarée (jurisdiction) est « Tribunal de commerce de Lorient »");
  });

  it("reports a clause choosing another law than governingLaw", () => {
    const messages = lintTerms(litiges("Les présentes conditions sont régies par le droit luxembourgeois. Tout litige relève du Tribunal de commerce de Nantes."), rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toContain("au droit luxembourgeois alors que la loi déclarée (governingLaw) est le droit français");
  });

  it("compares the courts of one seller's documents, not a document without a court", () => {
    const other = (patch: Record<string, unknown>) => stringify(merge(baseTerms(), { kind: "cgu", id: "exemple-cgu", ...patch }), { lineWidth: 0 });
    const bordeaux = {
      jurisdiction: { type: "named-court", court: "Tribunal de commerce", city: "Bordeaux", country: "FR" },
      ...litiges("Tout litige relève du Tribunal de commerce de Bordeaux."),
    };
    const messages = lintTerms({}, rule, { extraFiles: { "cgu.yaml": other(bordeaux) } });
    expect(messages.map((m) => m.file).sort()).toEqual(["cgu.yaml", "terms.yaml"]);
    expect(messages.find((m) => m.file === "terms.yaml")!.message).toContain("cgu.yaml du même vendeur désigne « Tribunal de commerce de Bordeaux »");
    const silent = other({ jurisdiction: null, governingLaw: null, clauses: [{ id: "objet", title: "Objet", body: "Les CGU s'appliquent.\n" }] });
    expect(lintTerms({}, rule, { extraFiles: { "cgu.yaml": silent } })).toEqual([]);
  });

  it("finds no conflict in the bundled sellers (the Luxogés CGU names no court)", () => {
    const files = ["terms/livenote/cgv.yaml", "terms/altairis/cgv.yaml", "terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml", "terms/petillances/cg.yaml", "terms/voguezen/cgv.yaml"];
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds no conflict in the seeds", () => {
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
