import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { displayPath, format, UsageError, Workspace, type ClausierConfiguration, type Diagnostic, type Locale } from "../model/index.js";
import { closest } from "../model/schema-errors.js";
import { linterMessages } from "./messages.js";
import type { SeveritySetting } from "./types.js";

export const CONFIG_NAMES = ["clausier.config.yaml", "clausier.config.yml", "clausier.config.json", "clausier.config.js", "clausier.config.mjs", "clausier.config.cjs"];
const SCRIPT = /\.(?:c|m)?js$/i;

export function findConfig(cwd: string): string | undefined {
  return CONFIG_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
}

/**
 * The nearest clausier.config.* from `dir` upward: up to the repository's root (the folder holding
 * .git), else the file system's root; undefined when none.
 */
export function findConfigUpward(dir: string, known?: Map<string, string | undefined>): string | undefined {
  // `known`: the answers of folders already looked at (sibling folders share their parents').
  if (known?.has(dir)) return known.get(dir);
  const found = findConfig(dir) ?? (existsSync(join(dir, ".git")) || dirname(dir) === dir ? undefined : findConfigUpward(dirname(dir), known));
  known?.set(dir, found);
  return found;
}

/**
 * Loads and validates a configuration file and the configurations it extends (merged, the extending
 * file winning); problems come back as diagnostics (exit 2 in the CLI), a cycle or an `extends`
 * that leads nowhere as a usage error.
 */
export function loadConfig(path: string, cwd: string, locale: Locale, chain: string[] = []): { config?: ClausierConfiguration; diagnostics: Diagnostic[] } {
  const abs = resolve(cwd, path);
  if (chain.includes(abs)) throw new UsageError(format(linterMessages, "EXTENDS_CYCLE", { chain: [...chain, abs].map((p) => displayPath(cwd, p)).join(" → ") }, locale));
  // A JavaScript configuration is run (as ESLint runs eslint.config.js) and what it exports is
  // checked against the schema like a YAML one.
  const script = SCRIPT.test(abs);
  const workspace = new Workspace(cwd, script ? new Map([[abs, scriptConfig(abs, cwd, locale)]]) : undefined, undefined, locale);
  // Named by `extends`, a file is a configuration whatever its name.
  const doc = chain.length || script ? workspace.loadAs(abs, "config") : workspace.load(abs);
  if (!doc) return { diagnostics: workspace.allDiagnostics() };
  if (doc.kind !== "config") throw new UsageError(format(linterMessages, "NOT_A_CONFIG", { path }, locale));
  const own = doc.data;
  const bases = own.extends === undefined ? [] : Array.isArray(own.extends) ? own.extends : [own.extends];
  let merged: ClausierConfiguration = {};
  for (const base of bases) {
    const loaded = loadConfig(resolveExtends(base, abs, cwd, locale), cwd, locale, [...chain, abs]);
    if (!loaded.config) return loaded;
    merged = mergeConfig(merged, loaded.config);
  }
  return { config: bases.length ? mergeConfig(merged, own) : own, diagnostics: [] };
}

/**
 * What a clausier.config.js exports by default (an object, or a function returning one, possibly
 * async), as JSON text. Run in a child process: the configuration API stays synchronous and a
 * configuration's own imports never enter this process.
 */
function scriptConfig(abs: string, cwd: string, locale: Locale): string {
  // One run per file version: lint reads the configuration for its rules and again for its legal data.
  const mtime = statSync(abs).mtimeMs;
  const cached = scriptConfigs.get(abs);
  if (cached?.mtime === mtime) return cached.text;
  const text = runScriptConfig(abs, cwd, locale);
  scriptConfigs.set(abs, { mtime, text });
  return text;
}

const scriptConfigs = new Map<string, { mtime: number; text: string }>();

function runScriptConfig(abs: string, cwd: string, locale: Locale): string {
  const program = `const m = await import(${JSON.stringify(pathToFileURL(abs).href)}); let c = m.default ?? m; if (typeof c === "function") c = await c(); process.stdout.write(JSON.stringify(c ?? null));`;
  try {
    return execFileSync(process.execPath, ["--input-type=module", "-e", program], { cwd: dirname(abs), encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const detail = String((error as { stderr?: string }).stderr ?? (error as Error).message).split("\n").map((l) => l.trim()).find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? (error as Error).message;
    throw new UsageError(format(linterMessages, "CONFIG_SCRIPT_FAILED", { path: displayPath(cwd, abs), detail }, locale));
  }
}

/**
 * `own` over `base`: rules by id and overrides after the base's (the extending file wins), ignore
 * patterns added, any other setting replaced. `legalData` is never inherited: its paths are relative
 * to the file that names them.
 */
function mergeConfig(base: ClausierConfiguration, own: ClausierConfiguration): ClausierConfiguration {
  const { extends: _ownExtends, ...rest } = own;
  const { legalData: _baseLegalData, extends: _baseExtends, ...inherited } = base;
  const merged: ClausierConfiguration = { ...inherited, ...rest };
  if (base.rules || own.rules) merged.rules = { ...base.rules, ...own.rules };
  if (base.overrides || own.overrides) merged.overrides = [...(base.overrides ?? []), ...(own.overrides ?? [])];
  if (base.ignore || own.ignore) merged.ignore = [...(base.ignore ?? []), ...(own.ignore ?? [])];
  return merged;
}

/**
 * Where an `extends` entry leads: a path (./, ../, /) from the configuration's folder, else an npm
 * package resolved from there as Node would, and in it its clausier.config.* or its main export
 * (YAML or JSON).
 */
function resolveExtends(entry: string, fromConfig: string, cwd: string, locale: Locale): string {
  const from = dirname(fromConfig);
  const notFound = () => new UsageError(format(linterMessages, "EXTENDS_NOT_FOUND", { entry, config: displayPath(cwd, fromConfig) }, locale));
  if (/^\.{1,2}([\\/]|$)/.test(entry) || isAbsolute(entry)) {
    const target = resolve(from, entry);
    if (!existsSync(target)) throw notFound();
    return target;
  }
  const require = createRequire(join(from, "clausier.config.js"));
  let packageDir: string | undefined;
  try {
    packageDir = dirname(require.resolve(`${entry}/package.json`));
  } catch {
    packageDir = undefined; // a package whose exports hide package.json: its main export below
  }
  const own = packageDir && findConfig(packageDir);
  if (own) return own;
  let main: string;
  try {
    main = require.resolve(entry);
  } catch {
    throw notFound();
  }
  if (!/\.(ya?ml|json)$/i.test(main)) throw new UsageError(format(linterMessages, "EXTENDS_NOT_DATA", { entry, main: displayPath(cwd, main) }, locale));
  return main;
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
