// An option that takes one value, given twice, is a usage error that names it (yargs makes it a
// list, which reached the commands as a path: « erreur interne … paths[1] »). Repeatable options
// (--format, --output, --rule, --only) keep working, and each takes ONE value: a file named after
// them is a path, not a second value (`lint --format json cgv.md` lints cgv.md).
import { afterAll, describe, expect, it } from "vitest";
import { project, PROSE, run } from "./helpers.js";

const { dir, remove } = project({ "cgv.md": PROSE });
afterAll(remove);

describe("an option given twice", () => {
  it.each([
    ["--config", ["lint", "cgv.md", "--config", "a.yaml", "--config", "b.yaml"]],
    ["--cache-location", ["lint", "cgv.md", "--cache", "--cache-location", "x", "--cache-location", "y"]],
    ["--out", ["render", "cgv.md", "--out", "a", "--out", "b"]],
  ])("%s: exit 2 naming it, no internal error", async (option, args) => {
    const r = await run(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${option} est donné 2 fois`);
    expect(r.stderr).not.toMatch(/interne|internal/);
  });

  it.each([
    ["--format json", ["lint", "--format", "json", "cgv.md"]],
    ["--rule", ["lint", "--rule", "governing-law-missing=off", "cgv.md"]],
    ["--only", ["lint", "--only", "governing-law-missing", "cgv.md"]],
    ["--format then --output", ["lint", "--format", "json", "--output", "out.json", "cgv.md"]],
  ])("a repeatable option takes one value: %s then a file lints that file", async (_, args) => {
    const r = await run(args, dir);
    expect(r.stderr).not.toContain("terms/");
    expect([0, 1]).toContain(r.code);
    const json = args.includes("--output") ? undefined : args.includes("json") ? r.stdout : undefined;
    if (json) expect(JSON.parse(json).map((x: { filePath: string }) => x.filePath)).toEqual(["cgv.md"]);
  });

  it("repeatable options still repeat: two --rule, two --format", async () => {
    const r = await run(["lint", "cgv.md", "--rule", "governing-law-missing=off", "--rule", "early-payment-discount-missing=off", "-f", "json", "-f", "json"], dir);
    expect(r.stderr).not.toContain("fois");
    expect([0, 1]).toContain(r.code);
  });
});
