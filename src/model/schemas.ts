import { readFileSync, readdirSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// schemas/ sits at the package root, beside dist/ and src/.
export const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);
const BASE = "https://clausier.dev/schemas/";

export type DocumentKind = "seller" | "terms" | "invoice" | "quote" | "refund" | "credit-note" | "config" | "suppressions";

/** Schemas of files that are not documents of the workspace: the user's legal data (clausier.config `legalData`). */
export type SchemaKind = DocumentKind | "legal-data";

const schemaFile: Record<SchemaKind, string> = {
  seller: "seller.schema.json",
  terms: "terms.schema.json",
  invoice: "invoice.schema.json",
  quote: "quote.schema.json",
  refund: "refund.schema.json",
  "credit-note": "credit-note.schema.json",
  config: "clausier.config.schema.json",
  suppressions: "suppressions.schema.json",
  "legal-data": "legal-data.schema.json",
};

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const byId = new Map<string, SchemaObject>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"))) {
    // The files carry no $id, so that editors resolve their relative $refs from wherever they are
    // installed (node_modules/clausier/schemas/); here each is named after its file.
    const schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as SchemaObject;
    const id = typeof schema.$id === "string" ? schema.$id : BASE + file;
    byId.set(id, { ...schema, $id: id });
  }
  for (const [id, schema] of byId) ajv.addSchema(expandRefs(schema, id, byId, []) as SchemaObject);
  return ajv;
}

type SchemaObject = Record<string, unknown>;

/** Keywords whose values are data, not schemas: never searched for $ref. */
const DATA_KEYWORDS = new Set(["enum", "const", "default", "examples"]);
const ANNOTATIONS = new Set(["description", "title", "$comment", "default", "examples", "deprecated"]);

/**
 * Copies every $ref'd schema in place. ajv compiles a $ref as a function call whose errors it
 * appends with `errors.concat(…)`, a copy per call: 240,000 invalid clauses cost 240,000 copies of
 * a growing array (minutes). Inlined, each error is a push. Recursive references are kept.
 */
function expandRefs(node: unknown, fileId: string, byId: ReadonlyMap<string, SchemaObject>, stack: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => expandRefs(n, fileId, byId, stack));
  if (node === null || typeof node !== "object") return node;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== "$ref") out[key] = DATA_KEYWORDS.has(key) ? value : expandRefs(value, fileId, byId, stack);
  }
  const ref = (node as SchemaObject).$ref;
  if (typeof ref !== "string") return out;
  const url = new URL(ref, fileId);
  const targetFile = url.href.replace(/#.*$/, "");
  const pointer = decodeURIComponent(url.hash.slice(1));
  const key = `${targetFile}#${pointer}`;
  let target: unknown = byId.get(targetFile);
  for (const segment of pointer.split("/").slice(1)) target = (target as SchemaObject | undefined)?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (target === undefined || stack.includes(key)) return { ...out, $ref: url.href };
  const { $id: _id, $schema: _schema, $defs: _defs, ...expanded } = expandRefs(target, targetFile, byId, [...stack, key]) as SchemaObject;
  const siblings = Object.keys(out);
  // A description beside a $ref annotates it; the referenced schema's own words are kept for messages.
  // Its examples, though, are the more specific ones (a registered office rather than any address).
  if (siblings.every((k) => ANNOTATIONS.has(k))) return { ...out, ...expanded, ...(out.examples ? { examples: out.examples } : {}) };
  return { ...out, allOf: [...((out.allOf as unknown[]) ?? []), expanded] };
}

/** Compiled once per process and kind: validating a thousand files compiles six schemas. */
export function validatorFor(kind: SchemaKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = instance().getSchema(BASE + schemaFile[kind]);
    if (!v) throw new Error(`schema not found: ${schemaFile[kind]}`);
    compiled.set(kind, v);
  }
  return v;
}

export function validate(kind: SchemaKind, data: unknown): ErrorObject[] {
  const v = validatorFor(kind);
  return v(data) ? [] : [...(v.errors ?? [])];
}

/** The schema a kind is validated against, its $refs expanded: what error messages describe. */
export function schemaOf(kind: SchemaKind): unknown {
  return validatorFor(kind).schema;
}

/** Whether a value is valid for one (expanded) part of a schema: used to suggest a shape that fits. */
export function fitsSchema(schema: object, value: unknown): boolean {
  return instance().validate(schema, value) === true;
}

export type { ErrorObject };
