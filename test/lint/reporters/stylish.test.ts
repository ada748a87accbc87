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
  it("groups by file, aligns the columns and ends with the French summary", () => {
    expect(stylish(results, context()).text).toBe(
      [
        "",
        "terms/cgv.yaml",
        "   3:12  erreur         pénalités de retard absentes  late-payment-penalty",
        "  12:1   avertissement  aucune loi « applicable »     governing-law-missing",
        "",
        "notes.md",
        "  1:1  info  note  citation-style",
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
    expect(text).toContain("  1:1  error    constat ligne 1  governing-law-missing\n");
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

  it("colours only when asked: severities, underlined file path", () => {
    expect(stylish(results, context()).text).not.toContain("\u001b[");
    const coloured = stylish(results, context({ color: true })).text;
    expect(coloured).toContain("\u001b[4mterms/cgv.yaml\u001b[0m");
    expect(coloured).toContain("\u001b[31merreur       \u001b[0m");
    expect(coloured).toContain("\u001b[33mavertissement\u001b[0m");
    expect(coloured).toContain("\u001b[34minfo\u001b[0m");
    // Without the escapes, the coloured output is the plain one.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(stylish(results, context()).text);
  });

  it("keeps a multi-line message on its row", () => {
    const text = stylish([result("a.md", [message("error", 1, { message: "première ligne\n  seconde ligne" })])], context()).text;
    expect(text).toContain("  1:1  erreur  première ligne seconde ligne  governing-law-missing\n");
  });

  it("prints each finding's legal bases from the catalogue as a suffix of its message, columns still aligned", () => {
    const cited = [result("a.md", [message("error", 1, { message: "indemnité absente", legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5"] }), message("warning", 2, { message: "autre" })])];
    expect(stylish(cited, context()).text).toContain(
      ["  1:1  erreur         indemnité absente (C. com. L441-10 ; C. com. D441-5)  governing-law-missing", "  2:1  avertissement  autre                                                 governing-law-missing"].join("\n"),
    );
  });
});
