import type { Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse);

/** Parses a clause body as Markdown (CommonMark); raw HTML stays an `html` node and is never rendered as such. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Memoises a parse so rules that never look at the tree do not pay for it. */
export function lazyTree(text: string): () => Root {
  let tree: Root | undefined;
  return () => (tree ??= parseMarkdown(text));
}
