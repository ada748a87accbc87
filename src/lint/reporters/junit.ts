// JUnit XML: one test suite per file, one test case per finding (an error or warning fails it,
// an info passes with its text), and one passing case for a clean file, so CI dashboards that read
// JUnit (GitLab, Jenkins, Azure) count and list the findings.
import type { LintMessage } from "../types.js";
import type { Reporter } from "./index.js";
import { citedMessage } from "./labels.js";

/** Text and attribute values: the five XML entities, and no control characters XML 1.0 forbids. */
const xml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

function testCase(file: string, m: LintMessage): string {
  const name = xml(`${m.ruleId} ${m.line}:${m.column}`);
  const where = `${file}:${m.line}:${m.column}`;
  if (m.severity === "info") return `    <testcase classname="${xml(file)}" name="${name}"><system-out>${xml(`${where} ${citedMessage(m)}`)}</system-out></testcase>`;
  return `    <testcase classname="${xml(file)}" name="${name}"><failure type="${xml(m.severity)}" message="${xml(m.message)}">${xml(`${where} ${citedMessage(m)}`)}</failure></testcase>`;
}

export const junit: Reporter = (results) => {
  const suites = results.map((r) => {
    const failures = r.errorCount + r.warningCount;
    const cases = r.messages.length ? r.messages.map((m) => testCase(r.filePath, m)) : [`    <testcase classname="${xml(r.filePath)}" name="clausier"/>`];
    return `  <testsuite name="${xml(r.filePath)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const tests = results.reduce((n, r) => n + Math.max(1, r.messages.length), 0);
  const failures = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="clausier" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}\n</testsuites>\n` };
};
