// clausier lint on prose whose law and audience are not set: --law takes any country code, the
// JSON report carries the scope, and the inference is told (docs/scope.md). Texts written for the test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, STACK_TRACE } from "../helpers/cli.js";

const SWISS = "# Conditions générales\n\nExemple Sàrl, 1204 Genève, IDE CHE-123.456.788.\n\n## 1. Litiges\n\nLes présentes sont régies par le droit suisse. Voir l'article 9.\n";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-cli-scope-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("clausier lint: law and audience of prose", () => {
  it("infers Swiss law, runs the law-independent rules only, and reports the scope in JSON", () => {
    const cwd = project({ "cg.md": SWISS });
    const r = cli(["lint", "cg.md", "-f", "json", "--as-of", "2026-06-01"], { cwd });
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.stdout);
    // No sign of a professional client: presumed for consumers (round T7: under any law); no rule depends on it under Swiss law.
    expect(report.scope).toEqual({ law: "CH", audience: "b2c", lawSource: "inferred", audienceSource: "inferred" });
    expect(report.messages.map((m: { ruleId: string }) => m.ruleId).sort()).toEqual(["clause-reference-broken", "law-without-profile", "scope-inferred"]);
  });

  it("takes --law as any country code, in either case, as the user's choice", () => {
    const cwd = project({ "cg.md": SWISS });
    const [report] = JSON.parse(cli(["lint", "cg.md", "-f", "json", "--law", "be", "--audience", "b2c", "--as-of", "2026-06-01"], { cwd }).stdout);
    expect(report.scope).toEqual({ law: "BE", audience: "b2c", lawSource: "option", audienceSource: "option" });
    expect(report.messages.find((m: { ruleId: string }) => m.ruleId === "law-without-profile").message).toContain("droit belge (--law)");
  });

  it("refuses a --law that is not a country code, as a usage error", () => {
    const cwd = project({ "cg.md": SWISS });
    const r = cli(["lint", "cg.md", "--law", "France"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--law France : attendu un code pays ISO 3166-1 alpha-2");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
