// Resumable render runs (issue #14): a rerun skips the documents whose outputs are up to date, a
// change to a file a document relies on renders it again, and --no-cache renders everything.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { render } from "../../src/api/render.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";
import { cli, ROOT } from "../helpers/cli.js";

describe("render: a rerun skips what is up to date", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "clausier-render-cache-"));
    for (const dir of ["terms/petillances", "fixtures/petillances", "terms/altairis", "fixtures/altairis"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The documents rendered by a run (shown paths), and its result. */
  const run = async (cache = true) => {
    const rendered: string[] = [];
    const result = await render(["terms", "fixtures"], { cwd: root, to: "html", force: true, cache, onDocument: (r) => r.written.length && rendered.push(r.document) });
    expect(result.failures).toEqual([]);
    return { rendered: rendered.sort(), result };
  };

  it("renders nothing the second time, then only the documents that rely on changed terms, or whose output is gone", async () => {
    const first = await run();
    expect(first.result.rendered).toBeGreaterThan(8);
    expect(first.result.upToDate).toBe(0);
    const invoice = join(root, "out", "FP-2026-0119.html");
    const written = statSync(invoice).mtimeMs;
    expect(JSON.parse(readFileSync(join(root, "out", MANIFEST_NAME), "utf8")).format).toBe(1);

    const second = await run();
    expect(second.rendered).toEqual([]);
    expect(second.result.upToDate).toBe(first.result.rendered);
    expect(statSync(invoice).mtimeMs).toBe(written);

    // A comment changes no word printed, but the file is an input: its documents are rendered again.
    const terms = join(root, "terms/petillances/cg.yaml");
    writeFileSync(terms, `${readFileSync(terms, "utf8")}\n# relu le 2026-12-06\n`);
    const third = await run();
    expect(third.rendered.length).toBeGreaterThan(3);
    expect(third.rendered.every((path) => path.includes("petillances/")), third.rendered.join(", ")).toBe(true);
    expect(third.rendered).toContain("fixtures/petillances/invoice-fp-2026-0119.yaml");
    expect(third.rendered).toContain("terms/petillances/cg.yaml");
    expect(third.result.upToDate).toBe(first.result.rendered - third.rendered.length);

    // The seller file is an input of every document of its terms.
    const seller = join(root, "terms/altairis/seller.yaml");
    writeFileSync(seller, `${readFileSync(seller, "utf8")}\n# relu\n`);
    const fourth = await run();
    expect(fourth.rendered.length).toBeGreaterThan(3);
    expect(fourth.rendered.every((path) => path.includes("altairis/")), fourth.rendered.join(", ")).toBe(true);

    unlinkSync(invoice);
    expect((await run()).rendered).toEqual(["fixtures/petillances/invoice-fp-2026-0119.yaml"]);

    const forced = await run(false);
    expect(forced.result.rendered).toBe(first.result.rendered);
  });

  it("from the command line: the summary says how many were up to date; --rerender renders them all", () => {
    const args = ["render", "--force", "--to", "html", "terms/altairis", "--out", "cli-out"];
    expect(cli(args, { cwd: root }).code).toBe(0);
    const again = cli(args, { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 document\(s\) rendu\(s\) dans cli-out\/ \(0 fichier\(s\)\), \d+ à jour, non refait\(s\)/);
    const forced = cli([...args, "--rerender"], { cwd: root });
    expect(forced.stdout).not.toContain("à jour");
    expect(forced.stdout).toContain("✔ cli-out/");
  });
});
