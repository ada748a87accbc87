// The package as a user gets it: `npm pack`, installed into an empty project, then the CLI through
// npx and the library through `import`. Catches a file missing from `files`, a broken `exports`
// map, templates or schemas looked up inside the repository. dist/ is built by `npm test` first.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;

describe("the packed package, installed in an empty project", () => {
  it("ships the built code, schemas and templates, and not the tests or sources", () => {
    const installed = join(project, "node_modules", "clausier");
    for (const f of ["dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "schemas/terms.schema.json", "generated/validators/terms.cjs", "templates/invoice.hbs", "LICENSE"]) expect(existsSync(join(installed, f)), f).toBe(true);
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

  // The hooks of .pre-commit-hooks.yaml, run by the pre-commit tool (Debian's) on a git repository
  // that has Clausier installed, as its users will.
  it.skipIf(!hasPreCommit)("runs the pre-commit hooks: validate passes a valid file, lint fails on a defect", () => {
    execFileSync("git", ["init", "-q"], { cwd: project });
    writeFileSync(join(project, "terms", "cgv-draft.md"), "# CGV\n\nLes litiges relèvent du tribunal de grande instance de Paris.\n");
    execFileSync("git", ["add", "terms", "fixtures"], { cwd: project });
    const env = { ...process.env, PRE_COMMIT_HOME: join(project, ".pre-commit-cache"), NO_COLOR: "1" };
    const hook = (id: string, files: string[]) => spawnSync("pre-commit", ["try-repo", repo, id, "--files", ...files], { cwd: project, encoding: "utf8", env, timeout: 180_000 });
    const validate = hook("clausier-validate", ["terms/livenote/seller.yaml", "terms/livenote/cgv.yaml", INVOICE]);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/clausier validate\.+Passed/);
    const lint = hook("clausier-lint", ["terms/cgv-draft.md"]);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/clausier lint\.+Failed/);
    expect(lint.stdout).toContain("abolished-court");
  }, 400_000);
});

// The GitHub Action's step is a shell script (action/run.sh): run here as GitHub would, with its
// INPUT_* variables, the step summary and outputs files, from the repository's own build.
describe("the GitHub Action's script", () => {
  it("lints the paths, writes SARIF, annotations, the job summary and the step outputs, and fails on errors", () => {
    const work = mkdtempSync(join(tmpdir(), "clausier-action-"));
    try {
      mkdirSync(join(work, "legal"));
      writeFileSync(join(work, "legal", "cgv.md"), "# CGV\n\nLes litiges relèvent du tribunal de grande instance de Paris.\n");
      const summary = join(work, "summary.md");
      const outputs = join(work, "outputs.txt");
      const r = spawnSync("bash", [join(repo, "action", "run.sh")], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, GITHUB_ACTION_PATH: repo, GITHUB_WORKSPACE: work, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs, INPUT_PATHS: "legal", INPUT_AS_OF: "2026-12-06", INPUT_ARGS: "--rule early-payment-discount-missing=off", INPUT_SARIF_FILE: "out.sarif" },
        timeout: 120_000,
      });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^::error file=legal\/cgv\.md,line=3,.*title=abolished-court::/m);
      expect(r.stdout).not.toContain("early-payment-discount-missing");
      const sarif = JSON.parse(readFileSync(join(work, "out.sarif"), "utf8"));
      expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain("abolished-court");
      expect(readFileSync(summary, "utf8")).toContain("abolished-court");
      expect(readFileSync(outputs, "utf8")).toBe("sarif-file=out.sarif\nexit-code=1\n");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("declares in action.yml the inputs the script reads and runs the script", async () => {
    const { parse } = await import("yaml");
    const action = parse(readFileSync(join(repo, "action.yml"), "utf8"));
    const step = action.runs.steps.find((x: { id?: string }) => x.id === "lint");
    expect(step.run).toContain("action/run.sh");
    for (const name of Object.keys(step.env)) {
      const input = name.replace(/^INPUT_/, "").toLowerCase().replace(/_/g, "-");
      expect(action.inputs[input], input).toBeDefined();
      expect(readFileSync(join(repo, "action", "run.sh"), "utf8")).toContain(name);
    }
  });
});
