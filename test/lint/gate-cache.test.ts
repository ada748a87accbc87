// The findings memo of src/lint/gate-cache.ts: a rule that reads only its document is replayed for
// an unchanged file; a rule that reads the other documents (group, related) runs again with this
// run's documents; an edited file is a new key. Each run is compared with a run that keeps nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BoundedCache, GateCache } from "../../src/lint/gate-cache.js";
import { Linter } from "../../src/lint/linter.js";
import type { Rule, RuleMeta } from "../../src/lint/types.js";
import { ROOT } from "../helpers/cli.js";

const root = mkdtempSync(join(tmpdir(), "clausier-gate-cache-"));
for (const dir of ["terms/petillances", "fixtures/petillances"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TERMS = join(root, "terms/petillances/cg.yaml");
const A = join(root, "fixtures/petillances/invoice-fp-2026-0118.yaml");
const B = join(root, "fixtures/petillances/invoice-fp-2026-0119.yaml");

const meta = (id: string, message: string): RuleMeta => ({
  id,
  description: { fr: id, en: id },
  severity: "error",
  category: "consistency",
  legalBasis: [],
  fixable: false,
  hasSuggestions: false,
  appliesTo: { documents: ["terms"], modes: ["facts"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
  messages: { found: { fr: message, en: message } },
});

const runs = { local: 0 };
/** Reads only the terms: replayed while they do not change. */
const local: Rule = {
  meta: meta("test-local", "titre {title}"),
  check({ doc, report }) {
    runs.local++;
    report({ messageId: "found", data: { title: doc.terms?.title }, range: doc.locateFact(["title"]) });
  },
};
/** Reads the invoices linted with the terms: never replayed. */
const cross: Rule = {
  meta: meta("test-cross", "factures {numbers}"),
  check({ doc, group, report }) {
    const numbers = group.flatMap((d) => (d.invoice ? [d.invoice.number] : [])).join(",");
    report({ messageId: "found", data: { numbers }, range: doc.locateFact(["kind"]) });
  },
};

function lint(files: string[], gate?: GateCache) {
  const linter = new Linter({ cwd: root, rules: [local, cross], asOf: "2026-12-01", locale: "fr" });
  return linter.lintPaths(files, { overlay: new Map(), parsed: gate, built: gate, findings: gate }).results;
}

describe("the gate cache's findings memo", () => {
  it("replays the findings of rules that read only their document, runs the cross-document ones with this run's documents", () => {
    const gate = new GateCache("test");
    const messagesOf = (results: ReturnType<typeof lint>) => results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId}: ${m.message}`));

    const first = lint([A, TERMS], gate);
    expect(first).toEqual(lint([A, TERMS]));
    expect(messagesOf(first)).toContain("terms/petillances/cg.yaml: test-cross: factures FP-2026-0118");

    const before = runs.local;
    const second = lint([B, TERMS], gate);
    expect(runs.local).toBe(before); // replayed, not run
    expect(second).toEqual(lint([B, TERMS]));
    expect(messagesOf(second)).toContain("terms/petillances/cg.yaml: test-cross: factures FP-2026-0119");

    // Edited on disk: a new key, the rule runs on the new text.
    writeFileSync(TERMS, readFileSync(TERMS, "utf8").replace(/^title: Conditions générales$/m, "title: Conditions générales 2027"));
    const edited = lint([B, TERMS], gate);
    expect(edited).toEqual(lint([B, TERMS]));
    expect(messagesOf(edited)).toContain("terms/petillances/cg.yaml: test-local: titre Conditions générales 2027");
  });

  it("replays which inline disables the kept findings used: silenced and unused-disable as without the cache", () => {
    const gate = new GateCache("test");
    // test-local is silenced on the title line (used); test-cross is named on a line it reports nothing on (unused).
    const text = readFileSync(TERMS, "utf8")
      .replace(/^title: (.*)$/m, "title: $1 # clausier-disable-line test-local -- titre provisoire")
      .replace(/^language: fr$/m, "language: fr # clausier-disable-line test-cross, test-local -- essai");
    writeFileSync(TERMS, text);
    const first = lint([A, TERMS], gate);
    const before = runs.local;
    const second = lint([A, TERMS], gate);
    expect(runs.local).toBe(before);
    expect(second).toEqual(first);
    expect(second).toEqual(lint([A, TERMS]));
    const terms = second.find((r) => r.filePath === "terms/petillances/cg.yaml")!;
    expect(terms.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["unused-disable", "test-cross"]));
    expect(terms.messages.some((m) => m.ruleId === "test-local")).toBe(false);
  });

  it("is bounded: the least recently used entries go first, by count and by size", () => {
    const cache = new BoundedCache<string>({ entries: 2, bytes: 100 });
    cache.set("a", "A", 10);
    cache.set("b", "B", 10);
    cache.get("a");
    cache.set("c", "C", 10);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual(["A", undefined, "C"]);
    cache.set("d", "D", 95);
    expect([cache.size, cache.get("d")]).toEqual([1, "D"]);
    cache.set("e", "E", 101); // larger than the whole bound: not kept
    expect(cache.get("e")).toBeUndefined();
  });
});
