// Standard input: `lint -`, `--stdin`, `--stdin-filename` (issue #13: `lint -` used to lint the
// default tree silently), and `validate -`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../helpers/cli.js";
import { project, PROSE, run } from "./helpers.js";

const { dir, remove } = project(
  { "clausier.config.yaml": "rules:\n  governing-law-missing: \"off\"\n", "fixtures/notes.md": PROSE },
  { "terms/altairis": "terms/altairis" },
);
afterAll(remove);
const paths = (stdout: string) => JSON.parse(stdout).map((x: { filePath: string }) => x.filePath);
const rules = (stdout: string) => JSON.parse(stdout).flatMap((x: { messages: Array<{ ruleId: string }> }) => x.messages.map((m) => m.ruleId));

describe("standard input", () => {
  it("lint - lints the text read from stdin as stdin.md (prose), never the default tree", async () => {
    const r = await run(["lint", "-", "-f", "json"], dir, { stdin: PROSE });
    expect(paths(r.stdout)).toEqual(["stdin.md"]);
    expect(rules(r.stdout)).toContain("recovery-indemnity-missing");
    // The configuration found from the file applies.
    expect(rules(r.stdout)).not.toContain("governing-law-missing");
    expect(r.code).toBe(1);
  });

  it("--stdin --stdin-filename: a YAML document judged as that file, its seller found beside it", async () => {
    const cgv = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8");
    const r = await run(["lint", "--stdin", "--stdin-filename", "terms/altairis/cgv-draft.yaml", "-f", "json"], dir, { stdin: cgv });
    expect(paths(r.stdout)).toEqual(["terms/altairis/cgv-draft.yaml"]);
    // The same findings as the file on disk, seller rules included: the seller was read.
    const onDisk = await run(["lint", "terms/altairis/cgv.yaml", "-f", "json"], dir);
    const own = (stdout: string, file: string) => JSON.parse(stdout).find((x: { filePath: string }) => x.filePath === file).messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}@${m.line}`);
    expect(own(r.stdout, "terms/altairis/cgv-draft.yaml")).toEqual(own(onDisk.stdout, "terms/altairis/cgv.yaml"));
    expect(r.stdout).not.toContain("REF_NOT_FOUND");
  });

  it("validate - checks the text read from stdin against its schema", async () => {
    const r = await run(["validate", "-"], dir, { stdin: "kind: seller\nid: x\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("stdin.yaml:1:1");
    expect(r.stdout).toContain("legalName");
    const ok = await run(["validate", "--stdin", "--stdin-filename", "terms/altairis/seller-copy.yaml"], dir, { stdin: readFileSync(join(ROOT, "terms/altairis/seller.yaml"), "utf8") });
    expect(ok.code).toBe(0);
  });

  it("usage errors: stdin with paths, --stdin-filename alone, --fix on stdin, - for a command that does not read it", async () => {
    for (const argv of [["lint", "-", "docs"], ["lint", "--stdin-filename", "a.md"], ["lint", "-", "--fix"], ["render", "-"]]) {
      const r = await run(argv, dir, { stdin: PROSE });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout, argv.join(" ")).toBe("");
    }
  });
});
