// Mutations of one terms or fixture file: structure-aware (parse, change a node, write back) and
// byte-level (what a broken editor, a bad copy or a hostile upload produces). Pure functions of the
// random source, so a case is reproducible from (seed, index).
import { posix } from "node:path";
import YAML from "yaml";

/** Files above this are mostly avoided: the issue asks for bounded work on inputs of realistic size. */
export const MAX_BYTES = 1024 * 1024;

/** Literals that must reach the file unquoted (numbers JavaScript cannot hold, YAML specials). */
const RAW_LITERALS = ["12345678901234567890", "123456789012345678.5", "9007199254740993", "1e400", "-1e400", "1e-400", "-0", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1_000", "2026-04-07", "2026-04-07T10:00:00Z", "~", "0.1e1"];

const EDGE_DATES = ["0999-01-01", "9999-12-31", "2011-12-15", "2026-12-31", "2100-02-29", "2024-02-29", "2026-02-30", "2026-13-01", "1970-01-01", "0000-00-00", "2026-4-7", "2026-04-07T25:00:00Z", "+275760-09-13", "2026-W14"];
const EDGE_NUMERIC_STRINGS = ["", " ", "200", "-0", "0", "-1", "0.001", "1.005", "1e400", "1e-7", "NaN", "Infinity", "99999999999999999999", "12345678901234567.89", "-12345678901234567", "0x10", "1 000,50", "1,5", "١٢٣", "１２", "20 %"];
const EDGE_NUMBERS = [0, -1, 1.5, 0.1, 100, 200, 366, 36500, -365, 1e21, 1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31)];
const UNICODE = ["\u202eevil\u202c", "שלום", "مرحبا", "e\u0301".repeat(50), "Z\u0334\u0321\u0327a\u0336l\u0337g\u0338o", "\u0000", "a\u0000b", "\uffff", "\ud800", "👨‍👩‍👧", "\u200b", "\u2028\u2029", "\ufeff", "İı", "ß".repeat(20)];
const PAYLOADS = [
  "<script>alert(1)</script>",
  "[a](b ",
  "{{seller.legalName}}",
  "{{clauses.length}}",
  "{{{raw}}}",
  "{{#each clauses}}x{{/each}}",
  "{{> partial}}",
  "[x](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "](",
  "```\n",
  "# Titre\n\n| a | b |\n|---|---|\n",
  "&amp;&#0;&#x110000;",
  "${process.env.HOME}",
  "%s%n%d",
  "article L. 441-10 et 1231-6 du code civil, art. 1344-1",
  "conformément à l'article L. 441-6 du Code de commerce",
];
const FILE_REFERENCES = ["/etc/passwd", "/proc/self/environ", ".", "..", "./", "../../../../../../etc/hostname", "nope.yaml", "C:\\cgv.yaml", "file:///etc/passwd", "https://example.com/cgv.yaml"];
const SPECIAL_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", "kind", "$ref", "<<"];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A value of the same sort as `original` (a date stays a date-like string, a number a number-like one), at an edge. */
export function edgeValueLike(rng, original, context) {
  if (typeof original === "string" && DATE.test(original) && rng.chance(0.85)) return rng.chance(0.5) ? rng.pick(EDGE_DATES) : shiftDate(rng, original);
  if ((typeof original === "number" || (typeof original === "string" && NUMERIC.test(original))) && rng.chance(0.8))
    return rng.pick([() => rng.pick(EDGE_NUMERIC_STRINGS), () => rng.pick(EDGE_NUMBERS), () => ({ raw: rng.pick(RAW_LITERALS) }), () => scaleNumber(rng, original), () => scaleNumber(rng, original)])();
  if (typeof original === "string" && original.length > 40 && rng.chance(0.5)) return rng.chance(0.5) ? longString(rng) : spliceText(rng, original);
  // Most text fields only take text: a string keeps the document past the schema more often than not.
  if (typeof original === "string" && rng.chance(0.7)) return rng.pick([() => spliceText(rng, original), () => rng.pick([...PAYLOADS, ...UNICODE]), () => longString(rng), () => original + rng.pick(UNICODE)])();
  return edgeValue(rng, context);
}

/** A date moved by days to millennia: far futures and pasts beyond the legal data (rates, holidays). */
function shiftDate(rng, iso) {
  const year = Math.max(0, Number(iso.slice(0, 4)) + rng.pick([-2000, -1026, -100, -15, -1, 1, 5, 74, 100, 1000, 7973]));
  return `${year > 9999 ? "+" : ""}${String(year).padStart(4, "0")}${iso.slice(4)}`;
}

function scaleNumber(rng, original) {
  const n = Number(original);
  const scaled = rng.pick([n * 1e6, n * 1e15, -n, n / 1e6, n + 0.005, n * 100]);
  return typeof original === "string" ? String(scaled) : scaled;
}

/** Text with a payload spliced in: Markdown and template syntax inside real clause prose. */
function spliceText(rng, text) {
  const at = rng.int(text.length + 1);
  const payload = rng.chance(0.3) ? longString(rng) : rng.pick([...PAYLOADS, ...UNICODE]);
  return text.slice(0, at) + payload + text.slice(at);
}

/** A scalar at the edge of what the documents accept, as a JavaScript value or a raw literal. */
export function edgeValue(rng, context) {
  switch (rng.int(11)) {
    case 0:
      return rng.pick(EDGE_DATES);
    case 1:
      return rng.pick(EDGE_NUMERIC_STRINGS);
    case 2:
      return rng.pick(EDGE_NUMBERS);
    case 3:
      return { raw: rng.pick(RAW_LITERALS) };
    case 4:
      return rng.pick([true, false, null]);
    case 5:
      return longString(rng);
    case 6:
      return rng.pick(UNICODE);
    case 7:
      return rng.pick(PAYLOADS);
    case 8:
      return rng.pick(SPECIAL_KEYS);
    case 9:
      return context.siblingPaths.length && rng.chance(0.6) ? rng.pick(context.siblingPaths) : rng.pick(FILE_REFERENCES);
    default:
      return rng.pick(PAYLOADS) + rng.pick(UNICODE) + rng.pick(EDGE_DATES);
  }
}

function longString(rng) {
  const unit = rng.pick(["x", "a ", "[a](b ", "*", "_a", "<", "[", "{{", "\\", "é", "1", "- ", "> ", "`", "**a", "<!--"]);
  return unit.repeat(rng.pick([100, 1000, 10_000, 50_000]));
}

// --- structure-aware ---------------------------------------------------------------------------

/** Every node of a parsed document with its path (keys and indexes), the root excluded. */
export function nodePaths(data) {
  const out = [];
  const walk = (value, path) => {
    if (path.length) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (isMap(value)) for (const k of Object.keys(value)) walk(value[k], [...path, k]);
  };
  walk(data, []);
  return out;
}

const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isScalar = (v) => v === null || typeof v !== "object" || "raw" in v;

export function getIn(data, path) {
  let v = data;
  for (const k of path) v = v?.[k];
  return v;
}

/** Sets an own property even for keys such as __proto__, which plain assignment would turn into a prototype change. */
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setIn(data, path, value) {
  const parent = getIn(data, path.slice(0, -1));
  const key = path.at(-1);
  if (Array.isArray(parent)) parent[key] = value;
  else setOwn(parent, key, value);
}

export function deleteIn(data, path) {
  const parent = getIn(data, path.slice(0, -1));
  const key = path.at(-1);
  if (Array.isArray(parent)) parent.splice(key, 1);
  else delete parent[key];
}

const isFigure = (v) => typeof v === "number" || (typeof v === "string" && (DATE.test(v) || NUMERIC.test(v)));
const isPrefix = (a, b) => a.length <= b.length && a.every((k, i) => b[i] === k);

/** The structure-aware operators; each changes `data` in place and returns its name, or undefined when it does not apply. */
const STRUCTURE_OPS = {
  "replace-scalar"(rng, data, paths, context) {
    // `kind` decides which schema applies: changing it mostly tests one error message, so rarely.
    const scalars = paths.filter((p) => isScalar(getIn(data, p)) && (p.at(-1) !== "kind" || rng.chance(0.1)));
    // Dates and amounts feed the computations and the legal data look-ups: half the time, one of them.
    const figures = scalars.filter((p) => isFigure(getIn(data, p)));
    const path = rng.pick(figures.length && rng.chance(0.5) ? figures : scalars.length && rng.chance(0.8) ? scalars : paths);
    setIn(data, path, edgeValueLike(rng, getIn(data, path), context));
    return `replace-scalar ${path.join(".")}`;
  },
  "delete-key"(rng, data, paths) {
    const path = rng.pick(paths);
    deleteIn(data, path);
    return `delete-key ${path.join(".")}`;
  },
  "duplicate-item"(rng, data, paths) {
    const lists = paths.filter((p) => Array.isArray(getIn(data, p)) && getIn(data, p).length);
    if (!lists.length) return undefined;
    const path = rng.pick(lists);
    const list = getIn(data, path);
    const i = rng.int(list.length);
    const times = rng.pick([1, 1, 1, 2, 3, 20, 300]);
    list.splice(i, 0, ...Array.from({ length: times }, () => structuredClone(list[i])));
    return `duplicate-item ${path.join(".")}[${i}]×${times}`;
  },
  "swap-values"(rng, data, paths) {
    const a = rng.pick(paths);
    const others = paths.filter((p) => !isPrefix(p, a) && !isPrefix(a, p));
    if (!others.length) return undefined;
    const b = rng.pick(others);
    const va = getIn(data, a);
    setIn(data, a, getIn(data, b));
    setIn(data, b, va);
    return `swap-values ${a.join(".")} ${b.join(".")}`;
  },
  "copy-node"(rng, data, paths) {
    const from = rng.pick(paths);
    const to = rng.pick(paths.filter((p) => !isPrefix(p, from)));
    if (!to) return undefined;
    setIn(data, to, structuredClone(getIn(data, from)));
    return `copy-node ${from.join(".")} → ${to.join(".")}`;
  },
  "change-type"(rng, data, paths) {
    const path = rng.pick(paths);
    const v = getIn(data, path);
    let changed;
    if (Array.isArray(v)) changed = rng.pick([v[0] ?? null, Object.fromEntries(v.map((x, i) => [String(i), x])), String(v.length), {}]);
    else if (isMap(v) && !("raw" in v)) changed = rng.pick([Object.values(v), JSON.stringify(v).slice(0, 200), Object.keys(v).length, []]);
    else changed = rng.pick([[v], { value: v }, { raw: "[]" }, { raw: "{}" }, typeof v === "string" ? Number(v) || 0 : String(v)]);
    setIn(data, path, changed);
    return `change-type ${path.join(".")}`;
  },
  deepen(rng, data, paths) {
    const path = rng.pick(paths);
    const depth = rng.pick([2, 10, 100, 400]);
    const asList = rng.chance(0.5);
    let v = getIn(data, path);
    for (let i = 0; i < depth; i++) v = asList ? [v] : { x: v };
    setIn(data, path, v);
    return `deepen ${path.join(".")} ${asList ? "lists" : "maps"}×${depth}`;
  },
  "add-key"(rng, data, paths, context) {
    const maps = [[], ...paths].filter((p) => isMap(getIn(data, p)) && !("raw" in getIn(data, p)));
    const path = rng.pick(maps);
    const key = rng.chance(0.7) ? rng.pick(SPECIAL_KEYS) : rng.pick(Object.keys(getIn(data, path))) + "x";
    setOwn(getIn(data, path), key, edgeValue(rng, context));
    return `add-key ${[...path, key].join(".")}`;
  },
};

/** Replacing a value is what finds most defects (values reach computations); the other operators mostly meet the schema. */
const WEIGHTED_STRUCTURE_OPS = ["replace-scalar", "replace-scalar", "replace-scalar", "replace-scalar", ...Object.keys(STRUCTURE_OPS).filter((k) => k !== "replace-scalar")];

/** Parses a terms/fixture file as its format reads it; undefined when it does not parse. */
export function parseData(text, ext) {
  try {
    return ext === ".json" ? JSON.parse(text) : YAML.parse(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** Writes data back in the file's format, then puts the raw literals in place of their markers. */
export function serialise(data, ext, rng) {
  const raws = [];
  const marked = JSON.parse(JSON.stringify(data ?? null, (_k, v) => (isMap(v) && "raw" in v && Object.keys(v).length === 1 ? `RAWLITERAL${raws.push(v.raw) - 1}Z` : v)));
  // JSON.parse turns "__proto__" back into an own property, so the special keys survive the round trip.
  let text =
    ext === ".json"
      ? JSON.stringify(marked, null, rng?.chance(0.2) ? 0 : 2)
      : YAML.stringify(marked, { lineWidth: rng?.chance(0.3) ? 0 : 80, collectionStyle: rng?.chance(0.1) ? "flow" : "any" });
  text = text.replace(/"?RAWLITERAL(\d+)Z"?/g, (_m, i) => raws[Number(i)]);
  return text;
}

function structureMutation(rng, source, ext, context) {
  const data = parseData(source.toString("utf8"), ext);
  if (data === undefined || data === null || typeof data !== "object") return undefined;
  const names = [];
  // Mostly one change: a document that still passes the schema reaches the computations and the renderer.
  const count = rng.pick([1, 1, 1, 1, 2, 3]);
  for (let i = 0; i < count; i++) {
    const paths = nodePaths(data);
    if (!paths.length) break;
    const op = rng.pick(WEIGHTED_STRUCTURE_OPS);
    const name = STRUCTURE_OPS[op](rng, data, paths, context);
    if (name) names.push(name);
  }
  return { content: Buffer.from(serialise(data, ext, rng), "utf8"), mutations: names };
}

// --- byte-level --------------------------------------------------------------------------------

const INTERESTING_BYTES = ["\r", "\t", "\0", "\xef\xbb\xbf", ": ", "- ", "&a ", "*a", "!!binary ", "{", "[", "#", "'", '"', "\n", "  ", "<<: ", "? ", "|", ">", "%YAML 1.1\n", "---\n", "...\n", "\\"];
const INVALID_UTF8 = [[0xc3, 0x28], [0xff], [0xfe], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0xe2, 0x82]];

const BYTE_OPS = {
  "flip-bit"(rng, b) {
    if (!b.length) return undefined;
    const out = Buffer.from(b);
    const i = rng.int(out.length);
    out[i] ^= 1 << rng.int(8);
    return [out, `flip-bit @${i}`];
  },
  "set-byte"(rng, b) {
    if (!b.length) return undefined;
    const out = Buffer.from(b);
    const i = rng.int(out.length);
    out[i] = rng.int(256);
    return [out, `set-byte @${i}`];
  },
  "insert-bytes"(rng, b) {
    const i = rng.int(b.length + 1);
    const chunk = rng.chance(0.6) ? Buffer.from(rng.pick(INTERESTING_BYTES), "latin1") : Buffer.from(Array.from({ length: rng.range(1, 8) }, () => rng.int(256)));
    return [Buffer.concat([b.subarray(0, i), chunk, b.subarray(i)]), `insert-bytes @${i}`];
  },
  "delete-range"(rng, b) {
    if (!b.length) return undefined;
    const i = rng.int(b.length);
    const n = rng.range(1, 64);
    return [Buffer.concat([b.subarray(0, i), b.subarray(i + n)]), `delete-range @${i}+${n}`];
  },
  truncate(rng, b) {
    const i = rng.int(b.length + 1);
    return [b.subarray(0, i), `truncate @${i}`];
  },
  "carriage-returns"(rng, b) {
    const text = b.toString("latin1");
    const mode = rng.pick(["crlf", "cr", "some"]);
    const out = mode === "crlf" ? text.replace(/\n/g, "\r\n") : mode === "cr" ? text.replace(/\n/g, "\r") : text.replace(/\n/g, (m) => (rng.chance(0.2) ? "\r\n" : m));
    return [Buffer.from(out, "latin1"), `carriage-returns ${mode}`];
  },
  bom(rng, b) {
    const bom = rng.pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]);
    return [Buffer.concat([Buffer.from(bom), b]), `bom ${Buffer.from(bom).toString("hex")}`];
  },
  tabs(rng, b) {
    const all = rng.chance(0.5);
    const text = b.toString("latin1").replace(/^( {2})+/gm, (m) => (all || rng.chance(0.1) ? "\t".repeat(m.length / 2) : m));
    return [Buffer.from(text, "latin1"), `tabs ${all ? "all" : "some"}`];
  },
  "invalid-utf8"(rng, b) {
    const i = rng.int(b.length + 1);
    return [Buffer.concat([b.subarray(0, i), Buffer.from(rng.pick(INVALID_UTF8)), b.subarray(i)]), `invalid-utf8 @${i}`];
  },
  "repeat-range"(rng, b) {
    if (!b.length) return undefined;
    const start = rng.int(b.length);
    const piece = b.subarray(start, start + rng.range(1, 4096));
    const times = rng.pick([2, 10, 100, 1000]);
    const copies = Math.max(1, Math.min(times, Math.floor(MAX_BYTES / 2 / piece.length)));
    const at = rng.int(b.length + 1);
    return [Buffer.concat([b.subarray(0, at), ...Array(copies).fill(piece), b.subarray(at)]), `repeat-range @${start}+${piece.length}×${copies}`];
  },
};

function byteMutation(rng, source) {
  let b = source;
  const names = [];
  const count = rng.pick([1, 1, 2, 3, 4]);
  for (let i = 0; i < count; i++) {
    const result = BYTE_OPS[rng.pick(Object.keys(BYTE_OPS))](rng, b);
    if (!result) continue;
    b = result[0];
    names.push(result[1]);
  }
  return { content: b, mutations: names };
}

/**
 * One mutated file: `entry` is a corpus entry ({ rel, ext, content }); `corpus` gives the other
 * files' paths, so references can be pointed at real (wrong, or circular) documents.
 */
export function mutate(rng, entry, corpus) {
  const dir = posix.dirname(entry.rel);
  const context = { siblingPaths: corpus.map((e) => "./" + posix.relative(dir, e.rel)).map((p) => p.replace(/^\.\/\.\.\//, "../")) };
  if (rng.chance(0.75)) {
    const structured = structureMutation(rng, entry.content, entry.ext, context);
    if (structured && (structured.content.length <= MAX_BYTES || rng.chance(0.1))) return { strategy: "structure", ...structured };
  }
  return { strategy: "bytes", ...byteMutation(rng, entry.content) };
}
