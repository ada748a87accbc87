// Reads an e-invoice's XML safely: UTF-8 only, no DOCTYPE or entity declaration (no XXE, no
// entity expansion), and the caller has bounded the bytes already (FilePolicy, PDF stream).
import { DOMParser, type Document } from "@xmldom/xmldom";
import type { Finding } from "./types.js";

export type XmlRead = { ok: true; doc: Document } | { ok: false; finding: Finding };

// A declaration anywhere is refused, even inside a comment: a received invoice has no use for one.
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

export function readXml(bytes: Uint8Array): XmlRead {
  let text: string;
  try {
    // fatal: a byte that is not UTF-8 is refused rather than replaced (the amounts must be exact).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, finding: { ruleId: "XML-ENCODING", severity: "error", messageId: "XML_NOT_UTF8", data: {} } };
  }
  const declaration = DECLARATION.exec(text);
  if (declaration) {
    return { ok: false, finding: { ruleId: "XML-DTD", severity: "error", messageId: "XML_DTD_REFUSED", data: {}, at: positionOf(text, declaration.index) } };
  }
  const problems: Problem[] = [];
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level !== "warning") problems.push({ message, locator: (context as { locator?: Locator } | undefined)?.locator });
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch (error) {
    // The fatal error was reported through onError first; this keeps a throw without it.
    if (!problems.length) problems.push({ message: error instanceof Error ? error.message : String(error) });
    return notWellFormed(problems[0]!);
  }
  if (problems.length || !doc.documentElement) return notWellFormed(problems[0] ?? { message: "no root element" });
  return { ok: true, doc };
}

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}
interface Problem {
  message: string;
  locator?: Locator;
}

function notWellFormed({ message, locator }: Problem): XmlRead {
  const at = locator?.lineNumber ? { at: { line: locator.lineNumber, column: locator.columnNumber ?? 1 } } : {};
  return { ok: false, finding: { ruleId: "XML-WELLFORMED", severity: "error", messageId: "XML_NOT_WELLFORMED", data: { detail: message.replace(/\s+/g, " ").trim() }, ...at } };
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
