import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { basesForLaw, citations, isLegalBasisId, LEGAL_BASES, legalBasis, type LegalBasisId } from "../../src/legal/bases.js";
import { allRules } from "../../src/lint/rules/index.js";
import { ROOT } from "../helpers/cli.js";

const OFFICIAL_HOSTS = ["www.legifrance.gouv.fr", "eur-lex.europa.eu", "legilux.public.lu"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("the catalogue of legal bases", () => {
  it.each(LEGAL_BASES.map((b) => [b.id, b] as const))("%s has a code, an article, a citation, a title in both locales and a valid period", (_, b) => {
    expect(b.code.trim()).not.toBe("");
    expect(b.article.trim()).not.toBe("");
    expect(b.cite.trim()).not.toBe("");
    expect(b.title.fr.trim()).not.toBe("");
    expect(b.title.en.trim()).not.toBe("");
    expect(b.inForce.from).toMatch(ISO_DATE);
    if (b.inForce.to !== undefined) {
      expect(b.inForce.to).toMatch(ISO_DATE);
      expect(b.inForce.to > b.inForce.from).toBe(true);
    }
    expect(b.id.startsWith(`${b.jurisdiction.toLowerCase()}.`)).toBe(true);
  });

  it("has unique ids and unique citations (each basis once)", () => {
    const ids = LEGAL_BASES.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cites = LEGAL_BASES.map((b) => b.cite);
    expect(new Set(cites).size).toBe(cites.length);
  });

  it("links only to official sources, over https", () => {
    for (const b of LEGAL_BASES.filter((b) => b.url !== undefined)) {
      const url = new URL(b.url!);
      expect(url.protocol, b.id).toBe("https:");
      expect(OFFICIAL_HOSTS, `${b.id}: ${b.url}`).toContain(url.hostname);
    }
  });

  it("is what every rule refers to: known ids, at least one per rule, none listed twice", () => {
    for (const rule of allRules) {
      expect(rule.meta.legalBasis.length, rule.meta.id).toBeGreaterThan(0);
      expect(new Set(rule.meta.legalBasis).size, rule.meta.id).toBe(rule.meta.legalBasis.length);
      for (const id of rule.meta.legalBasis) expect(isLegalBasisId(id), `${rule.meta.id}: ${id}`).toBe(true);
    }
  });

  it("has no basis that nothing refers to", () => {
    const used = new Set(allRules.flatMap((r) => r.meta.legalBasis));
    expect(LEGAL_BASES.filter((b) => !used.has(b.id)).map((b) => b.id)).toEqual([]);
  });

  it("throws on an unknown id rather than citing nothing", () => {
    expect(() => legalBasis("fr.ccom.L999-9" as never)).toThrow(/unknown legal basis fr\.ccom\.L999-9/);
  });
});

describe("the bases a finding cites", () => {
  const paymentTerm = ["fr.ccom.L441-10", "eu.dir.2011-7.art-3", "lu.loi.2004-04-18.art-3"] as const;

  it("are the rule's bases of the document's law", () => {
    expect(basesForLaw(paymentTerm, "FR")).toEqual(["fr.ccom.L441-10"]);
    expect(basesForLaw(paymentTerm, "LU")).toEqual(["lu.loi.2004-04-18.art-3"]);
  });

  it("fall back to the EU texts, then to all, when the rule has none of that law", () => {
    expect(basesForLaw(["eu.reg.593-2008.art-3", "eu.reg.593-2008.art-4"], "LU")).toEqual(["eu.reg.593-2008.art-3", "eu.reg.593-2008.art-4"]);
    expect(basesForLaw(["fr.cciv.1190"], "LU")).toEqual(["fr.cciv.1190"]);
  });

  it("print in their short form", () => {
    expect(citations(["fr.ccom.L441-10", "fr.ccom.D441-5"])).toBe("C. com. L441-10 ; C. com. D441-5");
  });
});

// The rule docs list their bases from the catalogue, in a block this test keeps true. After a change
// to a rule's legalBasis or to the catalogue, regenerate the blocks with
//   UPDATE_RULE_DOCS=1 npx vitest run test/legal/bases.test.ts
const BLOCK = /<!-- legal-basis[^\n]*-->\n[\s\S]*?<!-- \/legal-basis -->\n/;

function basisBlock(ids: readonly LegalBasisId[]): string {
  const lines = ids.map((id) => {
    const b = legalBasis(id);
    const period = b.inForce.to ? `in force from ${b.inForce.from} to ${b.inForce.to}` : `in force since ${b.inForce.from}`;
    return `- ${b.url ? `[${b.cite}](${b.url})` : b.cite}: ${b.title.en} (${period}; \`${id}\`)`;
  });
  return ["<!-- legal-basis: generated from src/legal/bases.ts (test/legal/bases.test.ts); do not edit by hand -->", "Legal basis:", "", ...lines, "<!-- /legal-basis -->", ""].join("\n");
}

describe.each(allRules.map((r) => [r.meta.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  it("lists the rule's legal bases from the catalogue at the end of « Why »", () => {
    const path = join(ROOT, "docs/rules", `${id}.md`);
    const doc = readFileSync(path, "utf8");
    const expected = basisBlock(rule.meta.legalBasis);
    if (process.env.UPDATE_RULE_DOCS) {
      const updated = BLOCK.test(doc) ? doc.replace(BLOCK, expected) : doc.replace(/\n## Examples\n/, `\n${expected}\n## Examples\n`);
      if (updated !== doc) writeFileSync(path, updated);
      return;
    }
    const block = BLOCK.exec(doc)?.[0];
    expect(block, `${path}: regenerate with UPDATE_RULE_DOCS=1`).toBe(expected);
    const why = doc.slice(doc.indexOf("## Why"), doc.indexOf("## Examples"));
    expect(why).toContain(expected);
  });
});
