// Quoted globs with negation, and "no files matched" as exit 2 naming the pattern (issue #13).
import { afterAll, describe, expect, it } from "vitest";
import { ALTAIRIS, project, PROSE, run } from "./helpers.js";

const { dir, remove } = project({ "docs/cgv.md": PROSE, "docs/notes.txt": PROSE, "empty/.keep": "", "sellers/seller.yaml": "kind: seller\n" }, { ...ALTAIRIS, "terms/altairis": "terms/old/altairis", "terms/altairis/cgv.yaml": "terms/altairis/cgv.yaml", "terms/altairis/seller.yaml": "terms/altairis/seller.yaml" });
afterAll(remove);

describe("globs", () => {
  it("validate expands a quoted glob from its static base, and a negation leaves out what it matches", async () => {
    const all = await run(["validate", "terms/**/*.yaml", "-f", "json"], dir);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).files.map((f: { filePath: string }) => f.filePath).sort()).toEqual(["terms/altairis/cgv.yaml", "terms/altairis/seller.yaml", "terms/old/altairis/cgv.yaml", "terms/old/altairis/seller.yaml"]);
    const kept = await run(["validate", "terms/**/*.yaml", "!terms/old/**", "-f", "json"], dir);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout).files.map((f: { filePath: string }) => f.filePath).sort()).toEqual(["terms/altairis/cgv.yaml", "terms/altairis/seller.yaml"]);
    // A negated folder, written with ./, leaves out everything below it.
    const folder = await run(["validate", "./terms/**/*.yaml", "!./terms/old", "-f", "json"], dir);
    expect(JSON.parse(folder.stdout).files.map((f: { filePath: string }) => f.filePath).sort()).toEqual(["terms/altairis/cgv.yaml", "terms/altairis/seller.yaml"]);
  });

  it("lint takes a glob of prose files, and only those", async () => {
    const r = await run(["lint", "docs/*.md", "-f", "json"], dir);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual(["docs/cgv.md"]);
  });

  it("export takes a glob and a negation", async () => {
    const r = await run(["export", "fixtures/**/invoice-*.yaml", "!**/*-0041.yaml", "--force", "--out", "xml"], dir);
    expect(r.stderr).not.toContain("0041");
    expect(r.stdout).toContain("FA-2026-0042.cii.xml");
    expect(r.stdout).not.toContain("0041");
    expect(r.code).toBe(0);
  });

  it("a path that exists literally wins over reading it as a glob", async () => {
    const literal = project({ "[draft]/cgv.md": PROSE, "d/cgv.md": PROSE });
    try {
      const r = await run(["lint", "[draft]/cgv.md", "-f", "json"], literal.dir);
      expect(JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath)).toEqual(["[draft]/cgv.md"]);
    } finally {
      literal.remove();
    }
  });
});

describe("no files matched: exit 2 with a message naming the pattern", () => {
  it("lint of a glob that matches nothing (it used to exit 0 with no output)", async () => {
    const r = await run(["lint", "docs/*.pdf"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Aucun fichier ne correspond à « docs/*.pdf »");
    expect(r.stdout).toBe("");
  });

  it("lint of an empty folder named explicitly, in English too", async () => {
    const r = await run(["lint", "empty", "--locale", "en"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No files match "empty"');
  });

  it("validate of a folder without data files", async () => {
    const r = await run(["validate", "docs"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Aucun fichier ne correspond à « docs »");
  });

  it("render of a glob that matches nothing, and of a folder without documents", async () => {
    const none = await run(["render", "fixtures/*.yaml", "--to", "html", "--out", "html"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Aucun fichier ne correspond à « fixtures/*.yaml »");
    const sellers = await run(["render", "sellers", "--to", "html", "--out", "html"], dir);
    expect(sellers.code).toBe(2);
    expect(sellers.stderr).toContain("aucun document à produire");
  });

  it("export of a glob that matches nothing", async () => {
    const r = await run(["export", "fixtures/**/avoir-*.yaml"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Aucun fichier ne correspond à « fixtures/**/avoir-*.yaml »");
  });

  it("legalData patterns of the configuration keep their own message (discover's listing does not stop on an empty folder)", async () => {
    const data = project({ "clausier.config.yaml": "legalData: [\"legal-data/*.yaml\"]\n", "legal-data/README.txt": "vide", "cgv.md": PROSE });
    try {
      const r = await run(["lint", "cgv.md"], data.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("« legal-data/*.yaml » (legalData de clausier.config.yaml) ne désigne aucun fichier");
    } finally {
      data.remove();
    }
  });
});
