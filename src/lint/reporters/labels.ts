// The words reporters print around findings, in both locales: severities, counts, the summary line.
import { citations } from "../../legal/bases.js";
import type { Locale } from "../../model/locale.js";
import type { LintMessage, Severity } from "../types.js";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export const severityWord: Record<Locale, Record<Severity, string>> = {
  fr: { error: "erreur", warning: "avertissement", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

type Noun = "problem" | Severity;
const nouns: Record<Locale, Record<Noun, [one: string, other: string]>> = {
  fr: { problem: ["problème", "problèmes"], error: ["erreur", "erreurs"], warning: ["avertissement", "avertissements"], info: ["information", "informations"] },
  en: { problem: ["problem", "problems"], error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] },
};

/** "0 erreur", "1 erreur", "2 erreurs" in French (the singular runs up to 1), "0 errors" in English. */
export function counted(n: number, noun: Noun, locale: Locale): string {
  const [one, other] = nouns[locale][noun];
  const singular = locale === "fr" ? n < 2 : n === 1;
  return `${n} ${singular ? one : other}`;
}

export interface Tally {
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** Counted from the messages themselves, so a report always agrees with what it lists. */
export function tally(messages: LintMessage[]): Tally {
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return { errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") };
}

export function addTallies(tallies: Tally[]): Tally {
  return tallies.reduce((a, b) => ({ errorCount: a.errorCount + b.errorCount, warningCount: a.warningCount + b.warningCount, infoCount: a.infoCount + b.infoCount }), { errorCount: 0, warningCount: 0, infoCount: 0 });
}

export function total(t: Tally): number {
  return t.errorCount + t.warningCount + t.infoCount;
}

/** "12 problèmes (7 erreurs, 4 avertissements, 1 information)". */
export function summaryText(t: Tally, locale: Locale): string {
  const parts = [counted(t.errorCount, "error", locale), counted(t.warningCount, "warning", locale), counted(t.infoCount, "info", locale)];
  return `${counted(total(t), "problem", locale)} (${parts.join(", ")})`;
}

export function fixableText(n: number, locale: Locale): string {
  return locale === "fr" ? `${n} ${n < 2 ? "corrigeable" : "corrigeables"} avec --fix` : `${n} fixable with --fix`;
}

export const noProblemText: Record<Locale, string> = { fr: "Aucun problème.", en: "No problems." };

/** Findings that come from the engine rather than from a rule: reporters describe them themselves. */
export const builtInFindings: Record<string, { category: string; description: Record<Locale, string> }> = {
  "invalid-document": {
    category: "documents",
    description: {
      fr: "Le document ne peut pas être lu ou ne respecte pas son schéma : les règles ne l'ont pas vérifié.",
      en: "The document cannot be read or does not match its schema: the rules did not check it.",
    },
  },
  "unused-disable": {
    category: "disable-comments",
    description: {
      fr: "Un commentaire de désactivation ne fait taire aucun constat.",
      en: "A disable comment silences no finding.",
    },
  },
  "scope-inferred": {
    category: "scope",
    description: {
      fr: "Le droit applicable et le public d'un texte, déduits de ses termes ou présumés, avec ce qui l'indique (docs/scope.md).",
      en: "A text's governing law and audience, inferred from its words or assumed, with what tells (docs/scope.md).",
    },
  },
  "law-without-profile": {
    category: "scope",
    description: {
      fr: "Le texte relève d'un droit dont Clausier n'a pas le profil : seules les règles indépendantes du droit national ont été appliquées.",
      en: "The text falls under a law Clausier has no profile for: only the rules that do not depend on national law were run.",
    },
  },
  "disable-without-reason": {
    category: "disable-comments",
    description: {
      fr: "Un commentaire de désactivation ne donne pas de justification (« -- raison »).",
      en: "A disable comment gives no reason (\"-- reason\").",
    },
  },
};

export function unknownRuleDescription(ruleId: string, locale: Locale): string {
  return locale === "fr" ? `Constat « ${ruleId} » (règle absente de cette exécution).` : `Finding "${ruleId}" (rule not loaded in this run).`;
}

/** The message with its legal bases as a suffix: « … ; ajoutez « 40 € » (C. com. L441-10 ; C. com. D441-5) ». */
export function citedMessage(m: LintMessage): string {
  return m.legalBasis?.length ? `${m.message} (${citations(m.legalBasis)})` : m.message;
}
