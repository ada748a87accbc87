// An option that takes one value, given twice, is a usage error that names it (yargs makes it a
// list, which reached the commands as a path: « erreur interne … paths[1] »). Repeatable options
// (--format, --output, --rule, --only) keep working.
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

  it("repeatable options still repeat: two --rule, two --format", async () => {
    const r = await run(["lint", "cgv.md", "--rule", "governing-law-missing=off", "--rule", "early-payment-discount-missing=off", "-f", "json", "-f", "json"], dir);
    expect(r.stderr).not.toContain("fois");
    expect([0, 1]).toContain(r.code);
  });
});
