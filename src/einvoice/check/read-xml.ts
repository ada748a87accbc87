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
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "text/xml");
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return notWellFormed(problems);
  }
  if (problems.length || !doc.documentElement) return notWellFormed(problems);
  return { ok: true, doc };
}

function notWellFormed(problems: string[]): XmlRead {
  const first = problems[0] ?? "no root element";
  // xmldom writes « [xmldom error] message ||@#[line:2,col:3] »: the position goes to the finding.
  const place = /\[line:(\d+),col:(\d+)\]/.exec(first);
  const detail = first.replace(/^\[xmldom [a-zA-Z]+\]\s*/, "").replace(/\s*\|\|@#\[line:\d+,col:\d+\]\s*$/, "").replace(/\s+/g, " ").trim();
  return {
    ok: false,
    finding: { ruleId: "XML-WELLFORMED", severity: "error", messageId: "XML_NOT_WELLFORMED", data: { detail }, ...(place ? { at: { line: Number(place[1]), column: Number(place[2]) } } : {}) },
  };
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
