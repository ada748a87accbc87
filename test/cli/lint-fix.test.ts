import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "../helpers/cli.js";

describe("clausier lint on the bundled terms", () => {
  it("exits 1 on terms/: the bundled sellers carry real defects", () => {
    const r = cli(["lint", "terms/", "--as-of", "2026-11-23"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/obsolete-civil-code-article/);
    expect(r.stdout).toMatch(/✖ \d+ problèmes/);
  });

  it("--fix on a copy of luxoges rewrites article 1148 to 1218, and a second lint no longer reports it", () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-fix-"));
    cpSync(join(ROOT, "terms/luxoges"), join(dir, "luxoges"), { recursive: true });
    const before = readFileSync(join(dir, "luxoges/cgt.yaml"), "utf8");
    expect(before).toMatch(/article 1148 du Code civil/);

    const dry = cli(["lint", "luxoges", "--fix-dry-run", "--only", "obsolete-civil-code-article", "--as-of", "2026-11-23"], { cwd: dir });
    expect(dry.stdout).toMatch(/^-.*1148/m);
    expect(dry.stdout).toMatch(/^\+.*1218/m);
    expect(readFileSync(join(dir, "luxoges/cgt.yaml"), "utf8")).toBe(before); // dry run changes nothing

    cli(["lint", "luxoges", "--fix", "--as-of", "2026-11-23"], { cwd: dir });
    const after = readFileSync(join(dir, "luxoges/cgt.yaml"), "utf8");
    expect(after).toMatch(/article 1218 du Code civil/);
    expect(after).not.toMatch(/1148/);
    expect(after.length).toBe(before.length); // only the number changed

    const again = cli(["lint", "luxoges", "-f", "json", "--as-of", "2026-11-23"], { cwd: dir });
    const ids = JSON.parse(again.stdout).flatMap((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId));
    expect(ids).not.toContain("obsolete-civil-code-article");
    expect(ids).not.toContain("invalid-document");
    expect(cli(["validate", "luxoges"], { cwd: dir }).code).toBe(0);
  });

  it("--locale en gives English messages", () => {
    const r = cli(["lint", "terms/livenote/cgv.yaml", "--locale", "en", "--only", "abolished-court", "-f", "json", "--as-of", "2026-11-23"]);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages[0].message).toMatch(/tribunal judiciaire/i);
    expect(result.messages[0].message).not.toMatch(/\bsupprim|remplac/);
  });
});
