import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import { START_OF_FILE, type SourceRange } from "./diagnostics.js";
import { rangeOf, type SourceFile } from "./source-file.js";

export type JsonPath = ReadonlyArray<string | number>;

/** Turns "/payment/termDays" (a JSON pointer, as ajv reports) into ["payment", "termDays"]. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** "payment.termDays", "clauses[3].body": how a path is shown to users ("" for the root: callers name it). */
export function pathToString(path: JsonPath): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

interface Located {
  node?: Node;
  pair?: Pair;
  /** How many segments of the path exist; fewer than the path's length means "closest parent". */
  depth: number;
}

/** Each map's pairs by key, built on first use: locating 100,000 keys must not scan 100,000 pairs each time. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairByKey(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const it of map.items) {
      // The first pair wins, as a linear search would find it.
      if (isScalar(it.key) && !index.has(String(it.key.value))) index.set(String(it.key.value), it as Pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function walk(source: SourceFile, path: JsonPath): Located {
  let node: Node | null | undefined = source.doc.contents as Node;
  let pair: Pair | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const found = pairByKey(node, String(segment));
      if (!found) break;
      pair = found;
      node = found.value as Node | null;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      pair = undefined;
      node = item;
    } else break;
    depth++;
  }
  return { node: node ?? undefined, pair, depth };
}

/**
 * The source range of the value at `path`; for a path that does not exist, the closest existing
 * parent's key (as Spectral does), so "no indemnity" points at `latePayment`, not at line 1.
 */
export function locate(source: SourceFile, path: JsonPath): SourceRange & { exact: boolean } {
  const { node, pair, depth } = walk(source, path);
  const exact = depth === path.length;
  if (!exact && pair && isScalar(pair.key) && pair.key.range) {
    const r = pair.key.range;
    return { ...rangeOf(source.lineCounter, r[0], r[1]), exact };
  }
  const r = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!r) {
    const kr = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return kr ? { ...rangeOf(source.lineCounter, kr[0], kr[1]), exact } : { ...START_OF_FILE, exact };
  }
  // A block or flow collection's range runs to its last child; users want its first line.
  return { ...rangeOf(source.lineCounter, r[0], isScalar(node) ? r[1] : r[0]), exact };
}

/** The range of the key at `path` (for "unknown key" errors). */
export function locateKey(source: SourceFile, path: JsonPath): SourceRange {
  const { pair, depth } = walk(source, path);
  if (depth === path.length && pair && isScalar(pair.key) && pair.key.range) {
    const r = pair.key.range;
    return rangeOf(source.lineCounter, r[0], r[1]);
  }
  return locate(source, path);
}

/**
 * Maps an offset inside a string value back to the file: the exact words inside a Markdown body.
 * Literal blocks (`|`) and single-line scalars map exactly; other styles fall back to finding the
 * matched text in the scalar's source.
 */
export function locateInString(source: SourceFile, path: JsonPath, start: number, end: number): SourceRange {
  const { node, depth } = walk(source, path);
  if (depth !== path.length || !isScalar(node) || !node.range) return locate(source, path);
  const offset = (i: number) => scalarOffset(source, node, i);
  const a = offset(start);
  const b = offset(end);
  if (a !== undefined && b !== undefined) return rangeOf(source.lineCounter, a, b);
  const value = String(node.value);
  const needle = value.slice(start, end);
  const raw = source.text.slice(node.range[0], node.range[1]);
  const at = needle ? raw.indexOf(needle) : -1;
  if (at >= 0) return rangeOf(source.lineCounter, node.range[0] + at, node.range[0] + at + needle.length);
  return locate(source, path);
}

/** The file offset of an offset inside a string value, where the mapping is exact (for fixes). */
export function fileOffsetInString(source: SourceFile, path: JsonPath, index: number): number | undefined {
  const { node, depth } = walk(source, path);
  if (depth !== path.length || !isScalar(node) || !node.range) return undefined;
  return scalarOffset(source, node, index);
}

function scalarOffset(source: SourceFile, node: Scalar, index: number): number | undefined {
  const [from, to] = node.range!;
  const value = String(node.value);
  const raw = source.text.slice(from, to);
  switch (node.type) {
    case "PLAIN":
      return raw === value ? from + index : undefined;
    case "QUOTE_SINGLE":
    case "QUOTE_DOUBLE":
      return raw.slice(1, -1) === value ? from + 1 + index : undefined;
    case "BLOCK_LITERAL": {
      // Header line, then content lines all indented by the same amount. The value has one "\n"
      // per line break; the file may have "\r\n" (YAML folds it): count the "\r" in the file only.
      const headerEnd = raw.indexOf("\n");
      if (headerEnd < 0) return undefined;
      const lines = raw.slice(headerEnd + 1).split("\n");
      const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
      let consumed = 0;
      let pos = from + headerEnd + 1;
      for (const line of lines) {
        const text = line.endsWith("\r") ? line.slice(0, -1) : line;
        const content = text.slice(Math.min(indent, text.length));
        if (index <= consumed + content.length) return pos + Math.min(indent, text.length) + (index - consumed);
        consumed += content.length + 1;
        pos += line.length + 1;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
