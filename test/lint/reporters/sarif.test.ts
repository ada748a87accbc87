import { readFileSync } from "node:fs";
import { Ajv } from "ajv/dist/ajv.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { sarif } from "../../../src/lint/reporters/sarif.js";
import type { LintResult } from "../../../src/lint/types.js";
import { context, CWD, message, result, rule } from "./fixtures.js";

// The official OASIS schema (draft-07), committed beside this test: see sarif-schema-2.1.0.README.md.
const officialSchema: unknown = JSON.parse(readFileSync(new URL("./sarif-schema-2.1.0.json", import.meta.url), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(officialSchema as object);

/** The log, checked against the official schema, explored as plain JSON. */
function valid(results: LintResult[], ctx = context()): any {
  const log: unknown = JSON.parse(sarif(results, ctx).text);
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return log;
}

const rules = [rule("governing-law-missing", "warning"), rule("late-payment-penalty", "error", { category: "payment" }), rule("citation-style", "info", { category: "citations" })];

describe("sarif reporter", () => {
  it("is valid against the official SARIF 2.1.0 schema, with the tool and every rule of the run", () => {
    const log = valid([result("terms/cgv.yaml", [message("error", 3, { ruleId: "late-payment-penalty", column: 4, endLine: 4, endColumn: 2 })])], context({ rules }));
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "Clausier", informationUri: "https://github.com/clausier/clausier", version: "0.1.0", semanticVersion: "0.1.0" });
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(["governing-law-missing", "late-payment-penalty", "citation-style"]);
    expect(run.tool.driver.rules.map((r: any) => r.defaultConfiguration.level)).toEqual(["warning", "error", "note"]);
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/project/" } });
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.language).toBe("fr");
  });

  it("describes a rule with its legal bases from the catalogue: official source as helpUri, bases as properties, docs link in help", () => {
    const [descriptor] = valid([], context({ rules: [rules[1]!] })).runs[0].tool.driver.rules;
    expect(descriptor).toMatchObject({
      id: "late-payment-penalty",
      name: "LatePaymentPenalty",
      shortDescription: { text: "Description de late-payment-penalty | avec *astérisques*." },
      helpUri: "https://eur-lex.europa.eu/eli/reg/2008/593/oj",
      properties: {
        tags: ["payment", "legal"],
        precision: "high",
        legalBasis: [
          { id: "eu.reg.593-2008.art-3", cite: "Rome I, art. 3", title: "Liberté de choix de la loi applicable", inForce: { from: "2009-12-17" }, url: "https://eur-lex.europa.eu/eli/reg/2008/593/oj" },
          { id: "fr.ccom.L441-6", cite: "C. com. L441-6", inForce: { from: "2009-01-01", to: "2019-04-25" } },
        ],
      },
    });
    expect(descriptor.properties.legalBasis[1].url).toBeUndefined();
    expect(descriptor.fullDescription.text).toContain("Base légale : Règlement (CE) n° 593/2008 (Rome I), art. 3 ; Code de commerce, L441-6 I.");
    expect(descriptor.help.text).toContain("- Règlement (CE) n° 593/2008 (Rome I), art. 3 : Liberté de choix de la loi applicable (en vigueur depuis le 2009-12-17) — https://eur-lex.europa.eu/eli/reg/2008/593/oj");
    expect(descriptor.help.text).toContain("- Code de commerce, L441-6 I : Délais de paiement et pénalités de retard (numérotation antérieure à l'ordonnance n° 2019-359) (en vigueur depuis le 2009-01-01, jusqu'au 2019-04-25) — source « Loi n° 2008-776");
    expect(descriptor.help.markdown).toContain("(en vigueur depuis le 2009-12-17) — [source](https://eur-lex.europa.eu/eli/reg/2008/593/oj)");
    expect(descriptor.help.markdown).toContain("Description de late-payment-penalty \\| avec \\*astérisques\\*.");
    expect(descriptor.help.markdown).toContain("[Documentation de la règle](https://github.com/clausier/clausier/blob/main/docs/rules/late-payment-penalty.md)");
    const english = valid([], context({ rules: [rules[1]!], locale: "en" })).runs[0].tool.driver.rules[0];
    expect(english.help.text).toContain("Payment terms and late-payment penalties (numbering before ordonnance 2019-359) (in force from 2009-01-01, until 2019-04-25)");
    expect(english.properties.legalBasis[0].title).toBe("Freedom of choice of the governing law");
    expect(english.shortDescription.text).toBe("Description of late-payment-penalty.");
  });

  it("links a rule without any official source to its docs", () => {
    const local = rule("late-payment-penalty", "error", { legalBasis: ["fr.ccom.L441-6"] });
    const [descriptor] = valid([], context({ rules: [local] })).runs[0].tool.driver.rules;
    expect(descriptor.helpUri).toBe("https://github.com/clausier/clausier/blob/main/docs/rules/late-payment-penalty.md");
  });

  it("gives each result the bases its finding rests on", () => {
    const log = valid([result("a.md", [message("error", 1, { legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5"] }), message("error", 2)])], context({ rules }));
    const [cited, bare] = log.runs[0].results;
    expect(cited.properties).toEqual({ legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5"] });
    expect(cited.message.text).toBe("constat ligne 1");
    expect(bare.properties).toBeUndefined();
  });

  it("maps each finding to a result: rule index, level (info → note), location relative to %SRCROOT%", () => {
    const log = valid(
      [
        result("terms/cgv.yaml", [message("warning", 2, { column: 3, endColumn: 9 }), message("info", 8, { ruleId: "citation-style", message: "citer l'article" })]),
        result("terms/clean.yaml", []),
      ],
      context({ rules }),
    );
    const [first, second] = log.runs[0].results;
    expect(log.runs[0].results).toHaveLength(2);
    expect(first).toMatchObject({
      ruleId: "governing-law-missing",
      ruleIndex: 0,
      level: "warning",
      message: { text: "constat ligne 2" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "terms/cgv.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 } } }],
    });
    expect(second).toMatchObject({ ruleId: "citation-style", ruleIndex: 2, level: "note" });
    expect(first.fixes).toBeUndefined();
  });

  it("fingerprints findings stably: same across runs and line moves, distinct for repeated findings", () => {
    const fp = (results: LintResult[]) => valid(results, context({ rules })).runs[0].results.map((r: any) => r.partialFingerprints["clausierFindingHash/v1"]);
    const before = fp([result("a.md", [message("error", 3), message("error", 9)])]);
    const moved = fp([result("a.md", [message("error", 3), message("error", 40, { message: "constat ligne 9" })])]);
    expect(before[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(moved).toEqual(before);
    const twice = fp([result("a.md", [message("error", 3), message("error", 7, { message: "constat ligne 3" })])]);
    expect(twice[0]).not.toBe(twice[1]);
    expect(fp([result("b.md", [message("error", 3)])])[0]).not.toBe(before[0]);
  });

  it("carries fixes and suggestions as SARIF fixes (charOffset/charLength replacements)", () => {
    const log = valid(
      [
        result("terms/cgv.yaml", [
          message("error", 1, {
            fix: { start: 10, end: 14, text: "2026" },
            suggestions: [
              { desc: "Écrire « droit français »", fix: { start: 20, end: 20, text: "droit français" } },
              { desc: "Écrire « droit français »", fix: { start: 20, end: 20, text: "droit français" } },
            ],
          }),
        ]),
      ],
      context({ rules }),
    );
    const [res] = log.runs[0].results;
    expect(res.fixes).toEqual([
      {
        description: { text: "Correction sûre (appliquée par --fix)" },
        artifactChanges: [{ artifactLocation: { uri: "terms/cgv.yaml", uriBaseId: "%SRCROOT%" }, replacements: [{ deletedRegion: { charOffset: 10, charLength: 4 }, insertedContent: { text: "2026" } }] }],
      },
      {
        description: { text: "Écrire « droit français »" },
        artifactChanges: [{ artifactLocation: { uri: "terms/cgv.yaml", uriBaseId: "%SRCROOT%" }, replacements: [{ deletedRegion: { charOffset: 20, charLength: 0 }, insertedContent: { text: "droit français" } }] }],
      },
    ]);
  });

  it("describes findings of ids no rule declares (engine findings, unknown rules) so the log stays valid", () => {
    const log = valid(
      [
        result("broken.yaml", [message("error", 1, { ruleId: "invalid-document", message: "YAML invalide" })]),
        result("terms/cgv.yaml", [message("warning", 4, { ruleId: "unused-disable" }), message("error", 5, { ruleId: "disable-without-reason" }), message("info", 6, { ruleId: "ghost-rule" })]),
      ],
      context({ rules: [rules[0]!] }),
    );
    const driverRules = log.runs[0].tool.driver.rules;
    expect(driverRules.map((r: any) => r.id)).toEqual(["governing-law-missing", "invalid-document", "unused-disable", "disable-without-reason", "ghost-rule"]);
    expect(log.runs[0].results.map((r: any) => r.ruleIndex)).toEqual([1, 2, 3, 4]);
    expect(driverRules[1]).toMatchObject({ name: "InvalidDocument", defaultConfiguration: { level: "error" }, properties: { tags: ["documents"] } });
    expect(driverRules[1].shortDescription.text).toMatch(/ne peut pas être lu/);
    expect(driverRules[4]).toMatchObject({ name: "GhostRule", defaultConfiguration: { level: "note" }, shortDescription: { text: "Constat « ghost-rule » (règle absente de cette exécution)." } });
    expect(driverRules[4].helpUri).toBeUndefined();
  });

  it("is valid with no finding at all, and still lists the rules", () => {
    const log = valid([], context({ rules }));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(3);
  });

  it("encodes paths as URIs, uses file URLs outside cwd, and paths from the GitHub workspace root", () => {
    const uris = (results: LintResult[], ctx = context()) => valid(results, ctx).runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    expect(uris([result("conditions générales/cgv v2.md", [message("error", 1)])])).toEqual([{ uri: "conditions%20g%C3%A9n%C3%A9rales/cgv%20v2.md", uriBaseId: "%SRCROOT%" }]);
    expect(uris([result("/elsewhere/seller.yaml", [message("error", 1)])])).toEqual([{ uri: "file:///elsewhere/seller.yaml" }]);
    expect(uris([result(`${CWD}/terms/abs.yaml`, [message("error", 1)])])).toEqual([{ uri: "terms/abs.yaml", uriBaseId: "%SRCROOT%" }]);
    // `working-directory: project` in a workflow: GitHub resolves paths from the repository root.
    const inWorkspace = context({ env: { GITHUB_WORKSPACE: "/work" } });
    expect(uris([result("terms/cgv.yaml", [message("error", 1)])], inWorkspace)).toEqual([{ uri: "project/terms/cgv.yaml", uriBaseId: "%SRCROOT%" }]);
    expect(valid([], inWorkspace).runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/");
  });

  it("never emits an inverted region", () => {
    const log = valid([result("a.md", [message("error", 5, { column: 8, endLine: 5, endColumn: 2 }), message("error", 5, { column: 8, endLine: 3, endColumn: 1 })])]);
    expect(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.region)).toEqual([
      { startLine: 5, startColumn: 8, endLine: 5, endColumn: 8 },
      { startLine: 5, startColumn: 8, endLine: 5, endColumn: 8 },
    ]);
  });

  it("checks against a schema that does reject invalid SARIF", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "info" }] }] })).toBe(false);
  });
});
