import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gitlab } from "../../../src/lint/reporters/gitlab.js";
import { junit } from "../../../src/lint/reporters/junit.js";
import { context, CWD, message, result } from "./fixtures.js";

const findings = [
  result("terms/cgv.yaml", [message("error", 3, { legalBasis: ["fr.cgi.293B"] }), message("warning", 5), message("info", 6, { ruleId: "tacit-renewal-reminder" })]),
  result("terms/seller.yaml", []),
];

describe("gitlab reporter (Code Quality)", () => {
  it("gives each finding GitLab's fields, severity scale and a path from the repository root", () => {
    const issues = JSON.parse(gitlab(findings, context({ cwd: `${CWD}/sub`, env: { CI_PROJECT_DIR: CWD } })).text);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatchObject({ type: "issue", check_name: "governing-law-missing", description: "constat ligne 3 (CGI art. 293 B)", severity: "major", location: { path: "sub/terms/cgv.yaml", lines: { begin: 3, end: 3 } } });
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(["major", "minor", "info"]);
  });

  it("keeps fingerprints stable from run to run and distinct for two identical findings", () => {
    const twice = [result("a.md", [message("error", 1), message("error", 1)])];
    const first = JSON.parse(gitlab(twice, context()).text);
    const again = JSON.parse(gitlab(twice, context()).text);
    expect(first.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(again.map((i: { fingerprint: string }) => i.fingerprint));
    expect(new Set(first.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
    // A finding that moves by a line keeps its fingerprint: GitLab does not call it new.
    const moved = JSON.parse(gitlab([result("a.md", [message("error", 2, { message: "constat ligne 1" })])], context()).text);
    expect(moved[0].fingerprint).toBe(first[0].fingerprint);
  });
});

describe("junit reporter", () => {
  it("writes one suite per file and one case per finding; errors and warnings fail, infos pass, clean files pass", () => {
    const text = junit(findings, context()).text;
    expect(text).toContain('<testsuites name="clausier" tests="4" failures="2" errors="0">');
    expect(text).toContain('<testsuite name="terms/cgv.yaml" tests="3" failures="2" errors="0">');
    expect(text).toContain('<failure type="error" message="constat ligne 3">terms/cgv.yaml:3:1 constat ligne 3 (CGI art. 293 B)</failure>');
    expect(text).toContain('<testcase classname="terms/cgv.yaml" name="tacit-renewal-reminder 6:1"><system-out>');
    expect(text).toContain('<testsuite name="terms/seller.yaml" tests="1" failures="0" errors="0">');
  });

  it("escapes what XML forbids, and xmllint reads the result", () => {
    const nasty = [result('a "b" <c>.md', [message("error", 1, { message: "« & » <script> ' \u0007" })])];
    const text = junit(nasty, context()).text;
    expect(text).toContain("« &amp; » &lt;script&gt; &apos; ");
    const dir = mkdtempSync(join(tmpdir(), "clausier-junit-"));
    try {
      writeFileSync(join(dir, "r.xml"), text);
      const lint = spawnSync("xmllint", ["--noout", join(dir, "r.xml")], { encoding: "utf8" });
      if (lint.error) return; // xmllint absent: the escaping checks above still ran
      expect(lint.status, lint.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
