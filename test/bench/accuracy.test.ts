// npm run accuracy (bench/accuracy.mjs): the matching and metrics on hand-made reports, then the
// script end to end on a tiny corpus written here (texts invented for the test). Not timed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM without types (bench/ is not compiled)
import { matchReports, scoreText, summarize } from "../../bench/accuracy/match.mjs";
// @ts-expect-error plain ESM without types
import { anchorLines } from "../../bench/accuracy/labels.mjs";
// @ts-expect-error plain ESM without types
import { scopeOf } from "../../bench/accuracy/lint.mjs";
import { ROOT, STACK_TRACE } from "../helpers/cli.js";

interface Label {
  rule: string;
  first: number;
  last: number;
  reason?: string;
}
const finding = (rule: string, first: number, last = first): Label => ({ rule, first, last, reason: "test" });
const report = (rule: string, line: number) => ({ rule, line });

describe("matching reports to findings", () => {
  it("matches on the same rule within the anchor's lines ±1, not beyond", () => {
    const labels = [finding("r", 10)];
    for (const line of [9, 10, 11]) expect(matchReports(labels, [report("r", line)]).pairs).toEqual([[0, 0]]);
    for (const line of [8, 12]) expect(matchReports(labels, [report("r", line)]).pairs).toEqual([]);
    expect(matchReports(labels, [report("other-rule", 10)]).pairs).toEqual([]);
    // An anchor over lines 10–12: its last line + 1 still matches.
    expect(matchReports([finding("r", 10, 12)], [report("r", 13)]).pairs).toEqual([[0, 0]]);
  });

  it("pairs one to one: one report cannot match two findings, nor two reports one finding", () => {
    const one = matchReports([finding("r", 5), finding("r", 5)], [report("r", 5)]);
    expect(one.pairs).toHaveLength(1);
    expect(one.misses).toHaveLength(1);
    const two = matchReports([finding("r", 5)], [report("r", 5), report("r", 6)]);
    expect(two.pairs).toEqual([[0, 0]]);
    expect(two.falseReports).toEqual([1]);
  });

  it("finds the pairing with the most pairs, not the first greedy one", () => {
    // The report on line 6 is the closest for both findings; the one on line 4 fits only the first.
    const result = matchReports([finding("r", 5, 6), finding("r", 7)], [report("r", 6), report("r", 4)]);
    expect(result.pairs).toHaveLength(2);
    expect(result.misses).toEqual([]);
  });

  it("counts infos as reports but not the scope infos nor the disable-comment messages", () => {
    const entry = { findings: [finding("r", 3)], traps: [finding("t", 9)] };
    const messages = [
      { ruleId: "r", line: 3, column: 1, severity: "info", message: "a" },
      { ruleId: "t", line: 9, column: 1, severity: "info", message: "b" },
      ...["scope-inferred", "law-without-profile", "unused-disable", "disable-without-reason"].map((ruleId) => ({ ruleId, line: 1, column: 1, severity: "info", message: "c" })),
    ];
    const score = scoreText(entry, messages);
    expect(score.reports.map((r: { rule: string }) => r.rule)).toEqual(["r", "t"]);
    expect(score.matched).toHaveLength(1);
    expect(score.falseReports.map((r: { rule: string }) => r.rule)).toEqual(["t"]);
    expect(score.trapsHit).toHaveLength(1);
    const summary = summarize([{ entry: { ...entry, law: "FR", audience: "b2b" }, score, scope: { law: "FR", audience: "b2c" } }]);
    expect(summary.overall).toEqual({ findings: 1, matched: 1, reports: 2, precision: 0.5, recall: 1 });
    expect(summary.rules.t).toEqual({ findings: 0, matched: 0, reports: 1, precision: 0, recall: null });
    expect(summary.scope).toEqual({ law: { correct: 1, known: 1 }, audience: { correct: 0, known: 1 } });
  });

  it("says where the errors lie, in counts: texts whose scope is not as labelled, misses whose rule reported elsewhere", () => {
    const entry = (law: string) => ({ findings: [finding("r", 3), finding("s", 20)], traps: [], law, audience: "b2c" });
    const messages = [{ ruleId: "r", line: 12, column: 1, severity: "error", message: "elsewhere" }];
    const scored = ["FR", "BE"].map((law) => ({ entry: entry(law), score: scoreText(entry(law), messages), scope: { law: "FR", audience: "b2c" } }));
    // Each text: two misses (r on line 3, s), one false report (r on line 12); the Belgian one's law is not as labelled.
    expect(summarize(scored).errors).toEqual({ misses: 4, falseReports: 2, scopeMisses: 2, scopeFalseReports: 1, elsewhere: 2 });
  });
});

describe("the scope the linter used", () => {
  it("is the result's scope when it has one, else the document's law and audience", () => {
    const scope = { law: "BE", audience: "b2c", lawSource: "inferred", audienceSource: "inferred" };
    expect(scopeOf({ scope }, { law: "FR", audience: "b2b" })).toEqual(scope);
    expect(scopeOf({}, { law: "FR", audience: "b2b", scope: { lawSource: "default", audienceSource: "inferred" } })).toEqual({ law: "FR", audience: "b2b", lawSource: "default", audienceSource: "inferred" });
    expect(scopeOf({}, { law: "FR", audience: "b2b" })).toEqual({ law: "FR", audience: "b2b", lawSource: "document", audienceSource: "document" });
    expect(scopeOf(undefined, undefined)).toBeUndefined();
  });
});

// Invented texts; the probe is clause-reference-broken, which reports a reference to a missing
// article on the reference's line whatever the law and audience.
const ALPHA = [
  "# Conditions générales de vente Alpha", // 1
  "",
  "## Article 1 - Objet", // 3
  "",
  "Les présentes conditions sont soumises au droit français.", // 5
  "Les modalités de livraison figurent à l'article 7.", // 6: broken reference
  "",
  "## Article 2 - Divers", // 8
  "",
  "Ligne neutre.", // 10
  "Ligne neutre.",
  "Les garanties sont décrites à l'article 8.", // 12: broken reference
  "Ligne neutre.",
  "",
].join("\n");
const BETA = ["# Conditions générales de vente Beta", "", "## Article 1 - Objet", "", "Les présentes conditions sont soumises au droit français.", "Les prix figurent à l'article 5.", ""].join("\n");

const LABELS_A = `fr-cgv-alpha:
  set: tuning
  asOf: 2024-03-01
  law: FR
  audience: b2b
  findings:
    - rule: clause-reference-broken       # reported on line 6: the anchor's line + 1
      anchor: "Les présentes conditions sont soumises au droit français."
      reason: "renvoi à un article 7 inexistant"
    - rule: clause-reference-broken       # line 10: the report on line 12 is 2 lines away
      line: 10
      reason: "renvoi à un article 8 inexistant, mal placé"
  traps:
    - rule: clause-reference-broken
      anchor: "Les garanties sont décrites"
      reason: "piège pour le test"
`;
const LABELS_B = `fr-cgv-beta:
  set: validation
  asOf: 2024-03-01
  law: FR
  audience: b2b
  findings:
    - rule: clause-reference-broken
      anchor: "Les prix figurent"
      reason: "renvoi à un article 5 inexistant"
    - rule: clause-reference-broken
      anchor: "Les prix figurent"
      reason: "le même renvoi, une seconde fois"
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-accuracy-"));
  dirs.push(dir);
  mkdirSync(join(dir, "texts"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function accuracy(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bench/accuracy.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXTS = { "texts/fr-cgv-alpha.md": ALPHA, "texts/fr-cgv-beta.md": BETA };

describe("npm run accuracy on a corpus in parts", () => {
  it("measures each set: a match within ±1 line, a miss, a false report, one report for two findings", () => {
    const dir = corpus({ ...TEXTS, "labels.a.yaml": LABELS_A, "labels.b.yaml": LABELS_B });
    const r = accuracy(["--corpus", dir, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.labels).toEqual(["labels.a.yaml", "labels.b.yaml"]);
    expect(out.sets.tuning.rules["clause-reference-broken"]).toEqual({ findings: 2, matched: 1, reports: 2, precision: 0.5, recall: 0.5 });
    expect(out.sets.validation.rules["clause-reference-broken"]).toEqual({ findings: 2, matched: 1, reports: 1, precision: 1, recall: 0.5 });
    const alpha = out.texts.find((t: { id: string }) => t.id === "fr-cgv-alpha");
    expect(alpha.matched).toEqual([{ rule: "clause-reference-broken", first: 5, last: 5, line: 6 }]);
    expect(alpha.misses.map((f: Label) => f.first)).toEqual([10]);
    expect(alpha.falseReports.filter((x: { rule: string }) => x.rule === "clause-reference-broken").map((x: { line: number }) => x.line)).toEqual([12]);
    expect(alpha.trapsHit).toMatchObject([{ rule: "clause-reference-broken", line: 12 }]);
    // Overall figures add up the per-text ones, whatever else the linter reports on these texts.
    for (const set of ["tuning", "validation"]) {
      const texts = out.texts.filter((t: { set: string }) => t.set === set);
      const sum = (key: string) => texts.reduce((n: number, t: Record<string, number>) => n + t[key]!, 0);
      expect(out.sets[set].overall.reports).toBe(sum("reports"));
      expect(out.sets[set].overall.findings).toBe(sum("findings"));
      expect(out.sets[set].texts).toBe(1);
    }
    expect(alpha.scope).toMatchObject({ law: expect.any(String), audience: expect.any(String) });
  });

  it("prints the tables and, with --details, each miss and false report at file:line; unlabelled texts are named and left out", () => {
    const dir = corpus({ ...TEXTS, "texts/fr-cgv-gamma.md": BETA, "labels.a.yaml": LABELS_A, "labels.b.yaml": LABELS_B });
    const r = accuracy(["--corpus", dir, "--details"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 labelled texts (1 tuning, 1 validation)");
    expect(r.stderr).toContain("texts/fr-cgv-gamma.md: no labels, not measured");
    expect(r.stdout).toMatch(/clause-reference-broken\s+2\s+1\s+2\s+0\.50\s+0\.50/);
    expect(r.stdout).toContain("texts/fr-cgv-alpha.md:10 clause-reference-broken — renvoi à un article 8 inexistant, mal placé");
    expect(r.stdout).toMatch(/texts\/fr-cgv-alpha\.md:12 clause-reference-broken — le renvoi « article 8 »/);
  });

  it("--labelled-scope gives the labels' law and audience as --law and --audience would (a diagnosis, never written to the docs)", () => {
    const gamma = ["# Conditions générales Gamma", "", "## Article 1 - Objet", "", "Le Client passe commande.", ""].join("\n");
    const labels = `fr-cgv-gamma:\n  set: tuning\n  asOf: 2024-03-01\n  law: BE\n  audience: b2c\n`;
    const dir = corpus({ "texts/fr-cgv-gamma.md": gamma, "labels.yaml": labels });
    const inferred = JSON.parse(accuracy(["--corpus", dir, "--json"]).stdout);
    expect(inferred.texts[0].scope).toMatchObject({ law: "FR", lawSource: "default" });
    const given = JSON.parse(accuracy(["--corpus", dir, "--json", "--labelled-scope"]).stdout);
    expect(given.labelledScope).toBe(true);
    expect(given.texts[0].scope).toMatchObject({ law: "BE", audience: "b2c", lawSource: "option", audienceSource: "option" });
    expect(given.sets.tuning.scope).toEqual({ law: { correct: 1, known: 1 }, audience: { correct: 1, known: 1 } });
    const refused = accuracy(["--corpus", dir, "--labelled-scope", "--write-docs", "--docs", join(dir, "accuracy.md")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--labelled-scope is a diagnosis");
  });

  it("--texts measures the texts named only (a fresh batch); an unknown id is exit 2", () => {
    const dir = corpus({ ...TEXTS, "labels.a.yaml": LABELS_A, "labels.b.yaml": LABELS_B });
    const out = JSON.parse(accuracy(["--corpus", dir, "--json", "--texts", "fr-cgv-beta"]).stdout);
    expect(out.only).toEqual(["fr-cgv-beta"]);
    expect(out.texts.map((t: { id: string }) => t.id)).toEqual(["fr-cgv-beta"]);
    expect(out.sets.tuning.texts).toBe(0);
    expect(out.sets.validation.overall).toMatchObject({ findings: 2, matched: 1 });
    const both = JSON.parse(accuracy(["--corpus", dir, "--json", "--texts", "fr-cgv-beta,fr-cgv-alpha"]).stdout);
    expect(both.texts).toHaveLength(2);
    const unknown = accuracy(["--corpus", dir, "--texts", "fr-cgv-nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no labelled text fr-cgv-nope");
  });

  it("--write-docs fills the results and the validation list between their markers", () => {
    const dir = corpus({ ...TEXTS, "labels.a.yaml": LABELS_A, "labels.b.yaml": LABELS_B });
    const docs = join(dir, "accuracy.md");
    writeFileSync(docs, "# A\n<!-- accuracy-validation:start -->\nold\n<!-- accuracy-validation:end -->\n<!-- accuracy-results:start -->\nold\n<!-- accuracy-results:end -->\nafter\n");
    expect(accuracy(["--corpus", dir, "--write-docs", "--docs", docs]).code).toBe(0);
    const written = readFileSync(docs, "utf8");
    expect(written).not.toContain("old");
    expect(written).toContain("- `fr-cgv-beta`");
    expect(written).toMatch(/Commit: `[0-9a-f]+/);
    expect(written).toContain("| [`clause-reference-broken`](rules/clause-reference-broken.md) | 2 | 1 | 2 | 0.50 | 0.50 |");
    expect(written.endsWith("<!-- accuracy-results:end -->\nafter\n")).toBe(true);
  });
});

describe("npm run accuracy: checking the labels", () => {
  it("names, without stopping, findings the linter can never report (not in force at asOf, not run on prose)", () => {
    const labels = `fr-cgv-beta:
  set: tuning
  asOf: 2024-03-01
  law: FR
  audience: b2c
  findings:
    - rule: withdrawal-function-info-missing
      anchor: "Article 1 - Objet"
      reason: "en vigueur le 19 juin 2026 seulement"
    - rule: invoice-number-sequence
      line: 3
      reason: "règle des factures"
`;
    const r = accuracy(["--corpus", corpus({ ...TEXTS, "labels.yaml": labels }), "--details"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("texts/fr-cgv-beta.md:3: withdrawal-function-info-missing applies from 2026-06-19, after asOf 2024-03-01");
    expect(r.stderr).toContain("texts/fr-cgv-beta.md:3: invoice-number-sequence does not run on prose texts");
  });

  it("exits 2 and gives each problem's file:line:column in labels.yaml", () => {
    const labels = `fr-cgv-alpha:
  set: tune
  asOf: 2024-03-01
  law: FR
  audience: b2x
  findings:
    - rule: no-such-rule
      line: 3
      reason: "x"
    - rule: clause-reference-broken
      anchor: "Cette phrase n'est pas dans le texte"
      reason: "x"
fr-cgv-gamma:
  set: tuning
`;
    // labels.yaml, when present, is read instead of the parts.
    const dir = corpus({ ...TEXTS, "labels.yaml": labels, "labels.a.yaml": LABELS_A });
    const r = accuracy(["--corpus", dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const at = (pos: string) => expect(r.stderr).toMatch(new RegExp(`labels\\.yaml:${pos}: `));
    at("2:8"); // set
    at("5:13"); // audience
    at("7:13"); // rule id
    at("11:15"); // anchor
    at("13:1"); // text id
    expect(r.stderr).toContain("unknown text id « fr-cgv-gamma »");
    expect(r.stderr).toContain("unknown rule id \"no-such-rule\"");
  });

  it("exits 2 on a text labelled in two parts and on a missing key, at their positions", () => {
    const partB = "fr-cgv-beta:\n  set: validation\n  law: FR\n  audience: b2b\n";
    const r = accuracy(["--corpus", corpus({ ...TEXTS, "labels.a.yaml": LABELS_B, "labels.b.yaml": partB })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/labels\.b\.yaml:1:1: text id « fr-cgv-beta » is labelled twice \(also at labels\.a\.yaml:1\)/);
    const missing = accuracy(["--corpus", corpus({ ...TEXTS, "labels.b.yaml": partB })]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/labels\.b\.yaml:2:3: « fr-cgv-beta »: asOf is missing/);
  });
});

describe("the lines an anchor spans", () => {
  const text = ["# CGV", "## Article 1 - Prix", "Les prix sont HT.", "### 1.1 Remises", "Aucune.", "## Article 2 - Litiges", "Tribunal de Lyon.", "Fin."].join("\n");
  it("a sentence: its own lines", () => {
    expect(anchorLines(text, "Les prix sont HT.")).toEqual({ first: 3, last: 3 });
    expect(anchorLines(text, "Aucune.\n## Article 2")).toEqual({ first: 5, last: 6 });
  });
  it("a heading: its clause's own text, up to the next heading; the title only what precedes the first clause", () => {
    expect(anchorLines(text, "## Article 1 - Prix")).toEqual({ first: 2, last: 3 });
    expect(anchorLines(text, "### 1.1 Remises")).toEqual({ first: 4, last: 5 });
    expect(anchorLines(text, "## Article 2 - Litiges")).toEqual({ first: 6, last: 8 });
    expect(anchorLines(text, "# CGV")).toEqual({ first: 1, last: 1 });
  });
  it("a text without the anchor: undefined", () => {
    expect(anchorLines(text, "Article 9")).toBeUndefined();
  });
});
