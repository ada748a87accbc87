import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { json } from "../../../src/lint/reporters/json.js";
import type { LintResult } from "../../../src/lint/types.js";
import { ROOT } from "../../helpers/cli.js";
import { context, message, result } from "./fixtures.js";

// As src/model/schemas.ts does: every schema in one strict Ajv2020 instance.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
const schemaDir = join(ROOT, "schemas");
// The document schemas carry no $id (editors resolve their refs from the file): keyed by file name.
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
  ajv.addSchema(schema, schema.$id ? undefined : `https://clausier.dev/schemas/${file}`);
}
const validate = ajv.getSchema("https://clausier.dev/schemas/lint-report.schema.json")!;

function valid(text: string): unknown {
  const report: unknown = JSON.parse(text);
  expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return report;
}

const results: LintResult[] = [
  result("terms/cgv.yaml", [
    message("error", 3, { fix: { start: 10, end: 14, text: "2026" } }),
    message("warning", 5, { suggestions: [{ desc: "Remplacer par « droit français »", fix: { start: 20, end: 25, text: "droit français" } }] }),
    message("info", 7),
  ]),
  result("terms/clean.yaml", []),
];

describe("json reporter", () => {
  it("prints exactly the documented shape, valid against schemas/lint-report.schema.json", () => {
    const report = valid(json(results, context()).text);
    expect(report).toEqual([
      {
        filePath: "terms/cgv.yaml",
        messages: [
          { ruleId: "governing-law-missing", severity: "error", message: "constat ligne 3", line: 3, column: 1, endLine: 3, endColumn: 5, fix: { start: 10, end: 14, text: "2026" } },
          {
            ruleId: "governing-law-missing",
            severity: "warning",
            message: "constat ligne 5",
            line: 5,
            column: 1,
            endLine: 5,
            endColumn: 5,
            suggestions: [{ desc: "Remplacer par « droit français »", fix: { start: 20, end: 25, text: "droit français" } }],
          },
          { ruleId: "governing-law-missing", severity: "info", message: "constat ligne 7", line: 7, column: 1, endLine: 7, endColumn: 5 },
        ],
        errorCount: 1,
        warningCount: 1,
        infoCount: 1,
      },
      { filePath: "terms/clean.yaml", messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
    ]);
  });

  it("leaves out what is not in the contract (a fixed file's text, a message's seller file)", () => {
    const withExtras: LintResult = { ...result("a.yaml", [message("error", 1, { file: "seller.yaml" })]), output: "fixed text" };
    const [entry] = valid(json([withExtras], context()).text) as Array<Record<string, unknown>>;
    expect(Object.keys(entry!)).toEqual(["filePath", "messages", "errorCount", "warningCount", "infoCount"]);
    expect(JSON.stringify(entry)).not.toContain("seller.yaml");
  });

  it("gives each finding its legal bases (id, short citation, official URL when known), valid against the schema", () => {
    const cited = result("a.md", [message("error", 1, { legalBasis: ["fr.ccom.L441-10", "fr.ccom.L441-6"] })]);
    const [entry] = valid(json([cited], context()).text) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(entry!.messages[0]!.legalBasis).toEqual([
      { id: "fr.ccom.L441-10", cite: "C. com. L441-10", url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414392" },
      { id: "fr.ccom.L441-6", cite: "C. com. L441-6" },
    ]);
    expect(entry!.messages[0]!.message).toBe("constat ligne 1");
    expect(validate([{ filePath: "a", messages: [{ ruleId: "r", severity: "info", message: "", line: 1, column: 1, endLine: 1, endColumn: 1, legalBasis: [{ id: "x" }] }], errorCount: 0, warningCount: 0, infoCount: 1 }])).toBe(false);
  });

  it("gives a prose file its scope (law, audience and where each came from), valid against the schema", () => {
    const prose = { ...result("cgv.md", []), scope: { law: "BE", audience: "b2c" as const, lawSource: "inferred" as const, audienceSource: "option" as const } };
    const [report] = valid(json([prose], context()).text) as Array<Record<string, unknown>>;
    expect(report!.scope).toEqual({ law: "BE", audience: "b2c", lawSource: "inferred", audienceSource: "option" });
  });

  it("prints an empty array for no files, one JSON document per run", () => {
    expect(json([], context()).text).toBe("[]\n");
  });

  it("has a closed schema: unknown fields, severities and line 0 are rejected", () => {
    expect(validate([{ filePath: "a", messages: [], errorCount: 0, warningCount: 0, infoCount: 0, extra: 1 }])).toBe(false);
    expect(validate([{ filePath: "a", messages: [{ ruleId: "r", severity: "fatal", message: "", line: 1, column: 1, endLine: 1, endColumn: 1 }], errorCount: 0, warningCount: 0, infoCount: 0 }])).toBe(false);
    expect(validate([{ filePath: "a", messages: [{ ruleId: "r", severity: "info", message: "", line: 0, column: 1, endLine: 1, endColumn: 1 }], errorCount: 0, warningCount: 0, infoCount: 1 }])).toBe(false);
  });
});
