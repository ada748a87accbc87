// The fuzzing harness (scripts/fuzz): its randomness is reproducible, its minimiser shrinks, its
// watchdog ends hangs, and a fixed-seed run of a fixed number of cases finds nothing. Runs the
// compiled CLI in worker threads: `npm run build` first.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { classify, loadCorpus, makeCase, normaliseMessage, REPO_ROOT, runFuzz } from "../../scripts/fuzz/harness.mjs";
import { ddmin, minimise } from "../../scripts/fuzz/minimise.mjs";
import { mulberry32 } from "../../scripts/fuzz/prng.mjs";
import { Slot } from "../../scripts/fuzz/slot.mjs";

/** About a minute on the 2-core reference machine (docs/robustness.md); a count, not a time, so every run does the same cases. */
const CASES = Number(process.env.CLAUSIER_FUZZ_CASES ?? 400);
const SEED = 1;

describe("fuzz: seeded randomness", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("makes the same case from the same (seed, index), and different cases from different indexes", () => {
    const corpus = loadCorpus();
    const a = makeCase(corpus, 7, 3);
    const b = makeCase(loadCorpus(), 7, 3);
    expect(b.file).toBe(a.file);
    expect(b.mutations).toEqual(a.mutations);
    expect(b.commands).toEqual(a.commands);
    expect(Buffer.compare(b.content, a.content)).toBe(0);
    const contents = new Set(Array.from({ length: 20 }, (_, i) => makeCase(corpus, 7, i).content.toString("base64")));
    expect(contents.size).toBeGreaterThan(15);
  });

  it("mutates every valid terms and fixture file, never those of fixtures/invalid", () => {
    const corpus = loadCorpus();
    const files = corpus.map((e) => e.rel);
    expect(files).toContain("terms/luxoges/cgu.yaml");
    expect(files).toContain("fixtures/voguezen/invoice-fv-2026-0059.json");
    expect(files.some((f) => f.startsWith("fixtures/invalid/"))).toBe(false);
    const targets = new Set(Array.from({ length: 600 }, (_, i) => makeCase(corpus, 3, i).file));
    expect([...targets].sort()).toEqual([...files].sort());
  });
});

describe("fuzz: minimiser", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i}\n`).join("");

  it("keeps only the lines the failure needs", async () => {
    const needs = (b: Buffer) => b.toString().includes("line 17\n") && b.toString().includes("line 42\n");
    const out = await minimise(Buffer.from(lines(100)), async (b) => needs(b), { deadline: Date.now() + 30_000, ext: ".txt", maxBytePassSize: 0 });
    expect(out.toString()).toBe("line 17\nline 42\n");
  });

  it("removes YAML nodes, then bytes, while the failure persists", async () => {
    const doc = YAML.stringify({ kind: "invoice", lines: [{ quantity: "1" }, { quantity: "0999-01-01" }], client: { name: "x", address: { city: "y" } } });
    const fails = async (b: Buffer) => b.toString().includes("0999");
    const out = await minimise(Buffer.from(doc), fails, { deadline: Date.now() + 30_000, ext: ".yaml" });
    expect(out.toString()).toBe("0999");
  });

  it("shrinks bytes that are not UTF-8 without repairing them", async () => {
    const input = Buffer.concat([Buffer.from(lines(30)), Buffer.from([0xc3, 0x28]), Buffer.from(lines(30))]);
    const fails = async (b: Buffer) => b.includes(Buffer.from([0xc3, 0x28]));
    const out = await minimise(input, fails, { deadline: Date.now() + 30_000 });
    expect([...out]).toEqual([0xc3, 0x28]);
  });

  it("ddmin returns the input when nothing can be removed", async () => {
    expect(await ddmin(["a", "b"], (u: string[]) => u.join(""), async (s: string) => s === "ab", Date.now() + 10_000)).toEqual(["a", "b"]);
  });
});

describe("fuzz: what counts as a finding", () => {
  const result = (over: object) => ({ code: 1, stdout: "", stderr: "", threw: null, ms: 1, heapMb: 10, ...over });

  it("an internal error (fr or en) or an escaped exception is a crash; exit 1 or 2 with a message is not", () => {
    expect(classify(result({ code: 2, stderr: "clausier: erreur interne de Clausier : boom\n(relancez…)\n" }))).toEqual({ kind: "crash", message: "boom" });
    expect(classify(result({ code: 2, stderr: "clausier: Clausier internal error: boom\n" }))).toEqual({ kind: "crash", message: "boom" });
    expect(classify(result({ code: null, threw: "TypeError: x is undefined\n    at f (a.js:1:2)" }))?.kind).toBe("crash");
    expect(classify(result({ code: 1, stderr: "    at render (/app/dist/render/render.js:10:5)\n" }))?.kind).toBe("crash");
    expect(classify(result({ code: 2, stderr: "clausier: fichier introuvable : x.yaml\n" }))).toBeUndefined();
    expect(classify(result({ code: 1, stdout: "✖ 2 problèmes\n" }))).toBeUndefined();
  });

  it("deduplicates messages that differ only by numbers and temporary paths", () => {
    expect(normaliseMessage("no rate on 2100-07-01 in /tmp/clausier-fuzz-ab12/tree/x.yaml")).toBe(normaliseMessage("no rate on 2200-01-01 in /tmp/clausier-fuzz-zz99/tree/y.yaml"));
  });

  it("ends a command that runs past the watchdog, and puts the original file back", async () => {
    const corpus = loadCorpus();
    const invoice = corpus.find((e) => e.kind === "invoice")!;
    // A 1 ms watchdog: any real command outlives it, so this checks the hang path, not a speed.
    const slot = new Slot(REPO_ROOT, { hangMs: 1 });
    try {
      const { failure } = await slot.run({ file: invoice.rel, content: Buffer.from("kind: invoice\n"), original: invoice.content, commands: [["validate", invoice.rel]] });
      expect(failure).toMatchObject({ kind: "hang", index: 0 });
      expect(readFileSync(join(slot.root, invoice.rel)).equals(invoice.content)).toBe(true);
    } finally {
      await slot.close();
    }
  });
});

describe("fuzz: a fixed-seed run", () => {
  const out = mkdtempSync(join(tmpdir(), "clausier-fuzz-test-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(`finds no crash, hang or memory blow-up in ${CASES} cases (seed ${SEED})`, async () => {
    const summary = await runFuzz({ seed: SEED, cases: CASES, jobs: 1, out, minimiseSeconds: 10 });
    expect(summary.cases).toBe(CASES);
    const findings = summary.findings.map((f: { kind: string; command: string; seed: number; index: number; message: string; minimised: Buffer }) => `${f.kind} in ${f.command} (replay ${f.seed}:${f.index}): ${f.message}\n  minimised: ${f.minimised.toString("utf8").slice(0, 300)}`);
    expect(findings).toEqual([]);
  }, 600_000);
});
