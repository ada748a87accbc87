// clausier lint --cache / --cache-location, from the shell: the cache file is written where asked,
// a second run reports the same, and a corrupt or unwritable cache never fails the lint.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-cli-cache-"));
  dirs.push(dir);
  for (const sub of ["terms/altairis", "fixtures/altairis"]) cpSync(join(ROOT, sub), join(dir, sub), { recursive: true });
  return dir;
}

const LINT = ["lint", "terms", "fixtures", "--as-of", "2026-11-23", "-f", "json"];

describe("clausier lint --cache", () => {
  it("writes .clausiercache in the working directory and reports the same from it", () => {
    const dir = project();
    const plain = cli(LINT, { cwd: dir });
    const first = cli([...LINT, "--cache"], { cwd: dir });
    expect(existsSync(join(dir, ".clausiercache"))).toBe(true);
    const second = cli([...LINT, "--cache"], { cwd: dir });
    expect([first.code, second.code]).toEqual([plain.code, plain.code]);
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
  });

  it("--cache-location: a file, or a folder that then holds .clausiercache", () => {
    const dir = project();
    cli([...LINT, "--cache", "--cache-location", "cache.json"], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "cache.json"), "utf8"))).toMatchObject({ format: 2 });
    mkdirSync(join(dir, "tmp"));
    cli([...LINT, "--cache", "--cache-location", "tmp"], { cwd: dir });
    expect(existsSync(join(dir, "tmp/.clausiercache"))).toBe(true);
  });

  it("ignores a corrupt cache file and rewrites it", () => {
    const dir = project();
    const plain = cli(LINT, { cwd: dir });
    writeFileSync(join(dir, ".clausiercache"), "\u0000garbage{");
    const run = cli([...LINT, "--cache"], { cwd: dir });
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(dir, ".clausiercache"), "utf8"))).toMatchObject({ format: 2 });
  });

  it("warns, without failing, when the cache cannot be written", () => {
    const dir = project();
    const plain = cli(LINT, { cwd: dir });
    // A file where the cache's folder should be: no one, root included, can write there.
    writeFileSync(join(dir, "not-a-folder"), "");
    const run = cli([...LINT, "--cache", "--cache-location", "not-a-folder/cache"], { cwd: dir });
    expect(run.code).toBe(plain.code);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toMatch(/le cache de lint n'a pas été enregistré/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
