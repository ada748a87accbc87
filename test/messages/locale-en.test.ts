// One message system (issue #8): every catalogue speaks both languages, and `--locale en` never
// prints French UI text. Document content (clause text, names, the French text Clausier suggests
// inserting) stays French in both locales: it is quoted, and quoted spans are not checked.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { apiMessages } from "../../src/api/messages.js";
import { cliMessages } from "../../src/cli/messages.js";
import { scaffoldMessages } from "../../src/cli/scaffold/messages.js";
import { LEGAL_BASES } from "../../src/legal/bases.js";
import { legalDataMessages } from "../../src/legal/messages.js";
import { computeUsageMessages } from "../../src/documents/messages.js";
import { INVOICE_MENTIONS } from "../../src/documents/index.js";
import { engineMessages, linterMessages, proseMessages } from "../../src/lint/messages.js";
import { allRules } from "../../src/lint/rules/index.js";
import { fileTypeNames, loaderMessages, refusalReasons, typeNames } from "../../src/model/messages.js";
import { computeCancellationFee, ComputationError } from "../../src/money/index.js";
import { moneyMessages } from "../../src/money/messages.js";
import { stepMessages } from "../../src/money/step-messages.js";
import { renderMessages } from "../../src/render/messages.js";
import { serveMessages } from "../../src/serve/messages.js";
import { queueMessages } from "../../src/queue/messages.js";
import { ROOT } from "../helpers/cli.js";

type AnyCatalog = Record<string, Record<string, unknown>>;

/** Every catalogue a user's text comes from; a new catalogue belongs here. */
const catalogues: Record<string, AnyCatalog> = {
  loaderMessages,
  typeNames: typeNames as AnyCatalog,
  fileTypeNames: Object.fromEntries(Object.keys(fileTypeNames.fr).map((k) => [k, { fr: (fileTypeNames.fr as Record<string, string>)[k], en: (fileTypeNames.en as Record<string, string>)[k] }])),
  refusalReasons,
  engineMessages,
  linterMessages,
  proseMessages,
  cliMessages,
  apiMessages,
  scaffoldMessages,
  renderMessages,
  moneyMessages,
  stepMessages,
  legalDataMessages,
  computeUsageMessages,
  serveMessages,
  queueMessages,
  ...Object.fromEntries(allRules.map((r) => [`rule ${r.meta.id}`, { ...r.meta.messages, "meta.description": r.meta.description }])),
};

/** Catalogue entries whose fr and en still take different values (French vs ISO dates): todo. */
const placeholderTodo = new Set<string>([]);

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  for (const [name, catalog] of Object.entries(catalogues)) {
    (placeholderTodo.has(name) ? it.fails : it)(`${name}: every id in fr and en, with the same {placeholders}`, () => {
      const problems: string[] = [];
      for (const [id, entry] of Object.entries(catalog)) {
        const { fr, en } = entry as { fr?: unknown; en?: unknown };
        if (typeof fr !== "string" || fr === "") problems.push(`${id}: no fr`);
        if (typeof en !== "string" || en === "") problems.push(`${id}: no en`);
        if (typeof fr === "string" && typeof en === "string" && placeholders(fr).join() !== placeholders(en).join())
          problems.push(`${id}: fr {${placeholders(fr)}} ≠ en {${placeholders(en)}}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("money errors are data", () => {
  it("a computation refused carries a code and its values, worded in the locale asked", () => {
    const policy = { id: "late", kind: "cancellation-windows", unit: "calendar-days", windows: [{ minNotice: 1, feePercent: 50 }] } as const;
    let error: unknown;
    try {
      computeCancellationFee(policy as never, { cancelledOn: "2026-03-02", startDate: "2026-03-02" }, 100);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ComputationError);
    const refused = error as ComputationError;
    expect(refused.code).toBe("NO_CANCELLATION_WINDOW");
    expect(refused.data).toEqual({ notice: "0", unit: "calendar-days", policy: "late" });
    expect(refused.describe("en")).toBe('Notice of 0 calendar days: no window of policy "late" applies (cancelled after the start?).');
    expect(refused.describe("fr")).toBe("Préavis de 0 jours calendaires : aucune fenêtre de la politique « late » ne s'applique (annulation après le début ?).");
  });
});

// ---- French detection --------------------------------------------------------------------------

/**
 * Proper names of statutes are cited as they are ("Code de commerce", "Ordonnance n° 2016-131"),
 * and so are the articles an invoice mention rests on ("CGI, annexe II, art. 242 nonies A, I, 3° et 4°").
 */
const mentionCitations = INVOICE_MENTIONS.flatMap((m) => m.basis.map((b) => `${b.code}, art. ${b.article}`));
const legalNames = [...new Set(LEGAL_BASES.flatMap((b) => [b.reference ?? "", `${b.code}, ${b.article}`, b.cite, b.code]).concat(mentionCitations).filter(Boolean).concat(["Code civil", "Code de commerce", "Code de la consommation", "Code général des impôts"]))].sort(
  (a, b) => b.length - a.length,
);

/** What is not UI text: quoted document content, statute names, paths and URLs. */
function uiText(line: string): string {
  let text = line;
  for (const name of legalNames) text = text.split(name).join("LAW");
  // A statute's official title is French in every language: « Loi n° 2012-387 du 22 mars 2012 ».
  text = text
    .replace(/\b(loi|ordonnance|décret|arrêté|règlement|directive) (\([A-Z]+\) )?n° [\d/-]+( du \d+(er)? \S+ \d{4})?/gi, "LAW")
    .replace(/«[^»]*»/g, "«»")
    .replace(/“[^”]*”/g, '""')
    .replace(/"[^"\n]*"/g, '""')
    .replace(/`[^`\n]*`/g, "``")
    .replace(/\S*(\/|\.ya?ml|\.json|\.md)\S*/g, "PATH");
  return text;
}

const FRENCH_WORDS = /\b(le|la|les|des|du|une|est|pas|fichier|fichiers|dans|avec|pour|sur|aucun|aucune|au|aux|ou|et|depuis|racine|ligne|règles?|facture|devis|avoir|montant|payée?|jours|mois|taux)\b/i;
const FRENCH_LETTERS = /[éèêàùçœ]/i;

/** The lines of `output` that read as French once document content is set aside. */
function frenchLines(output: string): string[] {
  return output.split("\n").filter((line) => {
    const text = uiText(line);
    return FRENCH_WORDS.test(text) || FRENCH_LETTERS.test(text);
  });
}

/** The text a fix inserts into the document (lint's `fix`, SARIF's `insertedContent`): French document content. */
const DOCUMENT_TEXT_IN = new Set(["fix", "insertedContent"]);

/** Values compute copies from the document as they are: a VAT group's exemption reason (BT-120). */
const documentValue = (key: string, parent: string) => key === "reason" && parent === "vatBreakdown";

/** JSON outputs: only their strings are text, and a catalogue's "fr" entries are French by design. */
function jsonStrings(value: unknown, key = "", parent = ""): string[] {
  if (typeof value === "string") return key === "fr" || (key === "text" && DOCUMENT_TEXT_IN.has(parent)) || documentValue(key, parent) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonStrings(v, key, parent));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, k, key));
  return [];
}

// ---- Every command, in-process, with --locale en ----------------------------------------------

const out = mkdtempSync(join(tmpdir(), "clausier-locale-en-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** A received invoice whose grand total (BT-112) was changed: check-einvoice has findings to word. */
const tampered = join(out, "tampered.xml");
writeFileSync(tampered, readFileSync(join(ROOT, "test/einvoice/fixtures/cii-en16931.xml"), "utf8").replace("<ram:GrandTotalAmount>516.01<", "<ram:GrandTotalAmount>516.02<"));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["--locale", "en", ...argv], { cwd: ROOT, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: false, env: {}, locale: "en" });
  return { code, stdout, stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .flatMap((name) => (statSync(join(ROOT, dir, name)).isDirectory() ? filesUnder(`${dir}/${name}`) : [`${dir}/${name}`]))
    .sort();
}
const documents = filesUnder("fixtures").filter((f) => !f.startsWith("fixtures/invalid/"));
const invoices = documents.filter((f) => /\/invoice-/.test(f));
const refunds = documents.filter((f) => /\/refund-/.test(f));
const quotes = documents.filter((f) => /\/quote-/.test(f));
const creditNotes = documents.filter((f) => /\/credit-note-/.test(f));

interface Case {
  name: string;
  runs: string[][];
  json?: boolean;
  /** Lines that are the document itself (a diff of its text), not UI. */
  documentLines?: RegExp;
}

const cases: Case[] = [
  { name: "--help", runs: [["--help"], ...["validate", "lint", "compute", "render", "rules", "check-einvoice", "serve", "worker", "enqueue"].map((c) => [c, "--help"])] },
  { name: "usage errors", runs: [[], ["frobnicate"], ["lint", "--rule", "nope"], ["lint", "--rule", "no-such-rule=error"], ["compute", "totals", "nowhere.yaml"]] },
  { name: "a bad --as-of or date option", runs: [["lint", "--as-of", "2026-13-01"], ["render", "--as-of", "tomorrow"], ["compute", "penalties", invoices[0], "--paid-on", "2026-02-30"]] },
  { name: "validate", runs: [["validate", "fixtures", "terms"]] },
  { name: "validate --format json", runs: [["validate", "fixtures", "terms", "--format", "json"]], json: true },
  { name: "lint (stylish)", runs: [["lint", "fixtures", "terms"]] },
  { name: "lint --format github", runs: [["lint", "fixtures", "terms", "--format", "github"]] },
  { name: "lint --format json", runs: [["lint", "fixtures", "terms", "--format", "json"]], json: true },
  { name: "lint --format sarif", runs: [["lint", "fixtures", "terms", "--format", "sarif"]], json: true },
  { name: "lint --fix-dry-run", runs: [["lint", "terms", "--fix-dry-run"]], documentLines: /^([-+@]|\s{4,}\S)/ },
  { name: "rules", runs: [["rules"]] },
  { name: "rules --format json", runs: [["rules", "--format", "json"]], json: true },
  { name: "compute totals", runs: [...invoices, ...quotes, ...refunds, ...creditNotes].map((f) => ["compute", "totals", f]) },
  { name: "compute totals --format json", runs: invoices.map((f) => ["compute", "totals", f, "--format", "json"]), json: true },
  { name: "compute due-date", runs: invoices.map((f) => ["compute", "due-date", f]) },
  { name: "compute penalties", runs: invoices.map((f) => ["compute", "penalties", f, "--paid-on", "2026-12-31"]) },
  { name: "compute refund", runs: refunds.map((f) => ["compute", "refund", f]) },
  { name: "compute cancellation", runs: [...quotes, ...refunds].map((f) => ["compute", "cancellation", f, "--on", "2026-05-04", "--start", "2026-05-11"]) },
  { name: "compute on fixtures/invalid", runs: filesUnder("fixtures/invalid").map((f) => ["compute", "totals", f]) },
  { name: "check-einvoice", runs: [["check-einvoice", "test/einvoice/fixtures", tampered], ["check-einvoice", "nowhere.xml"], ["check-einvoice", "fixtures/petillances"]] },
  { name: "check-einvoice --format json", runs: [["check-einvoice", "test/einvoice/fixtures", tampered, "--format", "json"]], json: true },
  { name: "render --to html", runs: [["render", "--to", "html", "--out", join(out, "html"), "fixtures", "terms"]] },
  { name: "render --to html --force", runs: [["render", "--to", "html", "--force", "--out", join(out, "forced"), "fixtures", "terms"]] },
];

describe("--locale en prints no French UI text", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const french: string[] = [];
      for (const argv of c.runs) {
        const { stdout, stderr } = await run(argv);
        const texts = c.json && stdout.trim().startsWith("{") || c.json && stdout.trim().startsWith("[") ? jsonStrings(JSON.parse(stdout)) : [stdout];
        for (const line of [...texts.flatMap((t) => t.split("\n")), ...stderr.split("\n")].filter((l) => !c.documentLines?.test(l)).flatMap(frenchLines)) french.push(`${argv.join(" ")}: ${line}`);
      }
      expect(french).toEqual([]);
    }, 120_000);
  }
});
