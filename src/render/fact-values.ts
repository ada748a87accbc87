// How a fact cited in a clause ({{refundPolicies.0.monthlyBasePrice}}) is printed: amounts as
// amounts, decimals and percents in French notation, the rest as written. Which facts are amounts
// is read from the schemas (a value whose schema is common.schema.json#/$defs/amount), so a new
// amount field needs no change here.
import { readFileSync } from "node:fs";
import { SCHEMA_DIR } from "../model/schemas.js";
import { findFactRefs, isScalarValue, lookupFact, substituteFacts } from "../model/facts.js";
import { formatAmount, formatDate, formatDecimal, toDecimal } from "../money/index.js";
import { markdownToHtml, type TrustedHtml } from "./markdown.js";

type Schema = Record<string, unknown>;
export type FactType = "amount" | "percent" | "decimal" | "date" | "other";

const schemas = new Map<string, Schema>();
function schemaFile(name: string): Schema {
  let s = schemas.get(name);
  if (!s) {
    s = JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), "utf8")) as Schema;
    schemas.set(name, s);
  }
  return s;
}

const COMMON_TYPES: Record<string, FactType> = { amount: "amount", percent: "percent", decimal: "decimal", date: "date" };

/** Follows one $ref; a reference to a common amount/percent/decimal/date is the answer itself. */
function deref(schema: Schema, file: string): { schema: Schema; file: string } | FactType {
  const ref = schema.$ref;
  if (typeof ref !== "string") return { schema, file };
  const [target = "", pointer = ""] = ref.split("#");
  const nextFile = target || file;
  const def = /^\/\$defs\/(.+)$/.exec(pointer)?.[1];
  if (nextFile === "common.schema.json" && def && COMMON_TYPES[def]) return COMMON_TYPES[def];
  let node: unknown = schemaFile(nextFile);
  for (const part of pointer.split("/").filter(Boolean)) node = (node as Schema)[part];
  return deref(node as Schema, nextFile);
}

function typeAt(schema: Schema, file: string, path: string[]): FactType {
  const resolved = deref(schema, file);
  if (typeof resolved === "string") return path.length ? "other" : resolved;
  const { schema: s, file: f } = resolved;
  const branches = [s.oneOf, s.anyOf, s.allOf].flatMap((b) => (Array.isArray(b) ? (b as Schema[]) : []));
  for (const branch of branches) {
    const t = typeAt(branch, f, path);
    if (t !== "other") return t;
  }
  if (!path.length) return "other";
  const [head, ...rest] = path as [string, ...string[]];
  const properties = s.properties as Record<string, Schema> | undefined;
  if (properties?.[head]) return typeAt(properties[head], f, rest);
  if (/^\d+$/.test(head) && s.items && typeof s.items === "object") return typeAt(s.items as Schema, f, rest);
  return "other";
}

/** The schema type of a fact of a terms file ("seller.…" facts are in the seller schema). */
export function factType(ref: string): FactType {
  const path = ref.split(".");
  if (path[0] === "seller") return typeAt(schemaFile("seller.schema.json"), "seller.schema.json", path.slice(1));
  return typeAt(schemaFile("terms.schema.json"), "terms.schema.json", path);
}

/** Text right after a cited amount that already names the currency: "{{…amount}} € TTC", "… euros". */
const CURRENCY_AFTER = /^\s*(€|euros?\b|EUR\b)/;

/**
 * A clause body as HTML, its facts inserted as text after the Markdown is parsed: a seller named
 * `Altairis <Conseil> *SAS*` prints those very characters, never markup or a link.
 */
export function clauseHtml(body: string, facts: unknown, currency: string): TrustedHtml {
  return markdownToHtml(body, (text) => substituteClauseFacts(text, facts, currency));
}

/**
 * Substitutes the facts of a clause's text (a text node of its Markdown). An amount is printed with formatAmount ("40,00 €"),
 * except where the prose already writes the currency after it ("{{x}} euros"): there the number
 * alone, in French notation, so the clause does not read "40,00 € euros".
 */
export function substituteClauseFacts(body: string, facts: unknown, currency: string): string {
  // substituteFacts calls back for found scalar facts only, in order: the same refs, filtered alike.
  const followedByCurrency = findFactRefs(body)
    .filter((r) => {
      const fact = lookupFact(facts, r.ref);
      return fact.found && isScalarValue(fact.value);
    })
    .map((r) => CURRENCY_AFTER.test(body.slice(r.end)));
  let i = 0;
  return substituteFacts(body, facts, (value, ref) => {
    const currencyWritten = followedByCurrency[i++] ?? false;
    if (typeof value === "boolean") return value ? "oui" : "non";
    const v = value as string | number;
    switch (factType(ref)) {
      case "amount":
        // "40 euros" but "29,90 € TTC": cents only when there are some.
        return currencyWritten ? formatDecimal(v, 2, toDecimal(v, ref).isInteger() ? 0 : 2) : formatAmount(v, currency);
      case "percent":
      case "decimal":
        return formatDecimal(v, 6);
      case "date":
        return formatDate(String(value));
      default:
        return String(value);
    }
  });
}
