import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/vat-exemption-mention-missing.js";
import { ROOT, lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "vat-exemption-mention-missing";
const SEEDS = join(ROOT, "..", "shared", "seeds");
const franchise = { seller: { vat: { regime: "franchise", number: null } } };
const pricesClause = (body: string) => [{ id: "prix", number: "1", title: "Prix", body }];

describe(ID, () => {
  it("reports a franchise seller whose terms never cite art. 293 B, at the prices clause", () => {
    const [m, ...rest] = lintTerms({ ...franchise, clauses: pricesClause("Les prix sont indiqués en euros.\n") }, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 46, column: 12 });
    expect(m!.message).toContain("TVA non applicable, art. 293 B du CGI");
  });

  it("points at « TVA non applicable » without its article and rewrites it", () => {
    const [m] = lintTerms({ ...franchise, clauses: pricesClause("Prix nets, TVA non applicable.\n") }, rule);
    expect(m).toMatchObject({ line: 48, column: 18, endColumn: 36 });
    expect(m!.fix?.text).toBe("TVA non applicable, art. 293 B du CGI");
    expect(m!.fix!.end - m!.fix!.start).toBe("TVA non applicable".length);
  });

  it("accepts the full mention, and sellers that are liable or not subject", () => {
    expect(lintTerms({ ...franchise, clauses: pricesClause("Prix nets. TVA non applicable, art. 293 B du CGI.\n") }, rule)).toEqual([]);
    expect(lintTerms({ clauses: pricesClause("Les prix sont indiqués en euros.\n") }, rule)).toEqual([]);
    // Not subject (Livenote): no single article to require; vat-exempt-ttc-prices covers its "TTC".
    expect(lintTerms({ seller: { vat: { regime: "not-subject", number: null } }, clauses: pricesClause("Le vendeur n'est pas soumis à la TVA.\n") }, rule)).toEqual([]);
  });

  it("in prose, suggests the article after « TVA non applicable » but does not rewrite it", () => {
    const [m] = lintProse("# Article 4 : Prix\n\nPrix nets, TVA non applicable.\n", rule);
    expect(m).toMatchObject({ line: 3, column: 12 });
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions?.[0]?.fix.text).toBe("TVA non applicable, art. 293 B du CGI");
  });

  it("in prose, accepts another article and says nothing of « n'est pas soumis à la TVA »", () => {
    expect(lintProse("# Article 4 : Prix\n\nTVA non applicable, article 261-4-4° du CGI.\n", rule)).toEqual([]);
    expect(lintProse("# Article 4 : Prix\n\nLe Prestataire n'est pas soumis à la TVA.\n", rule)).toEqual([]);
  });

  it("stays silent on the five sellers and their seeds", () => {
    const files = ["altairis/cgv", "livenote/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("and on the seed texts", () => {
    for (const name of ["000_1428806e8580c531", "001_4d303faaf5ba4ff2", "002_4929b587e6a85f38", "004_afafcd9942a486fc"]) {
      expect(lintProse(readFileSync(join(SEEDS, `${name}.txt`), "utf8"), rule, { audience: name.startsWith("002") ? "mixed" : "b2b" }), name).toEqual([]);
    }
  });
});
