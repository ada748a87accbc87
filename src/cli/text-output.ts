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

/** A document a batch (render, export) refused, for stderr: why, its diagnostics or lint errors, and an internal error's stack when debugging. */
export function refusalText(
  refusal: { message: string; diagnostics?: Diagnostic[]; lintErrors?: ReadonlyArray<{ file: string; line: number; column: number; message: string; ruleId: string }>; stack?: string },
  debug: boolean,
): string {
  const diagnostics = refusal.diagnostics ? formatDiagnosticsText(refusal.diagnostics, false).replace(/^(?=.)/gm, "  ") : "";
  const lintErrors = (refusal.lintErrors ?? []).map((m) => `  ${m.file}:${m.line}:${m.column}  ${m.message}  ${m.ruleId}\n`).join("");
  return `✖ ${refusal.message}\n${diagnostics}${lintErrors}` + (refusal.stack && debug ? `${refusal.stack}\n` : "");
}
