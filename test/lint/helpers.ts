import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { lintPaths } from "../../src/lint/run.js";
import type { Audience, Law, LintMessage, Rule } from "../../src/lint/types.js";
import { ROOT } from "../helpers/cli.js";

export { ROOT };

export interface LintTestOptions {
  audience?: Audience;
  law?: Law;
  asOf?: string;
  locale?: "fr" | "en";
  /** Other files to lint in the same run (cross-document rules), name → content. */
  extraFiles?: Record<string, string>;
}

/** A minimal valid B2B terms document with an inline seller; `patch` is deep-merged onto it (null deletes a key). */
export function baseTerms(): Record<string, unknown> {
  return {
    kind: "cgv",
    id: "exemple-cgv",
    title: "Conditions générales de vente",
    effectiveDate: "2026-01-01",
    language: "fr",
    audience: "b2b",
    governingLaw: "FR",
    jurisdiction: { type: "named-court", court: "Tribunal de commerce", city: "Nantes", country: "FR" },
    seller: {
      id: "exemple",
      legalName: "Exemple",
      legalForm: "SAS",
      shareCapital: { amount: "10000" },
      registeredOffice: { street: "1 rue de la Paix", postalCode: "44000", city: "Nantes", country: "FR" },
      country: "FR",
      siren: "732 829 320",
      rcs: { city: "Nantes", number: "732 829 320" },
      vat: { regime: "liable", number: "FR44732829320" },
    },
    payment: { termDays: 30, termBasis: "invoice-date", earlyPaymentDiscount: { kind: "none" } },
    latePayment: {
      penalty: { kind: "legal-rate-multiple", multiple: "3" },
      computation: "pro-rata-temporis",
      recoveryIndemnity: { amount: "40" },
    },
    clauses: [
      { id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent à toutes les ventes.\n" },
      {
        id: "retard",
        number: "2",
        title: "Retard de paiement",
        body: "Tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal et une indemnité forfaitaire pour frais de recouvrement de 40 €.\n",
      },
      { id: "litiges", number: "3", title: "Litiges", body: "Le droit français s'applique. Tout litige relève du Tribunal de commerce de Nantes.\n" },
    ],
  };
}

export function merge(base: unknown, patch: unknown): unknown {
  if (patch === null) return undefined;
  if (Array.isArray(patch) || typeof patch !== "object" || patch === undefined) return patch;
  if (typeof base !== "object" || base === null || Array.isArray(base)) return patch;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    const merged = merge(out[k], v);
    if (merged === undefined) delete out[k];
    else out[k] = merged;
  }
  return out;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "clausier-lint-"));
}

function run(dir: string, files: string[], rules: Rule[], options: LintTestOptions): LintMessage[] {
  const { results } = lintPaths(files, dir, rules, {
    asOf: options.asOf ?? "2026-06-01",
    locale: options.locale ?? "fr",
    defaults: { audience: options.audience, law: options.law },
  });
  return results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.filePath })));
}

function writeExtra(dir: string, extra: Record<string, string> = {}): string[] {
  return Object.entries(extra).map(([name, content]) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return name;
  });
}

/** Lints a terms YAML built from baseTerms() and a patch, with only the given rules. */
export function lintTerms(patch: Record<string, unknown>, rules: Rule[] | Rule, options: LintTestOptions = {}): LintMessage[] {
  const dir = tempDir();
  writeFileSync(join(dir, "terms.yaml"), stringify(merge(baseTerms(), patch), { lineWidth: 0 }));
  return run(dir, ["terms.yaml", ...writeExtra(dir, options.extraFiles)], [rules].flat(), options);
}

/** Lints a YAML text as given (any document kind) with only the given rules. */
export function lintYaml(yaml: string, rules: Rule[] | Rule, options: LintTestOptions = {}): LintMessage[] {
  const dir = tempDir();
  writeFileSync(join(dir, "doc.yaml"), yaml);
  return run(dir, ["doc.yaml", ...writeExtra(dir, options.extraFiles)], [rules].flat(), options);
}

/** Lints a prose (Markdown) document with only the given rules. */
export function lintProse(text: string, rules: Rule[] | Rule, options: LintTestOptions = {}): LintMessage[] {
  const dir = tempDir();
  writeFileSync(join(dir, "terms.md"), text);
  // As `--audience b2b` unless the test says otherwise: a short test text rarely says who it is for,
  // and an undecided audience runs no B2B rule (test/lint/scope covers the inference itself).
  return run(dir, ["terms.md", ...writeExtra(dir, options.extraFiles)], [rules].flat(), { audience: "b2b", ...options });
}

/** Lints project files (paths relative to the repository root) with the given rules. */
export function lintRepoFiles(paths: string[], rules: Rule[] | Rule, options: LintTestOptions = {}): LintMessage[] {
  return run(ROOT, paths, [rules].flat(), options);
}

export const ids = (messages: LintMessage[]) => [...new Set(messages.map((m) => m.ruleId))].sort();
