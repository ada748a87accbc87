// Configuration discovered upward from each linted file (as ESLint and markdownlint-cli2): the
// nearest clausier.config.* from the file's folder up to the repository root applies to it, its
// `extends` merged; its overrides and `ignore` patterns are relative to its own folder. An explicit
// --config applies to every file instead.
import { dirname, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { ClausierConfiguration, Locale } from "../model/index.js";
import type { Defaults } from "./documents/from-model.js";
import { findConfigUpward, severityResolver } from "./config.js";
import type { SeveritySetting } from "./types.js";

/** The configuration that applies to a file, with what it decides. */
export interface AppliedConfig {
  /** The configuration file (absolute); undefined: none found, the defaults apply. */
  path?: string;
  config: ClausierConfiguration;
  severity: (ruleId: string, absPath: string) => SeveritySetting | undefined;
  /** Each rule's severity in one file, its path worked out once (the cache keys every file by all of them). */
  severities: (ruleIds: readonly string[], absPath: string) => Array<SeveritySetting | undefined>;
  ignored: (absPath: string) => boolean;
}

export interface ConfigTreeOptions {
  cwd: string;
  locale: Locale;
  /** Reads a configuration file (with its extends), or throws the usage error that says why not. */
  read: (path: string) => ClausierConfiguration;
  knownIds: string[];
  /** --rule settings: above every configuration. */
  cli: Record<string, SeveritySetting>;
  /** --config: this one for every file, no search. */
  explicit?: { path: string; config: ClausierConfiguration };
}

export class ConfigTree {
  private readonly byFolder = new Map<string, AppliedConfig>();
  private readonly byFile = new Map<string, AppliedConfig>();
  /** Each folder's nearest configuration, once per run. */
  private readonly nearestIn = new Map<string, string | undefined>();

  constructor(private readonly options: ConfigTreeOptions) {}

  /** The configuration for a file (absolute path). */
  forFile(absPath: string): AppliedConfig {
    const dir = dirname(absPath);
    const cached = this.byFolder.get(dir);
    if (cached) return cached;
    const { explicit } = this.options;
    const path = explicit ? explicit.path : findConfigUpward(dir, this.nearestIn);
    const applied = this.applied(path, explicit?.config);
    this.byFolder.set(dir, applied);
    return applied;
  }

  /** Severity for a rule in a file shown relative to cwd (the engine's view). */
  severity(ruleId: string, shownPath: string): SeveritySetting | undefined {
    const abs = resolve(this.options.cwd, shownPath);
    return this.forFile(abs).severity(ruleId, abs);
  }

  /** Whether the configuration's `ignore` leaves out a file shown relative to cwd. */
  ignored(shownPath: string): boolean {
    const abs = resolve(this.options.cwd, shownPath);
    return this.forFile(abs).ignored(abs);
  }

  /** Law and audience of prose without front matter: the command line, else the file's configuration. */
  defaults(absPath: string, given: Defaults): Defaults {
    const { config } = this.forFile(absPath);
    return {
      law: given.law ?? config.law,
      audience: given.audience ?? config.audience,
      // Who set them, for the scope note: the command line, else the configuration.
      sources: { law: given.law ? "option" : "config", audience: given.audience ? "option" : "config" },
    };
  }

  private applied(path: string | undefined, given?: ClausierConfiguration): AppliedConfig {
    const key = path ?? "";
    const cached = this.byFile.get(key);
    if (cached) return cached;
    const { cwd, locale, knownIds, cli } = this.options;
    const config = given ?? (path ? this.options.read(path) : {});
    // Overrides and ignore patterns are relative to the configuration's folder (cwd for --config, as before).
    const base = path && !this.options.explicit ? dirname(path) : cwd;
    const rel = (abs: string) => relative(base, abs).split(sep).join("/");
    const resolver = severityResolver(config, cli, knownIds, locale);
    const ignore = config.ignore?.length ? picomatch(config.ignore) : undefined;
    const applied: AppliedConfig = {
      path,
      config,
      severity: (ruleId, abs) => resolver(ruleId, rel(abs)),
      severities: (ruleIds, abs) => {
        const path = rel(abs);
        return ruleIds.map((ruleId) => resolver(ruleId, path));
      },
      ignored: (abs) => Boolean(ignore?.(rel(abs))),
    };
    this.byFile.set(key, applied);
    return applied;
  }
}
