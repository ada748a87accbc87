// --color / --no-color with NO_COLOR and FORCE_COLOR, and a reader that stops early (EPIPE) ending
// the output quietly (issue #13: `clausier rules | head` printed an EPIPE stack trace).
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { colorFromEnv } from "../../../src/cli/io.js";
import { BIN, ROOT, STACK_TRACE } from "../../helpers/cli.js";
import { project, PROSE, run } from "./helpers.js";

const { dir, remove } = project({ "cgv.md": PROSE });
afterAll(remove);
const ESCAPE = "\u001b[";

describe("colour", () => {
  it("--color colours even off a terminal, --no-color never; the last one given wins", async () => {
    expect((await run(["lint", "cgv.md", "--color"], dir, { color: false })).stdout).toContain(ESCAPE);
    expect((await run(["lint", "cgv.md", "--no-color"], dir, { color: true })).stdout).not.toContain(ESCAPE);
    expect((await run(["lint", "cgv.md", "--no-color", "--color"], dir)).stdout).toContain(ESCAPE);
  });

  it("by default: on a terminal unless NO_COLOR; FORCE_COLOR forces it (0 turns it off)", () => {
    expect(colorFromEnv({}, true)).toBe(true);
    expect(colorFromEnv({}, false)).toBe(false);
    expect(colorFromEnv({ NO_COLOR: "1" }, true)).toBe(false);
    expect(colorFromEnv({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(colorFromEnv({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
    expect(colorFromEnv({ FORCE_COLOR: "0" }, true)).toBe(false);
  });

  it("the stylish line starts with the whole path:line:col, underlined when coloured", async () => {
    const r = await run(["lint", "cgv.md", "--color"], dir);
    expect(r.stdout).toMatch(/^\u001b\[4mcgv\.md:\d+:\d+\u001b\[0m/m);
  });
});

describe("a reader that stops early (EPIPE)", () => {
  // `| true` closes the pipe before Clausier writes: every write meets EPIPE.
  const piped = (args: string) => spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" ${args} | true`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  it("clausier rules | true: exit 0, nothing on stderr", () => {
    const r = piped("rules");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.status).toBe(0);
  });

  it("clausier lint … | true: the usual exit code (1: findings), no stack trace", () => {
    const r = piped("lint fixtures/altairis");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("EPIPE");
    expect(r.status).toBe(1);
  });
});
