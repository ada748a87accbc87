// `clausier render` reports each document as soon as it is written (not all at the end): plain
// lines off a terminal, a progress bar on one, failures only with --quiet. In-process, HTML only.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runRender, type RenderArgs } from "../../src/cli/commands/render.js";
import type { Io } from "../../src/cli/io.js";
import { cli, ROOT } from "../helpers/cli.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-render-progress-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DOCUMENTS = ["fixtures/luxoges/invoice-lx-2026-0412.yaml", "fixtures/luxoges/invoice-lx-2026-0413.yaml", "fixtures/altairis/invoice-fa-2026-0041.yaml"];
let run = 0;
const argsFor = (paths: string[], extra: Partial<RenderArgs> = {}): RenderArgs => ({ paths, to: "html", out: join(scratch, `out-${++run}`), force: true, bind: false, attachSource: false, version: "test", asOf: "2026-11-23", ...extra });

describe("render progress", () => {
  it("off a terminal, one line per file as it is written: when a line comes, that file exists and the next ones do not yet", async () => {
    const args = argsFor(DOCUMENTS);
    // Each stdout call records what the output folder holds at that moment.
    const calls: { text: string; files: string[] }[] = [];
    const outputs = () => (existsSync(args.out) ? readdirSync(args.out).filter((f) => f.endsWith(".html")).sort() : []);
    const io: Io = { cwd: ROOT, stdout: (text) => calls.push({ text, files: outputs() }), stderr: () => {}, color: false, env: {}, locale: "fr" };
    expect(await runRender(args, io)).toBe(0);
    const written = calls.filter((c) => c.text.startsWith("✔ "));
    expect(written.map((c) => c.text.replace(/^✔ .*\//, "").trim())).toEqual(["LX-2026-0412.html", "LX-2026-0413.html", "FA-2026-0041.html"]);
    written.forEach((c, i) => expect(c.files).toHaveLength(i + 1));
    expect(calls.at(-1)?.text).toMatch(/^3 document\(s\) rendu\(s\)/);
  });

  it("--quiet prints the failures only: no written file, no warning, no summary", async () => {
    let stdout = "";
    let stderr = "";
    const io: Io = { cwd: ROOT, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, env: {}, locale: "fr" };
    const args = argsFor([DOCUMENTS[0]!, "fixtures/invalid/missing-required.yaml"], { quiet: true });
    expect(await runRender(args, io)).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter((l) => l && !l.startsWith("  "))).toEqual(["✖ fixtures/invalid/missing-required.yaml : document invalide, refusé (même avec --force)"]);
    expect(readdirSync(args.out).filter((f) => f !== MANIFEST_NAME)).toEqual(["LX-2026-0412.html"]);
  });

  it("-q / --quiet reaches the command from the command line (compiled CLI)", () => {
    for (const flag of ["-q", "--quiet"]) {
      const r = cli(["render", DOCUMENTS[0]!, "fixtures/invalid/missing-required.yaml", "--force", "--to", "html", "--out", join(scratch, `cli${flag}`), flag]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^✖ fixtures\/invalid\/missing-required\.yaml/);
    }
  });

  it("on a terminal, a progress bar with count, rate and remaining time, the written files above it", async () => {
    let screen = "";
    let stdout = "";
    // Enough of a TTY stream for the bar: it writes escape sequences and text.
    const terminal = { isTTY: true, columns: 120, write: (t: string) => ((screen += t), true), on: () => terminal, removeListener: () => terminal } as unknown as NodeJS.WriteStream;
    const io: Io = { cwd: ROOT, stdout: (t) => (stdout += t), stderr: () => {}, color: false, env: {}, locale: "fr", terminal };
    expect(await runRender(argsFor(DOCUMENTS), io)).toBe(0);
    expect(screen).toMatch(/3\/3 document\(s\) · [\d,]+ par seconde · reste \d+s/);
    expect(screen).toContain("1/3 document(s)");
    for (const name of ["LX-2026-0412.html", "LX-2026-0413.html", "FA-2026-0041.html"]) expect(screen).toContain(name);
    expect(stdout).toMatch(/^3 document\(s\) rendu\(s\)/);
  });
});
