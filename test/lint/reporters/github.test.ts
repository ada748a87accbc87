import { describe, expect, it } from "vitest";
import { cell, escapeData, escapeProperty, github } from "../../../src/lint/reporters/github.js";
import type { LintMessage } from "../../../src/lint/types.js";
import { context, message, result, rule } from "./fixtures.js";

const SUMMARY = "/tmp/step-summary.md";
const annotationLines = (text: string) => text.split("\n").filter((l) => l.startsWith("::"));

describe("github reporter: annotations", () => {
  it("writes one workflow command per finding: ::error / ::warning / ::notice with position and rule title", () => {
    const { text, files } = github(
      [result("terms/cgv.yaml", [message("error", 3, { column: 2, endLine: 4, endColumn: 7 }), message("warning", 5), message("info", 6, { ruleId: "citation-style" })])],
      context(),
    );
    expect(text).toBe(
      [
        "::error file=terms/cgv.yaml,line=3,col=2,endLine=4,endColumn=7,title=governing-law-missing::constat ligne 3",
        "::warning file=terms/cgv.yaml,line=5,col=1,endLine=5,endColumn=5,title=governing-law-missing::constat ligne 5",
        "::notice file=terms/cgv.yaml,line=6,col=1,endLine=6,endColumn=5,title=citation-style::constat ligne 6",
        "",
      ].join("\n"),
    );
    expect(files).toBeUndefined();
  });

  it("cites each finding's legal bases after its message, in annotations and in the summary", () => {
    const cited = [result("a.md", [message("error", 1, { legalBasis: ["fr.cgi.293B"] })])];
    const { text, files } = github(cited, context({ env: { GITHUB_STEP_SUMMARY: "/tmp/summary.md" } }));
    expect(text).toContain("title=governing-law-missing::constat ligne 1 (CGI art. 293 B)\n");
    expect(files![0]!.content).toContain("| constat ligne 1 (CGI art. 293 B) |");
  });

  it("escapes messages (%, CR, LF) and properties (also : and ,) as GitHub requires", () => {
    expect(escapeData("100 % sûr\r\nligne 2: a, b")).toBe("100 %25 sûr%0D%0Aligne 2: a, b");
    expect(escapeProperty("C:\\dossier,a%b\n")).toBe("C%3A\\dossier%2Ca%25b%0A");
    const { text } = github([result("dir,with:odd%name.md", [message("error", 1, { message: "taux : 10 %, puis\nrien" })])], context());
    expect(text).toBe("::error file=dir%2Cwith%3Aodd%25name.md,line=1,col=1,endLine=1,endColumn=5,title=governing-law-missing::taux : 10 %25, puis%0Arien\n");
  });

  it("prints nothing when there is no finding", () => {
    expect(github([result("a.md", [])], context()).text).toBe("");
  });

  it("gives paths from the GitHub workspace root when run in a sub-folder", () => {
    const { text } = github([result("terms/cgv.yaml", [message("error", 1)])], context({ env: { GITHUB_WORKSPACE: "/work" } }));
    expect(text).toMatch(/^::error file=project\/terms\/cgv\.yaml,/);
  });
});

describe("github reporter: the 10-per-kind cap", () => {
  const many = (severity: LintMessage["severity"], n: number, from = 1) => Array.from({ length: n }, (_, i) => message(severity, from + i));

  it("keeps at most 10 annotations of each kind, errors first in file order, and says how many were cut", () => {
    const results = [
      result("a.md", [...many("warning", 7), ...many("error", 8, 100)]),
      result("b.md", [...many("error", 6), ...many("warning", 5, 50), ...many("info", 3, 80)]),
    ];
    const lines = annotationLines(github(results, context({ env: { GITHUB_STEP_SUMMARY: SUMMARY } })).text);
    const kinds = lines.map((l) => l.slice(2, l.indexOf(" ")));
    expect(kinds).toEqual([...Array(10).fill("error"), ...Array(10).fill("warning"), "notice", "notice", "notice", "notice"]);
    // File order inside a kind: all of a.md's 8 errors, then the first 2 of b.md.
    expect(lines.slice(0, 10).map((l) => /file=([^,]+),line=(\d+)/.exec(l)!.slice(1).join(":"))).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `a.md:${100 + i}`),
      "b.md:1",
      "b.md:2",
    ]);
    expect(lines.at(-1)).toBe(
      "::notice title=Clausier::6 constat(s) de plus ne sont pas annotés (GitHub en affiche 10 par type et par étape) : la liste complète est dans le résumé du job.",
    );
  });

  it("keeps room for the closing notice among the 10 notices", () => {
    const lines = annotationLines(github([result("a.md", many("info", 12))], context({ locale: "en" })).text);
    expect(lines).toHaveLength(10);
    expect(lines.slice(0, 9).every((l) => l.startsWith("::notice file=a.md,"))).toBe(true);
    expect(lines[9]).toBe("::notice title=Clausier::3 more finding(s) are not annotated (GitHub shows 10 per kind and step): run clausier lint --format stylish for the full list.");
  });

  it("adds no closing notice when nothing was cut", () => {
    const lines = annotationLines(github([result("a.md", [...many("error", 10), ...many("warning", 10), ...many("info", 10)])], context()).text);
    expect(lines).toHaveLength(30);
    expect(lines.some((l) => l.includes("title=Clausier"))).toBe(false);
  });
});

describe("github reporter: the job summary", () => {
  it("lists every finding, past the cap, with the counts on top, appended to $GITHUB_STEP_SUMMARY", () => {
    const findings = Array.from({ length: 14 }, (_, i) => message("error", i + 1));
    const { files } = github([result("terms/cgv.yaml", findings), result("notes.md", [message("warning", 2, { ruleId: "unused-disable" })])], context({ env: { GITHUB_STEP_SUMMARY: SUMMARY } }));
    expect(files).toHaveLength(1);
    const [file] = files!;
    expect(file).toMatchObject({ path: SUMMARY, append: true });
    const lines = file!.content.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "### Clausier lint",
      "",
      "✖ **15 problèmes (14 erreurs, 1 avertissement, 0 information)**",
      "",
      "| Fichier | Ligne | Gravité | Règle | Message |",
      "| --- | ---: | --- | --- | --- |",
    ]);
    const rows = lines.filter((l) => l.startsWith("| ") && !l.startsWith("| Fichier") && !l.startsWith("| ---"));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toBe("| terms/cgv.yaml | 1 | erreur | [governing-law-missing](https://github.com/clausier/clausier/blob/main/docs/rules/governing-law-missing.md) | constat ligne 1 |");
    // Engine findings have no rule docs: no link.
    expect(rows[14]).toBe("| notes.md | 2 | avertissement | unused-disable | constat ligne 2 |");
    expect(file!.content.endsWith("|\n\n")).toBe(true);
  });

  it("escapes Markdown and table pipes in cells", () => {
    expect(cell("a | b *c* _d_ `e` [f](g) <h> ~i~ & \\ fin\nsuite")).toBe("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\& \\\\ fin suite");
    const { files } = github(
      [result("dossier|x/cgv_v2.md", [message("error", 1, { ruleId: "x|y", message: "montant | taux *10 %*" })])],
      context({ env: { GITHUB_STEP_SUMMARY: SUMMARY }, rules: [rule("governing-law-missing")] }),
    );
    expect(files![0]!.content).toContain("| dossier\\|x/cgv\\_v2.md | 1 | erreur | x\\|y | montant \\| taux \\*10 %\\* |");
  });

  it("says there is no problem, in the locale, when the run is clean", () => {
    const { text, files } = github([result("a.md", [])], context({ locale: "en", env: { GITHUB_STEP_SUMMARY: SUMMARY } }));
    expect(text).toBe("");
    expect(files).toEqual([{ path: SUMMARY, content: "### Clausier lint\n\n✔ No problems.\n\n", append: true }]);
  });

  it("writes no summary file outside GitHub Actions", () => {
    expect(github([result("a.md", [message("error", 1)])], context()).files).toBeUndefined();
  });
});
