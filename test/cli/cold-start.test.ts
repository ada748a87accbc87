// `clausier --version` and `--help` are what shells, editors and CI probe first: they must not load
// the model (yaml, ajv) nor the commands (issue #14). Checked by the modules loaded, never by time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "clausier-cold-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A module hook that lists every module the process loads, one per line on stderr. The hooks run on their own
// thread, whose process.stderr is relayed to the main thread and may be lost at exit on a busy machine (the
// reporter, loaded last, went missing once): they write to the file descriptor directly.
// cliui lays out yargs' help text: its entry is wrapped to say HELP-LAYOUT on stderr each time a help text is built.
writeFileSync(
  join(dir, "hooks.mjs"),
  "import { writeSync } from 'node:fs';\n" +
    "export async function load(url, context, next) {\n" +
    "  writeSync(2, `LOADED ${url}\\n`);\n" +
    "  if (url.endsWith('/node_modules/cliui/index.mjs')) return { format: 'module', shortCircuit: true, source: `import ui from ${JSON.stringify(url + '?counted')};\\nexport default function (o) { process.stderr.write('HELP-LAYOUT\\\\n'); return ui(o); }\\n` };\n" +
    "  return next(url, context);\n" +
    "}\n",
);
// Modules required synchronously (the generated validators, ajv, the rules run: src/lint/rule-set.ts)
// do not pass through the ES module hooks: they are listed from require's resolution.
writeFileSync(
  join(dir, "register.mjs"),
  `import { register } from "node:module";\nimport Module from "node:module";\nimport { fileURLToPath, pathToFileURL } from "node:url";\nregister(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n` +
    "const resolve = Module._resolveFilename;\nModule._resolveFilename = function (...args) { const file = resolve.apply(this, args); if (file.startsWith('/')) process.stderr.write(`LOADED ${pathToFileURL(file).href}\\n`); return file; };\n",
);

// The CLI runs from an esbuild bundle (scripts/bundle-cli.mjs): a file of dist/bundle/ stands for the
// modules it holds and those of the files it imports statically (dist/bundle/modules.json), each
// named by its own URL as without the bundle. (A rule is required: the module hooks do not see its imports.)
const bundle = join(ROOT, "dist/bundle/");
const bundled: Record<string, { modules: string[]; imports: string[] }> = JSON.parse(readFileSync(join(bundle, "modules.json"), "utf8"));
function asModules(url: string): string[] {
  const file = url.startsWith("file:") ? fileURLToPath(url) : "";
  if (!file.startsWith(bundle) || !bundled[file.slice(bundle.length)]) return [url];
  const files = new Set([file.slice(bundle.length)]);
  for (const f of files) for (const i of bundled[f]?.imports ?? []) files.add(i);
  return [...files].flatMap((f) => bundled[f]?.modules ?? []).map((m) => pathToFileURL(join(ROOT, m)).href);
}

function loadedBy(args: string[], status = 0): { stdout: string; stderr: string; modules: string[]; helpLayouts: number } {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "register.mjs")).href, BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(status);
  const lines = r.stderr.split("\n");
  return {
    stdout: r.stdout,
    stderr: lines.filter((l) => !l.startsWith("LOADED ") && l !== "HELP-LAYOUT").join("\n"),
    modules: lines.flatMap((l) => (l.startsWith("LOADED ") ? asModules(l.slice(7)) : [])),
    helpLayouts: lines.filter((l) => l === "HELP-LAYOUT").length,
  };
}

describe("cold start", () => {
  it("--version loads no dependency and no command", () => {
    const { stdout, modules } = loadedBy(["--version"]);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(modules.some((m) => m.endsWith("/dist/cli/main.js"))).toBe(true);
    expect(modules.filter((m) => m.includes("/node_modules/"))).toEqual([]);
    expect(modules.filter((m) => m.includes("/dist/cli/commands/") || m.endsWith("/dist/model/index.js"))).toEqual([]);
  });

  it("a lint loads no module it does not use (diff is for --fix-dry-run, the other reporters for other formats)", () => {
    const { stdout, modules } = loadedBy(["lint", "terms/altairis/cgv.yaml", "--as-of", "2026-11-23", "-f", "json"], 1);
    expect(JSON.parse(stdout)).toHaveLength(2);
    expect(modules.filter((m) => m.includes("/node_modules/diff/"))).toEqual([]);
    // Nor the reporters of the formats not asked for.
    const reporters = modules.filter((m) => /\/dist\/lint\/reporters\/(stylish|json|sarif|github|gitlab|junit)\.js$/.test(m));
    expect([...new Set(reporters.map((m) => m.replace(/.*\//, "")))]).toEqual(["json.js"]);
  });

  it("a lint imports only the rules it runs, and a lint served from the cache none, nor the Markdown parser", () => {
    const args = ["lint", "terms/altairis/cgv.yaml", "--as-of", "2026-11-23", "-f", "json", "--cache", "--cache-location", join(dir, "lint-cache")];
    const rules = (modules: string[]) => modules.filter((m) => m.includes("/dist/lint/rules/"));
    const first = loadedBy(args, 1);
    // Terms are judged by the terms rules: none of the invoices' is imported, nor the index of all.
    expect(rules(first.modules).some((m) => m.endsWith("/rules/late-penalty-rate-missing.js"))).toBe(true);
    expect(rules(first.modules).filter((m) => /\/rules\/(index|credit-note-exceeds-invoice|invoice-mandatory-mention-missing)\.js$/.test(m))).toEqual([]);
    const second = loadedBy(args, 1);
    expect(second.stdout).toBe(first.stdout);
    expect(rules(second.modules)).toEqual([]);
    // Nor the Markdown parser: nothing is parsed.
    expect(second.modules.filter((m) => /\/node_modules\/(remark-parse|micromark)\//.test(m))).toEqual([]);
  });

  it("--help loads yargs but neither the model (yaml, ajv) nor the commands", () => {
    const { stdout, modules } = loadedBy(["--help"]);
    expect(stdout).toContain("lint");
    expect(modules.some((m) => m.includes("/node_modules/yargs/"))).toBe(true);
    expect(modules.filter((m) => /\/node_modules\/(yaml|ajv|ajv-formats|picomatch)\//.test(m) || m.includes("/dist/cli/commands/") || m.endsWith("/dist/model/index.js"))).toEqual([]);
  });

  // yargs lays out the whole help text after every command it runs, in case the command fails and
  // shows it: ≈ 40 ms of a one-file lint (issue #14). Only a help that is printed is laid out.
  it("a command that prints no help does not lay out the help text", () => {
    const lint = loadedBy(["lint", "terms/altairis/cgv.yaml", "--as-of", "2026-11-23", "-f", "json"], 1);
    expect(JSON.parse(lint.stdout)).toHaveLength(2);
    expect(lint.helpLayouts).toBe(0);
    expect(loadedBy(["rules", "-f", "json"]).helpLayouts).toBe(0);
    // The counter counts: a help that is printed is laid out.
    const help = loadedBy(["lint", "--help"]);
    expect(help.stdout).toContain("--cache");
    expect(help.helpLayouts).toBeGreaterThan(0);
  });

  it("usage errors read as before: message and pointer to --help, no help text", () => {
    const unknown = loadedBy(["lint", "--bogus-option"], 2);
    expect(unknown.stderr).toMatch(/bogus-option/);
    expect(unknown.stderr).toContain("clausier --help");
    expect(unknown.stdout).toBe("");
    const none = loadedBy([], 2);
    expect(none.stderr).toContain("indiquez une commande");
  });
});
