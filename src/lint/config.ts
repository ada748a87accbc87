import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import picomatch from "picomatch";
import { format, UsageError, Workspace, type ClausierConfiguration, type Diagnostic, type Locale } from "../model/index.js";
import { closest } from "../model/schema-errors.js";
import { linterMessages } from "./messages.js";
import type { SeveritySetting } from "./types.js";

export const CONFIG_NAMES = ["clausier.config.yaml", "clausier.config.yml", "clausier.config.json"];

export function findConfig(cwd: string): string | undefined {
  return CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
}

/** Loads and validates a configuration file; problems come back as diagnostics (exit 2 in the CLI). */
export function loadConfig(path: string, cwd: string, locale: Locale): { config?: ClausierConfiguration; diagnostics: Diagnostic[] } {
  const workspace = new Workspace(cwd, undefined, undefined, locale);
  const doc = workspace.load(resolve(cwd, path));
  if (!doc) return { diagnostics: workspace.allDiagnostics() };
  if (doc.kind !== "config") throw new UsageError(format(linterMessages, "NOT_A_CONFIG", { path }, locale));
  return { config: doc.data, diagnostics: [] };
}

export function normalizeSeverity(value: string): SeveritySetting {
  return value === "warn" ? "warning" : (value as SeveritySetting);
}

/** Parses repeatable `--rule id=severity` options. */
export function parseRuleOptions(values: string[], knownIds: string[], locale: Locale): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([a-z0-9-]+)=(off|info|warn|warning|error)$/.exec(v.trim());
    if (!m) throw new UsageError(format(linterMessages, "RULE_OPTION_FORMAT", { value: v }, locale));
    checkRuleId(m[1]!, knownIds, "--rule", locale);
    out[m[1]!] = normalizeSeverity(m[2]!);
  }
  return out;
}

export function checkRuleId(id: string, knownIds: string[], where: string, locale: Locale): void {
  if (knownIds.includes(id)) return;
  const suggestion = closest(id, knownIds);
  throw new UsageError(format(linterMessages, "UNKNOWN_RULE", { where, id, suggestion: suggestion ? format(linterMessages, "DID_YOU_MEAN", { id: suggestion }, locale) : "" }, locale));
}

/**
 * The severity of a rule for a file: command line first, then the last matching override, then
 * the configuration's rules, else undefined (the rule's own default).
 */
export function severityResolver(config: ClausierConfiguration | undefined, cli: Record<string, SeveritySetting>, knownIds: string[], locale: Locale) {
  for (const id of Object.keys(config?.rules ?? {})) checkRuleId(id, knownIds, "clausier.config rules", locale);
  const overrides = (config?.overrides ?? []).map((o) => {
    for (const id of Object.keys(o.rules)) checkRuleId(id, knownIds, "clausier.config overrides", locale);
    return { match: picomatch(o.files), rules: o.rules };
  });
  return (ruleId: string, path: string): SeveritySetting | undefined => {
    if (cli[ruleId]) return cli[ruleId];
    const posix = path.split("\\").join("/");
    for (const o of [...overrides].reverse()) {
      const s = o.rules[ruleId];
      if (s && o.match(posix)) return normalizeSeverity(s);
    }
    const s = config?.rules?.[ruleId];
    return s ? normalizeSeverity(s) : undefined;
  };
}
