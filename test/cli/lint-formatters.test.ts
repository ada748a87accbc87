// `clausier lint -f gitlab|junit|./module.js`: the new formats from the command line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, STACK_TRACE } from "../helpers/cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-fmt-"));
  writeFileSync(join(dir, "cgv.md"), "# CGV\n\nLes litiges relèvent du tribunal de grande instance de Paris.\n");
  writeFileSync(join(dir, "count.mjs"), "export default (results, context) => `${context.locale}:${results.map((r) => r.filePath + '=' + r.messages.map((m) => m.ruleId).join(',')).join(';')}\\n`;\n");
  writeFileSync(join(dir, "not-a-function.mjs"), "export default 42;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lint formats", () => {
  it("loads a custom formatter from a module path and prints what it returns", () => {
    const r = cli(["lint", "cgv.md", "--as-of", "2026-12-06", "-f", "./count.mjs"], { cwd: dir });
    expect(r.stdout).toMatch(/^fr:cgv\.md=.*abolished-court/);
    expect(r.code).toBe(1);
  });

  it("refuses a formatter that does not exist or exports no function, with exit 2 and no stack trace", () => {
    const missing = cli(["lint", "cgv.md", "-f", "./nowhere.mjs"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("./nowhere.mjs");
    expect(missing.stderr).not.toMatch(STACK_TRACE);
    const bad = cli(["lint", "cgv.md", "-f", "./not-a-function.mjs"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("fonction");
    expect(missing.stdout + bad.stdout).toBe("");
  });

  it("writes GitLab Code Quality and JUnit reports beside stylish", () => {
    const r = cli(["lint", "cgv.md", "--as-of", "2026-12-06", "-f", "gitlab", "-o", "gl.json", "-f", "junit", "-o", "junit.xml", "-f", "stylish"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("abolished-court");
    expect(JSON.parse(readFileSync(join(dir, "gl.json"), "utf8"))).toContainEqual(expect.objectContaining({ check_name: "abolished-court", location: { path: "cgv.md", lines: { begin: 3, end: 3 } } }));
    expect(readFileSync(join(dir, "junit.xml"), "utf8")).toContain('<testsuite name="cgv.md"');
  });
});
