import { fitsSchema, schemaOf, type ErrorObject, type SchemaKind } from "./schemas.js";
import { allowedValues, exampleLine, exampleValue, expectedShape, flatten, schemasAtError, wrappedForm, type ExampleSyntax, type SchemaNode } from "./schema-shapes.js";
import { MAX_DIAGNOSTICS_PER_FILE, tooManyErrors } from "./diagnostic-cap.js";
import { diagnostic, type Diagnostic, type SourceRange } from "./diagnostics.js";
import { format, type Locale } from "./locale.js";
import { loaderMessages, typeNames } from "./messages.js";
import { locate, locateKey, pathToString, pointerToPath, type JsonPath } from "./positions.js";
import { clip, quoteValue } from "./quote-value.js";
import type { SourceFile } from "./source-file.js";

/**
 * Turns ajv's errors into one diagnostic per real problem, positioned on the offending text.
 * oneOf/anyOf failures are reduced to the branch the user evidently meant (the one whose `kind`
 * or `type` matches), so a typo in a penalty does not produce three unrelated complaints.
 * Each diagnostic's hint shows the expected shape and a one-line example from `kind`'s schema, in
 * the file's syntax (JSON for a .json file, YAML otherwise).
 */
export function schemaDiagnostics(source: SourceFile, errors: ErrorObject[], locale: Locale, kind: SchemaKind): Diagnostic[] {
  const root = schemaOf(kind);
  const syntax: ExampleSyntax = /\.json$/i.test(source.path) ? "json" : "yaml";
  // Positions first, words only for what is shown: 100,000 unknown keys must not build 100,000
  // messages and hints to print 100 of them.
  const located = pruneAlternatives(errors)
    .map((err) => ({ err, at: positionOf(source, err) }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  let next = 0;
  for (; next < located.length && out.length < MAX_DIAGNOSTICS_PER_FILE; next++) {
    const { diagnostic: d, hint } = toDiagnostic(source, located[next]!.err, locale, root, syntax);
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = hint?.();
    out.push(text ? { ...d, hint: text } : d);
  }
  const hidden = new Set(located.slice(next).map(({ err, at }) => `${at.line}:${at.column}:${err.keyword}:${err.instancePath}`));
  if (hidden.size) out.push(tooManyErrors(source.path, hidden.size, located[next]!.at, locale));
  return out;
}

/** Where toDiagnostic() puts an error: an unknown key on the key, anything else on the value. */
function positionOf(source: SourceFile, err: ErrorObject): SourceRange {
  const path = pointerToPath(err.instancePath);
  return err.keyword === "additionalProperties" ? locateKey(source, [...path, String(err.params.additionalProperty)]) : locate(source, path);
}

function isAlternative(e: ErrorObject): boolean {
  return e.keyword === "oneOf" || e.keyword === "anyOf";
}

function under(e: ErrorObject, at: string): boolean {
  return e.instancePath === at || e.instancePath.startsWith(at + "/");
}

/**
 * ajv reports an alternative's failed branches just before the oneOf/anyOf error itself, branch
 * after branch. Errors raised inside a $ref'd schema carry that schema's own path, so they are
 * attributed to the branch being reported when they appear.
 */
function pruneAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const err of errors) {
    if (!isAlternative(err)) {
      out.push(err);
      continue;
    }
    let first = out.length;
    while (first > 0 && under(out[first - 1]!, err.instancePath)) first--;
    const inside = out.splice(first);
    const prefix = err.schemaPath + "/";
    const branches: ErrorObject[][] = [];
    let branch = 0;
    for (const e of inside) {
      if (e.schemaPath.startsWith(prefix)) branch = Number(e.schemaPath.slice(prefix.length).split("/")[0]);
      (branches[branch] ??= []).push(e);
    }
    const scored = branches
      .filter(Boolean)
      .map((errs) => ({ errs, score: branchScore(errs, err.instancePath) }))
      .sort((a, b) => a.score - b.score);
    const best = scored[0];
    if (best && best.score < WRONG_BRANCH) {
      out.push(...best.errs);
      continue;
    }
    out.push(unknownTag(inside, err) ?? err);
  }
  return out;
}

/** When every branch rejects the `kind`/`type` value, say which values are allowed. */
function unknownTag(inside: ErrorObject[], alt: ErrorObject): ErrorObject | undefined {
  const tagErrors = inside.filter((e) => /^\/(kind|type|category)$/.test(e.instancePath.slice(alt.instancePath.length)) && (e.keyword === "const" || e.keyword === "enum"));
  if (!tagErrors.length) return undefined;
  const allowed = tagErrors.flatMap((e) => (e.keyword === "enum" ? (e.params.allowedValues as unknown[]) : [e.params.allowedValue]));
  return { ...tagErrors[0]!, keyword: "enum", params: { allowedValues: [...new Set(allowed)] } };
}

const WRONG_BRANCH = 1000;

function branchScore(errs: ErrorObject[], at: string): number {
  let score = errs.length;
  for (const e of errs) {
    const tag = e.instancePath.slice(at.length);
    const isTag = /^\/(kind|type|category)$/.test(tag);
    // The value is not of this branch's type, or not its one constant: the user wrote another form.
    if (e.instancePath === at && (e.keyword === "type" || e.keyword === "const")) score += WRONG_BRANCH;
    if (isTag && (e.keyword === "const" || e.keyword === "enum")) score += WRONG_BRANCH;
    if (e.instancePath === at && e.keyword === "required" && /^(kind|type)$/.test(String(e.params.missingProperty))) score += WRONG_BRANCH;
  }
  return score;
}

function shown(value: unknown, locale: Locale): string {
  if (typeof value === "string") return quoteValue(value, 40);
  if (value === null || value === undefined) return locale === "fr" ? "rien" : "nothing";
  if (Array.isArray(value)) return locale === "fr" ? "une liste" : "a list";
  if (typeof value === "object") return locale === "fr" ? "un objet" : "an object";
  return String(value);
}

function typeName(t: string, locale: Locale): string {
  const names = typeNames as Record<string, Record<Locale, string>>;
  return names[t]?.[locale] ?? t;
}

/** Where in the document: its root has no path, so it gets a name in the user's language. */
function shownPath(path: JsonPath, locale: Locale): string {
  return pathToString(path) || format(loaderMessages, "DOCUMENT_ROOT", {}, locale);
}

/** A diagnostic and how to compute its hint (computed only if shown): what is expected, with an example. */
function toDiagnostic(source: SourceFile, err: ErrorObject, locale: Locale, root: unknown, syntax: ExampleSyntax): { diagnostic: Diagnostic; hint?: () => string | undefined } {
  const path = pointerToPath(err.instancePath);
  const m = (id: keyof typeof loaderMessages, data: Record<string, unknown> = {}) => format(loaderMessages, id, { path: shownPath(path, locale), ...data }, locale);
  const diagnostic = describe(source, err, locale);
  switch (err.keyword) {
    case "required": {
      const key = String(err.params.missingProperty);
      const schema = (flatten(err.parentSchema).properties as SchemaNode | undefined)?.[key];
      return { diagnostic, hint: () => joinHints(m("HINT_ADD_KEY", { key }), shapeHint(schema, key, undefined, locale, syntax)) };
    }
    case "additionalProperties":
      return {
        diagnostic,
        hint: () => {
          const properties = (flatten(err.parentSchema).properties as SchemaNode | undefined) ?? {};
          const allowed = Object.keys(properties).filter((k) => k !== "$schema");
          const suggestion = closest(String(err.params.additionalProperty), allowed);
          if (!suggestion) return m("HINT_ALLOWED_KEYS", { allowed: allowed.join(", ") });
          return joinHints(m("HINT_DID_YOU_MEAN", { suggestion }), exampleHint(properties[suggestion], suggestion, locale, syntax));
        },
      };
    default:
      return { diagnostic, hint: () => valueHint(err, path, locale, root, syntax) };
  }
}

function joinHints(...hints: (string | undefined)[]): string {
  return hints.filter(Boolean).join(" — ");
}

/** For a wrong value: the form it was meant for, the allowed values, the keys, and an example. */
function valueHint(err: ErrorObject, path: JsonPath, locale: Locale, root: unknown, syntax: ExampleSyntax): string | undefined {
  const at = schemasAtError(root, err.schemaPath);
  const outer = at[0] ?? err.parentSchema;
  const key = path.at(-1);
  if (isAlternative(err)) {
    const wrapped = wrappedForm(err.parentSchema, err.data, (schema, value) => fitsSchema(schema, value));
    if (wrapped) return format(loaderMessages, "HINT_WRITE_EXAMPLE", { example: exampleLine(key, wrapped, syntax) }, locale);
    const suggestion = typeof err.data === "string" ? closest(err.data, (allowedValues(err.parentSchema) ?? []).map(String)) : undefined;
    if (suggestion) return format(loaderMessages, "HINT_DID_YOU_MEAN", { suggestion }, locale);
    return exampleHint(outer, key, locale, syntax);
  }
  if (err.keyword === "enum" || err.keyword === "const") {
    // An unknown tag (unknownTag()) carries the values of every branch in its params.
    const values = (err.params.allowedValues as unknown[] | undefined) ?? allowedValues(err.parentSchema) ?? [];
    const suggestion = typeof err.data === "string" ? closest(err.data, values.map(String)) : undefined;
    if (suggestion) return format(loaderMessages, "HINT_DID_YOU_MEAN", { suggestion }, locale);
  }
  // A scalar where an object is expected: name its keys, not only the type.
  if (err.keyword === "type" && flatten(outer).type === "object") return shapeHint(outer, key, err.data, locale, syntax);
  return exampleHint(outer, key, locale, syntax);
}

/** "attendu : un objet avec les clés … — exemple : address: { … }". */
function shapeHint(schema: unknown, key: string | number | undefined, found: unknown, locale: Locale, syntax: ExampleSyntax): string | undefined {
  const expected = expectedShape(schema, locale);
  const example = exampleValue(schema);
  const shape = expected && (found === undefined || typeof found !== "object" || expected.length > 0) ? format(loaderMessages, "HINT_EXPECTED", { expected }, locale) : undefined;
  return joinHints(shape, example === undefined ? undefined : format(loaderMessages, "HINT_EXAMPLE", { example: exampleLine(key, example, syntax) }, locale));
}

function exampleHint(schema: unknown, key: string | number | undefined, locale: Locale, syntax: ExampleSyntax): string | undefined {
  const example = exampleValue(schema);
  return example === undefined ? undefined : format(loaderMessages, "HINT_EXAMPLE", { example: exampleLine(key, example, syntax) }, locale);
}

function describe(source: SourceFile, err: ErrorObject, locale: Locale): Diagnostic {
  const path = pointerToPath(err.instancePath);
  const at = shownPath(path, locale);
  const m = (id: keyof typeof loaderMessages, data: Record<string, unknown> = {}) => format(loaderMessages, id, { path: at, ...data }, locale);
  const file = source.path;
  const code = `SCHEMA_${err.keyword.toUpperCase()}`;
  switch (err.keyword) {
    case "required": {
      const key = String(err.params.missingProperty);
      return diagnostic(file, code, m("SCHEMA_REQUIRED", { key }), locate(source, path));
    }
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      return diagnostic(file, code, m("SCHEMA_UNKNOWN_KEY", { key: clip(key), path: at }), locateKey(source, [...path, key]));
    }
    case "type": {
      const expected = String(err.params.type).split(",").map((t) => typeName(t, locale)).join(locale === "fr" ? " ou " : " or ");
      return diagnostic(file, code, m("SCHEMA_TYPE", { expected, found: shown(err.data, locale) }), locate(source, path));
    }
    case "maximum":
    case "exclusiveMaximum":
      return diagnostic(file, code, m("SCHEMA_MAXIMUM", { limit: err.params.limit, found: shown(err.data, locale) }), locate(source, path));
    case "minimum":
    case "exclusiveMinimum":
      return diagnostic(file, code, m("SCHEMA_MINIMUM", { limit: err.params.limit, found: shown(err.data, locale) }), locate(source, path));
    case "enum":
    case "const": {
      const values = err.keyword === "enum" ? (err.params.allowedValues as unknown[]) : [err.params.allowedValue];
      return diagnostic(file, code, m("SCHEMA_ENUM", { allowed: values.join(", "), found: shown(err.data, locale) }), locate(source, path));
    }
    case "pattern": {
      // The decimal, amount and percent definitions (common.schema.json): say what a number looks like.
      const numberMessage = NUMBER_PATTERNS[String(err.params.pattern)];
      if (numberMessage) return diagnostic(file, code, m(numberMessage, { found: shown(err.data, locale) }), locate(source, path));
      // Schema descriptions are French (for editors); the English words, where kept, are its $comment.
      const schema = err.parentSchema as { description?: string; $comment?: string } | undefined;
      const description = locale === "en" ? schema?.$comment : schema?.description;
      return diagnostic(file, code, m("SCHEMA_PATTERN", { found: shown(err.data, locale), expected: description ? ` — ${description}` : "" }), locate(source, path));
    }
    case "format":
      return diagnostic(file, code, m("SCHEMA_FORMAT", { expected: typeName(String(err.params.format), locale), found: shown(err.data, locale) }), locate(source, path));
    case "formatMinimum":
    case "formatMaximum": {
      const schema = err.parentSchema as { formatMinimum?: string; formatMaximum?: string };
      return diagnostic(file, "SCHEMA_DATE_RANGE", m("SCHEMA_DATE_RANGE", { min: schema.formatMinimum, max: schema.formatMaximum, found: shown(err.data, locale) }), locate(source, path));
    }
    case "minItems":
      return diagnostic(file, code, m("SCHEMA_MIN_ITEMS", { limit: err.params.limit }), locate(source, path));
    case "minLength":
      return diagnostic(file, code, m("SCHEMA_MIN_LENGTH"), locate(source, path));
    case "oneOf":
    case "anyOf":
      // The forms the value may take, from the schema's structure (its title is a heading, not a type).
      return diagnostic(file, "SCHEMA_ALTERNATIVE", m("SCHEMA_TYPE", { expected: expectedShape(err.parentSchema, locale), found: shown(err.data, locale) }), locate(source, path));
    default:
      return diagnostic(file, code, m("SCHEMA_OTHER", { detail: err.message ?? err.keyword }), locate(source, path));
  }
}

/** The text patterns of common.schema.json's decimal, amount and percent, and what each message says. */
const NUMBER_PATTERNS: Record<string, "SCHEMA_DECIMAL" | "SCHEMA_AMOUNT" | "SCHEMA_PERCENT"> = {
  "^-?[0-9]{1,12}(\\.[0-9]+)?$": "SCHEMA_DECIMAL",
  "^[0-9]{1,12}(\\.[0-9]+)?$": "SCHEMA_AMOUNT",
  "^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)$": "SCHEMA_PERCENT",
};

/** The allowed key nearest to a typo (Levenshtein distance at most a third of its length). */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
