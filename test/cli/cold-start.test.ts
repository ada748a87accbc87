// `clausier --version` and `--help` are what shells, editors and CI probe first: they must not load
// the model (yaml, ajv) nor the commands (issue #14). Checked by the modules loaded, never by time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "clausier-cold-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A module hook that lists every module the process loads, one per line on stderr.
writeFileSync(join(dir, "hooks.mjs"), 'export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n');
writeFileSync(join(dir, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n`);

function loadedBy(args: string[]): { stdout: string; modules: string[] } {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(0);
  return { stdout: r.stdout, modules: r.stderr.split("\n").flatMap((l) => (l.startsWith("LOADED ") ? [l.slice(7)] : [])) };
}

describe("cold start", () => {
  it("--version loads no dependency and no command", () => {
    const { stdout, modules } = loadedBy(["--version"]);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(modules.some((m) => m.endsWith("/dist/cli/main.js"))).toBe(true);
    expect(modules.filter((m) => m.includes("/node_modules/"))).toEqual([]);
    expect(modules.filter((m) => m.includes("/dist/cli/commands/") || m.endsWith("/dist/model/index.js"))).toEqual([]);
  });

  it("a lint loads no module it does not use (diff is for --fix-dry-run)", () => {
    const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, "lint", "terms/altairis/cgv.yaml", "--as-of", "2026-11-23", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("LOADED ") && l.includes("/node_modules/diff/"))).toEqual([]);
  });

  it("--help loads yargs but neither the model (yaml, ajv) nor the commands", () => {
    const { stdout, modules } = loadedBy(["--help"]);
    expect(stdout).toContain("lint");
    expect(modules.some((m) => m.includes("/node_modules/yargs/"))).toBe(true);
    expect(modules.filter((m) => /\/node_modules\/(yaml|ajv|ajv-formats|picomatch)\//.test(m) || m.includes("/dist/cli/commands/") || m.endsWith("/dist/model/index.js"))).toEqual([]);
  });
});
