// A tiny XML writer: elements are built as data and serialised in one place, where every text and
// attribute value is escaped. No writer concatenates raw data into markup anywhere else.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/** What el() accepts as children: nodes, and absent values (undefined, false, null) that write nothing. */
export type XmlChild = XmlNode | undefined | null | false | readonly XmlChild[];

/** An element; attributes whose value is undefined are left out, children are flattened. */
export function el(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children: flatten(children) };
}

/** An element holding one text, or nothing at all when the text is absent (an optional field). */
export function text(name: string, value: string | undefined, attributes: Record<string, string | undefined> = {}): XmlElement | undefined {
  return value === undefined ? undefined : el(name, attributes, value);
}

/** An element written only when it has children: optional groups whose fields may all be absent. */
export function group(name: string, attributes: Record<string, string | undefined>, ...children: XmlChild[]): XmlElement | undefined {
  const element = el(name, attributes, ...children);
  return element.children.length ? element : undefined;
}

function flatten(children: readonly XmlChild[]): XmlNode[] {
  return children.flatMap((c): XmlNode[] => (Array.isArray(c) ? flatten(c) : c === undefined || c === null || c === false ? [] : [c as XmlNode]));
}

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, CR, LF; lone surrogates; U+FFFE/F):
// dropped rather than written, so the document always parses.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function serialise(node: XmlNode, indent: string, out: string[]): void {
  if (typeof node === "string") {
    out.push(escapeText(node));
    return;
  }
  // Names come from the writers' code, never from data: a bad one is a programming error.
  if (!NAME.test(node.name)) throw new Error(`invalid XML element name ${node.name}`);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v]) => {
      if (!NAME.test(k)) throw new Error(`invalid XML attribute name ${k}`);
      return ` ${k}="${escapeAttribute(v)}"`;
    })
    .join("");
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) {
    out.push(`${open}/>\n`);
  } else if (node.children.every((c) => typeof c === "string")) {
    out.push(`${open}>`);
    for (const c of node.children) serialise(c, "", out);
    out.push(`</${node.name}>\n`);
  } else {
    out.push(`${open}>\n`);
    // Mixed content is not used by the e-invoice syntaxes: texts are written on their own lines.
    for (const c of node.children) {
      if (typeof c === "string") out.push(`${indent}  ${escapeText(c)}\n`);
      else serialise(c, `${indent}  `, out);
    }
    out.push(`${indent}</${node.name}>\n`);
  }
}

/** The document as UTF-8 text with its XML declaration, indented by two spaces. */
export function toXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  serialise(root, "", out);
  return out.join("");
}
