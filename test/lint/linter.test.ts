// The Linter API in-process, as `clausier lint`, the render gate and the HTTP service call it:
// configuration and per-path overrides, rule selection, suppressions, the fix loop, --as-of.
// Each case builds its project in a temporary folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { Linter, SetupFileError, type LinterOptions } from "../../src/lint/linter.js";
import type { LintResult, Rule, RuleMeta } from "../../src/lint/types.js";
import { UsageError, Workspace } from "../../src/model/index.js";
import { baseTerms } from "./helpers.js";

// A prose CGV without governing law: governing-law-missing (a warning by default) is the probe.
const NO_LAW = "# Article 1 : Objet\n\nLes présentes conditions s'appliquent à toutes les ventes.\n";
const WITH_LAW = "# Article 1 : Objet\n\nLes présentes conditions sont soumises au droit français.\n";
const PROBE = "governing-law-missing";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-linter-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function linter(cwd: string, options: Partial<LinterOptions> = {}): Linter {
  return new Linter({ cwd, asOf: "2026-06-01", locale: "fr", only: [PROBE], ...options });
}

const ruleIds = (r: LintResult | undefined) => (r?.messages ?? []).map((m) => `${m.ruleId}:${m.severity}`);
const byFile = (results: LintResult[]) => Object.fromEntries(results.map((r) => [r.filePath, ruleIds(r)]));

/** A test rule: reports each `find` in the text (the first one only, with a fix to `replace`, when fixing). */
function textRule(id: string, find: string, options: { replace?: string; appliesFrom?: string } = {}): Rule {
  const meta: RuleMeta = {
    id,
    description: { fr: id, en: id },
    severity: "error",
    category: "consistency",
    legalBasis: ["fr.cciv.1103"],
    appliesFrom: options.appliesFrom,
    fixable: options.replace !== undefined,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: { FOUND: { fr: `« ${find} » trouvé`, en: `"${find}" found` } },
  };
  return {
    meta,
    check({ doc, report }) {
      const start = doc.text.indexOf(find);
      if (start < 0) return;
      const line = doc.text.slice(0, start).split("\n").length;
      const range = { line, column: 1, endLine: line, endColumn: 1 };
      const fix = options.replace === undefined ? undefined : { start, end: start + find.length, text: options.replace };
      report({ messageId: "FOUND", range, fix });
    },
  };
}

describe("Linter: configuration", () => {
  it("applies the configuration's rules, then the last matching override per path, then --rule above both", () => {
    const cwd = project({
      "cgv.md": NO_LAW,
      "old.md": NO_LAW,
      "legacy.md": NO_LAW,
      "clausier.config.yaml":
        "rules:\n  governing-law-missing: error\noverrides:\n  - files: ['*.md']\n    rules: { governing-law-missing: info }\n  - files: [old.md]\n    rules: { governing-law-missing: off }\n",
    });
    const files = ["cgv.md", "old.md", "legacy.md"];
    expect(byFile(linter(cwd).lintPaths(files).results)).toEqual({ "cgv.md": [`${PROBE}:info`], "legacy.md": [`${PROBE}:info`], "old.md": [] });
    expect(byFile(linter(cwd, { cliRules: [`${PROBE}=warn`] }).lintPaths(files).results)).toEqual({
      "cgv.md": [`${PROBE}:warning`],
      "legacy.md": [`${PROBE}:warning`],
      "old.md": [`${PROBE}:warning`],
    });
  });

  it("leaves out the configuration's ignored files, and takes its as-of date and locale when none is given", () => {
    const cwd = project({ "cgv.md": NO_LAW, "draft.md": NO_LAW, "clausier.config.yaml": "ignore: [draft.md]\nasOf: '2019-03-01'\nlocale: en\n" });
    const l = new Linter({ cwd, only: [PROBE] });
    expect(l.asOf).toBe("2019-03-01");
    expect(l.locale).toBe("en");
    expect(l.lintPaths(["cgv.md", "draft.md"]).results.map((r) => r.filePath)).toEqual(["cgv.md"]);
    expect(new Linter({ cwd, asOf: "2026-06-01", locale: "fr" }).asOf).toBe("2026-06-01");
  });

  it("gives prose without front matter the configuration's law and audience, unless the command line gives them", () => {
    const cwd = project({ "cgv.md": NO_LAW, "clausier.config.yaml": "law: LU\naudience: b2c\n" });
    const doc = (options: Partial<LinterOptions>) => linter(cwd, options).lintPaths(["cgv.md"]).documents[0];
    expect(doc({})).toMatchObject({ law: "LU", audience: "b2c" });
    expect(doc({ defaults: { law: "FR" } })).toMatchObject({ law: "FR", audience: "b2c" });
  });

  it("refuses an invalid configuration with each problem positioned (a usage error, exit 2)", () => {
    const cwd = project({ "cgv.md": NO_LAW, "clausier.config.yaml": "rulez:\n  x: error\n" });
    const error = (() => {
      try {
        linter(cwd);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SetupFileError);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as SetupFileError).message).toMatch(/^configuration invalide : .*clausier\.config\.yaml/);
    expect((error as SetupFileError).diagnostics[0]).toMatchObject({ file: "clausier.config.yaml", line: 1, column: 1 });
  });
});

describe("Linter: rule selection", () => {
  it("runs only the rules chosen, and names an unknown one with the closest id", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const l = linter(cwd);
    expect(l.rules.map((r) => r.meta.id)).toEqual([PROBE]);
    expect(new Set(l.lintPaths(["cgv.md"]).results.flatMap((r) => r.messages.map((m) => m.ruleId)))).toEqual(new Set([PROBE]));
    expect(() => linter(cwd, { only: ["governing-law-mising"] })).toThrow(/--only : règle inconnue « governing-law-mising » \(vouliez-vous dire « governing-law-missing » \?\)/);
    expect(() => linter(cwd, { cliRules: ["nope=error"] })).toThrow(UsageError);
  });
});

describe("Linter: bulk suppressions", () => {
  it("records the current errors, hides them while their count does not grow, and tells when they no longer occur", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const strict = { cliRules: [`${PROBE}=error`] };
    const first = linter(cwd, strict);
    const recorded = first.suppress(first.lintPaths(["cgv.md"]).results, "suppress-all");
    expect(JSON.parse(recorded.updatedFile!)).toEqual({ version: 1, files: { "cgv.md": { [PROBE]: { count: 1 } } } });
    expect(recorded.results[0]!.errorCount).toBe(0);
    writeFileSync(first.suppressionsPath, recorded.updatedFile!);

    const later = linter(cwd, strict);
    const hidden = later.suppress(later.lintPaths(["cgv.md"]).results);
    expect(hidden).toMatchObject({ unused: 0 });
    expect(hidden.updatedFile).toBeUndefined();
    expect(hidden.results[0]!.errorCount).toBe(0);
    expect(later.errorsFor([join(cwd, "cgv.md")]).get("cgv.md")).toEqual([]);

    writeFileSync(join(cwd, "cgv.md"), WITH_LAW);
    const stale = later.suppress(later.lintPaths(["cgv.md"]).results);
    expect(stale.unused).toBe(1);
    const pruned = later.suppress(later.lintPaths(["cgv.md"]).results, "prune");
    expect(JSON.parse(pruned.updatedFile!).files).toEqual({});
  });

  it("the render gate judges a file even when the configuration ignores it", () => {
    const cwd = project({ "cgv.md": NO_LAW, "clausier.config.yaml": `ignore: [cgv.md]\nrules:\n  ${PROBE}: error\n` });
    const l = linter(cwd);
    expect(l.lintPaths(["cgv.md"]).results).toEqual([]);
    expect(l.errorsFor([join(cwd, "cgv.md")]).get("cgv.md")?.map((m) => m.ruleId)).toEqual([PROBE]);
  });
});

describe("Linter: the fix loop", () => {
  it("applies fixes pass after pass until none is left, in memory, keeping the BOM", () => {
    const text = `\uFEFF${WITH_LAW}Voir l'article 1148, puis l'article 1148 encore, et l'article 1148.\n`;
    const cwd = project({ "cgv.md": text });
    const rule = textRule("probe-1148", "1148", { replace: "1218" });
    const { run, fixed } = linter(cwd, { only: [], rules: [rule] }).fix(["cgv.md"]);
    expect(fixed).toHaveLength(1);
    expect(fixed[0]).toMatchObject({ path: "cgv.md", bom: "\uFEFF", before: text.slice(1) });
    expect(fixed[0]!.after).toBe(text.slice(1).replaceAll("1148", "1218"));
    expect(run.results.flatMap((r) => r.messages)).toEqual([]);
    expect(readFileSync(join(cwd, "cgv.md"), "utf8")).toBe(text); // the caller writes
  });

  it("never produces a file that no longer loads: a fix that breaks the YAML is dropped, the finding stays", () => {
    const yaml = stringify(baseTerms());
    const cwd = project({ "cgv.yaml": yaml });
    expect(yaml).toContain("kind: cgv");
    const breaking = textRule("probe-breaks-yaml", "kind: cgv", { replace: "kind: [cgv" });
    const { run, fixed } = linter(cwd, { only: [], rules: [breaking] }).fix(["cgv.yaml"]);
    expect(fixed).toEqual([]);
    expect(ruleIds(run.results[0])).toEqual(["probe-breaks-yaml:error"]);

    // A fix that still parses but no longer validates (an unknown kind) is dropped too.
    const invalid = textRule("probe-invalid-kind", "kind: cgv", { replace: "kind: contrat" });
    expect(linter(cwd, { only: [], rules: [invalid] }).fix(["cgv.yaml"]).fixed).toEqual([]);

    // The same loop keeps a fix that leaves the file valid.
    const safe = textRule("probe-title", "Conditions générales de vente", { replace: "Conditions générales" });
    const kept = linter(cwd, { only: [], rules: [safe] }).fix(["cgv.yaml"]).fixed;
    expect(kept).toHaveLength(1);
    const ws = new Workspace(cwd, new Map([[join(cwd, "cgv.yaml"), kept[0]!.after]]));
    expect(ws.load(join(cwd, "cgv.yaml"))).toBeTruthy();
  });
});

describe("Linter: --as-of", () => {
  it("does not run a rule before the date its obligation came into force", () => {
    const cwd = project({ "cgv.md": `${WITH_LAW}Voir l'article 1148.\n` });
    const rule = textRule("probe-since-2016", "1148", { appliesFrom: "2016-10-01" });
    const at = (asOf: string) => linter(cwd, { only: [], rules: [rule], asOf }).lintPaths(["cgv.md"]).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(at("2016-09-30")).toEqual([]);
    expect(at("2016-10-01")).toEqual(["probe-since-2016"]);
  });
});
