import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/invalid-identifier.js";
import { ROOT, baseTerms, lintProse, lintRepoFiles, lintTerms, lintYaml } from "./helpers.js";

const ID = "invalid-identifier";
const SEEDS = join(ROOT, "..", "shared", "seeds");
const positions = (messages: ReturnType<typeof lintTerms>) => messages.map((m) => [m.line, m.column]);

describe(ID, () => {
  describe("seller facts", () => {
    it("accepts valid identifiers", () => {
      expect(lintTerms({ seller: { bankAccounts: [{ id: "main", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "BNPAFRPP" }] } }, rule)).toEqual([]);
    });

    it("reports a SIREN that fails the Luhn check, at its value", () => {
      const messages = lintTerms({ seller: { siren: "123 456 789", rcs: { number: null } } }, rule);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: ID, severity: "error", line: 25, column: 10 });
      expect(messages[0]!.message).toContain("Luhn");
    });

    it("reports a French VAT number with a wrong key, and gives the expected key", () => {
      const [m, ...rest] = lintTerms({ seller: { vat: { number: "FR45732829320" } } }, rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 31, column: 13 });
      expect(m!.message).toContain("attendu 44, trouvé 45");
    });

    it("reports a VAT number whose SIREN is another company's", () => {
      const [m, ...rest] = lintTerms({ seller: { vat: { number: "FR40303265045" } } }, rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 31, column: 13 });
      expect(m!.message).toContain("303265045");
      expect(m!.message).toContain("732829320");
    });

    it("reports a SIRET whose SIREN differs from the SIREN given, and a SIRET with a bad key", () => {
      const siret = (value: string) => lintTerms({ seller: { siret: value } }, rule);
      const [mismatch, ...rest] = siret("303 265 045 00003");
      expect(rest).toEqual([]);
      expect(mismatch!.message).toContain("le SIREN contenu dans le SIRET « 303 265 045 00003 » (303265045) diffère du SIREN 732829320");
      expect(siret("303 265 045 00012")[0]!.message).toContain("Luhn");
    });

    it("reports a bad IBAN key and a short BIC", () => {
      const messages = lintTerms({ seller: { bankAccounts: [{ id: "main", iban: "FR7630006000011234567890188", bic: "BNPA1RPP" }] } }, rule);
      expect(positions(messages)).toEqual([
        [34, 13],
        [35, 12],
      ]);
      expect(messages[0]!.message).toContain("IBAN");
      expect(messages[1]!.message).toContain("format invalide");
    });

    it("checks Luxembourg VAT numbers", () => {
      const lu = (number: string) => lintTerms({ governingLaw: "LU", seller: { country: "LU", siren: null, rcs: null, vat: { number } } }, rule);
      expect(lu("LU15027442")).toEqual([]);
      expect(lu("LU15027443")).toHaveLength(1);
    });

    it("leaves placeholders to seller-identification-incomplete", () => {
      expect(lintTerms({ seller: { siren: "en cours", rcs: { number: null } } }, rule)).toEqual([]);
    });

    // Reproduction: `clausier init` writes IBAN "FR76 XXXX…" (the schema refuses « à compléter »); it
    // was skipped as a placeholder here and reported by no rule, so a PDF could print it.
    it("reports an IBAN or BIC left as a placeholder, at its value", () => {
      const messages = lintTerms({ seller: { bankAccounts: [{ id: "main", iban: "FR76 XXXX XXXX XXXX XXXX XXXX XXX", bic: "XXXXXXXX" }] } }, rule);
      expect(messages.map((m) => [m.ruleId, m.message.slice(0, 24)])).toEqual([
        [ID, "valeur d'attente pour l'"],
        [ID, "valeur d'attente pour le"],
      ]);
      expect(messages[0]!.message).toContain("FR76 XXXX XXXX XXXX XXXX XXXX XXX");
    });
  });

  describe("client facts", () => {
    it("reports an invalid client SIRET on an invoice, in the invoice file", () => {
      const invoice = [
        "kind: invoice",
        "number: FA-2026-0001",
        "issueDate: 2026-03-02",
        "terms: ./terms.yaml",
        "operationCategory: services",
        "client:",
        "  type: business",
        "  name: Client SAS",
        "  siret: '73282932000075'",
        "  address: { street: 2 rue Basse, postalCode: '44000', city: Nantes, country: FR }",
        "lines:",
        "  - { description: Conseil, quantity: 1, unitPrice: '100', vat: { rate: '20' } }",
        "",
      ].join("\n");
      const messages = lintYaml(invoice, rule, { extraFiles: { "terms.yaml": stringify(baseTerms(), { lineWidth: 0 }) } });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ file: "doc.yaml", line: 9, column: 10 });
    });
  });

  describe("prose", () => {
    it("reports « SIREN 123 456 789 » at the number", () => {
      const [m] = lintProse("# Article 1 : Vendeur\n\nExemple SAS, SIREN 123 456 789.\n", rule);
      expect(m).toMatchObject({ ruleId: ID, line: 3, column: 20, endColumn: 31 });
    });

    it("accepts the seeds' ways of writing identifiers, an IBAN broken across lines included", () => {
      const text = [
        "APE-NAF 721Z – SIRET 422 551 481 000 35 – TVA INTRACOMMUNAUTAIRE FR61422551481",
        "",
        "IBAN FR76 1558 9335 7707 7936 1154 ",
        "",
        "020 BIC CMBRFR2BARK",
        "",
        "La Poste : SIRET 356 000 000 00001.",
        "",
      ].join("\n");
      expect(lintProse(text, rule)).toEqual([]);
    });

    it("reports the SIREN of a SIRET and a VAT number that disagree in one sentence, not across sentences", () => {
      const [m, ...rest] = lintProse("SIRET 422 551 481 000 35 – TVA FR44732829320\n", rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 1, column: 32 });
      expect(m!.message).toContain("422551481");
      // The host named in the next sentence has its own SIREN.
      expect(lintProse("Éditeur : RCS Libourne 422 551 481. Hébergeur : OVH, RCS Lille 424 761 419.\n", rule)).toEqual([]);
    });

    it("reads the host's identifiers apart in a seller block without sentence ends (a rendered PDF's text)", () => {
      const block = ["ALLIANCE Développement", "SIREN : 422 551 481 — RCS Libourne 422 551 481", "Hébergeur : OVH, 2 rue Kellermann, 59100 ROUBAIX, France (RCS Lille 424761419)", ""].join("\n");
      expect(lintProse(block, rule)).toEqual([]);
      // Before the host's name, a SIREN that disagrees is still the seller's error.
      const [m, ...rest] = lintProse("SIREN : 422 551 481 — SIRET 424 761 419 00011\nHébergeur : OVH\n", rule);
      expect(rest).toEqual([]);
      expect(m!.message).toContain("424761419");
    });

    it("checks the key of a SIREN written with dots after « R.C.S. », not of a number outside a SIREN context", () => {
      const [m, ...rest] = lintProse("Exemple SAS, R.C.S. Lyon 123.456.789.\n", rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, line: 1, column: 26 });
      expect(m!.message).toContain("Luhn");
      expect(lintProse("Exemple SAS, R.C.S. Lyon 732.829.320.\n", rule)).toEqual([]);
      expect(lintProse("Votre commande n° 123456789 est expédiée.\n", rule)).toEqual([]);
    });

    it("reports a bad IBAN and a bad LU VAT number", () => {
      const messages = lintProse("IBAN : FR76 3000 6000 0112 3456 7890 188\n\nTVA : LU15027443\n", rule);
      expect(positions(messages)).toEqual([
        [1, 8],
        [3, 7],
      ]);
    });
  });

  describe("bundled sellers", () => {
    it("none of the five sellers has an invalid identifier", () => {
      const files = ["altairis/cgv", "livenote/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
      expect(lintRepoFiles(files, rule)).toEqual([]);
    });

    it.skipIf(!existsSync(SEEDS))("nor the seed texts", () => {
      for (const name of ["000_1428806e8580c531", "001_4d303faaf5ba4ff2", "002_4929b587e6a85f38", "003_d6f4e488504f7134", "004_afafcd9942a486fc"]) {
        expect(lintProse(readFileSync(join(SEEDS, `${name}.txt`), "utf8"), rule), name).toEqual([]);
      }
    });
  });
});
