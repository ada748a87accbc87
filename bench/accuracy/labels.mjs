// Reads the corpus labels (test/corpus/README.md): labels.yaml, or every labels.*.yaml part before
// the parts are merged. Every problem is collected with its file:line:column, so a labeller fixes
// them all in one pass; a corpus with any problem is not measured (exit 2).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";

export const SETS = ["tuning", "validation"];
const AUDIENCES = ["b2b", "b2c", "mixed"];
const ENTRY_KEYS = ["set", "asOf", "law", "audience", "findings", "traps"];
const ITEM_KEYS = ["rule", "anchor", "line", "reason"];

/** labels.yaml when merged, else the parts labels.<part>.yaml (same for sources). */
export function corpusFiles(corpus, base) {
  if (existsSync(join(corpus, `${base}.yaml`))) return [`${base}.yaml`];
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith(".yaml"))
    .sort();
}

/** texts/<id>.md or .txt → id → file name. */
export function corpusTexts(corpus) {
  const dir = join(corpus, "texts");
  const texts = new Map();
  if (!existsSync(dir)) return texts;
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.+)\.(md|txt)$/.exec(f);
    if (m) texts.set(m[1], `texts/${f}`);
  }
  return texts;
}

/** The text as the linter reads its lines: BOM dropped, CRLF read as LF (the line count is the same). */
export function readText(corpus, file) {
  return readFileSync(join(corpus, file), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Line numbers (1-based) of offsets in a text. */
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The lines an anchor spans (first occurrence), or undefined when the text does not contain it. An
 * anchor on a Markdown heading names its clause (README, « Matching »): it spans the heading and the
 * clause's own text, up to the next heading (a sub-clause is a clause of its own; the title spans
 * only what precedes the first clause).
 */
export function anchorLines(text, anchor) {
  const at = text.indexOf(anchor);
  if (at < 0) return undefined;
  const first = lineOf(text, at);
  const last = first + (anchor.match(/\n/g)?.length ?? 0);
  const lines = text.split("\n");
  if (!headingLevel(lines[first - 1])) return { first, last };
  let end = first;
  while (end < lines.length && !headingLevel(lines[end])) end++;
  return { first, last: Math.max(last, end) };
}

/** 1–6 for an ATX heading line (« ## Article 5 »), else 0. */
function headingLevel(line = "") {
  return /^ {0,3}(#{1,6})(?:\s|$)/.exec(line)?.[1].length ?? 0;
}

const isIsoDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Loads and checks the labels. `ruleIds`: the rules that exist. Returns { entries, problems, files }:
 * entries by text id ({ id, file, text, set, asOf, law, audience, findings, traps }, each item with
 * { rule, first, last, reason, where }); problems as { file, line, column, message }. `files`: other
 * labels files than the corpus's own (paths relative to the corpus), e.g. a second labeller's.
 */
export function loadLabels(corpus, ruleIds, files = corpusFiles(corpus, "labels")) {
  const texts = corpusTexts(corpus);
  const known = new Set(ruleIds);
  const entries = new Map();
  const seen = new Map();
  const problems = [];
  for (const name of files) {
    const source = readFileSync(join(corpus, name), "utf8");
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, prettyErrors: false });
    const at = (node, message) => {
      const offset = node?.range?.[0] ?? 0;
      const pos = lineCounter.linePos(offset);
      problems.push({ file: name, line: pos.line, column: pos.col, message });
    };
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      problems.push({ file: name, line: pos.line, column: pos.col, message: `YAML: ${e.message.split("\n")[0]}` });
    }
    if (doc.errors.length) continue;
    if (doc.contents === null) continue;
    if (!isMap(doc.contents)) {
      at(doc.contents, "the labels file must map text ids to their labels");
      continue;
    }
    for (const pair of doc.contents.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (id === undefined) {
        at(pair.key, "a text id must be a plain key");
        continue;
      }
      const keyPos = lineCounter.linePos(pair.key.range[0]);
      if (seen.has(id)) {
        at(pair.key, `text id « ${id} » is labelled twice (also at ${seen.get(id)})`);
        continue;
      }
      seen.set(id, `${name}:${keyPos.line}`);
      const file = texts.get(id);
      if (!file) {
        at(pair.key, `unknown text id « ${id} »: no texts/${id}.md or texts/${id}.txt in the corpus`);
        continue;
      }
      const entry = readEntry(id, file, pair.value, readText(corpus, file), at, known);
      if (entry) entries.set(id, { ...entry, where: { file: name, line: keyPos.line, column: keyPos.col } });
    }
  }
  return { entries, problems, files };
}

function readEntry(id, file, node, text, at, known) {
  if (!isMap(node)) {
    at(node, `labels of « ${id} »: expected a mapping with set, asOf, law, audience, findings, traps`);
    return undefined;
  }
  const value = (key) => node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
  let ok = true;
  const bad = (n, message) => {
    at(n ?? node, `« ${id} »: ${message}`);
    ok = false;
  };
  for (const p of node.items) {
    if (!ENTRY_KEYS.includes(String(p.key?.value))) bad(p.key, `unknown key « ${p.key?.value} » (expected ${ENTRY_KEYS.join(", ")})`);
  }
  const scalar = (key) => {
    const n = value(key);
    return isScalar(n) && n.value !== null ? String(n.value) : undefined;
  };
  // A missing key is said so, at the entry; a wrong value is quoted, at the value.
  const check = (key, valid, expected) => {
    const v = scalar(key);
    if (v === undefined && !value(key)) bad(node, `${key} is missing (${expected})`);
    else if (v === undefined || !valid(v)) bad(value(key), `${key} must be ${expected}, not ${JSON.stringify(v ?? null)}`);
    return v;
  };
  const set = check("set", (v) => SETS.includes(v), SETS.join(" or "));
  const asOf = check("asOf", isIsoDate, "a date YYYY-MM-DD");
  const law = check("law", (v) => /^[A-Z]{2}$/.test(v) || v === "unknown", 'an ISO 3166 code (FR, BE, CH…) or "unknown"');
  const audience = check("audience", (v) => AUDIENCES.includes(v), AUDIENCES.join(", "));
  const items = (key) => {
    const n = value(key);
    if (n === undefined || (isScalar(n) && n.value === null)) return [];
    if (!isSeq(n)) {
      bad(n, `${key} must be a list`);
      return [];
    }
    return n.items.map((item) => readItem(item, key, text, file, bad, known)).filter(Boolean);
  };
  const findings = items("findings");
  const traps = items("traps");
  return ok ? { id, file, text, set, asOf, law, audience, findings, traps } : undefined;
}

function readItem(node, key, text, file, bad, known) {
  const kind = key === "findings" ? "finding" : "trap";
  if (!isMap(node)) {
    bad(node, `each ${kind} is a mapping with rule, anchor or line, reason`);
    return undefined;
  }
  const value = (k) => node.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
  let ok = true;
  const fail = (n, message) => {
    bad(n ?? node, message);
    ok = false;
  };
  for (const p of node.items) {
    if (!ITEM_KEYS.includes(String(p.key?.value))) fail(p.key, `unknown key « ${p.key?.value} » in a ${kind} (expected ${ITEM_KEYS.join(", ")})`);
  }
  const ruleNode = value("rule");
  const rule = isScalar(ruleNode) ? String(ruleNode.value) : undefined;
  if (!rule || !known.has(rule)) fail(ruleNode, `unknown rule id ${JSON.stringify(rule ?? null)} (see \`clausier rules\`)`);
  const reasonNode = value("reason");
  if (!isScalar(reasonNode) || !String(reasonNode.value ?? "").trim()) fail(reasonNode, `a ${kind} needs a one-line reason`);
  const anchorNode = value("anchor");
  const lineNode = value("line");
  let lines;
  if (anchorNode && lineNode) fail(lineNode, `a ${kind} has an anchor or a line, not both`);
  else if (anchorNode) {
    const anchor = isScalar(anchorNode) ? String(anchorNode.value ?? "") : "";
    lines = anchor ? anchorLines(text, anchor) : undefined;
    if (!lines) fail(anchorNode, `anchor not found in ${file}: ${JSON.stringify(anchor)}${nearMiss(text, anchor)}`);
  } else if (lineNode) {
    const line = isScalar(lineNode) ? Number(lineNode.value) : NaN;
    const count = text.split("\n").length;
    if (!Number.isInteger(line) || line < 1 || line > count) fail(lineNode, `line must be a line of ${file} (1–${count})`);
    else lines = { first: line, last: line };
  } else fail(node, `a ${kind} needs an anchor (exact text) or a line`);
  if (!ok) return undefined;
  return { rule, first: lines.first, last: lines.last, reason: String(reasonNode.value).trim() };
}

/** Anchors copied from a rendered page often differ only by spaces (non-breaking, doubled): say so. */
function nearMiss(text, anchor) {
  const squash = (s) => s.replace(/[\s\u00a0\u202f]+/g, " ");
  return anchor && squash(text).includes(squash(anchor)) ? " (the text has it with other spaces: non-breaking or line breaks; copy them exactly)" : "";
}
