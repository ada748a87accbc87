// Rules read clause bodies as a reader does: Markdown syntax never hides words from them, and
// positions and fixes still land on the file's own characters.
import { describe, expect, it } from "vitest";
import { plainText } from "../../src/lint/markdown.js";
import civil from "../../src/lint/rules/obsolete-civil-code-article.js";
import missing from "../../src/lint/rules/recovery-indemnity-missing.js";
import { lintProse, lintTerms } from "./helpers.js";

describe("plainText", () => {
  it("drops emphasis, headings, list markers and escapes, and maps offsets back", () => {
    const source = "# Titre\n\nUne indemnité de **40 €** est due.\n\n- premier\n- second \\*point\\*\n";
    const plain = plainText(source);
    expect(plain.text).toBe("Titre\n\nUne indemnité de 40 € est due.\n\npremier\n\nsecond *point*");
    const at = plain.text.indexOf("40 €");
    expect(source.slice(plain.startInSource(at), plain.endInSource(at + 4))).toBe("40 €");
    const star = plain.text.indexOf("*point*");
    // An escaped character maps to the character itself, after its backslash.
    expect(source.slice(plain.startInSource(star), plain.endInSource(star + 7))).toBe("*point\\*");
  });

  it("drops a contents line of links to the document's own anchors, keeps such a link's words inside a sentence", () => {
    expect(plainText("- [Prix](#s1)\n- [Médiation](#s2) | [Litiges](#s3)\n").text.trim()).toBe("");
    expect(plainText("Les délais sont ceux de [l'article 8](#article-8).").text).toBe("Les délais sont ceux de l'article 8.");
  });

  it("keeps a link's address: it is part of what the clause says", () => {
    expect(plainText("Médiateur : [CM2C](https://www.cm2c.net).").text).toBe("Médiateur : CM2C https://www.cm2c.net.");
  });
});

describe("rules on Markdown bodies", () => {
  it("an amount in bold still counts (recovery-indemnity-missing stays silent)", () => {
    const body = "Tout retard entraîne une indemnité forfaitaire pour frais de recouvrement de **40 €**.\n";
    expect(lintProse(`# Article 1 : Retard\n\n${body}`, missing, { asOf: "2026-11-23" })).toEqual([]);
    expect(lintTerms({ latePayment: { recoveryIndemnity: null }, clauses: [{ id: "r", title: "Retard", body }] }, missing, { asOf: "2026-11-23" })).toEqual([]);
  });

  it("a citation in emphasis is found, positioned on its words, and fixed inside the emphasis", () => {
    const text = "# Article 9 : Force majeure\n\nAu sens de l'article *1148* du Code civil.\n";
    const [m] = lintProse(text, civil, { asOf: "2026-11-23" });
    expect(m).toMatchObject({ ruleId: "obsolete-civil-code-article", line: 3 });
    const fix = m!.fix ?? m!.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    const fixed = text.slice(0, fix!.start) + fix!.text + text.slice(fix!.end);
    expect(fixed).toContain("l'article *1218* du Code civil");
  });
});
