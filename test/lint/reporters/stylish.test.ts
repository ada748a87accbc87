import { describe, expect, it } from "vitest";
import { stylish } from "../../../src/lint/reporters/stylish.js";
import { context, message, result } from "./fixtures.js";

const results = [
  result("terms/cgv.yaml", [
    message("error", 3, { column: 12, ruleId: "late-payment-penalty", message: "pénalités de retard absentes" }),
    message("warning", 12, { ruleId: "governing-law-missing", message: "aucune loi « applicable »", fix: { start: 0, end: 0, text: "x" } }),
  ]),
  result("terms/clean.yaml", []),
  result("notes.md", [message("info", 1, { ruleId: "citation-style", message: "note" })]),
];

describe("stylish reporter", () => {
  it("groups by file, each line starting with its clickable path:line:col, short columns aligned, and ends with the French summary", () => {
    expect(stylish(results, context()).text).toBe(
      [
        "",
        "terms/cgv.yaml:3:12  erreur         late-payment-penalty   pénalités de retard absentes",
        "terms/cgv.yaml:12:1  avertissement  governing-law-missing  aucune loi « applicable »",
        "",
        "notes.md:1:1  info  citation-style  note",
        "",
        "✖ 3 problèmes (1 erreur, 1 avertissement, 1 information)",
        "  1 corrigeable avec --fix",
        "",
      ].join("\n"),
    );
  });

  it("speaks English with locale en, with plurals", () => {
    const many = [result("a.md", [message("error", 1), message("error", 2), message("warning", 3, { fix: { start: 0, end: 1, text: "" } }), message("info", 4, { fix: { start: 2, end: 3, text: "" } })])];
    const text = stylish(many, context({ locale: "en" })).text;
    expect(text).toContain("a.md:1:1  error    governing-law-missing  constat ligne 1\n");
    expect(text).toContain("✖ 4 problems (2 errors, 1 warning, 1 info)\n");
    expect(text).toContain("  2 fixable with --fix\n");
  });

  it("keeps French singulars below two, and says nothing of --fix without fixes", () => {
    const text = stylish([result("a.md", [message("warning", 1), message("warning", 2)])], context()).text;
    expect(text).toContain("✖ 2 problèmes (0 erreur, 2 avertissements, 0 information)\n");
    expect(text).not.toContain("--fix");
  });

  it("prints nothing at all when there is no finding", () => {
    expect(stylish([result("a.md", []), result("b.yaml", [])], context()).text).toBe("");
    expect(stylish([], context()).text).toBe("");
  });

  it("colours only when asked: severities, underlined position", () => {
    expect(stylish(results, context()).text).not.toContain("\u001b[");
    const coloured = stylish(results, context({ color: true })).text;
    expect(coloured).toContain("\u001b[4mterms/cgv.yaml:3:12\u001b[0m");
    expect(coloured).toContain("\u001b[31merreur       \u001b[0m");
    expect(coloured).toContain("\u001b[33mavertissement\u001b[0m");
    expect(coloured).toContain("\u001b[34minfo\u001b[0m");
    // Without the escapes, the coloured output is the plain one.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(stylish(results, context()).text);
  });

  it("keeps a multi-line message on its row", () => {
    const text = stylish([result("a.md", [message("error", 1, { message: "première ligne\n  seconde ligne" })])], context()).text;
    expect(text).toContain("a.md:1:1  erreur  governing-law-missing  première ligne seconde ligne\n");
  });

  it("prints each finding's legal bases from the catalogue as a suffix of its message", () => {
    const cited = [result("a.md", [message("error", 1, { message: "indemnité absente", legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5"] }), message("warning", 2, { message: "autre" })])];
    expect(stylish(cited, context()).text).toContain(
      ["a.md:1:1  erreur         governing-law-missing  indemnité absente (C. com. L441-10 ; C. com. D441-5)", "a.md:2:1  avertissement  governing-law-missing  autre"].join("\n"),
    );
  });

  it("never pads a line to the longest message (issue #13: lines of ~300 columns)", () => {
    const long = "x".repeat(300);
    const lines = stylish([result("a.md", [message("error", 1, { message: long }), message("error", 2, { message: "court" })])], context()).text.split("\n");
    expect(lines).toContain("a.md:2:1  erreur  governing-law-missing  court");
  });
});
