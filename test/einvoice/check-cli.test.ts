// clausier check-einvoice through the compiled CLI (npm run build first): exit codes, the lint
// reporters (stylish, json, SARIF valid against the official schema, github), both languages.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv/dist/ajv.js";
import addFormatsModule from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";
import { facturX, fixture, positionOf, tampered } from "./check-helpers.js";

const sarifSchema: unknown = JSON.parse(readFileSync(new URL("../lint/reporters/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormatsModule as unknown as (a: Ajv) => void)(ajv);
const validSarif = ajv.compile(sarifSchema as object);

const TAMPERED = tampered("cii-en16931.xml", "<ram:GrandTotalAmount>516.01<", "<ram:GrandTotalAmount>616.01<");
const dir = mkdtempSync(join(tmpdir(), "clausier-check-einvoice-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "good.xml"), fixture("cii-en16931.xml"));
writeFileSync(join(dir, "credit.xml"), fixture("ubl-credit-note.xml"));
writeFileSync(join(dir, "tampered.xml"), TAMPERED);
const run = (...args: string[]) => cli(["check-einvoice", ...args], { cwd: dir });

describe("clausier check-einvoice", () => {
  it("exits 0 on valid invoices, printing nothing", () => {
    const r = run("good.xml", "credit.xml");
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("exits 1 on a tampered invoice, with the rule id at the element (stylish, French by default)", () => {
    const r = run("good.xml", "tampered.xml");
    expect(r.code).toBe(1);
    const { line, column } = positionOf(TAMPERED, "<ram:GrandTotalAmount>");
    expect(r.stdout).toContain("tampered.xml");
    expect(r.stdout).not.toContain("good.xml");
    expect(r.stdout).toMatch(new RegExp(`tampered\\.xml:${line}:${column}\\s+erreur\\s+\\S*BR-CO-15\\s+le total TTC \\(BT-112\\) vaut 616\\.01`));
    expect(r.stdout).toContain("✖ 2 problèmes (2 erreurs, 0 avertissement, 0 information)");
  });

  it("--locale en words every finding in English", () => {
    const r = run("tampered.xml", "--locale", "en");
    expect(r.stdout).toContain("the total with VAT (BT-112) is 616.01, but total without VAT (BT-109) + VAT (BT-110) gives 516.01");
    expect(r.stdout).not.toMatch(/[éèàç«»]|\b(le|la|vaut|erreur)\b/);
  });

  it("exits 2 on a missing file or an unknown format, without a stack trace", () => {
    for (const args of [["missing.xml"], ["good.xml", "-f", "xml"], []]) {
      const r = run(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(run("missing.xml").stderr).toContain("missing.xml");
  });

  it("a file that cannot be read among others: the others are reported, then exit 2", () => {
    // Not a regular file under an invoice's name: refused when read, after discovery.
    const fifo = join(dir, "fifo.xml");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return;
    }
    const r = run("tampered.xml", "fifo.xml");
    rmSync(fifo);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("BR-CO-15");
    expect(r.stderr).toContain("fifo.xml");
  });

  it("a folder: its .pdf and .xml files, in name order; a folder without any → exit 2", () => {
    const r = cli(["check-einvoice", dir, "-f", "json"], { cwd: dir });
    const checked = JSON.parse(r.stdout).map((x: { filePath: string }) => x.filePath);
    expect(checked).toEqual(expect.arrayContaining(["credit.xml", "good.xml", "tampered.xml"]));
    expect(r.code).toBe(1);
    const empty = mkdtempSync(join(tmpdir(), "clausier-check-einvoice-empty-"));
    writeFileSync(join(empty, "notes.txt"), "rien");
    const none = cli(["check-einvoice", empty]);
    rmSync(empty, { recursive: true, force: true });
    expect(none.code).toBe(2);
    // Named in the message, as every command's "no files matched" (issue #13).
    expect(none.stderr).toContain(`Aucun fichier ne correspond à « ${empty} » (fichiers traités : .pdf, .xml)`);
  });

  it("-f json: the findings as data", () => {
    const r = run("tampered.xml", "-f", "json");
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe("tampered.xml");
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["BR-CO-15", "BR-CO-16"]);
    expect(result.errorCount).toBe(2);
  });

  it("-f sarif -o: a SARIF 2.1.0 log valid against the official schema, each rule described", () => {
    const r = run("tampered.xml", "-f", "sarif", "-o", "check.sarif", "-f", "stylish");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("BR-CO-15");
    const log = JSON.parse(readFileSync(join(dir, "check.sarif"), "utf8"));
    expect(validSarif(log), JSON.stringify(validSarif.errors, null, 2)).toBe(true);
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.map((d: { id: string }) => d.id)).toEqual(["BR-CO-15", "BR-CO-16"]);
    expect(run0.tool.driver.rules[0].shortDescription.text).toBe("BT-112 = BT-109 + BT-110.");
    expect(run0.results[0]).toMatchObject({ ruleId: "BR-CO-15", level: "error", locations: [{ physicalLocation: { artifactLocation: { uri: "tampered.xml" } } }] });
    // Help points at the page that lists the e-invoice checks (no docs/rules/BR-CO-15.md exists), at a heading it has.
    const helpUri: string = run0.tool.driver.rules[0].helpUri;
    expect(helpUri).toMatch(/\/docs\/einvoicing\.md#what-is-checked$/);
    expect(existsSync(join(ROOT, "docs/rules/BR-CO-15.md"))).toBe(false);
    expect(readFileSync(join(ROOT, "docs/einvoicing.md"), "utf8")).toMatch(/^### What is checked$/m);
    expect(run0.tool.driver.rules[0].help.markdown).toContain(helpUri);
  });

  it("-f github: one annotation per finding", () => {
    const r = run("tampered.xml", "-f", "github");
    expect(r.stdout).toMatch(/^::error file=tampered\.xml,line=\d+,.*BR-CO-15/m);
  });

  it("a Factur-X PDF: container findings on the PDF, XML findings naming the attachment and their line", async () => {
    writeFileSync(join(dir, "invoice.pdf"), await facturX(fixture("cii-en16931.xml")));
    writeFileSync(join(dir, "tampered.pdf"), await facturX(TAMPERED, { name: "zugferd-invoice.xml", xmp: null }));
    expect(run("invoice.pdf").code).toBe(0);
    const r = run("tampered.pdf");
    expect(r.code).toBe(1);
    for (const id of ["PDF-FX-ATTACHMENT", "PDF-XMP", "PDF-PDFA-ID", "BR-CO-15"]) expect(r.stdout).toContain(id);
    const { line, column } = positionOf(TAMPERED, "<ram:GrandTotalAmount>");
    expect(r.stdout).toContain(`zugferd-invoice.xml, ligne ${line}, colonne ${column} : le total TTC (BT-112) vaut 616.01`);
  });
});
