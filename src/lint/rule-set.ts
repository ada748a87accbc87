// Clausier's rules as the CLI and the Linter use them by default: each rule's meta read from
// generated/rules.json (written at build time from the compiled rules, scripts/gen-rule-index.mjs),
// its module imported only when its check first runs. Choosing the rules (--only, the
// configuration, kinds, law, audience) and reporting them need the meta alone, so a lint served
// from the cache imports no rule, and a lint of terms none of the invoice rules (issue #14).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Rule, RuleMeta } from "./types.js";

const require = createRequire(import.meta.url);
const RULES_META = new URL("../../generated/rules.json", import.meta.url);

// From the TypeScript sources (the unit tests), a module cannot be required synchronously: the
// rules are the generated index's, all imported. The built CLI never takes this branch.
const fromSources = import.meta.url.endsWith(".ts") ? (await import("./rules/index.js")).allRules : undefined;

let rules: Rule[] | undefined;

export function clausierRules(): Rule[] {
  return (rules ??= fromSources ?? (JSON.parse(readFileSync(RULES_META, "utf8")) as { file: string; meta: RuleMeta }[]).map(({ file, meta }) => lazyRule(file, meta)));
}

function lazyRule(file: string, meta: RuleMeta): Rule {
  let loaded: Rule | undefined;
  return {
    meta,
    check(context) {
      // Synchronous, as the lint is: Node ≥ 20.19 requires ES modules.
      loaded ??= (require(fileURLToPath(new URL(`./rules/${file}.js`, import.meta.url))) as { default: Rule }).default;
      loaded.check(context);
    },
  };
}
