// The package as a user gets it: `npm pack`, installed into an empty project, then the CLI through
// npx and the library through `import`. Catches a file missing from `files`, a broken `exports`
// map, templates or schemas looked up inside the repository. dist/ is built by `npm test` first.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";

const repo = resolve(__dirname, "../..");
let project: string;
const INVOICE = "fixtures/livenote/invoice-ln-2020-0001.yaml";

function run(cmd: string, args: string[]) {
  return spawnSync(cmd, args, { cwd: project, encoding: "utf8", env: { ...process.env, CLAUSIER_LOCALE: "fr", NO_COLOR: "1" }, timeout: 180_000 });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "clausier-pack-"));
  const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", project], { cwd: repo, encoding: "utf8" }))[0];
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "pack-test", private: true, type: "module" }));
  // --prefer-offline: the dependencies come from the npm cache that `npm ci` filled.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(project, packed.filename)], { cwd: project, stdio: "pipe", timeout: 300_000 });
  // The repository's layout: the invoice names its terms as ../../terms/livenote/cgv.yaml.
  cpSync(join(repo, "terms", "livenote"), join(project, "terms", "livenote"), { recursive: true });
  mkdirSync(join(project, "fixtures", "livenote"), { recursive: true });
  cpSync(join(repo, "fixtures", "livenote", "invoice-ln-2020-0001.yaml"), join(project, INVOICE));
}, 400_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the packed package, installed in an empty project", () => {
  it("ships the built code, schemas and templates, and not the tests or sources", () => {
    const installed = join(project, "node_modules", "clausier");
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "schemas/terms.schema.json", "templates/invoice.hbs", "LICENSE"]) expect(existsSync(join(installed, f)), f).toBe(true);
    for (const f of ["test", "bench", ".ci", "fixtures", "src/lint", "scripts"]) expect(existsSync(join(installed, f)), f).toBe(false);
  });

  it("runs `npx clausier --version`, `validate` and `lint`", () => {
    const version = run("npx", ["clausier", "--version"]);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const validate = run("npx", ["clausier", "validate", "terms", "fixtures"]);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const lint = run("npx", ["clausier", "lint", "--format", "json", "terms", "fixtures"]);
    expect(lint.status).toBe(1); // the seed seller has known defects
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("consumer-mediator-missing");
    expect(lint.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it("renders an invoice to HTML, and to PDF when Chromium is there", () => {
    const html = run("npx", ["clausier", "render", "--force", "--to", "html", "--out", "out-html", INVOICE]);
    expect(html.status, html.stdout + html.stderr).toBe(0);
    expect(readdirSync(join(project, "out-html")).some((f) => f.endsWith(".html"))).toBe(true);
    if (!findChromium(process.env)) return;
    const pdf = run("npx", ["clausier", "render", "--force", "--out", "out-pdf", INVOICE]);
    expect(pdf.status, pdf.stdout + pdf.stderr).toBe(0);
    expect(readdirSync(join(project, "out-pdf")).some((f) => f.endsWith(".pdf"))).toBe(true);
  }, 120_000);

  it("gives the library API to `import`", () => {
    const script = [
      'import { validate, lint, lintText, compute, VERSION, allRules } from "clausier";',
      'const v = validate(["terms", "fixtures"]);',
      'const l = lint(["terms", "fixtures"]);',
      'const t = lintText("# CGV\\n\\nLes litiges relèvent du tribunal de grande instance de Paris.\\n", { filePath: "cgv.md", asOf: "2026-12-06" });',
      `const c = compute("${INVOICE}", { what: "totals" });`,
      "console.log(JSON.stringify({ version: VERSION, rules: allRules.length, valid: v.errorCount, lintFiles: l.length, stdinRules: t.messages.map((m) => m.ruleId), computation: c.computation, sections: c.sections.length }));",
    ].join("\n");
    const out = run("node", ["--input-type=module", "-e", script]);
    expect(out.status, out.stderr).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.valid).toBe(0);
    expect(r.rules).toBeGreaterThan(30);
    expect(r.lintFiles).toBeGreaterThan(1);
    expect(r.stdinRules).toContain("abolished-court");
    expect(r.computation).toBe("totals");
    expect(r.sections).toBeGreaterThan(0);
  });
});
