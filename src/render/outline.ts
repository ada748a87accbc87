// The PDF outline (bookmarks), written from the view rather than taken from Chromium: Chromium's
// reads the headings' rendered text (a number run into its title, « VENDEUR » in capitals, a
// wrapped title twice) and is lost on the parts pdf-lib appends. Each part (a quote, its terms, a
// bound CGU) is one top-level entry on its first page; a terms part nests its clauses by number.
// A clause's page comes from the named destination Chromium writes for its table-of-contents link;
// the named destinations of every part are merged into the file (pdf-lib copies pages, not the
// catalog), so the contents of an appended or bound part still link to its clauses.
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFPage, type PDFRef } from "pdf-lib";
import type { DocumentView } from "./templates.js";

export interface OutlineEntry {
  title: string;
  /** 1 for a top-level clause, 2 for "2.1", 3 for "2.1.4". */
  level: number;
  /** The named destination (the HTML id) of the heading. */
  anchor: string;
}

export interface OutlinePart {
  title: string;
  entries: OutlineEntry[];
}

/** « 2. Objet » for an article, « 2.1 Services proposés » below it, as the headings print them. */
export function outlineOf(view: DocumentView): OutlinePart {
  if (view.kind !== "terms") return { title: view.title, entries: [] };
  return {
    title: view.title,
    entries: view.clauses.map((c) => ({
      title: c.number ? `${c.number}${c.level === 1 ? "." : ""} ${c.title}` : c.title,
      level: c.level,
      anchor: c.anchor,
    })),
  };
}

export interface OutlineNode {
  title: string;
  dest: PDFArray;
  children: OutlineNode[];
}

/** The named destinations of a PDF as Chromium writes them: a /Dests dictionary in the catalog. */
function namedDestinations(pdf: PDFDocument): Map<string, PDFArray> {
  const out = new Map<string, PDFArray>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const resolved = pdf.context.lookup(value);
    const array = resolved instanceof PDFDict ? resolved.lookupMaybe(PDFName.of("D"), PDFArray) : resolved;
    if (array instanceof PDFArray) out.set(name.decodeText(), array);
  }
  return out;
}

/**
 * Adds a part's named destinations to `merged`, on its pages in `target`. A name already used by an
 * earlier part (a CGT and its CGU may both have « clause-responsabilite ») is renamed, and so are
 * the links of this part's pages that point to it.
 */
export function mergeDestinations(target: PDFDocument, source: PDFDocument, pages: PDFPage[], part: number, merged: Map<string, PDFArray>): void {
  const sourcePages = source.getPages().map((p) => p.ref.toString());
  const renamed = new Map<string, string>();
  for (const [name, dest] of namedDestinations(source)) {
    const index = sourcePages.indexOf(dest.get(0).toString());
    if (index < 0 || !pages[index]) continue;
    const existing = merged.get(name);
    const onTarget = target.context.obj([pages[index]!.ref, ...dest.asArray().slice(1)]);
    if (existing) {
      const unique = `${name}--${part + 1}`;
      renamed.set(name, unique);
      merged.set(unique, onTarget);
    } else if (!existing) merged.set(name, onTarget);
  }
  if (!renamed.size) return;
  for (const page of pages) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = target.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const dest = annot.get(PDFName.of("Dest"));
      const name = dest instanceof PDFName ? dest.decodeText() : undefined;
      const unique = name && renamed.get(name);
      if (unique) annot.set(PDFName.of("Dest"), PDFName.of(unique));
    }
  }
}

/** Writes the merged named destinations as the catalog's /Dests dictionary. */
export function writeDestinations(doc: PDFDocument, merged: Map<string, PDFArray>): void {
  if (!merged.size) return;
  const dests = doc.context.obj({}) as PDFDict;
  for (const [name, dest] of merged) dests.set(PDFName.of(name), dest);
  doc.catalog.set(PDFName.of("Dests"), doc.context.register(dests));
}

/**
 * One part's nodes in the assembled document: `source` is the part as printed, `pages` the refs of
 * its pages in `target` (the same order as in `source`).
 */
export function partNodes(target: PDFDocument, source: PDFDocument, pages: PDFRef[], part: OutlinePart): OutlineNode | null {
  const first = pages[0];
  if (!first) return null;
  const sourcePages = source.getPages().map((p) => p.ref.toString());
  const dests = namedDestinations(source);
  const root: OutlineNode = { title: part.title, dest: target.context.obj([first, PDFName.of("Fit")]), children: [] };
  const stack: { level: number; node: OutlineNode }[] = [{ level: 0, node: root }];
  for (const entry of part.entries) {
    const named = dests.get(entry.anchor);
    const index = named ? sourcePages.indexOf(named.get(0).toString()) : -1;
    // A heading without its destination (not linked from the contents) opens its part's first page.
    const dest =
      named && index >= 0
        ? target.context.obj([pages[index]!, ...named.asArray().slice(1)])
        : target.context.obj([first, PDFName.of("Fit")]);
    const node: OutlineNode = { title: entry.title, dest, children: [] };
    while (stack.length > 1 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    stack[stack.length - 1]!.node.children.push(node);
    stack.push({ level: entry.level, node });
  }
  return root;
}

/** Writes the outline (open, every entry visible) and asks readers to show it. */
export function writeOutline(doc: PDFDocument, roots: OutlineNode[]): void {
  doc.catalog.delete(PDFName.of("Outlines"));
  if (!roots.length) return;
  const context = doc.context;
  const outlinesRef = context.nextRef();
  const write = (nodes: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = nodes.map(() => context.nextRef());
    let count = nodes.length;
    nodes.forEach((node, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of("Title"), PDFHexString.fromText(node.title));
      dict.set(PDFName.of("Parent"), parent);
      dict.set(PDFName.of("Dest"), node.dest);
      if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < nodes.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]!);
      if (node.children.length) {
        const kids = write(node.children, refs[i]!);
        dict.set(PDFName.of("First"), kids.first);
        dict.set(PDFName.of("Last"), kids.last);
        dict.set(PDFName.of("Count"), PDFNumber.of(kids.count));
        count += kids.count;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = write(roots, outlinesRef);
  context.assign(
    outlinesRef,
    context.obj({ Type: "Outlines", First: top.first, Last: top.last, Count: top.count }),
  );
  doc.catalog.set(PDFName.of("Outlines"), outlinesRef);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

