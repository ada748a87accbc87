// Clause bodies are Markdown written by legal staff. They become HTML through remark → hast → HTML
// with raw HTML dropped (remark-rehype's default): a `<script>` or `<img>` typed in a clause is not
// markup. Images are replaced by their alt text (nothing is fetched), links keep only http(s) and
// mailto targets, headings inside a body sit below the clause's own title, and every text node gets
// French spacing.
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { markdownOverBudget, unparsedMarkdown } from "../model/markdown-budget.js";
import { frenchSpacing } from "./typography.js";

/** The few hast shapes this module touches (the full types come from a transitive package). */
interface HastText {
  type: "text";
  value: string;
}
interface HastElement {
  type: "element";
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
interface HastOther {
  type: "root" | "comment" | "doctype" | "raw";
  children?: HastNode[];
}
type HastNode = HastText | HastElement | HastOther;

const SAFE_LINK = /^(https?:|mailto:)/i;

function clean(node: HastNode): HastNode[] {
  if (node.type === "text") return [{ type: "text", value: frenchSpacing(node.value) }];
  if (node.type !== "element") {
    if (node.children) node.children = node.children.flatMap(clean);
    return [node];
  }
  const el = node;
  if (el.tagName === "img") {
    const alt = typeof el.properties.alt === "string" ? el.properties.alt : "";
    return alt ? [{ type: "text", value: frenchSpacing(alt) }] : [];
  }
  // Code keeps its text as written (no typographic spaces inside an identifier or a URL).
  if (el.tagName === "pre" || el.tagName === "code") return [el];
  const children = el.children.flatMap(clean);
  if (el.tagName === "a") {
    const href = el.properties.href;
    if (typeof href !== "string" || !SAFE_LINK.test(href)) return children;
    el.properties = { href };
  }
  const heading = /^h([1-6])$/.exec(el.tagName);
  if (heading) el.tagName = `h${Math.min(6, Number(heading[1]) + 3)}`;
  el.children = children;
  return [el];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(() => (tree: unknown) => {
    const root = tree as { children: HastNode[] };
    root.children = root.children.flatMap(clean);
  })
  .use(rehypeStringify);

/**
 * HTML this module produced: Handlebars prints an object with toHTML() unescaped, and nothing
 * else in a view can have one (data files hold no functions).
 */
export class TrustedHtml {
  constructor(private readonly html: string) {}
  toHTML(): string {
    return this.html;
  }
  toString(): string {
    return this.html;
  }
}

/**
 * Markdown → HTML fragment. The only HTML that reaches a document unescaped, with the CSS.
 * `substitute` rewrites the text the Markdown parser found (text, code spans, image alt texts),
 * after parsing: what it inserts is text, never Markdown or HTML, whatever it contains.
 */
export function markdownToHtml(markdown: string, substitute?: (text: string) => string): TrustedHtml {
  // Over the budget the loader refuses the document; this keeps any other caller linear too.
  const tree = markdownOverBudget(markdown) === undefined ? processor.parse(markdown) : unparsedMarkdown(markdown);
  if (substitute) substituteText(tree as MdastNode, substitute);
  return new TrustedHtml(String(processor.stringify(processor.runSync(tree))));
}

interface MdastNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdastNode[];
}

function substituteText(node: MdastNode, substitute: (text: string) => string): void {
  if ((node.type === "text" || node.type === "inlineCode" || node.type === "code") && node.value !== undefined) node.value = substitute(node.value);
  if (node.type === "image" && node.alt) node.alt = substitute(node.alt);
  for (const child of node.children ?? []) substituteText(child, substitute);
}
