import { createRequire } from "node:module";
import type { Nodes, Root } from "mdast";
import type remarkParseType from "remark-parse";
import type { unified as unifiedType } from "unified";
import { markdownOverBudget, unparsedMarkdown } from "../model/markdown-budget.js";

const require = createRequire(import.meta.url);
let processor: { parse(text: string): Root } | undefined;

/**
 * The Markdown parser, loaded on first use (about fifty modules): most clauses are plain prose,
 * and a lint served from the cache parses none (issue #14). Synchronous, as parsing is: Node ≥ 20.19
 * requires ES modules.
 */
function markdownProcessor(): { parse(text: string): Root } {
  if (!processor) {
    const { unified } = require("unified") as { unified: typeof unifiedType };
    const remarkParse = (require("remark-parse") as { default: typeof remarkParseType }).default;
    processor = unified().use(remarkParse);
  }
  return processor;
}

/**
 * Parses a clause body as Markdown (CommonMark); raw HTML stays an `html` node and is never rendered
 * as such. A body with more delimiters than the parser handles in linear time stays one text.
 */
export function parseMarkdown(text: string): Root {
  return markdownOverBudget(text) === undefined ? markdownProcessor().parse(text) : unparsedMarkdown(text);
}

/**
 * The words of a Markdown body as a reader sees them: no `**`, `#`, list markers or escapes, so
 * "de **40 €**" reads "de 40 €". Rules search this text; `toSource` maps each of its offsets back
 * to the Markdown, so positions and fixes still land on the file's own characters.
 */
export interface PlainText {
  text: string;
  tree: Root;
  /** Source offset where the plain character at `offset` starts. */
  startInSource(offset: number): number;
  /** Source offset just after the plain character before `offset` (an exclusive end). */
  endInSource(offset: number): number;
}

const PARAGRAPH_LIKE = new Set(["paragraph", "heading", "code", "blockquote", "table", "thematicBreak", "list"]);
const LINE_LIKE = new Set(["listItem", "tableRow", "break"]);

/** Characters and line starts that make Markdown differ from its words. */
const MARKDOWN_SYNTAX = /[*_`\\[\]<>&#|~!]|^\s*(?:[-+]\s|\d+[.)]\s)|^(?: {4}|\t)|^\s*[=-]{2,}\s*$/m;

export function plainText(source: string): PlainText {
  // Most clauses are plain prose: their words are their source, and the tree is parsed on demand.
  // So is a body over the Markdown budget (reported by the loader, or by prose mode).
  if (!MARKDOWN_SYNTAX.test(source) || markdownOverBudget(source) !== undefined) {
    let tree: Root | undefined;
    return {
      text: source,
      get tree() {
        return (tree ??= parseMarkdown(source));
      },
      startInSource: (offset) => Math.min(Math.max(0, offset), source.length),
      endInSource: (offset) => Math.min(Math.max(0, offset), source.length),
    };
  }
  const tree = parseMarkdown(source);
  let text = "";
  const map: number[] = [];
  const push = (chars: string, at: number) => {
    for (const ch of chars) {
      text += ch;
      map.push(at);
    }
  };
  /** A text node's value aligned on its source: escapes and entities make them differ. */
  const pushValue = (value: string, start: number, end: number) => {
    if (end - start === value.length && source.slice(start, end) === value) {
      for (let i = 0; i < value.length; i++) {
        text += value[i];
        map.push(start + i);
      }
      return;
    }
    let j = start;
    for (const ch of value) {
      let k = j;
      while (k < end && source[k] !== ch) k++;
      const at = k < end ? k : j;
      text += ch;
      map.push(at);
      j = k < end ? k + ch.length : j;
    }
  };
  const separate = (sep: string, at: number) => {
    if (text && !text.endsWith(sep) && !text.endsWith("\n\n")) push(text.endsWith("\n") && sep === "\n\n" ? "\n" : sep, at);
  };
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset ?? 0;
    if (PARAGRAPH_LIKE.has(node.type)) separate("\n\n", start);
    else if (LINE_LIKE.has(node.type)) separate("\n", start);
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") {
      const end = node.position?.end.offset ?? start;
      if (node.type === "text") pushValue(node.value, start, end);
      else {
        // `code` keeps its fence out; the value sits inside the node's range.
        const at = source.indexOf(node.value, start);
        pushValue(node.value, at >= 0 ? at : start, at >= 0 ? at + node.value.length : end);
      }
      return;
    }
    // A link to an anchor of the same document inside a sentence (« voir [l'article 8](#art-8) ») keeps its words, not its address.
    if (node.type === "link" && node.url.startsWith("#")) {
      for (const child of node.children) walk(child);
      return;
    }
    if (node.type === "link" && !node.children.some((c) => c.type === "text" && c.value === node.url)) {
      for (const child of node.children) walk(child);
      // The address is part of what the clause says ("médiateur … https://www.cm2c.net").
      const at = source.indexOf(node.url, start);
      push(" ", at >= 0 ? at : start);
      pushValue(node.url, at >= 0 ? at : start, at >= 0 ? at + node.url.length : start);
      return;
    }
    if ("children" in node) {
      const children = node.children as Nodes[];
      // « [Médiation de la consommation](#s13) » alone on its line: navigation (a table of contents) whose words repeat a
      // heading elsewhere: it says nothing, nor stands for a clause.
      if (isNavigation(children)) return;
      for (const child of children) walk(child);
    }
  };
  walk(tree);
  return {
    text,
    tree,
    startInSource: (offset) => (offset < text.length ? map[Math.max(0, offset)]! : source.length),
    endInSource: (offset) => (offset <= 0 ? (map[0] ?? 0) : map[Math.min(offset, text.length) - 1]! + 1),
  };
}

const isAnchorLink = (node: Nodes) => node.type === "link" && node.url.startsWith("#");
/** Links to the document's own anchors with nothing else but separators (« | », « – », numbers): a contents line. */
function isNavigation(children: Nodes[]): boolean {
  return children.some(isAnchorLink) && children.every((c) => isAnchorLink(c) || (c.type === "text" && /^[\s|·•\-–—,.;:\d]*$/.test(c.value)));
}
