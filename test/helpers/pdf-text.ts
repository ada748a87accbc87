// The text of a PDF as the poppler tools extract it, and whether a printed text is in it.
import { execFileSync } from "node:child_process";
import { containsPrinted } from "../../src/documents/index.js";

function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8" });
}

export const textOf = (file: string) => ({
  raw: tool("pdftotext", [file, "-"]),
  layout: tool("pdftotext", ["-layout", file, "-"]),
  stream: tool("pdftotext", ["-raw", file, "-"]),
});

/**
 * Whether a printed text is in the PDF: in reading order (pdftotext), in layout order (table rows),
 * or in content-stream order (a table cell over several lines; this mode drops the narrow
 * no-break spaces, so there spaces are ignored altogether and a line break after a hyphen joins).
 */
export function printedIn(text: ReturnType<typeof textOf>, printed: string): boolean {
  const compact = (s: string) => s.replace(/-\n/g, "-").replace(/[\s\u00a0\u202f\u2009]+/g, "");
  return containsPrinted(text.raw, printed) || containsPrinted(text.layout, printed) || compact(text.stream).includes(compact(printed));
}
