// The accuracy corpus's own files hold together: every text labelled once, with well-formed labels
// whose anchors are in the text, a source for each, and docs/accuracy.md listing the validation set
// the labels say. Loads the labels only: no linting, no figures.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
// @ts-expect-error plain ESM without types (bench/ is not compiled)
import { corpusTexts, loadLabels } from "../../bench/accuracy/labels.mjs";
import { allRules } from "../../src/lint/rules/index.js";

const CORPUS = join(__dirname, "../corpus");
const DOCS = join(__dirname, "../../docs/accuracy.md");

describe.skipIf(!existsSync(join(CORPUS, "labels.yaml")))("the labelled corpus", () => {
  const { entries, problems } = loadLabels(CORPUS, allRules.map((r) => r.meta.id));
  type Entry = { id: string; set: string };
  const labelled = [...entries.values()] as Entry[];

  it("has well-formed labels: known rules, anchors found in their text, no key twice", () => {
    expect(problems.map((p: { file: string; line: number; column: number; message: string }) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it("labels every text, and gives each labelled text a source", () => {
    const texts = [...(corpusTexts(CORPUS) as Map<string, string>).keys()].sort();
    expect(labelled.map((e) => e.id).sort()).toEqual(texts);
    const sources = parse(readFileSync(join(CORPUS, "sources.yaml"), "utf8")) as Record<string, unknown>;
    expect(texts.filter((id) => !(id in sources))).toEqual([]);
  });

  it("keeps about a third of the texts for validation, and docs/accuracy.md lists exactly those", () => {
    const validation = labelled.filter((e) => e.set === "validation").map((e) => e.id).sort();
    expect(validation.length / labelled.length).toBeGreaterThan(0.3);
    const docs = readFileSync(DOCS, "utf8");
    const list = docs.slice(docs.indexOf("<!-- accuracy-validation:start -->"), docs.indexOf("<!-- accuracy-validation:end -->"));
    expect([...list.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]).sort()).toEqual(validation);
  });
});
