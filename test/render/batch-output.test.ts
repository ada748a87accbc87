// What `clausier render` prints for a batch with several refusals, in-process: each refusal starts
// its own line with ✖, its details indented under it, and nothing else.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRender } from "../../src/cli/commands/render.js";
import type { Io } from "../../src/cli/io.js";
import { ROOT } from "../helpers/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-batch-output-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("render: the refusals of a batch", () => {
  it("an invalid document's diagnostics do not indent the next refusal", async () => {
    let stderr = "";
    const io: Io = { cwd: ROOT, stdout: () => {}, stderr: (t) => (stderr += t), color: false, env: {}, locale: "fr" };
    const paths = ["fixtures/invalid/wrong-types.yaml", "terms/altairis/cgv.yaml"];
    const args = { paths, to: "html" as const, out: join(scratch, "out"), force: false, bind: false, attachSource: false, version: "test", asOf: "2026-11-23" };
    expect(await runRender(args, io)).toBe(1);
    const lines = stderr.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("✖ "))).toHaveLength(2);
    // A refusal, one of its diagnostics, or a diagnostic's hint (« → exemple : … ») under it.
    expect(lines.filter((l) => !/^(✖ | {2}\S| {4,}→ )/.test(l))).toEqual([]);
    expect(lines.some((l) => / {4,}→ /.test(l))).toBe(true);
  });
});
