// GitHub Actions: workflow-command annotations on the changed files, and every finding in the job
// summary. GitHub shows only about 10 annotations of each kind per step, so the summary is the full list.
import type { Locale } from "../../model/locale.js";
import type { LintMessage, Rule, Severity } from "../types.js";
import type { Reporter } from "./index.js";
import { citedMessage, noProblemText, SEVERITIES, severityWord, summaryText, tally, total } from "./labels.js";
import { relativeToRoot, ruleDocsUri, sourceRoot } from "./locations.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };
export const ANNOTATIONS_PER_KIND = 10;

/** Escaping of a command's message, as @actions/core does it. */
export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Property values also lose ":" and "," (they separate properties). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

interface Located {
  file: string;
  message: LintMessage;
}

function annotation({ file, message: m }: Located): string {
  const props = [
    ["file", file],
    ["line", m.line],
    ["col", m.column],
    ["endLine", m.endLine],
    ["endColumn", m.endColumn],
    ["title", m.ruleId],
  ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${COMMAND[m.severity]} ${props.join(",")}::${escapeData(citedMessage(m))}`;
}

const cutText = {
  fr: (hidden: number, summary: boolean) =>
    `${hidden} constat(s) de plus ne sont pas annotés (GitHub en affiche ${ANNOTATIONS_PER_KIND} par type et par étape) : ${summary ? "la liste complète est dans le résumé du job." : "lancez clausier lint --format stylish pour la liste complète."}`,
  en: (hidden: number, summary: boolean) =>
    `${hidden} more finding(s) are not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} per kind and step): ${summary ? "the job summary has the full list." : "run clausier lint --format stylish for the full list."}`,
} satisfies Record<Locale, (hidden: number, summary: boolean) => string>;

/** Errors first, then warnings, then notices, each in file order and capped per kind. */
function annotations(found: Located[], locale: Locale, hasSummary: boolean): string {
  const byKind = SEVERITIES.map((s) => found.filter((f) => f.message.severity === s));
  const cut = byKind.some((list) => list.length > ANNOTATIONS_PER_KIND);
  // The closing notice is itself a notice: keep room for it among the 10 GitHub shows.
  const caps = byKind.map((_, i) => (cut && SEVERITIES[i] === "info" ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND));
  const shown = byKind.flatMap((list, i) => list.slice(0, caps[i]));
  const lines = shown.map(annotation);
  const hidden = found.length - shown.length;
  if (hidden > 0) lines.push(`::notice title=Clausier::${escapeData(cutText[locale](hidden, hasSummary))}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

const headers: Record<Locale, string[]> = {
  fr: ["Fichier", "Ligne", "Gravité", "Règle", "Message"],
  en: ["File", "Line", "Severity", "Rule", "Message"],
};

/** A table cell: no line breaks, and nothing Markdown or the table syntax would interpret. */
export const cell = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\`*_[\]<>|~&]/g, "\\$&");

function summaryMarkdown(found: Located[], rules: Rule[], locale: Locale): string {
  const documented = new Set(rules.map((r) => r.meta.id));
  const sum = tally(found.map((f) => f.message));
  const title = "### Clausier lint\n\n";
  if (total(sum) === 0) return `${title}✔ ${noProblemText[locale]}\n\n`;
  const rows = found.map(({ file, message: m }) => {
    const rule = documented.has(m.ruleId) ? `[${cell(m.ruleId)}](${ruleDocsUri(m.ruleId)})` : cell(m.ruleId);
    return `| ${cell(file)} | ${m.line} | ${severityWord[locale][m.severity]} | ${rule} | ${cell(citedMessage(m))} |`;
  });
  return [
    `${title}${sum.errorCount ? "✖" : "⚠"} **${summaryText(sum, locale)}**`,
    "",
    `| ${headers[locale].join(" | ")} |`,
    "| --- | ---: | --- | --- | --- |",
    ...rows,
    "",
    "",
  ].join("\n");
}

export const github: Reporter = (results, { rules, cwd, env, locale }) => {
  const root = sourceRoot(cwd, env);
  const found: Located[] = results.flatMap((r) => {
    const file = relativeToRoot(r.filePath, cwd, root) ?? r.filePath;
    return r.messages.map((message) => ({ file, message }));
  });
  const summaryPath = env.GITHUB_STEP_SUMMARY;
  return {
    text: annotations(found, locale, Boolean(summaryPath)),
    ...(summaryPath ? { files: [{ path: summaryPath, content: summaryMarkdown(found, rules, locale), append: true }] } : {}),
  };
};
