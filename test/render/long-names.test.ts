// A document number of thousands of characters (found by `npm run fuzz`, case 1:2969) made render
// stop with an internal error: the output file name was over the file system's 255 bytes.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/api/write-file.js";
import { UsageError } from "../../src/model/index.js";
import { safeName } from "../../src/render/render.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-long-names-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("output names of long document numbers", () => {
  it("are cut to 100 characters and told apart by a hash; short ones are unchanged", () => {
    const a = safeName(`FA-${"x".repeat(3000)}-1`);
    const b = safeName(`FA-${"x".repeat(3000)}-2`);
    expect(a.length).toBeLessThanOrEqual(100);
    expect(a).toMatch(/^FA-x+-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(safeName("FA/2026/42")).toBe("FA-2026-42");
  });

  it("render an invoice numbered with 3,000 characters: written, exit 0, no internal error", () => {
    const invoice = readFileSync(join(ROOT, "fixtures", "altairis", "invoice-fa-2026-0042.yaml"), "utf8").replace("number: FA-2026-0042", `number: FA-2026-${"9".repeat(3000)}`);
    cpSync(join(ROOT, "terms", "altairis"), join(scratch, "terms", "altairis"), { recursive: true });
    mkdirSync(join(scratch, "fixtures", "altairis"), { recursive: true });
    writeFileSync(join(scratch, "fixtures", "altairis", "invoice-long.yaml"), invoice);
    const r = cli(["render", "fixtures/altairis/invoice-long.yaml", "--to", "html", "--force", "--out", "out", "--as-of", "2026-11-23"], { cwd: scratch });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain("erreur interne");
    expect(r.code).toBe(0);
    const [name] = readdirSync(join(scratch, "out")).filter((f) => f !== MANIFEST_NAME);
    expect(name).toMatch(/^FA-2026-9+-[0-9a-f]{8}\.html$/);
  });

  it("a name the file system refuses is a usage error, not an internal one", () => {
    expect(() => writeFileAtomic(join(scratch, "n".repeat(300)), "x", "fr")).toThrow(UsageError);
  });
});
