// The CLI validates with the standalone validators generated at build time (scripts/gen-validators.mjs,
// issue #14): they must report exactly what ajv compiling the same schemas reports, error objects
// and all (messages and positions are built from them). Needs `npm run build`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { schemaAjv, schemaFile, schemaId, schemaOf, validate, type SchemaKind } from "../../src/model/schemas.js";

const ROOT = join(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => join(dir, f));
}

/** Every fixture and example that parses, valid or not: each is checked against every kind's schema. */
const inputs = ["fixtures", "terms"].flatMap(filesUnder).flatMap((file) => {
  try {
    return [{ file, data: parse(readFileSync(join(ROOT, file), "utf8")) as unknown }];
  } catch {
    return [];
  }
});

describe("standalone validators", () => {
  const ajv = schemaAjv();
  const kinds = Object.keys(schemaFile) as SchemaKind[];

  it("give the same errors as the schemas compiled by ajv", () => {
    expect(inputs.some((i) => i.file.startsWith("fixtures/invalid/"))).toBe(true);
    let invalid = 0;
    for (const kind of kinds) {
      const compiled = ajv.getSchema(schemaId(kind))!;
      for (const { file, data } of inputs) {
        const expected = compiled(data) ? [] : compiled.errors!;
        const actual = validate(kind, data);
        expect(actual, `${file} as ${kind}`).toEqual(expected);
        if (expected.length) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it("describe the same expanded schemas", () => {
    for (const kind of kinds) expect(schemaOf(kind)).toEqual(ajv.getSchema(schemaId(kind))!.schema);
  });
});
