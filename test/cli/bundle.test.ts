// The CLI runs from an esbuild bundle (scripts/bundle-cli.mjs, issue #14): the package files its
// modules resolve from their own place (schemas, validators, templates, fonts, generated/rules.json,
// docs/rules, the ICC profile, package.json) and the modules it starts by URL (the lint worker, the
// rules) must be found from dist/bundle/ too.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers/cli.js";

const bundle = join(ROOT, "dist/bundle");
const dir = mkdtempSync(join(tmpdir(), "clausier-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(folder, e.name)) : e.name.endsWith(".js") ? [join(folder, e.name)] : []));

describe("the CLI bundle", () => {
  it("finds every file a module resolves from its place", () => {
    const resolved = files(bundle).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/new URL\((["'])([^"'`]+)\1, import\.meta\.url\)/g)].map((m) => ({ file, path: m[2]!, url: new URL(m[2]!, pathToFileURL(file)) })),
    );
    const paths = resolved.map((r) => r.path);
    for (const expected of ["schemas/", "generated/validators/", "generated/rules.json", "templates/", "docs/rules/", "src/einvoice/icc/sRGB.icc", "package.json", "./lint-worker.js"]) {
      expect(paths.some((p) => p.endsWith(expected)), expected).toBe(true);
    }
    expect(resolved.filter((r) => !existsSync(fileURLToPath(r.url))).map((r) => `${r.file}: ${r.path}`)).toEqual([]);
    // Each rule is a module of its own, required on first use from beside the chunks.
    const rules = JSON.parse(readFileSync(join(ROOT, "generated/rules.json"), "utf8")) as { file: string }[];
    expect(rules.filter((r) => !existsSync(join(bundle, "rules", `${r.file}.js`))).map((r) => r.file)).toEqual([]);
  });

  it("prints a rule's documentation and renders HTML with its templates and fonts", () => {
    const doc = cli(["rules", "payment-term-too-long", "--locale", "en"]);
    expect(doc.code).toBe(0);
    expect(doc.stdout).toContain("That the payment term stays within the legal maximum");
    const render = cli(["render", "fixtures/altairis/invoice-fa-2026-0041.yaml", "--to", "html", "--out", dir, "--force", "--as-of", "2026-11-23"]);
    expect(render.code).toBe(0);
    const html = readFileSync(join(dir, "FA-2026-0041.html"), "utf8");
    expect(html).toContain("FA-2026-0041");
    expect(html).toContain("@font-face");
  });
});
