import { readdirSync } from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/quote-terms-not-in-force.js";
import { baseTerms, lintRepoFiles, lintYaml, merge, ROOT } from "./helpers.js";

const ID = "quote-terms-not-in-force";

const quote = (terms: string, issueDate: string) =>
  stringify({
    kind: "quote",
    number: "DEV-2026-0001",
    issueDate,
    validUntil: "2026-04-30",
    terms,
    client: { type: "business", name: "Client SARL", siren: "732829320", address: { street: "2 rue Neuve", postalCode: "44000", city: "Nantes", country: "FR" } },
    lines: [{ description: "Audit", quantity: "1", unitPrice: "100.00", vat: { category: "standard", rate: "20" } }],
  });

const version = (effectiveDate: string) => stringify(merge(baseTerms(), { effectiveDate }), { lineWidth: 0 });
const versions = { "cgv-2025.yaml": version("2025-01-01"), "cgv-2026.yaml": version("2026-01-01"), "cgv-2027.yaml": version("2027-01-01") };

describe(ID, () => {
  it("reports the 2020 Livenote quote appending the CGV in force from 1 September 2022", () => {
    const [m, ...rest] = lintRepoFiles(["fixtures/livenote/quote-dl-2020-0004.yaml"], rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 8, column: 8 });
    expect(m!.message).toContain("le devis du 3 février 2020 joint les conditions terms/livenote/cgv.yaml entrées en vigueur le 1er septembre 2022");
  });

  it("reports a quote naming a version replaced before its date, and names the one in force", () => {
    const [m, ...rest] = lintYaml(quote("./cgv-2025.yaml", "2026-03-02"), rule, { extraFiles: versions });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error" });
    // cgv-2027 is not in force yet on 2 March 2026: cgv-2026 is the one to name.
    expect(m!.message).toContain("remplacées le 1er janvier 2026 par cgv-2026.yaml");
  });

  it("accepts the version in force on the quote's date, whatever later version exists", () => {
    expect(lintYaml(quote("./cgv-2026.yaml", "2026-03-02"), rule, { extraFiles: versions })).toEqual([]);
    expect(lintYaml(quote("./cgv-2026.yaml", "2026-01-01"), rule, { extraFiles: versions })).toEqual([]);
  });

  it("words the finding in English", () => {
    const [m] = lintYaml(quote("./cgv-2027.yaml", "2026-03-02"), rule, { extraFiles: versions, locale: "en" });
    expect(m!.message).toContain("the quote of 2 March 2026 appends the terms cgv-2027.yaml, in force from 1 January 2027");
  });

  it.each(["altairis", "luxoges", "petillances", "voguezen"])("bundled fixtures of %s: no finding", (seller) => {
    const files = readdirSync(`${ROOT}/fixtures/${seller}`).map((f) => `fixtures/${seller}/${f}`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
