// Values quoted in messages come from files anyone may have written: they are cut short and their
// control and bidirectional characters escaped, so a message never carries a whole file, nor
// forges lines (a CI annotation) or reorders what the user reads.

/** At most this many characters of a user's value go into a message. */
export const MAX_QUOTED = 60;

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A value as written, safe to print: unsafe characters escaped, at most `max` characters. */
export function clip(value: string, max = MAX_QUOTED): string {
  const escaped = value.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const chars = Array.from(escaped);
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : escaped;
}

/** A string in double quotes, as JSON would write it, cut to `max` characters inside the quotes. */
export function quoteValue(value: string, max = MAX_QUOTED): string {
  return `"${clip(value.replace(/["\\]/g, "\\$&"), max)}"`;
}
