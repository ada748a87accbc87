import { citations, legalBasis, type LegalBasis } from "../../legal/bases.js";
import { allRules } from "../../lint/rules/index.js";
import { format } from "../../model/index.js";
import { cliMessages } from "../messages.js";
import { EXIT, type Io } from "../io.js";

/** `clausier rules`: every rule with its default severity and legal basis. */
export async function runRules(args: { format: "text" | "json" }, io: Io): Promise<number> {
  const locale = io.locale;
  const rules = [...allRules].sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id));
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
