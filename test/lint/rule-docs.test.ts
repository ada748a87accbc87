// Docs that are tests (remark-lint style): every rule has docs/rules/<id>.md, and every example
// marked `md not-ok` in it must trigger the rule, every `md ok` example must not. Examples may
// carry front matter (audience, law). `yaml not-ok` / `yaml ok` examples are patches merged onto
// the base terms of test/lint/helpers.ts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { allRules } from "../../src/lint/rules/index.js";
import { lintProse, lintTerms, ROOT } from "./helpers.js";

const EXAMPLE = /```(md|yaml) (not-ok|ok)(?: as-of=(\d{4}-\d{2}-\d{2}))?\n([\s\S]*?)```/g;

describe.each(allRules.map((r) => [r.meta.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const path = join(ROOT, "docs/rules", `${id}.md`);

  it("exists, with what, why (legal basis) and how to fix", () => {
    expect(existsSync(path)).toBe(true);
    const doc = readFileSync(path, "utf8");
    expect(doc).toMatch(new RegExp(`^# ${id}\\n`));
    for (const section of ["## What it checks", "## Why", "## Examples", "## How to fix"]) expect(doc).toContain(section);
  });

  const examples = existsSync(path) ? [...readFileSync(path, "utf8").matchAll(EXAMPLE)] : [];
  it.each(examples.map((m, i) => [i + 1, m[1]!, m[2]!, m[3], m[4]!] as const))("example %i (%s %s)", (_, lang, verdict, asOf, code) => {
    const options = asOf ? { asOf } : {};
    const messages = lang === "md" ? lintProse(code, rule, options) : lintTerms(parse(code) ?? {}, rule, options);
    const own = messages.filter((m) => m.ruleId === id);
    if (verdict === "not-ok") expect(own.length, JSON.stringify(messages)).toBeGreaterThan(0);
    else expect(own, JSON.stringify(own)).toEqual([]);
  });
});
