import { existsSync, readFileSync } from "node:fs";
import { citations, legalBasis, type LegalBasis } from "../../legal/bases.js";
import { checkRuleId } from "../../lint/config.js";
import { clausierRules } from "../../lint/rule-set.js";
import { format, type Locale } from "../../model/index.js";
import { markdownToText } from "../markdown-text.js";
import { cliMessages } from "../messages.js";
import { EXIT, type Io } from "../io.js";

/** docs/ ships in the package (package.json `files`): found beside src/ and dist/, never from the working directory. */
const RULE_DOCS = new URL("../../../docs/rules/", import.meta.url);
/** The language of docs/rules/<id>.md; a translation is docs/rules/<locale>/<id>.md. */
const RULE_DOCS_LOCALE: Locale = "en";

/** `clausier rules`: every rule with its default severity and legal basis; `clausier rules <id>`: its docs page. */
export async function runRules(args: { format: "text" | "json"; id?: string }, io: Io): Promise<number> {
  const locale = io.locale;
  if (args.id !== undefined) return printRuleDocs(args.id, io);
  const rules = [...clausierRules()].sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id));
  if (args.format === "json") {
    io.stdout(JSON.stringify(rules.map((r) => ({ ...r.meta, legalBasis: r.meta.legalBasis.map((id) => basisJson(legalBasis(id))) })), null, 2) + "\n");
    return EXIT.OK;
  }
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  let category = "";
  for (const r of rules) {
    if (r.meta.category !== category) {
      category = r.meta.category;
      io.stdout(`\n${category}\n`);
    }
    const basis = citations(r.meta.legalBasis);
    const flags = [r.meta.fixable ? "fix" : "", r.meta.hasSuggestions ? "suggestions" : "", r.meta.appliesFrom ? format(cliMessages, "RULE_APPLIES_FROM", { date: r.meta.appliesFrom }, locale) : ""]
      .filter(Boolean)
      .join(", ");
    io.stdout(`  ${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description[locale]}\n`);
    io.stdout(`  ${"".padEnd(width)}  ${"".padEnd(7)}  ${basis}${flags ? `  [${flags}]` : ""}  docs/rules/${r.meta.id}.md\n`);
  }
  io.stdout(`\n${format(cliMessages, "RULES_COUNT", { count: rules.length }, locale)}\n`);
  return EXIT.OK;
}

/**
 * A basis in `rules --format json`. Its code and article are one French citation, `source`
 * ("Code de commerce, L441-10"): the article of a text cited whole is the French designation of
 * its part ("nouvelle numérotation du livre III du Code civil"), quoted as the text says it in
 * either locale. The title is given in both languages, like the rule's description.
 */
function basisJson(b: LegalBasis) {
  return { id: b.id, jurisdiction: b.jurisdiction, cite: b.cite, source: `${b.code}, ${b.article}`, title: b.title, inForce: b.inForce, ...(b.url ? { url: b.url } : {}), ...(b.reference ? { reference: b.reference } : {}) };
}

/** The rule's docs page in the user's language when there is one, else the default page with a note saying so. */
function printRuleDocs(id: string, io: Io): number {
  checkRuleId(id, clausierRules().map((r) => r.meta.id), "clausier rules", io.locale);
  const translated = new URL(`${io.locale}/${id}.md`, RULE_DOCS);
  const page = io.locale !== RULE_DOCS_LOCALE && existsSync(translated) ? translated : new URL(`${id}.md`, RULE_DOCS);
  if (page !== translated && io.locale !== RULE_DOCS_LOCALE) io.stdout(`(${format(cliMessages, "RULE_DOCS_UNTRANSLATED", {}, io.locale)})\n\n`);
  io.stdout(markdownToText(readFileSync(page, "utf8")));
  return EXIT.OK;
}
