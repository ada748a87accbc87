import { mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFiles, Workspace } from "../../src/model/index.js";
import { MAX_FILE_BYTES } from "../../src/model/source-file.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const ext = [".yaml", ".yml", ".json"];

function diagnosticsFor(path: string) {
  const ws = new Workspace(ROOT, undefined, undefined, "en");
  ws.load(path);
  return ws.allDiagnostics();
}

describe("bundled documents", () => {
  const files = discoverFiles(["terms", "fixtures"], ROOT, { extensions: ext, exclude: [join(ROOT, "fixtures/invalid")], locale: "en" });

  it("covers the five seed sellers", () => {
    const sellers = readdirSync(join(ROOT, "terms"));
    expect(sellers.sort()).toEqual(["altairis", "livenote", "luxoges", "petillances", "voguezen"]);
    expect(files.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files.map((f) => [f.slice(ROOT.length)]))("%s is valid", (file) => {
    expect(diagnosticsFor(join(ROOT, file))).toEqual([]);
  });
});

// Each invalid fixture: the code, position and words a user sees.
const invalid: Array<[string, { code: string; line: number; column: number; message: RegExp }]> = [
  ["broken-yaml.yaml", { code: "YAML_MISSING_CHAR", line: 3, column: 8, message: /missing closing quote, bracket or brace/ }],
  ["wrong-types.yaml", { code: "SCHEMA_MAXIMUM", line: 10, column: 13, message: /^payment\.termDays must be at most 365 \(found 400\)$/ }],
  ["missing-required.yaml", { code: "SCHEMA_REQUIRED", line: 2, column: 1, message: /missing required key "client"/ }],
  ["unknown-key.yaml", { code: "SCHEMA_ADDITIONALPROPERTIES", line: 9, column: 1, message: /unknown key "paymnet"/ }],
  ["dangling-reference.yaml", { code: "REF_NOT_FOUND", line: 5, column: 8, message: /terms refers to a file that does not exist: \.\.\/\.\.\/terms\/nobody\/cgv\.yaml/ }],
  ["alias-bomb.yaml", { code: "ALIAS_NOT_ALLOWED", line: 2, column: 7, message: /aliases and anchors/ }],
  ["binary-file.yaml", { code: "BINARY_FILE", line: 1, column: 1, message: /binary file/ }],
  ["non-utf8.yaml", { code: "NOT_UTF8", line: 3, column: 20, message: /not UTF-8/ }],
  ["unknown-fact.yaml", { code: "FACT_UNKNOWN", line: 17, column: 19, message: /\{\{payment\.termDay\}\} does not match any fact/ }],
  ["json-invalid.json", { code: "SCHEMA_FORMAT", line: 4, column: 16, message: /issueDate must be a date YYYY-MM-DD \(found "2026-13-45"\)/ }],
];

describe("invalid fixtures", () => {
  it("has an expectation for every file in fixtures/invalid", () => {
    expect(readdirSync(join(ROOT, "fixtures/invalid")).sort()).toEqual(invalid.map(([f]) => f).sort());
  });

  it.each(invalid)("%s is refused with a positioned, readable error", (file, expected) => {
    const found = diagnosticsFor(join(ROOT, "fixtures/invalid", file));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ code: expected.code, line: expected.line, column: expected.column, file: `fixtures/invalid/${file}` });
    expect(found[0]!.message).toMatch(expected.message);
  });

  it("suggests the key a typo meant", () => {
    const [d] = diagnosticsFor(join(ROOT, "fixtures/invalid/unknown-key.yaml"));
    expect(d!.hint).toBe('did you mean "payment"? — e.g. payment: { termDays: 30, termBasis: invoice-date }');
  });

  it("reports a wrong type with what was found", () => {
    const found = diagnosticsFor(join(ROOT, "fixtures/invalid/wrong-types.yaml"));
    expect(found.map((d) => d.message)).toContain('latePayment.penalty.multiple must be a decimal number below 1,000 billion (at most 12 digits before the decimal point), e.g. 29.90 (found "trois")');
    expect(found.every((d) => d.code !== "SCHEMA_ALTERNATIVE")).toBe(true);
  });

  it("refuses a file over the size limit without parsing it", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-"));
    const big = join(dir, "big.yaml");
    writeFileSync(big, "kind: cgv\n" + "# padding\n".repeat(MAX_FILE_BYTES / 10 + 1));
    const [d] = diagnosticsFor(big);
    expect(d).toMatchObject({ code: "FILE_TOO_LARGE", line: 1, column: 1 });
  });

  it("names the allowed values of an unknown kind of penalty", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-"));
    const file = join(dir, "terms.yaml");
    writeFileSync(
      file,
      [
        "kind: cgv",
        "id: x",
        "title: T",
        "effectiveDate: 2026-01-01",
        "language: fr",
        "audience: b2b",
        `seller: ${join(ROOT, "terms/altairis/seller.yaml")}`,
        "latePayment:",
        "  penalty:",
        "    kind: legal-multiple",
        "    multiple: 3",
        "clauses:",
        "  - { id: a, title: A, body: x }",
      ].join("\n"),
    );
    const [d] = diagnosticsFor(file);
    expect(d).toMatchObject({ line: 10, column: 11, message: 'latePayment.penalty.kind must be one of: legal-rate-multiple, ecb-plus, fixed (found "legal-multiple")' });
  });
});

describe("clausier validate (child process)", () => {
  it("exits 0 on the bundled terms and fixtures", () => {
    const r = cli(["validate"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ \d+ fichier\(s\) valide\(s\)/);
  });

  it.each(invalid.map(([f]) => [f]))("exits 1 on fixtures/invalid/%s with file:line:column and no stack trace", (file) => {
    const r = cli(["validate", `fixtures/invalid/${file}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^fixtures/invalid/${file.replace(".", "\\.")}:\\d+:\\d+  `, "m"));
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it("exits 2 for a path that does not exist", () => {
    const r = cli(["validate", "no/such/file.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fichier introuvable : no/such/file.yaml");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("exits 2 on an unknown option", () => {
    expect(cli(["validate", "--frobnicate"]).code).toBe(2);
  });

  it("writes a machine-readable report with --format json", () => {
    const r = cli(["validate", "fixtures/invalid/wrong-types.yaml", "--format", "json", "--locale", "en"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errorCount).toBe(2);
    expect(report.files[0]).toMatchObject({ filePath: "fixtures/invalid/wrong-types.yaml", valid: false });
    expect(report.files[0].diagnostics[0]).toMatchObject({ line: 10, column: 13, code: "SCHEMA_MAXIMUM" });
  });

  it("prints help with examples, in French by default and in English with --locale en", () => {
    const fr = cli(["validate", "--help"]);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain("Exemples :");
    expect(fr.stdout).toContain("Valider terms/ et fixtures/ du projet");
    const en = cli(["validate", "--help", "--locale", "en"]);
    expect(en.stdout).toContain("Examples:");
    expect(en.stdout).toContain("Validate the project's terms/ and fixtures/");
  });
});

describe("YAML mistakes in the user's words", () => {
  it.each([
    ["kind: cgv\nid: a\nid: b\n", "YAML_DUPLICATE_KEY", 3, /duplicate key/],
    ["kind: cgv\n\tid: a\n", "YAML_TAB_AS_INDENT", 2, /tab in indentation/],
    ["kind: cgv\npayment:\n  termDays: 3\n   termBasis: x\n", "YAML_BLOCK_AS_IMPLICIT_KEY", 3, /bad indentation/],
  ])("%j", (text, code, line, message) => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-yaml-"));
    writeFileSync(join(dir, "doc.yaml"), text);
    const [d] = diagnosticsFor(join(dir, "doc.yaml"));
    expect(d).toMatchObject({ code, line });
    expect(d!.message).toMatch(message);
  });
});
