// .clausierignore and .gitignore respected by folder walks and globs; --no-ignore; a warning for a
// file named explicitly but ignored (issue #13).
import { afterAll, describe, expect, it } from "vitest";
import { project, PROSE, run } from "./helpers.js";

const { dir, remove } = project({
  ".clausierignore": "drafts/\n",
  "docs/.gitignore": "private-*.md\n!private-ok.md\n",
  "docs/cgv.md": PROSE,
  "docs/private-a.md": PROSE,
  "docs/private-ok.md": PROSE,
  "drafts/cgv.md": PROSE,
});
afterAll(remove);

const linted = (stdout: string) => JSON.parse(stdout).map((x: { filePath: string }) => x.filePath).sort();

describe("ignore files", () => {
  it("a folder walk leaves out what .clausierignore and the .gitignore files ignore (with their negations)", async () => {
    const r = await run(["lint", ".", "-f", "json"], dir);
    expect(linted(r.stdout)).toEqual(["docs/cgv.md", "docs/private-ok.md"]);
    expect(r.stderr).toBe("");
  });

  it("so does a glob", async () => {
    const r = await run(["lint", "**/*.md", "-f", "json"], dir);
    expect(linted(r.stdout)).toEqual(["docs/cgv.md", "docs/private-ok.md"]);
  });

  it("--no-ignore turns both off", async () => {
    const r = await run(["lint", ".", "--no-ignore", "-f", "json"], dir);
    expect(linted(r.stdout)).toEqual(["docs/cgv.md", "docs/private-a.md", "docs/private-ok.md", "drafts/cgv.md"]);
  });

  it("a file named explicitly but ignored is skipped with a warning on stderr naming the ignore file", async () => {
    const r = await run(["lint", "drafts/cgv.md", "docs/private-a.md", "docs/cgv.md", "-f", "json"], dir);
    expect(linted(r.stdout)).toEqual(["docs/cgv.md"]);
    expect(r.stderr).toContain("fichier ignoré par .clausierignore : drafts/cgv.md ; --no-ignore pour l'analyser");
    expect(r.stderr).toContain("fichier ignoré par docs/.gitignore : docs/private-a.md");
  });

  it("only ignored files named (a pre-commit hook): warnings and exit 0; in English too", async () => {
    const r = await run(["lint", "drafts/cgv.md", "--locale", "en"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("file ignored by .clausierignore: drafts/cgv.md; use --no-ignore to check it");
  });

  it("a folder whose files are all ignored is exit 2, saying so", async () => {
    const r = await run(["lint", "drafts"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Tous les fichiers de « drafts » sont ignorés (.clausierignore) ; --no-ignore pour les analyser");
  });

  it("validate warns about an ignored file named explicitly", async () => {
    const data = project({ ".gitignore": "old.yaml\n", "old.yaml": "kind: seller\n", "seller.yaml": "kind: seller\n" });
    try {
      const r = await run(["validate", "old.yaml"], data.dir);
      expect(r.stderr).toContain("fichier ignoré par .gitignore : old.yaml");
      expect(r.code).toBe(0);
    } finally {
      data.remove();
    }
  });
});
