// Small namespace-aware helpers over xmldom elements: children by name, a path of children, the
// trimmed text and the position of an element.
import type { Element, Node } from "@xmldom/xmldom";
import type { Field, Position } from "./types.js";

export type Step = readonly [namespace: string, localName: string];

export function position(node: Node): Position {
  const { lineNumber, columnNumber } = node as Node & { lineNumber?: number; columnNumber?: number };
  return { line: lineNumber ?? 1, column: columnNumber ?? 1 };
}

export function childrenOf(parent: Element | undefined, [ns, name]: Step): Element[] {
  if (!parent) return [];
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ns) out.push(n as Element);
  }
  return out;
}

/** The first element at the end of a path of children. */
export function at(parent: Element | undefined, ...steps: Step[]): Element | undefined {
  let current = parent;
  for (const step of steps) current = childrenOf(current, step)[0];
  return current;
}

/** Every element at the end of a path (each step may match several children). */
export function all(parent: Element | undefined, ...steps: Step[]): Element[] {
  let current: Element[] = parent ? [parent] : [];
  for (const step of steps) current = current.flatMap((e) => childrenOf(e, step));
  return current;
}

export function fieldOf(element: Element | undefined): Field | undefined {
  if (!element) return undefined;
  return { text: (element.textContent ?? "").trim(), at: position(element) };
}

export function field(parent: Element | undefined, ...steps: Step[]): Field | undefined {
  return fieldOf(at(parent, ...steps));
}
