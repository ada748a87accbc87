// Text saved with decomposed accents (NFD: « e » + U+0301, as some editors and macOS copies write it)
// reads as the same words: the fold drops the combining accents, and matches map back to the original.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fold, foldText } from "../../../src/legal/text-match.js";
import { Linter } from "../../../src/lint/linter.js";
import { findAll } from "../../../src/lint/scan/text.js";

function lintText(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "clausier-nfd-"));
  try {
    writeFileSync(join(dir, "cgv.md"), text);
    return new Linter({ cwd: dir, asOf: "2026-01-10", locale: "fr" }).lintPaths([join(dir, "cgv.md")]).results[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nfd = (s: string) => s.normalize("NFD");

describe("decomposed accents", () => {
  it("fold to the same text as precomposed ones, with offsets into the original", () => {
    const text = nfd("Soumises au droit français");
    expect(text.length).toBeGreaterThan("Soumises au droit français".length);
    expect(fold(text)).toBe("soumises au droit francais");
    const [m] = findAll(text, /droit francais/);
    expect(m!.text).toBe(nfd("droit français"));
    expect(foldText(text).originalIndex.at(-1)).toBe(text.length);
  });

  it("a text saved decomposed is linted as the same text saved precomposed", () => {
    const prose = [
      "# Conditions générales de vente",
      "",
      "## Article 1 - Commande",
      "",
      "Le consommateur passe commande sur le site internet.",
      "",
      "## Article 2 - Droit de rétractation",
      "",
      "Le consommateur dispose d'un délai de rétractation de quatorze jours à compter de la réception.",
      "",
      "## Article 3 - Droit applicable",
      "",
      "Les présentes conditions sont soumises au droit français.",
      "",
    ].join("\n");
    const summary = (text: string) => {
      const r = lintText(text);
      return { scope: r.scope && { law: r.scope.law, lawSource: r.scope.lawSource }, findings: r.messages.map((m) => `${m.line} ${m.ruleId}`).sort() };
    };
    expect(summary(nfd(prose))).toEqual(summary(prose));
    expect(summary(nfd(prose)).scope).toEqual({ law: "FR", lawSource: "inferred" });
  });
});
