// SARIF 2.1.0 for GitHub code scanning (upload-sarif) and other SARIF viewers: one run, every rule
// of the run described with its legal basis, one result per finding.
import { createHash } from "node:crypto";
import { legalBasis, type LegalBasis, type LegalBasisId } from "../../legal/bases.js";
import type { Locale } from "../../model/locale.js";
import type { LintMessage, Rule, Severity, TextEdit } from "../types.js";
import type { Reporter } from "./index.js";
import { builtInFindings, unknownRuleDescription } from "./labels.js";
import { artifactLocation, folderUri, ruleDocsUri, sourceRoot, TOOL_URI } from "./locations.js";

type Level = "error" | "warning" | "note";
const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; precision: "high"; legalBasis?: BasisProperty[] };
}

/** A basis in a property bag: what a SARIF consumer needs to cite it and link to it. */
interface BasisProperty {
  id: LegalBasisId;
  cite: string;
  title: string;
  inForce: { from: string; to?: string };
  url?: string;
}

const words = {
  fr: { basis: "Base légale", from: "en vigueur depuis le", to: "jusqu'au", docs: "Documentation de la règle", source: "source", fix: "Correction sûre (appliquée par --fix)" },
  en: { basis: "Legal basis", from: "in force from", to: "until", docs: "Rule documentation", source: "source", fix: "Safe fix (applied by --fix)" },
} satisfies Record<Locale, Record<string, string>>;

/** governing-law-missing → GoverningLawMissing: SARIF's "name" is an identifier-like label. */
const pascalCase = (id: string) => id.replace(/(^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Escapes what Markdown would otherwise interpret in our (trusted but free) legal texts. */
const md = (s: string) => s.replace(/[\\`*_[\]<>|~&]/g, "\\$&");

function basisLine(b: LegalBasis, locale: Locale): { text: string; markdown: string } {
  const w = words[locale];
  const period = `${w.from} ${b.inForce.from}${b.inForce.to ? `, ${w.to} ${b.inForce.to}` : ""}`;
  // A reference names French sources (a décret, a site): quoted as a title, in either language.
  const reference = b.reference ? quoted(b.reference, locale) : undefined;
  const source = b.url ?? (reference && `${w.source} ${reference}`);
  return {
    text: `- ${b.code}, ${b.article} : ${b.title[locale]} (${period})${source ? ` — ${source}` : ""}`,
    markdown: `- ${md(b.code)}, ${md(b.article)} : ${md(b.title[locale])} (${period})${b.url ? ` — [${w.source}](${b.url})` : reference ? ` — ${w.source} ${md(reference)}` : ""}`,
  };
}

const quoted = (text: string, locale: Locale) => (locale === "fr" ? `« ${text} »` : `“${text}”`);

function basisProperty(b: LegalBasis, locale: Locale): BasisProperty {
  return { id: b.id, cite: b.cite, title: b.title[locale], inForce: b.inForce, ...(b.url ? { url: b.url } : {}) };
}

function ruleDescriptor(rule: Rule, locale: Locale): RuleDescriptor {
  const { id, description, category, severity } = rule.meta;
  const docs = rule.meta.docsUrl ?? ruleDocsUri(id);
  const w = words[locale];
  const bases = rule.meta.legalBasis.map(legalBasis);
  const lines = bases.map((b) => basisLine(b, locale));
  const citations = bases.map((b) => `${b.code}, ${b.article}`).join(" ; ");
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description[locale] },
    fullDescription: { text: citations ? `${description[locale]} ${w.basis} : ${citations}.` : description[locale] },
    help: {
      text: [description[locale], "", `${w.basis} :`, ...lines.map((l) => l.text), "", `${w.docs} : ${docs}`].join("\n"),
      markdown: [md(description[locale]), "", `**${w.basis}**`, "", ...lines.map((l) => l.markdown), "", `[${w.docs}](${docs})`].join("\n"),
    },
    // The official text the rule rests on first; the rule's docs (in help) when no basis has one.
    helpUri: bases.find((b) => b.url)?.url ?? docs,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [category, "legal"], precision: "high", ...(bases.length ? { legalBasis: bases.map((b) => basisProperty(b, locale)) } : {}) },
  };
}

/** Findings of ids no rule of this run declares (engine findings, a rule left out): described here so every result has a rule. */
function syntheticDescriptor(id: string, severity: Severity, locale: Locale): RuleDescriptor {
  const known = builtInFindings[id];
  const text = known ? known.description[locale] : unknownRuleDescription(id, locale);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text },
    fullDescription: { text },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [known?.category ?? "other"], precision: "high" },
  };
}

function region(m: LintMessage) {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const endLine = Math.max(startLine, m.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, m.endColumn) : Math.max(1, m.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function fixOf(description: string, edit: TextEdit, location: ArtifactLocation) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [{ deletedRegion: { charOffset: edit.start, charLength: Math.max(0, edit.end - edit.start) }, insertedContent: { text: edit.text } }],
      },
    ],
  };
}

/** The safe fix first, then suggestions; SARIF wants the fixes of a result distinct. */
function fixes(m: LintMessage, location: ArtifactLocation, locale: Locale) {
  const all = [...(m.fix ? [fixOf(words[locale].fix, m.fix, location)] : []), ...(m.suggestions ?? []).map((s) => fixOf(s.desc, s.fix, location))];
  return [...new Map(all.map((f) => [JSON.stringify(f), f])).values()];
}

/**
 * Identifies a finding across commits so GitHub keeps one alert open rather than opening a new one
 * whenever lines move: the rule, the file, the message and its rank among identical findings of
 * that file (GitHub adds its own line-content hash beside it when it has the sources).
 */
function fingerprint(ruleId: string, uri: string, message: string, occurrence: number): string {
  return createHash("sha256").update([ruleId, uri, message, String(occurrence)].join("\u0000")).digest("hex").slice(0, 32);
}

export const sarif: Reporter = (results, { rules, cwd, env, locale, toolVersion, dataVersion }) => {
  const root = sourceRoot(cwd, env);
  const descriptors: RuleDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const describe = (d: RuleDescriptor) => {
    if (indexOf.has(d.id)) return;
    indexOf.set(d.id, descriptors.length);
    descriptors.push(d);
  };
  rules.forEach((r) => describe(ruleDescriptor(r, locale)));

  const sarifResults = results.flatMap((result) => {
    const location = artifactLocation(result.filePath, cwd, root);
    const occurrences = new Map<string, number>();
    return result.messages.map((m) => {
      if (!indexOf.has(m.ruleId)) describe(syntheticDescriptor(m.ruleId, m.severity, locale));
      const key = `${m.ruleId}\u0000${m.message}`;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      const proposed = fixes(m, location, locale);
      return {
        ruleId: m.ruleId,
        ruleIndex: indexOf.get(m.ruleId)!,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(m) } }],
        partialFingerprints: { "clausierFindingHash/v1": fingerprint(m.ruleId, location.uri, m.message, occurrence) },
        ...(proposed.length ? { fixes: proposed } : {}),
        ...(m.legalBasis?.length ? { properties: { legalBasis: m.legalBasis } } : {}),
      };
    });
  });

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Clausier", informationUri: TOOL_URI, version: toolVersion, semanticVersion: toolVersion, rules: descriptors } },
        originalUriBaseIds: { "%SRCROOT%": { uri: folderUri(root) } },
        language: locale,
        // Columns and fix offsets are JavaScript string indices.
        columnKind: "utf16CodeUnits",
        results: sarifResults,
        ...(dataVersion ? { properties: { dataVersion } } : {}),
      },
    ],
  };
  return { text: `${JSON.stringify(log, null, 2)}\n` };
};
