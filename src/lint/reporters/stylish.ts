// Terminal output: findings grouped by file, one a line starting with its clickable path:line:col
// (as markdownlint-cli2 and compilers print them), and ESLint's summary line.
import type { LintMessage, Severity } from "../types.js";
import type { Reporter } from "./index.js";
import { addTallies, citedMessage, fixableText, severityWord, summaryText, tally, total } from "./labels.js";

const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "34" };

/** Code points, not UTF-16 units: « » and accented letters are one column each. */
const width = (s: string) => [...s].length;
const padEnd = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
/** A line break inside a message would break the columns. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ");

export const stylish: Reporter = (results, { locale, color }) => {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sum = addTallies(results.map((r) => tally(r.messages)));
  if (total(sum) === 0) return { text: "" };

  let text = "";
  for (const result of results) {
    if (!result.messages.length) continue;
    text += `\n${table(result.filePath, result.messages, severityWord[locale], paint)}`;
  }

  const summaryColor = sum.errorCount ? "1;31" : sum.warningCount ? "1;33" : "1;34";
  text += `\n${paint(summaryColor, `✖ ${summaryText(sum, locale)}`)}\n`;
  const fixable = results.reduce((n, r) => n + r.messages.filter((m) => m.fix).length, 0);
  if (fixable) text += `  ${paint(summaryColor, fixableText(fixable, locale))}\n`;
  return { text };
};

/**
 * `path:line:col  severity  rule-id  message (legal basis)`, one finding a line: the position first,
 * whole, so terminals and editors link it; the short columns aligned, the message last and never
 * padded (a long message must not widen every other line).
 */
function table(filePath: string, messages: LintMessage[], words: Record<Severity, string>, paint: (code: string, s: string) => string): string {
  const position = (m: LintMessage) => `${filePath}:${m.line}:${m.column}`;
  const posW = Math.max(...messages.map((m) => width(position(m))));
  const sevW = Math.max(...messages.map((m) => width(words[m.severity])));
  const ruleW = Math.max(...messages.map((m) => width(m.ruleId)));
  return messages
    .map((m) => {
      const where = paint("4", position(m)) + " ".repeat(posW - width(position(m)));
      const word = paint(SEVERITY_COLOR[m.severity], padEnd(words[m.severity], sevW));
      return `${where}  ${word}  ${paint("2", padEnd(m.ruleId, ruleW))}  ${oneLine(citedMessage(m))}\n`;
    })
    .join("");
}
