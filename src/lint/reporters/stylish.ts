// ESLint-like terminal output: findings grouped by file, in aligned columns, and a summary line.
import type { LintMessage, Severity } from "../types.js";
import type { Reporter } from "./index.js";
import { addTallies, citedMessage, fixableText, severityWord, summaryText, tally, total } from "./labels.js";

const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "34" };

/** Code points, not UTF-16 units: « » and accented letters are one column each. */
const width = (s: string) => [...s].length;
const padEnd = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => " ".repeat(Math.max(0, w - width(s))) + s;
/** A line break inside a message would break the columns. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ");

export const stylish: Reporter = (results, { locale, color }) => {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sum = addTallies(results.map((r) => tally(r.messages)));
  if (total(sum) === 0) return { text: "" };

  let text = "";
  for (const result of results) {
    if (!result.messages.length) continue;
    text += `\n${paint("4", result.filePath)}\n`;
    text += table(result.messages, severityWord[locale], paint);
  }

  const summaryColor = sum.errorCount ? "1;31" : sum.warningCount ? "1;33" : "1;34";
  text += `\n${paint(summaryColor, `✖ ${summaryText(sum, locale)}`)}\n`;
  const fixable = results.reduce((n, r) => n + r.messages.filter((m) => m.fix).length, 0);
  if (fixable) text += `  ${paint(summaryColor, fixableText(fixable, locale))}\n`;
  return { text };
};

/** `  line:col  severity  message (legal basis)  rule-id`, line numbers right-aligned on the colon, other columns padded to the widest. */
function table(messages: LintMessage[], words: Record<Severity, string>, paint: (code: string, s: string) => string): string {
  const lineW = Math.max(...messages.map((m) => String(m.line).length));
  const colW = Math.max(...messages.map((m) => String(m.column).length));
  const sevW = Math.max(...messages.map((m) => width(words[m.severity])));
  const msgW = Math.max(...messages.map((m) => width(oneLine(citedMessage(m)))));
  return messages
    .map((m) => {
      const position = `${padStart(String(m.line), lineW)}:${padEnd(String(m.column), colW)}`;
      const word = padEnd(words[m.severity], sevW);
      return `  ${position}  ${paint(SEVERITY_COLOR[m.severity], word)}  ${padEnd(oneLine(citedMessage(m)), msgW)}  ${paint("2", m.ruleId)}\n`;
    })
    .join("");
}
