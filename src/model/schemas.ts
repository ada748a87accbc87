import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";

// schemas/ sits at the package root, beside dist/ and src/.
export const SCHEMA_DIR = new URL("../../schemas/", import.meta.url);
/**
 * The schemas compiled at build time to standalone validators (scripts/gen-validators.mjs), one
 * CommonJS module per kind, at the package root like schemas/: compiling them with ajv cost every
 * process about a third of a second (issue #14). CommonJS so that each kind loads on first use,
 * synchronously, as validation is.
 */
export const VALIDATORS_DIR = new URL("../../generated/validators/", import.meta.url);
const BASE = "https://clausier.dev/schemas/";
const require = createRequire(import.meta.url);

export type DocumentKind = "seller" | "terms" | "invoice" | "quote" | "refund" | "credit-note" | "config" | "suppressions";

/** Schemas of files that are not documents of the workspace: the user's legal data (clausier.config `legalData`). */
export type SchemaKind = DocumentKind | "legal-data";

export const schemaFile: Record<SchemaKind, string> = {
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

/** The id under which a kind's schema is compiled (the files carry none). */
export function schemaId(kind: SchemaKind): string {
  return BASE + schemaFile[kind];
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, StandaloneValidator>();

/**
 * ajv with every schema of schemas/, $refs expanded. `source`: keep the generated code, for the
 * build's standalone validators. At run time only the rare error hints that try a value against a
 * part of a schema (fitsSchema) need it: ajv is then loaded, not before.
 */
export function schemaAjv(options: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: AjvClass } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const addFormats = require("ajv-formats") as (a: Ajv2020) => void;
  const instance = new AjvClass({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ...(options.source ? { code: { source: true } } : {}) });
  addFormats(instance);
  const byId = new Map<string, SchemaObject>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"))) {
    // The files carry no $id, so that editors resolve their relative $refs from wherever they are
    // installed (node_modules/clausier/schemas/); here each is named after its file.
    const schema = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), "utf8")) as SchemaObject;
    const id = typeof schema.$id === "string" ? schema.$id : BASE + file;
    byId.set(id, { ...schema, $id: id });
  }
  for (const [id, schema] of byId) instance.addSchema(expandRefs(schema, id, byId, []) as SchemaObject);
  return instance;
}

function instance(): Ajv2020 {
  return (ajv ??= schemaAjv());
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

/** A generated validator: ajv's, without the `schema` a compiled one carries (schemaOf reads it). */
type StandaloneValidator = ValidateFunction;
const expanded = new Map<SchemaKind, unknown>();

/** Loaded once per process and kind, on first use: a lint of terms loads the terms and seller validators only. */
export function validatorFor(kind: SchemaKind): StandaloneValidator {
  let v = compiled.get(kind);
  if (!v) {
    v = (require(fileURLToPath(new URL(`${kind}.cjs`, VALIDATORS_DIR))) as { validate: StandaloneValidator }).validate;
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
  // Written beside the validator by the build: read only when a file has errors to explain.
  if (!expanded.has(kind)) expanded.set(kind, JSON.parse(readFileSync(new URL(`${kind}.schema.json`, VALIDATORS_DIR), "utf8")));
  return expanded.get(kind);
}

/** Whether a value is valid for one (expanded) part of a schema: used to suggest a shape that fits. */
export function fitsSchema(schema: object, value: unknown): boolean {
  return instance().validate(schema, value) === true;
}

export type { ErrorObject };
