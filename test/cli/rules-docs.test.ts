import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markdownToText } from "../../src/cli/markdown-text.js";
import { allRules } from "../../src/lint/rules/index.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

// `clausier rules <id>` prints the rule's docs page in the terminal (issue #13).
describe("clausier rules <id>", () => {
  const elsewhere = mkdtempSync(join(tmpdir(), "clausier-rules-docs-"));
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

  it("prints the page as plain text, from any folder (docs/ is found beside the package)", () => {
    const r = cli(["--locale", "en", "rules", "payment-term-too-long"], { cwd: elsewhere });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^payment-term-too-long\n=+\n\nSeverity: error · Category: payment/);
    expect(r.stdout).toContain("\nWhat it checks\n--------------\n");
    expect(r.stdout).not.toMatch(/```|\*\*|^#/m);
  });

  it("says, in French, when the page exists in English only", () => {
    // Every rule has a French page now: a copy of the package without one shows the fallback.
    const pkg = join(elsewhere, "pkg");
    for (const part of ["bin", "dist", "generated", "docs/rules", "package.json"]) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(realpathSync(join(ROOT, "node_modules")), join(pkg, "node_modules"));
    rmSync(join(pkg, "docs/rules/fr/payment-term-too-long.md"));
    const r = spawnSync(process.execPath, [join(pkg, "bin/clausier.js"), "rules", "payment-term-too-long"], { cwd: elsewhere, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\(cette page n'existe qu'en anglais\)\n\npayment-term-too-long\n/);
  });

  it("has a French page for every rule (docs/rules/fr/<id>.md), printed without the note", () => {
    const missing = allRules.map((rule) => rule.meta.id).filter((id) => !existsSync(join(ROOT, "docs/rules/fr", `${id}.md`)));
    expect(missing).toEqual([]);
    // Bold wrapped over two lines would reach the terminal as "**".
    const leaking = allRules.map((rule) => rule.meta.id).filter((id) => /```|\*\*|^#/m.test(markdownToText(readFileSync(join(ROOT, "docs/rules/fr", `${id}.md`), "utf8"))));
    expect(leaking).toEqual([]);
    // The examples are run by test/lint/rule-docs.test.ts from the English page: a translation shows them unchanged.
    const examples = (path: string) => readFileSync(join(ROOT, path), "utf8").match(/^```[^\n]*\n[\s\S]*?^```$/gm) ?? [];
    const rewritten = allRules.map((rule) => rule.meta.id).filter((id) => examples(`docs/rules/fr/${id}.md`).join("\n") !== examples(`docs/rules/${id}.md`).join("\n"));
    expect(rewritten).toEqual([]);
    const r = cli(["rules", "payment-term-too-long"]);
    expect(r.stdout).toMatch(/^payment-term-too-long\n=+\n\nGravité : erreur · Catégorie : paiement/);
    expect(r.stdout).toContain("\nCe que la règle vérifie\n");
  });

  it("prints the French page when there is one (docs/rules/fr/), without the note", () => {
    const r = cli(["rules", "seller-identification-incomplete"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^seller-identification-incomplete\n=+\n\nGravité : erreur/);
    expect(r.stdout).toContain("\nCe que la règle vérifie\n");
    expect(cli(["--locale", "en", "rules", "seller-identification-incomplete"]).stdout).toContain("\nWhat it checks\n");
  });

  it("refuses an unknown id with the nearest one, exit 2, no stack trace", () => {
    const r = cli(["rules", "payment-term-too-lon"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("règle inconnue « payment-term-too-lon » (vouliez-vous dire « payment-term-too-long » ?)");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("still lists every rule without an id", () => {
    const r = cli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ règles\n$/);
  });
});

describe("markdownToText", () => {
  it("keeps code indented, tables without rulers, links with their address", () => {
    const text = markdownToText("# T\n\nSee [the law](https://legifrance.gouv.fr/x) and [rules](../x.md).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```yaml not-ok\npayment:\n  termDays: 90\n```\n");
    expect(text).toBe("T\n=\n\nSee the law (https://legifrance.gouv.fr/x) and rules.\n\n| a | b |\n| 1 | 2 |\n\n    payment:\n      termDays: 90\n");
  });
});
