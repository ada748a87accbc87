import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-23"];
const RULE = "obsolete-civil-code-article";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-suppressions-"));
  cpSync(join(ROOT, "terms/luxoges"), join(dir, "luxoges"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The suppressions file, pretty-printed as --suppress-all writes it. */
const writeSuppressions = (files: unknown) => writeFileSync(join(dir, "clausier-suppressions.json"), JSON.stringify({ version: 1, files }, null, 2) + "\n");
const lint = (...more: string[]) => cli(["lint", "luxoges/cgt.yaml", "--only", RULE, ...AS_OF, ...more], { cwd: dir });

describe("clausier-suppressions.json is validated like every other input", () => {
  it("--suppress-all writes a file that the next run reads and applies", () => {
    expect(lint().code).toBe(1);
    expect(lint("--suppress-all").code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "clausier-suppressions.json"), "utf8"))).toEqual({ version: 1, files: { "luxoges/cgt.yaml": { [RULE]: { count: 1 } } } });
    expect(lint().code).toBe(0);
  });

  it.each([
    ['"files": null', null, "3:12", /files/],
    ["a null file entry", { "luxoges/cgt.yaml": null }, "4:25", /luxoges\/cgt\.yaml/],
    ["a null rule entry", { "luxoges/cgt.yaml": { [RULE]: null } }, "5:38", new RegExp(RULE)],
    ['"count": "x"', { "luxoges/cgt.yaml": { [RULE]: { count: "x" } } }, "6:18", /count.*"x"/],
    ["a negative count", { "luxoges/cgt.yaml": { [RULE]: { count: -1 } } }, "6:18", /count.*-1/],
    ["a zero count", { "luxoges/cgt.yaml": { [RULE]: { count: 0 } } }, "6:18", /count.*0/],
  ])("%s: exit 2 with the file:line:column of the problem, no stack trace", (_, files, position, detail) => {
    writeSuppressions(files);
    const r = lint();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`clausier-suppressions.json:${position}`);
    expect(r.stderr).toMatch(detail);
    expect(r.stderr).not.toMatch(/erreur interne|internal error/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("--suppress-all does not overwrite a malformed file", () => {
    writeSuppressions({ "luxoges/cgt.yaml": { [RULE]: { count: "x" } } });
    const before = readFileSync(join(dir, "clausier-suppressions.json"), "utf8");
    expect(lint("--suppress-all").code).toBe(2);
    expect(readFileSync(join(dir, "clausier-suppressions.json"), "utf8")).toBe(before);
  });

  it("render refuses it the same way", () => {
    writeSuppressions({ "luxoges/cgt.yaml": { [RULE]: { count: "x" } } });
    const r = cli(["render", "luxoges/cgt.yaml", "--to", "html", "--out", "out", ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("clausier-suppressions.json:6:18");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("English messages with --locale en", () => {
    writeSuppressions(null);
    const r = lint("--locale", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid suppressions file/);
  });
});

describe("clausier.config.yaml errors are positioned and exit 2, through lint and render", () => {
  beforeEach(() => writeFileSync(join(dir, "clausier.config.yaml"), "rules:\n  obsolete-civil-code-article: loud\n"));

  it.each([
    ["lint", ["lint", "luxoges/cgt.yaml", ...AS_OF]],
    ["render", ["render", "luxoges/cgt.yaml", "--to", "html", "--out", "out", ...AS_OF]],
  ])("%s", (_, args) => {
    const r = cli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("clausier.config.yaml:2:32");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
