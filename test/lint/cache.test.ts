// The lint cache (--cache): results replayed for unchanged files, invalidated by what they rely on.
// A counting rule tells which documents were checked again; the real rules tell that replayed
// results are the same. Each case copies the Altairis terms and fixtures into a temporary folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Linter } from "../../src/lint/linter.js";
import { allRules } from "../../src/lint/rules/index.js";
import type { Rule } from "../../src/lint/types.js";
import { ROOT } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-cache-"));
  dirs.push(dir);
  for (const sub of ["terms/altairis", "fixtures/altairis"]) cpSync(join(ROOT, sub), join(dir, sub), { recursive: true });
  return dir;
}

/** A rule that finds nothing and counts the documents it checks, by path. */
function countingRule(): { rule: Rule; checked: string[] } {
  const checked: string[] = [];
  const rule: Rule = {
    meta: {
      id: "count-checks",
      description: { fr: "compte", en: "counts" },
      severity: "info",
      category: "documents",
      legalBasis: [],
      fixable: false,
      hasSuggestions: false,
      appliesTo: { documents: ["terms", "invoice", "quote", "refund", "credit-note"], modes: ["facts", "prose"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
      messages: {},
    },
    check: ({ doc }) => void checked.push(doc.path),
  };
  return { rule, checked };
}

function lint(dir: string, previous: string | undefined, rules: Rule[]) {
  const linter = new Linter({ cwd: dir, asOf: "2026-11-23", rules, defaultLocale: "fr" });
  return linter.lintPathsCached(["terms", "fixtures"], {}, { previous, key: "test" });
}

describe("lint cache", () => {
  it("replays the results of a second run without checking any document again", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const first = lint(dir, undefined, [rule]);
    expect(checked.length).toBe(6);
    checked.length = 0;
    const second = lint(dir, first.cacheText, [rule]);
    expect(checked).toEqual([]);
    expect(second.results).toEqual(first.results);
    expect(second.cacheText).toBe(first.cacheText);
  });

  it("gives the same findings as a run without cache, with every rule", () => {
    const dir = project();
    const uncached = new Linter({ cwd: dir, asOf: "2026-11-23", defaultLocale: "fr" }).lintPaths(["terms", "fixtures"]).results;
    const first = lint(dir, undefined, allRules);
    const second = lint(dir, first.cacheText, allRules);
    expect(uncached.some((r) => r.messages.length)).toBe(true);
    expect(first.results).toEqual(uncached);
    expect(second.results).toEqual(uncached);
    expect(second.replayed).toBeGreaterThan(0);
  });

  it("checks the seller's documents again when the seller file changes", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const first = lint(dir, undefined, [rule]);
    checked.length = 0;
    const seller = join(dir, "terms/altairis/seller.yaml");
    writeFileSync(seller, readFileSync(seller, "utf8").replace("legalName: Altairis", "legalName: Altairis SAS"));
    lint(dir, first.cacheText, [rule]);
    expect(checked.filter((p) => p.startsWith("fixtures/altairis/invoice-"))).toHaveLength(2);
    expect(checked).toContain("terms/altairis/cgv.yaml");
  });

  it("checks a seller's cached documents again when a new invoice of that seller appears (invoice sequence)", () => {
    const dir = project();
    const first = lint(dir, undefined, allRules);
    const gapFree = first.results.flatMap((r) => r.messages).filter((m) => m.ruleId === "invoice-number-sequence");
    const invoice = readFileSync(join(dir, "fixtures/altairis/invoice-fa-2026-0042.yaml"), "utf8");
    // Same number as an invoice already cached: both must now report the duplicate.
    writeFileSync(join(dir, "fixtures/altairis/invoice-copy.yaml"), invoice);
    const second = lint(dir, first.cacheText, allRules);
    const uncached = new Linter({ cwd: dir, asOf: "2026-11-23", defaultLocale: "fr" }).lintPaths(["terms", "fixtures"]).results;
    expect(second.results).toEqual(uncached);
    const duplicates = second.results.filter((r) => r.messages.some((m) => m.ruleId === "invoice-number-sequence")).map((r) => r.filePath);
    expect(duplicates.length).toBeGreaterThan(gapFree.length);
    expect(duplicates).toContain("fixtures/altairis/invoice-fa-2026-0042.yaml");
  });

  it("checks again when a rule's severity or the date changes", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const first = lint(dir, undefined, [rule]);
    checked.length = 0;
    new Linter({ cwd: dir, asOf: "2026-11-24", rules: [rule], defaultLocale: "fr" }).lintPathsCached(["terms", "fixtures"], {}, { previous: first.cacheText, key: "test" });
    expect(checked.length).toBe(6);
    checked.length = 0;
    new Linter({ cwd: dir, asOf: "2026-11-23", rules: [rule], cliRules: ["count-checks=error"], defaultLocale: "fr" }).lintPathsCached(["terms", "fixtures"], {}, { previous: first.cacheText, key: "test" });
    expect(checked.length).toBe(6);
  });

  it("checks again a file whose severity a nested configuration's override changes (path relative to that configuration)", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const first = lint(dir, undefined, [rule]);
    checked.length = 0;
    writeFileSync(join(dir, "terms/clausier.config.yaml"), "overrides:\n  - files: [altairis/cgv.yaml]\n    rules:\n      count-checks: error\n");
    lint(dir, first.cacheText, [rule]);
    expect(checked).toContain("terms/altairis/cgv.yaml");
    // An override that matches nothing changes no file's settings: all is replayed.
    writeFileSync(join(dir, "terms/clausier.config.yaml"), "overrides:\n  - files: [other/cgv.yaml]\n    rules:\n      count-checks: error\n");
    checked.length = 0;
    lint(dir, first.cacheText, [rule]);
    expect(checked).not.toContain("terms/altairis/cgv.yaml");
  });

  it("checks again from another working directory: results hold paths as shown from it", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const first = lint(dir, undefined, [rule]);
    checked.length = 0;
    const fromTerms = new Linter({ cwd: join(dir, "terms"), asOf: "2026-11-23", rules: [rule], defaultLocale: "fr" });
    const run = fromTerms.lintPathsCached(["altairis", "../fixtures"], {}, { previous: first.cacheText, key: "test" });
    expect(checked).toContain("altairis/cgv.yaml");
    expect(run.results.map((r) => r.filePath)).not.toContain("terms/altairis/cgv.yaml");
  });

  it("ignores a corrupt cache: everything is checked and the cache rebuilt", () => {
    const dir = project();
    const { rule, checked } = countingRule();
    const good = lint(dir, undefined, [rule]);
    // Broken JSON, another shape, and entries of the right key whose contents are not what they should be.
    const damaged = (damage: (cache: { files: Record<string, unknown>; groups: Record<string, Record<string, unknown>> }) => void) => {
      const cache = JSON.parse(good.cacheText);
      damage(cache);
      return JSON.stringify(cache);
    };
    const corrupted = [
      "{not json",
      "null",
      "[]",
      good.cacheText.slice(0, good.cacheText.length / 2),
      damaged((c) => Object.keys(c.files).forEach((f) => (c.files[f] = 1))),
      damaged((c) => Object.values(c.groups).forEach((g) => delete g.reads)),
      damaged((c) => Object.values(c.groups).forEach((g) => (g.results = "none"))),
    ];
    for (const corrupt of corrupted) {
      checked.length = 0;
      const run = lint(dir, corrupt, [rule]);
      expect(checked.length).toBe(6);
      expect(run.results).toEqual(good.results);
    }
  });
});

describe("what a cached document is said to read", () => {
  it("a refund statement reads its credit notes and fee invoices, so editing one invalidates it", async () => {
    const { Workspace } = await import("../../src/model/index.js");
    const { readsOf } = await import("../../src/lint/cache.js");
    const dir = join(ROOT, "fixtures/petillances");
    const workspace = new Workspace(ROOT);
    const refund = workspace.load(join(dir, "refund-nc-2026-0007.yaml"));
    expect(refund?.kind).toBe("refund");
    const reads = [...readsOf(refund, ROOT)];
    expect(reads).toContain(join(dir, "credit-note-fp-2026-0120.yaml"));
    expect(reads).toContain(join(dir, "invoice-fp-2026-0121.yaml"));
    expect(reads).toContain(join(dir, "invoice-fp-2026-0118.yaml"));
  });
});
