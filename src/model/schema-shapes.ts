import { stringify } from "yaml";
import type { Locale } from "./locale.js";
import { format } from "./locale.js";
import { loaderMessages, typeNames } from "./messages.js";

/**
 * What a schema expects, said to a user who is not reading schemas/: the shape (keys, allowed
 * values, the forms of an alternative) and a one-line YAML example, taken from the schema's own
 * `examples` when it has one, else built from its structure.
 */
export type SchemaNode = Record<string, unknown>;

/** Keywords whose subschema describes a deeper place of the document (a key, an item). */
const INSTANCE_STEPS = new Set(["properties", "patternProperties", "additionalProperties", "items", "prefixItems"]);
/** Of those, the ones followed by a name or an index in a schema path. */
const NAMED_STEPS = new Set(["properties", "patternProperties", "prefixItems"]);

/**
 * The schemas an error's schema path passes through at the error's own place in the document,
 * outermost first (e.g. the property, then the oneOf branch). The path's last segment is the
 * failing keyword itself, not a subschema.
 */
export function schemasAtError(root: unknown, schemaPath: string): SchemaNode[] {
  const segments = schemaPath.replace(/^[^#]*#\/?/, "").split("/").filter(Boolean).slice(0, -1).map(unescape);
  const visited: { node: SchemaNode; depth: number }[] = [];
  let node: unknown = root;
  let depth = 0;
  if (isNode(node)) visited.push({ node, depth });
  for (let i = 0; i < segments.length && node !== undefined; i++) {
    const step = segments[i]!;
    if (INSTANCE_STEPS.has(step)) depth++;
    node = (node as SchemaNode)[step];
    if (NAMED_STEPS.has(step) || ["allOf", "anyOf", "oneOf"].includes(step)) node = (node as SchemaNode | undefined)?.[segments[++i]!];
    if (isNode(node)) visited.push({ node, depth });
  }
  if (node === undefined) return [];
  return visited.filter((v) => v.depth === depth).map((v) => v.node);
}

function unescape(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A schema with its allOf parts (a $ref beside other keywords, once expanded) merged in. */
export function flatten(schema: unknown): SchemaNode {
  if (!isNode(schema)) return {};
  const parts = Array.isArray(schema.allOf) ? (schema.allOf as unknown[]).map(flatten) : [];
  const merged: SchemaNode = { ...schema };
  delete merged.allOf;
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties") merged.properties = { ...(value as object), ...((merged.properties as object) ?? {}) };
      else if (key === "required") merged.required = [...new Set([...((merged.required as string[]) ?? []), ...(value as string[])])];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged;
}

function alternatives(schema: SchemaNode): SchemaNode[] | undefined {
  const list = schema.oneOf ?? schema.anyOf;
  return Array.isArray(list) ? list.map(flatten) : undefined;
}

function isObjectSchema(schema: SchemaNode): boolean {
  return schema.type === "object" || isNode(schema.properties);
}

function keysOf(schema: SchemaNode): { required: string[]; optional: string[] } {
  const required = ((schema.required as string[]) ?? []).filter((k) => k !== "$schema");
  const optional = Object.keys((schema.properties as object) ?? {}).filter((k) => k !== "$schema" && !required.includes(k));
  return { required, optional };
}

/** The one-line YAML of a value: `{ rate: "20" }`, `2026-03-02`. */
export function yamlLine(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trim();
}

const MAX_DEPTH = 3;
const MAX_OPTIONAL_KEYS = 5;

/** An example value: the schema's first `examples` entry, else one built from what it requires. */
export function exampleValue(schema: unknown, depth = 0): unknown {
  const s = flatten(schema);
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (depth >= MAX_DEPTH) return undefined;
  const alts = alternatives(s);
  if (alts) return alts.map((a) => exampleValue(a, depth + 1)).find((v) => v !== undefined);
  if (isObjectSchema(s)) {
    const out: Record<string, unknown> = {};
    for (const key of keysOf(s).required) {
      const v = exampleValue((s.properties as SchemaNode)?.[key], depth + 1);
      if (v === undefined) return undefined;
      out[key] = v;
    }
    return out;
  }
  if (s.type === "array") {
    const item = exampleValue(s.items, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (s.format === "date") return "2026-01-31";
  if (s.type === "boolean") return true;
  return undefined;
}

/** The syntax of the file a hint is for: a JSON file gets JSON examples. */
export type ExampleSyntax = "yaml" | "json";

/**
 * `key: value` as the user would write it; an array item is `- value`, the document root the value
 * alone. In JSON: `"key": value`, an item or the root the value alone.
 */
export function exampleLine(key: string | number | undefined, value: unknown, syntax: ExampleSyntax = "yaml"): string {
  if (syntax === "json") return typeof key === "string" ? `${JSON.stringify(key)}: ${jsonLine(value)}` : jsonLine(value);
  if (typeof key === "number") return `- ${yamlLine(value)}`;
  return key === undefined ? yamlLine(value) : `${key}: ${yamlLine(value)}`;
}

/** A value as one line of JSON, spaced as people write it: { "rate": "20" }. */
export function jsonLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonLine).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonLine(v)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value) ?? "null";
}

/** The allowed values of an enum or of an alternative of constants, if the schema is one. */
export function allowedValues(schema: unknown): unknown[] | undefined {
  const s = flatten(schema);
  if (Array.isArray(s.enum)) return s.enum;
  if ("const" in s) return [s.const];
  const alts = alternatives(s);
  if (!alts) return undefined;
  const values = alts.map(allowedValues);
  return values.every(Boolean) ? values.flat() : undefined;
}

/** What the schema expects, in a few words: "un objet avec rate", "l'une des valeurs : a, b". */
export function expectedShape(schema: unknown, locale: Locale, depth = 0): string {
  const s = flatten(schema);
  const values = allowedValues(s);
  if (values?.length === 1) return format(loaderMessages, "SHAPE_VALUE", { value: String(values[0]) }, locale);
  if (values) return format(loaderMessages, "SHAPE_VALUES", { values: values.map(String).join(", ") }, locale);
  const alts = alternatives(s);
  const tag = alts && taggedBy(alts);
  if (tag) return format(loaderMessages, "SHAPE_TAGGED", { tag, values: alts!.map((a) => allowedValues((a.properties as SchemaNode)[tag])!.join(" | ")).join(" | ") }, locale);
  if (alts && depth === 0) return [...new Set(alts.map((a) => expectedShape(a, locale, depth + 1)))].join(locale === "fr" ? " ou " : " or ");
  if (isObjectSchema(s)) {
    const { required, optional } = keysOf(s);
    if (depth > 0) return format(loaderMessages, "SHAPE_OBJECT_WITH", { keys: (required.length ? required : optional).join(", ") }, locale);
    // A hint stays a line or two: the first optional keys only (an editor completes the others).
    const shownOptional = optional.length > MAX_OPTIONAL_KEYS ? [...optional.slice(0, MAX_OPTIONAL_KEYS - 1), "…"] : optional;
    return format(loaderMessages, "SHAPE_OBJECT_KEYS", { keys: [...required.map((k) => describeRequired(k, s, locale)), ...shownOptional].join(", ") }, locale);
  }
  if (s.type === "array") return typeName("array", locale);
  if (typeof s.format === "string" && s.format in typeNames) return typeName(s.format, locale);
  if (typeof s.type === "string") return typeName(s.type, locale);
  return "";
}

/** The key whose value tells an alternative's object forms apart (`kind`, `type`), if every form has one. */
function taggedBy(alts: SchemaNode[]): string | undefined {
  return ["kind", "type", "category"].find((tag) =>
    alts.length > 1 && alts.every((a) => isObjectSchema(a) && ((a.required as string[]) ?? []).includes(tag) && allowedValues((a.properties as SchemaNode | undefined)?.[tag]) !== undefined),
  );
}

/** A required key, with its allowed values when it has few (`regime : liable, franchise, not-subject`). */
function describeRequired(key: string, parent: SchemaNode, locale: Locale): string {
  const values = allowedValues((parent.properties as SchemaNode)?.[key]);
  const label = format(loaderMessages, "SHAPE_REQUIRED_KEY", { key }, locale);
  return values && values.length <= 8 ? `${label} [${values.map(String).join(" | ")}]` : label;
}

function typeName(t: string, locale: Locale): string {
  const names = typeNames as Record<string, Record<Locale, string>>;
  return names[t]?.[locale] ?? t;
}

/**
 * The object form a bare value was meant for: an alternative with an object branch of one required
 * key, e.g. "20" written for `{ rate: "20" }`, "10000" for `{ amount: "10000" }`. `fits` says whether
 * the value is valid for that key.
 */
export function wrappedForm(schema: unknown, value: unknown, fits: (schema: SchemaNode, value: unknown) => boolean): Record<string, unknown> | undefined {
  if (value === null || typeof value === "object") return undefined;
  for (const branch of alternatives(flatten(schema)) ?? []) {
    if (!isObjectSchema(branch)) continue;
    const { required } = keysOf(branch);
    const keySchema = (branch.properties as SchemaNode | undefined)?.[required[0]!];
    if (required.length === 1 && isNode(keySchema) && fits(keySchema, value)) return { [required[0]!]: value };
  }
  return undefined;
}
