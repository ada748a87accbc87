// Configuration discovered upward from each file, `extends` (a file, an npm package), cycles, and
// --print-config (issue #13: the configuration was read only from the working directory).
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { project, PROSE, run } from "./helpers.js";

const { dir, remove } = project({
  "clausier.config.yaml": "rules:\n  governing-law-missing: \"off\"\n",
  "cgv.md": PROSE,
  "sub/clausier.config.yaml": "extends: ../shared/base.yaml\nrules:\n  early-payment-discount-missing: \"off\"\noverrides:\n  - files: [old.md]\n    rules: { recovery-indemnity-missing: warn }\n",
  "sub/cgv.md": PROSE,
  "sub/old.md": PROSE,
  "sub/deeper/cgv.md": PROSE,
  "other/cgv.md": PROSE,
  "shared/base.yaml": "rules:\n  governing-law-missing: error\n  early-payment-discount-missing: error\nignore: [\"drafts/**\"]\n",
  "pkg/clausier.config.yaml": "extends: [\"@acme/clausier-config\", clausier-config-json]\n",
  "pkg/cgv.md": PROSE,
  "node_modules/@acme/clausier-config/package.json": '{ "name": "@acme/clausier-config", "version": "1.0.0" }\n',
  "node_modules/@acme/clausier-config/clausier.config.yaml": "rules:\n  governing-law-missing: error\n",
  "node_modules/clausier-config-json/package.json": '{ "name": "clausier-config-json", "version": "1.0.0", "main": "config.json" }\n',
  "node_modules/clausier-config-json/config.json": '{ "rules": { "early-payment-discount-missing": "off" } }\n',
  "loop/clausier.config.yaml": "extends: ./a.yaml\n",
  "loop/a.yaml": "extends: ./b.yaml\n",
  "loop/b.yaml": "extends: ./a.yaml\n",
  "loop/cgv.md": PROSE,
  "missing/clausier.config.yaml": "extends: \"@acme/absent\"\n",
  "missing/cgv.md": PROSE,
});
afterAll(remove);

/** rule id → severity, for one file of a JSON report. */
function severities(stdout: string, file: string): Record<string, string> {
  const result = JSON.parse(stdout).find((r: { filePath: string }) => r.filePath === file);
  return Object.fromEntries(result.messages.map((m: { ruleId: string; severity: string }) => [m.ruleId, m.severity]));
}
const RULES = ["--only", "governing-law-missing", "--only", "early-payment-discount-missing", "--only", "recovery-indemnity-missing"];

describe("configuration discovered upward", () => {
  it("the nearest clausier.config.* applies to the files below it, its overrides relative to its folder", async () => {
    const r = await run(["lint", "cgv.md", "sub", "other", "-f", "json", ...RULES], dir);
    // cwd's configuration: governing law off.
    expect(severities(r.stdout, "cgv.md")).toEqual({ "early-payment-discount-missing": "warning", "recovery-indemnity-missing": "error" });
    expect(severities(r.stdout, "other/cgv.md")).toEqual({ "early-payment-discount-missing": "warning", "recovery-indemnity-missing": "error" });
    // sub/'s: its base's governing-law error, its own early-payment off, and deeper files too.
    expect(severities(r.stdout, "sub/cgv.md")).toEqual({ "governing-law-missing": "error", "recovery-indemnity-missing": "error" });
    expect(severities(r.stdout, "sub/deeper/cgv.md")).toEqual({ "governing-law-missing": "error", "recovery-indemnity-missing": "error" });
    expect(severities(r.stdout, "sub/old.md")).toEqual({ "governing-law-missing": "error", "recovery-indemnity-missing": "warning" });
  });

  it("is looked up from the file, above the working directory too", async () => {
    const r = await run(["lint", "cgv.md", "-f", "json", ...RULES], join(dir, "other"));
    expect(severities(r.stdout, "cgv.md")).not.toHaveProperty("governing-law-missing");
  });

  it("extends npm packages: a package's clausier.config.yaml, another's main export (JSON)", async () => {
    const r = await run(["lint", "pkg", "-f", "json", ...RULES], dir);
    expect(severities(r.stdout, "pkg/cgv.md")).toEqual({ "governing-law-missing": "error", "recovery-indemnity-missing": "error" });
  });

  it("--print-config prints the merged configuration for a file, as JSON, exit 0", async () => {
    const r = await run(["lint", "--print-config", "sub/deeper/cgv.md"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: { "governing-law-missing": "error", "early-payment-discount-missing": "off" },
      ignore: ["drafts/**"],
      overrides: [{ files: ["old.md"], rules: { "recovery-indemnity-missing": "warn" } }],
    });
    expect(JSON.parse((await run(["lint", "--print-config", "other/x.md"], dir)).stdout)).toEqual({ rules: { "governing-law-missing": "off" } });
    const none = project({ ".git/HEAD": "ref: refs/heads/main\n", "cgv.md": PROSE });
    try {
      const r = await run(["lint", "--print-config", "cgv.md"], none.dir);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({});
      expect(r.stderr).toContain("aucun clausier.config.yaml/.yml/.json ne s'applique à cgv.md");
    } finally {
      none.remove();
    }
  });

  it("a cycle of extends is exit 2, with the chain", async () => {
    const r = await run(["lint", "loop"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("loop/clausier.config.yaml → loop/a.yaml → loop/b.yaml → loop/a.yaml");
  });

  it("an extends that leads nowhere is exit 2, naming it", async () => {
    const r = await run(["lint", "missing", "--locale", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"extends: @acme/absent" of missing/clausier.config.yaml leads to no file nor installed npm package');
  });
});

describe("clausier.config.js", () => {
  const js = project({
    "clausier.config.js": 'export default async () => ({ rules: { "governing-law-missing": "off" } });\n',
    "cgv.md": PROSE,
    "bad/clausier.config.mjs": 'export default { rulez: {} };\n',
    "bad/cgv.md": PROSE,
    "broken/clausier.config.js": 'throw new Error("configuration cassée");\n',
    "broken/cgv.md": PROSE,
  });
  afterAll(js.remove);

  it("runs the module and applies what it exports (an object, or a function returning one)", async () => {
    const r = await run(["lint", "cgv.md", "-f", "json", ...RULES], js.dir);
    expect(severities(r.stdout, "cgv.md")["governing-law-missing"]).toBeUndefined();
    const printed = await run(["lint", "--print-config", "cgv.md"], js.dir);
    expect(JSON.parse(printed.stdout).rules).toEqual({ "governing-law-missing": "off" });
  });

  it("checks what it exports against the schema, and names the error of a module that throws (exit 2)", async () => {
    const bad = await run(["lint", "bad/cgv.md"], js.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("rulez");
    const broken = await run(["lint", "broken/cgv.md"], js.dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("Error: configuration cassée");
  });
});
