// Issue #15, defect 5: validation is linear in the number of keys and items. Speed is asserted by
// bench/validate-scaling.mjs; here, the work that made it quadratic is counted instead.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { ROOT } from "../helpers/cli.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { MAX_DIAGNOSTICS_PER_FILE } from "../../src/model/diagnostic-cap.js";
import { validate } from "../../src/model/schemas.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-bounded-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const ws = new Workspace(dir, undefined, undefined, "en");
  ws.load(file);
  return ws.allDiagnostics();
}

describe("a file with 100,000 unknown keys", () => {
  it("gets the first 100 diagnostics in file order, then one summary of the rest", () => {
    let text = "kind: cgv\n";
    for (let i = 0; i < 100_000; i++) text += `x${i.toString(36)}: 1\n`;
    const found = load("keys.yaml", text);
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    const unknown = found.filter((d) => d.code === "SCHEMA_ADDITIONALPROPERTIES");
    expect(unknown[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('unknown key "x0"') });
    expect(unknown[0]!.hint).toBe('did you mean "id"? — e.g. id: cgv-2026');
    const last = found.at(-1)!;
    expect(last.code).toBe("TOO_MANY_ERRORS");
    // 100,000 unknown keys + 6 missing required keys (as before the cap), 100 shown
    expect(last.message).toBe("99906 more error(s) from here on, not shown (beyond 100 per file)");
    expect(found.slice(0, -1).every((d, i, all) => i === 0 || all[i - 1]!.line <= d.line)).toBe(true);
  }, 60_000); // not a speed check: a generous ceiling for a loaded machine (the benchmark times it)
});

describe("a clause list of 240,000 numbers", () => {
  it("is reported once per item by the schema, with a bounded number of diagnostics", () => {
    const items = 240_000;
    const text = "kind: cgv\nclauses:\n" + "- 1\n".repeat(items);
    // ajv appended a called schema's errors by copying the array so far: one error per item made
    // 240,000 copies. The schemas are now inlined, so every item's error is still collected…
    const errors = validate("terms", { kind: "cgv", clauses: Array(items).fill(1) });
    expect(errors.filter((e) => e.keyword === "type" && e.instancePath.startsWith("/clauses/"))).toHaveLength(items);
    // …and the user reads 100 of them and a summary.
    const found = load("list.yaml", text);
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(found.find((d) => d.line === 3)).toMatchObject({ code: "SCHEMA_TYPE", column: 3, message: "clauses[0] must be an object (key: value pairs) (found 1)" });
    expect(found.at(-1)!.code).toBe("TOO_MANY_ERRORS");
  }, 60_000);
});

describe("duplicate keys (checked with one Set per map, not by the yaml package)", () => {
  it.each([
    ["block map", "kind: cgv\nid: a\ntitle: T\nid: b\n", [{ line: 4, column: 1 }]],
    ["flow map", "kind: cgv\npayment: { termDays: 3, termDays: 4 }\n", [{ line: 2, column: 25 }]],
    ["nested, twice", "kind: cgv\npayment:\n  termDays: 3\n  termDays: 4\n  termDays: 5\n", [{ line: 4, column: 3 }, { line: 5, column: 3 }]],
  ])("%s", (_, text, positions) => {
    const found = load("doc.yaml", text);
    expect(found.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(positions.map((p) => ({ code: "YAML_DUPLICATE_KEY", ...p })));
  });

  it("does not confuse 1 and \"1\", as YAML does not", () => {
    const found = load("doc.yaml", 'kind: cgv\nx:\n  1: a\n  "1": b\n');
    expect(found.some((d) => d.code === "YAML_DUPLICATE_KEY")).toBe(false);
  });

  it("caps 20,000 duplicates at 100 and a summary", () => {
    const found = load("dups.yaml", "kind: cgv\n" + "id: a\n".repeat(20_001));
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(found[0]).toMatchObject({ code: "YAML_DUPLICATE_KEY", line: 3 });
    expect(found.at(-1)).toMatchObject({ code: "TOO_MANY_ERRORS", line: 103, message: "19900 more error(s) from here on, not shown (beyond 100 per file)" });
  });
});

describe("a clause citing 120,000 unknown facts", () => {
  it.each([
    ["a literal block", (refs: string) => `    body: |\n${refs.replace(/(({{zz}} ){10})/g, "      $1\n")}`],
    ["a quoted string", (refs: string) => `    body: "${refs}"\n`],
  ])("in %s: 100 positioned FACT_UNKNOWN, then a summary (each one used to re-read the body)", (_, body) => {
    writeFileSync(join(dir, "seller.yaml"), readFileSync(join(ROOT, "terms/altairis/seller.yaml")));
    const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8").replace(/^clauses:\n/m, `clauses:\n  - id: bulk\n    title: Bulk\n${body("{{zz}} ".repeat(120_000))}`);
    const found = load("cgv.yaml", cgv);
    expect(found).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(found.slice(0, -1).every((d) => d.code === "FACT_UNKNOWN")).toBe(true);
    expect(found.at(-1)).toMatchObject({ code: "TOO_MANY_ERRORS", message: "119900 more error(s) from here on, not shown (beyond 100 per file)" });
  }, 60_000);
});
