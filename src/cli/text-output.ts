import type { Diagnostic } from "../model/index.js";

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** `file:line:col  message  [code]` with the fix hint on the next line: what editors and terminals link. */
export function formatDiagnosticsText(diagnostics: Diagnostic[], color: boolean): string {
  let out = "";
  for (const d of diagnostics) {
    const where = paint(color, "4", `${d.file}:${d.line}:${d.column}`);
    out += `${where}  ${d.message}  ${paint(color, "2", `[${d.code}]`)}\n`;
    if (d.hint) out += `    ${paint(color, "36", "→")} ${d.hint}\n`;
  }
  return out;
}
