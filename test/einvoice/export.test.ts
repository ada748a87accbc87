// `clausier export`, the compiled CLI (run `npm run build` first): every invoice and credit-note
// fixture written as CII or UBL, one refused document reported while the others are written, usage errors exit 2.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportXml } from "../../src/einvoice/batch.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";
import { einvoiceFixtures } from "./en16931-fixtures.js";

const scratch = mkdtempSync(join(tmpdir(), "clausier-export-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("clausier export", () => {
  it.each(["cii", "ubl"] as const)("writes every invoice and credit-note fixture as %s, the same XML the API gives", (format) => {
    const out = join(scratch, format);
    // --force: most seed sellers have lint errors (see the lint gate below); the XML is still written.
    const { code, stdout, stderr } = cli(["export", "fixtures", "--force", "--format", format, "--out", out]);
    expect(stderr).not.toContain("✖");
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(einvoiceFixtures.map((d) => `${d.data.number}.${format}.xml`).sort());
    for (const doc of einvoiceFixtures) expect(readFileSync(join(out, `${doc.data.number}.${format}.xml`), "utf8")).toBe(exportXml(doc, format));
    expect(stdout).toContain(`${einvoiceFixtures.length} facture(s) et avoir(s) exporté(s)`);
    if (format === "ubl") expect(readFileSync(join(out, "FP-2026-0120.ubl.xml"), "utf8")).toContain("<CreditNote ");
  });

  it("reports a refused invoice with why, and still writes the others (exit 1)", () => {
    const project = join(scratch, "project");
    cpSync(join(ROOT, "terms", "luxoges"), join(project, "terms", "luxoges"), { recursive: true });
    const good = readFileSync(join(ROOT, "fixtures", "luxoges", "invoice-lx-2026-0412.yaml"), "utf8");
    writeFileSync(join(project, "good.yaml"), good.replace("../../terms/", "./terms/"));
    writeFileSync(join(project, "bad.yaml"), good.replace("../../terms/", "./terms/").replace("LX-2026-0412", "LX-2026-0499").replace("operationCategory:", "bankAccount: savings\noperationCategory:"));
    const out = join(project, "out");
    const { code, stdout, stderr } = cli(["export", "good.yaml", "bad.yaml", "--force", "--out", out], { cwd: project });
    expect(code).toBe(1);
    expect(stderr).toContain("bad.yaml : non exporté, le compte bancaire « savings »");
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(out)).toEqual(["LX-2026-0412.cii.xml"]);
    expect(stdout).toContain("1 facture(s) et avoir(s) exporté(s)");

    const english = cli(["export", "bad.yaml", "--force", "--out", out, "--locale", "en"], { cwd: project });
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('bad.yaml: not exported, the bank account "savings"');
  });

  it("refuses a document that is not an invoice when named, skips it in a folder", () => {
    const { code, stderr } = cli(["export", "terms/luxoges/cgt.yaml", "--out", join(scratch, "none")]);
    expect(code).toBe(1);
    expect(stderr).toContain("terms/luxoges/cgt.yaml : un document « terms » ne s'exporte pas");
    // --force: the Luxembourg seller lacks its VAT and RCS numbers (seller-identification-incomplete).
    const folder = cli(["export", "--force", "fixtures/petillances", "--out", join(scratch, "petillances")]);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stderr).not.toContain("un document « ");
    expect(readdirSync(join(scratch, "petillances")).sort()).toEqual(["FP-2026-0118.cii.xml", "FP-2026-0119.cii.xml", "FP-2026-0120.cii.xml", "FP-2026-0121.cii.xml"]);
  });

  it("a Factur-X profile with UBL is a usage error (exit 2), and so is a path without invoices", () => {
    const ubl = cli(["export", "fixtures", "--format", "ubl", "--profile", "basic"]);
    expect(ubl.code).toBe(2);
    expect(ubl.stderr).toContain("--profile basic : c'est un profil Factur-X (CII)");
    const empty = mkdtempSync(join(scratch, "empty-"));
    const nothing = cli(["export", "."], { cwd: empty });
    expect(nothing.code).toBe(2);
  });

  it("--profile basic writes the Factur-X BASIC identifier (BT-24)", () => {
    const out = join(scratch, "basic");
    expect(cli(["export", "fixtures/voguezen", "--force", "--profile", "basic", "--out", out]).code).toBe(0);
    expect(readFileSync(join(out, "FV-2026-0057.cii.xml"), "utf8")).toContain("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic");
  });

  it("the lint gate of render: errors in the document or any file it relies on (the seller file too) refuse it, --force exports it with a warning", () => {
    const out = join(scratch, "gate");
    // The VogueZen seller file holds placeholders instead of its registered office and RCS number.
    const refused = cli(["export", "fixtures/voguezen/invoice-fv-2026-0057.yaml", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("fixtures/voguezen/invoice-fv-2026-0057.yaml : non exporté, 3 erreur(s) de lint");
    expect(refused.stderr).toMatch(/^ {2}terms\/voguezen\/seller\.yaml:\d+:\d+ {2}.+ {2}seller-identification-incomplete$/m);
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(scratch)).not.toContain("gate");
    const forced = cli(["export", "fixtures/voguezen/invoice-fv-2026-0057.yaml", "--force", "--out", out]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("fixtures/voguezen/invoice-fv-2026-0057.yaml : exporté malgré 3 erreur(s) de lint (--force)");
    expect(readdirSync(out)).toEqual(["FV-2026-0057.cii.xml"]);
    const english = cli(["export", "fixtures/voguezen/invoice-fv-2026-0057.yaml", "--out", out, "--locale", "en"]);
    expect(english.stderr).toContain("fixtures/voguezen/invoice-fv-2026-0057.yaml: not exported, 3 lint error(s)");
  });
});
