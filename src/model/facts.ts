// Clause bodies may cite the document's own facts as {{payment.termDays}}, so that prose and
// structured facts cannot drift. This is plain substitution, never template code.

export interface FactRef {
  ref: string;
  /** Offsets of the whole `{{…}}` in the body. */
  start: number;
  end: number;
}

const FACT_REF = /\{\{\s*([A-Za-z][\w]*(?:\.[\w-]+)*)\s*\}\}/g;

export function findFactRefs(body: string): FactRef[] {
  return [...body.matchAll(FACT_REF)].map((m) => ({ ref: m[1]!, start: m.index!, end: m.index! + m[0].length }));
}

export type FactLookup = { found: true; value: unknown } | { found: false };

/**
 * The value at a dotted path, through the data's own keys and list positions only: `clauses.length`
 * or `seller.constructor` are the machinery of JavaScript objects, not facts of the document.
 */
export function lookupFact(data: unknown, ref: string): FactLookup {
  let value: unknown = data;
  for (const segment of ref.split(".")) {
    if (value === null || typeof value !== "object") return { found: false };
    if (Array.isArray(value)) {
      if (!/^\d+$/.test(segment) || Number(segment) >= value.length) return { found: false };
      value = value[Number(segment)];
    } else {
      if (!Object.hasOwn(value, segment)) return { found: false };
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value };
}

/** Replaces every {{ref}} by its formatted value; unknown refs are left as written. */
export function substituteFacts(body: string, data: unknown, formatValue: (value: unknown, ref: string) => string = String): string {
  return body.replace(FACT_REF, (whole, ref: string) => {
    const fact = lookupFact(data, ref);
    return fact.found && isScalarValue(fact.value) ? formatValue(fact.value, ref) : whole;
  });
}

export function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
