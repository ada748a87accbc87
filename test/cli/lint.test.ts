import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, STACK_TRACE } from "../helpers/cli.js";

// A prose CGV without governing law: governing-law-missing (a warning by default) is the probe.
const NO_LAW = "# Article 1 : Objet\n\nLes présentes conditions s'appliquent à toutes les ventes.\n";
const WITH_LAW = "# Article 1 : Objet\n\nLes présentes conditions sont soumises au droit français.\n";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const ONLY_PROBE = ["--as-of", "2026-06-01", "--only", "governing-law-missing"];

describe("clausier lint: exit codes and options", () => {
  it("exits 0 with warnings only, 1 with errors, 1 above --max-warnings", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const warn = cli(["lint", "cgv.md", ...ONLY_PROBE], { cwd });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain("governing-law-missing");
    expect(cli(["lint", "cgv.md", "--rule", "governing-law-missing=error", ...ONLY_PROBE], { cwd }).code).toBe(1);
    expect(cli(["lint", "cgv.md", "--max-warnings", "0", ...ONLY_PROBE], { cwd }).code).toBe(1);
    expect(cli(["lint", "cgv.md", "--rule", "governing-law-missing=off", "--max-warnings", "0", ...ONLY_PROBE], { cwd }).code).toBe(0);
  });

  it("--quiet hides warnings", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const r = cli(["lint", "cgv.md", "--quiet", ...ONLY_PROBE], { cwd });
    expect(r.stdout).not.toContain("governing-law-missing");
  });

  it("exits 2 on usage and I/O errors, without a stack trace", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    for (const args of [
      ["lint", "missing.md"],
      ["lint", "cgv.md", "--rule", "no-such-rule=error"],
      ["lint", "cgv.md", "--rule", "governing-law-missing=loud"],
      ["lint", "cgv.md", "--as-of", "2026-13-01"],
      ["lint", "cgv.md", "-f", "xml"],
      ["lint", "cgv.md", "--fix", "--fix-dry-run"],
    ]) {
      const r = cli(args, { cwd });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^clausier: /);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("writes several formats in one run: -f sarif -o lint.sarif -f json -o lint.json -f stylish", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const r = cli(["lint", "cgv.md", "-f", "sarif", "-o", "lint.sarif", "-f", "json", "-o", "lint.json", "-f", "stylish", ...ONLY_PROBE], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("governing-law-missing");
    const sarif = JSON.parse(readFileSync(join(cwd, "lint.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results[0].ruleId).toBe("governing-law-missing");
    const json = JSON.parse(readFileSync(join(cwd, "lint.json"), "utf8"));
    expect(json[0]).toMatchObject({ filePath: "cgv.md", warningCount: 1, errorCount: 0 });
    expect(json[0].messages[0]).toMatchObject({ ruleId: "governing-law-missing", severity: "warning", line: 1 });
  });

  it("reads clausier.config.yaml: rule severities, per-path overrides, defaults", () => {
    const cwd = project({
      "cgv.md": NO_LAW,
      "old.md": NO_LAW,
      "clausier.config.yaml": "rules:\n  governing-law-missing: error\noverrides:\n  - files: [old.md]\n    rules: { governing-law-missing: off }\n",
    });
    const r = cli(["lint", "cgv.md", "old.md", "-f", "json", ...ONLY_PROBE], { cwd });
    expect(r.code).toBe(1);
    const [cgv, old] = JSON.parse(r.stdout);
    expect(cgv).toMatchObject({ filePath: "cgv.md", errorCount: 1 });
    expect(old).toMatchObject({ filePath: "old.md", errorCount: 0, warningCount: 0 });
  });

  it("refuses an invalid configuration with its position (exit 2)", () => {
    const cwd = project({ "cgv.md": NO_LAW, "clausier.config.yaml": "rulez:\n  x: error\n" });
    const r = cli(["lint", "cgv.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/clausier\.config\.yaml:1:1 .*rulez/);
  });

  it("honours an inline disable with a reason, reports one without a reason, and an unused one", () => {
    const withReason = `<!-- clausier-disable-next-line governing-law-missing -- loi choisie dans le contrat cadre -->\n${NO_LAW}`;
    const noReason = `<!-- clausier-disable-next-line governing-law-missing -->\n${NO_LAW}`;
    const unused = `<!-- clausier-disable-next-line governing-law-missing -- inutile -->\n${WITH_LAW}`;
    const cwd = project({ "a.md": withReason, "b.md": noReason, "c.md": unused });
    const [a, b, c] = JSON.parse(cli(["lint", "a.md", "b.md", "c.md", "-f", "json", ...ONLY_PROBE], { cwd }).stdout);
    expect(a.messages).toEqual([]);
    expect(b.messages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(["disable-without-reason", "governing-law-missing"]);
    expect(c.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["unused-disable"]);
  });

  it("bulk suppressions: --suppress-all records, later runs report only new errors, --prune-suppressions drops fixed ones", () => {
    const cwd = project({ "cgv.md": NO_LAW });
    const strict = ["--rule", "governing-law-missing=error", ...ONLY_PROBE];
    expect(cli(["lint", "cgv.md", ...strict], { cwd }).code).toBe(1);
    expect(cli(["lint", "cgv.md", "--suppress-all", ...strict], { cwd }).code).toBe(0);
    const file = JSON.parse(readFileSync(join(cwd, "clausier-suppressions.json"), "utf8"));
    expect(file).toEqual({ version: 1, files: { "cgv.md": { "governing-law-missing": { count: 1 } } } });
    expect(cli(["lint", "cgv.md", ...strict], { cwd }).code).toBe(0);
    writeFileSync(join(cwd, "new.md"), NO_LAW);
    expect(cli(["lint", "cgv.md", "new.md", ...strict], { cwd }).code).toBe(1);
    writeFileSync(join(cwd, "cgv.md"), WITH_LAW);
    const stale = cli(["lint", "cgv.md", ...strict], { cwd });
    expect(stale.stderr).toContain("--prune-suppressions");
    cli(["lint", "cgv.md", "--prune-suppressions", ...strict], { cwd });
    expect(JSON.parse(readFileSync(join(cwd, "clausier-suppressions.json"), "utf8")).files).toEqual({});
  });

  it("lints invalid documents as errors with their position", () => {
    const r = cli(["lint", "fixtures/invalid/wrong-types.yaml", "-f", "json"]);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages[0]).toMatchObject({ ruleId: "invalid-document", line: 10, column: 13 });
  });

  it("never writes a half report: an unwritable --output exits 2 and leaves nothing", () => {
    const cwd = project({ "cgv.md": NO_LAW, "blocker": "a file, not a folder" });
    const r = cli(["lint", "cgv.md", "-f", "json", "-o", "blocker/out.json"], { cwd });
    expect(r.code).toBe(2);
    expect(existsSync(join(cwd, "blocker/out.json"))).toBe(false);
  });

  it("clausier rules lists every rule with severity and legal basis", () => {
    const r = cli(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout);
    expect(rules.find((x: { id: string }) => x.id === "governing-law-missing")).toMatchObject({ severity: "warning", category: "jurisdiction" });
    expect(rules.every((x: { legalBasis: unknown[] }) => x.legalBasis.length > 0)).toBe(true);
  });
});
