import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// schemas/ sits at the package root, beside dist/ and src/.
export const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);
const BASE = "https://clausier.dev/schemas/";

export type DocumentKind = "seller" | "terms" | "invoice" | "quote" | "refund" | "config" | "suppressions";

const schemaFile: Record<DocumentKind, string> = {
  seller: "seller.schema.json",
  terms: "terms.schema.json",
  invoice: "invoice.schema.json",
  quote: "quote.schema.json",
  refund: "refund.schema.json",
  config: "clausier.config.schema.json",
  suppressions: "suppressions.schema.json",
};

let ajv: Ajv2020 | undefined;
const compiled = new Map<DocumentKind, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")));
  }
  return ajv;
}

/** Compiled once per process and kind: validating a thousand files compiles six schemas. */
export function validatorFor(kind: DocumentKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = instance().getSchema(BASE + schemaFile[kind]);
    if (!v) throw new Error(`schema not found: ${schemaFile[kind]}`);
    compiled.set(kind, v);
  }
  return v;
}

export function validate(kind: DocumentKind, data: unknown): ErrorObject[] {
  const v = validatorFor(kind);
  return v(data) ? [] : [...(v.errors ?? [])];
}

export type { ErrorObject };
