import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { todayIso } from "../../src/legal/dates.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

const base = mkdtempSync(join(tmpdir(), "clausier-init-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;
const fresh = () => join(base, `p${++count}`);

const FILES = ["terms/seller.yaml", "terms/cgv.yaml", "clausier.config.yaml", ".vscode/settings.json", ".pre-commit-config.yaml"];

/** Rule ids lint reports in a project, file by file (relative paths), sorted. */
function lintFindings(cwd: string): Record<string, string[]> {
  const r = cli(["lint", "terms", "invoices", "-f", "json"], { cwd });
  expect(r.stderr).toBe("");
  const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
  return Object.fromEntries(files.filter((f) => f.messages.length).map((f) => [relative(cwd, resolve(cwd, f.filePath)), f.messages.map((m) => m.ruleId).sort()]));
}

describe("clausier init", () => {
  it("scaffolds a B2B company (all flags): valid, and lint reports only the facts left to fill", () => {
    const dir = fresh();
    const r = cli(["init", dir, "--name", "Atelier Durand", "--legal-form", "SARL", "--siren", "732 829 320", "--city", "Bourges", "--audience", "b2b", "--vat-regime", "normal", "--yes"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const f of FILES) expect(existsSync(join(dir, f)), f).toBe(true);
    const seller = parse(readFileSync(join(dir, "terms/seller.yaml"), "utf8"));
    expect(seller).toMatchObject({ legalName: "Atelier Durand", legalForm: "SARL", siren: "732 829 320", vat: { regime: "liable", number: "FR44732829320" } });
    expect(seller.registeredOffice.city).toBe("Bourges");

    expect(cli(["validate", "terms", "invoices"], { cwd: dir }).code).toBe(0);
    // The facts init cannot know: the share capital, the street and postal code, the RCS registry, the IBAN.
    expect(lintFindings(dir)).toEqual({ "terms/seller.yaml": ["invalid-identifier", "seller-identification-incomplete", "seller-identification-incomplete", "seller-identification-incomplete"] });
  });

  it("scaffolds for consumers with --yes defaults: the mediator and the SIREN are left to fill too", () => {
    const dir = fresh();
    expect(cli(["init", dir, "--audience", "b2c", "--yes"]).code).toBe(0);
    expect(cli(["validate", "terms", "invoices"], { cwd: dir }).code).toBe(0);
    const cgv = parse(readFileSync(join(dir, "terms/cgv.yaml"), "utf8"));
    expect(cgv.consumer.withdrawal).toEqual({ applies: true, days: 14 });
    expect(cgv.latePayment).toBeUndefined();
    // SAS by default: capital, office, SIREN, RCS, VAT number placeholders; the IBAN; the mediator.
    expect(lintFindings(dir)).toEqual({
      "terms/seller.yaml": ["consumer-mediator-missing", "invalid-identifier", ...Array(5).fill("seller-identification-incomplete")],
    });
  });

  it("scaffolds an entrepreneur under the VAT franchise selling to both", () => {
    const dir = fresh();
    expect(cli(["init", dir, "--name", "Camille Roux", "--legal-form", "EI", "--siren", "732829320", "--city", "Lyon", "--audience", "mixed", "--vat-regime", "franchise", "--yes", "--locale", "en"]).code).toBe(0);
    expect(cli(["validate", "terms", "invoices"], { cwd: dir }).code).toBe(0);
    const invoice = readFileSync(join(dir, `invoices/fa-${todayIso().slice(0, 4)}-0001.yaml`), "utf8");
    expect(invoice).toContain("293 B");
    expect(lintFindings(dir)).toEqual({ "terms/seller.yaml": ["consumer-mediator-missing", "invalid-identifier", "seller-identification-incomplete"] });
  });

  it("refuses to overwrite an existing file: exit 2, nothing written; --force replaces", () => {
    const dir = fresh();
    mkdirSync(join(dir, "terms"), { recursive: true });
    writeFileSync(join(dir, "terms/cgv.yaml"), "mine\n");
    const r = cli(["init", dir, "--yes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("terms/cgv.yaml");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(dir, "terms/cgv.yaml"), "utf8")).toBe("mine\n");
    for (const f of FILES.filter((f) => f !== "terms/cgv.yaml")) expect(existsSync(join(dir, f)), f).toBe(false);

    expect(cli(["init", dir, "--yes", "--force"]).code).toBe(0);
    expect(readFileSync(join(dir, "terms/cgv.yaml"), "utf8")).toContain("kind: cgv");
  });

  it("undoes the files already written when a later one cannot be: nothing is left", () => {
    const dir = fresh();
    mkdirSync(dir);
    writeFileSync(join(dir, ".vscode"), "a file where the folder goes\n");
    const r = cli(["init", dir, "--yes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".vscode");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(dir)).toEqual([".vscode"]);
  });

  it("refuses a malformed SIREN before writing anything, in the chosen language", () => {
    const dir = fresh();
    const r = cli(["init", dir, "--siren", "12345", "--yes", "--locale", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a SIREN has 9 digits");
    expect(existsSync(dir)).toBe(false);
  });

  it("points the editor at the package's schemas and pre-commit at the package's hooks", () => {
    const dir = fresh();
    expect(cli(["init", dir, "--yes"]).code).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8"));
    for (const schema of Object.keys(settings["yaml.schemas"])) {
      expect(existsSync(join(ROOT, schema.replace("./node_modules/clausier/", ""))), schema).toBe(true);
    }
    const hooks = (parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<{ id: string }>).map((h) => h.id);
    const config = parse(readFileSync(join(dir, ".pre-commit-config.yaml"), "utf8"));
    expect(config.repos[0].hooks.map((h: { id: string }) => h.id)).toEqual(hooks);
    expect(config.repos[0].rev).toBe(`v${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}`);
  });
});
