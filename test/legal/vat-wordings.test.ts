// The VAT exemption wordings are dated data: the CGI wording until the CGI references stop being
// tolerated (30 June 2028, CIBS recodification), a data gap after that rather than a guessed CIBS wording.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import wordingsFile from "../../src/legal/data/vat-exemption-wordings.json" with { type: "json" };
import { isLegalBasisId } from "../../src/legal/bases.js";
import { compareDates } from "../../src/legal/dates.js";
import { LegalDataGapError } from "../../src/legal/errors.js";
import { vatExemptionWording, vatExemptionWordingOn } from "../../src/legal/vat-wordings.js";

const factsPath = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/legal/legal-facts.md");
const facts = existsSync(factsPath) ? readFileSync(factsPath, "utf8") : undefined;

describe("vatExemptionWording", () => {
  it.each([
    ["franchise", "2026-03-10", "TVA non applicable, art. 293 B du CGI"],
    ["franchise", "2027-01-01", "TVA non applicable, art. 293 B du CGI"],
    ["franchise", "2028-06-30", "TVA non applicable, art. 293 B du CGI"],
    ["reverse-charge", "2026-03-10", "Autoliquidation"],
    ["reverse-charge", "2030-01-01", "Autoliquidation"],
    ["intra-eu-goods", "2026-03-10", "Exonération de TVA, article 262 ter I du CGI"],
  ] as const)("%s on %s: « %s »", (regime, date, text) => {
    expect(vatExemptionWording(regime, date).text).toBe(text);
  });

  it("no guessed CIBS wording: after the tolerance of the CGI references, a data gap", () => {
    expect(() => vatExemptionWording("franchise", "2028-07-01")).toThrow(LegalDataGapError);
    expect(() => vatExemptionWording("intra-eu-goods", "2028-07-01")).toThrow(/vat-exemption-wordings\.json/);
    expect(vatExemptionWordingOn("franchise", "2028-07-01")).toBeNull();
    expect(vatExemptionWordingOn("intra-eu-goods", "2019-09-30")).toBeNull();
  });

  it("every period has a known legal basis and periods of a regime do not overlap", () => {
    for (const periods of Object.values(wordingsFile.regimes)) {
      for (const p of periods) expect(isLegalBasisId(p.basis), p.basis).toBe(true);
      const sorted = [...periods].sort((a, b) => compareDates(a.from, b.from));
      for (let i = 1; i < sorted.length; i++) expect(compareDates(sorted[i - 1]!.to ?? "9999-12-31", sorted[i]!.from)).toBeLessThan(0);
    }
  });
});

describe.skipIf(facts === undefined)("agreement with ../shared/legal/legal-facts.md", () => {
  it("the wordings are the ones §8 quotes, and the tolerance ends on 30 June 2028", () => {
    for (const periods of Object.values(wordingsFile.regimes)) for (const p of periods) expect(facts).toContain(p.text);
    expect(facts).toMatch(/old CGI references on invoices until 30 June 2028/);
  });
});
