import { readdirSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/vat-rate-unknown.js";
import { baseTerms, lintRepoFiles, lintYaml, merge, ROOT } from "./helpers.js";

const ID = "vat-rate-unknown";

/** An invoice of the base terms' French seller; `rate` is written as given (quoted or not). */
function invoice(rate: string, extra = ""): string {
  return `kind: invoice
number: EX-2026-0010
issueDate: "2026-03-10"
terms: ./terms.yaml
client:
  type: business
  name: Menuiseries Berthier
  siren: "732829320"
  address: { street: 18 avenue de la Libération, postalCode: "18000", city: Bourges, country: FR }
operationCategory: goods
lines:
  - { description: Table, quantity: "2", unitPrice: "500.00", vat: { rate: "20" } }
  - { description: Livres, quantity: "4", unitPrice: "50.00", vat: { rate: ${rate} } }
${extra}`;
}
const frTerms = { "terms.yaml": stringify(baseTerms()) };
const luTerms = {
  "terms.yaml": stringify(
    merge(baseTerms(), {
      governingLaw: "LU",
      jurisdiction: { type: "named-court", court: "Tribunal d'arrondissement", city: "Luxembourg", country: "LU" },
      seller: { country: "LU", siren: null, rcs: { city: "Luxembourg", number: "B123456" }, vat: { regime: "liable", number: "LU12345613" }, registeredOffice: { postalCode: "1150", city: "Luxembourg", country: "LU" } },
    }),
  ),
};

describe(ID, () => {
  it("reports a rate no French rate is (« 25 » typed for 2,5 %), at the line's rate", () => {
    // "200" (a rate over 100 %) no longer reaches the rule: the schema refuses it first (test/model/exact-numbers.test.ts).
    const [m, ...rest] = lintYaml(invoice('"25"'), rule, { extraFiles: frTerms });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", file: "doc.yaml", line: 13 });
    expect(m!.message).toContain("25\u00a0%");
    expect(m!.message).toContain("en France le 10 mars 2026");
    expect(m!.message).toContain("20\u00a0%, 10\u00a0%, 5,5\u00a0%, 2,1\u00a0%");
    expect(m!.legalBasis).toEqual(["fr.cgi.278"]);
  });

  it("reports 19,6 % (France before 2014) and Luxembourg's 17 % on a French invoice, in English too", () => {
    expect(lintYaml(invoice('"19.6"'), rule, { extraFiles: frTerms })).toHaveLength(1);
    const [m] = lintYaml(invoice('"17"'), rule, { extraFiles: frTerms, locale: "en" });
    expect(m!.message).toContain("not a rate in force in France on");
  });

  it("accepts every French rate in force, quoted or not, and lines that are not taxed", () => {
    for (const rate of ['"20"', '"10"', '"5.5"', "5.5", '"2.1"']) expect(lintYaml(invoice(rate), rule, { extraFiles: frTerms })).toEqual([]);
    const exempt = invoice('"20"', "allowancesCharges:\n  - { kind: charge, reason: Port, amount: \"10\", vat: { category: exempt, reason: \"TVA non applicable, art. 293 B du CGI\" } }\n");
    expect(lintYaml(exempt, rule, { extraFiles: frTerms })).toEqual([]);
  });

  it("judges a Luxembourg seller by Luxembourg's rates at the date: 17 % in 2026, 16 % only in 2023", () => {
    expect(lintYaml(invoice('"17"').replace(/"20" \}/, '"17" }'), rule, { extraFiles: luTerms })).toEqual([]);
    const [m] = lintYaml(invoice('"16"').replace(/"20" \}/, '"17" }'), rule, { extraFiles: luTerms });
    expect(m!.message).toContain("au Luxembourg le 10 mars 2026");
    expect(m!.message).toContain("taux en vigueur : 17\u00a0%");
    const in2023 = invoice('"16"').replace(/"20" \}/, '"16" }').replace('"2026-03-10"', '"2023-05-10"');
    expect(lintYaml(in2023, rule, { extraFiles: luTerms })).toEqual([]);
  });

  it("reports 0 written as a rate: an untaxed line gives its category and wording instead", () => {
    expect(lintYaml(invoice('"0"'), rule, { extraFiles: frTerms })).toHaveLength(1);
  });

  it("accepts the rate of the sale date when the invoice is issued after a rate change", () => {
    // Sold in December 2023 at 16 %, invoiced in January 2024 when the rate was back to 17 %.
    const late = invoice('"16"').replace(/"20" \}/, '"16" }').replace('"2026-03-10"', '"2024-01-10"\nsaleDate: "2023-12-20"');
    expect(lintYaml(late, rule, { extraFiles: luTerms })).toEqual([]);
  });

  it("reports an unknown rate on a quote line and on a credit-note line", () => {
    const quote = `kind: quote
number: DV-2026-0001
issueDate: "2026-03-01"
terms: ./terms.yaml
client:
  type: business
  name: Menuiseries Berthier
  address: { street: 18 avenue de la Libération, postalCode: "18000", city: Bourges, country: FR }
lines:
  - { description: Table, quantity: "1", unitPrice: "100", vat: { rate: "21" } }
`;
    const [q] = lintYaml(quote, rule, { extraFiles: frTerms });
    expect(q).toMatchObject({ ruleId: ID, line: 10 });
    const note = `kind: credit-note
number: EX-2026-0011
issueDate: "2026-03-20"
terms: ./terms.yaml
invoice: ./invoice.yaml
reason: Retour
lines:
  - { description: Livres, quantity: "1", unitPrice: "50.00", vat: { rate: "7" } }
`;
    const [c, ...rest] = lintYaml(note, rule, { extraFiles: { ...frTerms, "invoice.yaml": invoice('"5.5"') } });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ file: "doc.yaml", line: 8 });
  });

  it("says it has no data, as information, for a French invoice before 2014", () => {
    const [m] = lintYaml(invoice('"19.6"').replace('"2026-03-10"', '"2012-03-10"'), rule, { extraFiles: frTerms, asOf: "2012-06-01" });
    expect(m).toMatchObject({ severity: "info" });
    expect(m!.message).toContain("n'a pas les taux de TVA");
  });

  it("accepts Corsica's own rates when the seller's registered office is in Corsica, and names them in the message", () => {
    const corsican = { "terms.yaml": stringify(merge(baseTerms(), { seller: { registeredOffice: { street: "2 cours Napoléon", postalCode: "20000", city: "Ajaccio", country: "FR" } } })) };
    for (const rate of ['"13"', '"0.9"', '"2.1"', '"20"']) expect(lintYaml(invoice(rate), rule, { extraFiles: corsican })).toEqual([]);
    const [m, ...rest] = lintYaml(invoice('"8.5"'), rule, { extraFiles: corsican });
    expect(rest).toEqual([]);
    expect(m!.message).toContain("; en Corse : 13\u00a0%, 10\u00a0%, 2,1\u00a0%, 0,9\u00a0%)");
  });

  it("accepts a territory's rate when the client is there: Bastia by postal code, La Réunion by its ISO code", () => {
    const inBastia = invoice('"0.9"').replace('postalCode: "18000", city: Bourges', 'postalCode: "20200", city: Bastia');
    expect(lintYaml(inBastia, rule, { extraFiles: frTerms })).toEqual([]);
    const inReunion = invoice('"8.5"').replace('postalCode: "18000", city: Bourges, country: FR', 'postalCode: "97400", city: Saint-Denis, country: RE');
    expect(lintYaml(inReunion, rule, { extraFiles: frTerms })).toEqual([]);
  });

  it("keeps mainland France's rates elsewhere: 13 % and 8,5 % in Bourges, 8,5 % in Saint-Barthélemy (outside VAT)", () => {
    expect(lintYaml(invoice('"13"'), rule, { extraFiles: frTerms })).toHaveLength(1);
    const [m] = lintYaml(invoice('"8.5"'), rule, { extraFiles: frTerms });
    expect(m!.message).toContain("(taux en vigueur : 20\u00a0%, 10\u00a0%, 5,5\u00a0%, 2,1\u00a0%)");
    const inStBarth = invoice('"8.5"').replace('postalCode: "18000", city: Bourges', 'postalCode: "97133", city: Gustavia');
    expect(lintYaml(inStBarth, rule, { extraFiles: frTerms })).toHaveLength(1);
  });

  it("finds nothing on the bundled invoices, quotes and credit notes", () => {
    const files = ["altairis", "livenote", "luxoges", "petillances", "voguezen"].flatMap((s) =>
      readdirSync(join(ROOT, "fixtures", s)).filter((f) => /^(invoice|quote|credit-note)/.test(f)).map((f) => `fixtures/${s}/${f}`),
    );
    expect(files.length).toBeGreaterThan(5);
    expect(lintRepoFiles(files, rule).filter((m) => m.ruleId === ID)).toEqual([]);
  });
});
