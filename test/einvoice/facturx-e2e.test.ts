// Factur-X end to end, through the compiled CLI (npm run build first), in a copy of terms/ and
// fixtures/ whose clausier.config.yaml says `render: { facturx: true }`: every invoice and credit
// note rendered (`render --force`: one Chromium for the file) is a Factur-X PDF; with the CII and
// UBL that `export` writes, the official validator (one run per rule set: --fr for French sellers)
// finds nothing fatal but the seed data gaps the lint gate refuses them for; factur-x.xml read back
// with pdf-lib carries the totals the PDF prints and `compute totals --format json` gives; the
// attachment, AFRelationship and XMP fields; `check-einvoice` accepts every file and rejects a
// changed total; the printed mentions survive; no avoir of 0,00 €.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCompute } from "../../src/cli/commands/compute.js";
import { derive, valueOf, type DerivedCreditNote, type DerivedInvoice } from "../../src/documents/index.js";
import { FACTURX_FILENAME, FACTURX_XMP_NAMESPACE, toFacturX } from "../../src/einvoice/facturx.js";
import { Linter } from "../../src/lint/linter.js";
import { FilePolicy, Workspace, type LoadedRefund } from "../../src/model/index.js";
import { D, formatAmount } from "../../src/money/index.js";
import { findChromium } from "../../src/render/browser.js";
import { planBatch } from "../../src/render/batch.js";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";
import { printedIn, textOf } from "../helpers/pdf-text.js";
import { einvoiceFixtures, frenchSeller, KNOWN_DATA_GAPS, type EinvoiceFixture } from "./en16931-fixtures.js";
import { fatalRules, validator } from "./en16931-validator.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/einvoice/facturx-e2e.test.ts : aucun Chromium : test Factur-X de bout en bout ignoré");

/**
 * The e-invoice fixtures the lint gate refuses without --force, with the rules that refuse them:
 * gaps in the seed data (sellers without VAT number, legal form or real registered office; terms
 * with obsolete clauses). They are rendered with --force below and fail the validator only on
 * KNOWN_DATA_GAPS.
 */
const REFUSED_BY_GATE: Record<string, string[]> = {
  "FA-2026-0041": ["recovery-indemnity-conditional", "seller-identification-incomplete"],
  "FA-2026-0042": ["recovery-indemnity-conditional", "seller-identification-incomplete"],
  "FA-2026-0043": ["recovery-indemnity-conditional", "seller-identification-incomplete"],
  "FV-2026-0057": ["seller-identification-incomplete"],
  "FV-2026-0058": ["seller-identification-incomplete"],
  "FV-2026-0059": ["seller-identification-incomplete"],
  "LN-2020-0001": ["abolished-court", "consumer-mediator-missing", "consumer-withdrawal-info-missing", "jurisdiction-clause-consumer", "late-penalty-rate-too-low", "obsolete-civil-code-article", "recovery-indemnity-missing"],
  "LN-2020-0002": ["abolished-court", "consumer-mediator-missing", "consumer-withdrawal-info-missing", "jurisdiction-clause-consumer", "late-penalty-rate-too-low", "obsolete-civil-code-article", "recovery-indemnity-missing"],
  "LX-2026-0412": ["obsolete-civil-code-article", "seller-identification-incomplete"],
  "LX-2026-0413": ["obsolete-civil-code-article", "seller-identification-incomplete"],
  // The Luxembourg seller Pétillances has no VAT number (BR-S-02, BR-CO-26) nor RCS number: reported
  // under the Luxembourg profile since issue #12 (the credit note through the invoice it corrects).
  "FP-2026-0118": ["seller-identification-incomplete"],
  "FP-2026-0119": ["seller-identification-incomplete"],
  "FP-2026-0120": ["seller-identification-incomplete"],
  "FP-2026-0121": ["seller-identification-incomplete"],
};

/** Accepted by the gate yet invalid: none left since the Luxembourg profile reports Pétillances's gaps. */
const UNSEEN_BY_LINT = new Set<string>();

const refundFixtures: string[] = readdirSync(join(ROOT, "fixtures"))
  .filter((d) => d !== "invalid")
  .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => f.startsWith("refund-")).map((f) => `fixtures/${d}/${f}`));

const scratch = mkdtempSync(join(tmpdir(), "clausier-facturx-e2e-"));
const project = join(scratch, "project");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const number = (doc: EinvoiceFixture) => doc.data.number;
const pdfOf = (doc: EinvoiceFixture) => join(project, "out", `${number(doc)}.pdf`);
const xmlOf = (doc: EinvoiceFixture, format: "cii" | "ubl") => join(project, "xml", `${number(doc)}.${format}.xml`);

const RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

/** What a reader finds in a Factur-X PDF, read with pdf-lib: the attachment, its relationship, the XMP fields. */
async function readFacturX(file: string) {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const N = PDFName.of;
  const tree = doc.catalog.lookup(N("Names"), PDFDict).lookup(N("EmbeddedFiles"), PDFDict).lookup(N("Names"), PDFArray).asArray();
  const specs = new Map<string, PDFDict>();
  for (let i = 0; i < tree.length; i += 2) specs.set((tree[i] as PDFString | PDFHexString).decodeText(), doc.context.lookup(tree[i + 1], PDFDict));
  const spec = specs.get(FACTURX_FILENAME);
  const stream = spec?.lookup(N("EF"), PDFDict).lookup(N("F")) as PDFRawStream | undefined;
  const metadata = doc.catalog.lookup(N("Metadata")) as PDFRawStream;
  const xmp = new DOMParser().parseFromString(Buffer.from(metadata.getContents()).toString("utf8"), "text/xml");
  const fx = (local: string) => xmp.getElementsByTagNameNS(FACTURX_XMP_NAMESPACE, local)[0]?.textContent;
  return {
    names: [...specs.keys()],
    afRelationship: spec?.get(N("AFRelationship")),
    xml: stream ? Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8") : "",
    fx: { DocumentType: fx("DocumentType"), DocumentFileName: fx("DocumentFileName"), Version: fx("Version"), ConformanceLevel: fx("ConformanceLevel") },
  };
}

/** BT-109, BT-110, BT-112, BT-115 and each BT-117 of a CII. */
function ciiTotals(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const summation = doc.getElementsByTagNameNS(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")[0]!;
  const read = (name: string) => summation.getElementsByTagNameNS(RAM, name)[0]?.textContent ?? "";
  const settlement = doc.getElementsByTagNameNS(RAM, "ApplicableHeaderTradeSettlement")[0]!;
  const vat = Array.from(settlement.getElementsByTagNameNS(RAM, "ApplicableTradeTax")).map((t) => t.getElementsByTagNameNS(RAM, "CalculatedAmount")[0]!.textContent!);
  return { taxBasis: read("TaxBasisTotalAmount"), tax: read("TaxTotalAmount"), grand: read("GrandTotalAmount"), due: read("DuePayableAmount"), vat };
}

/** `clausier compute totals --format json`, in-process, on the same fixture. */
async function computedTotals(path: string): Promise<Record<string, string>> {
  let stdout = "";
  let stderr = "";
  const code = await runCompute({ what: "totals", file: path, format: "json" }, { cwd: ROOT, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, env: {}, locale: "fr" });
  if (code !== 0) throw new Error(`compute totals ${path}: ${stderr}`);
  return JSON.parse(stdout).sections[0].result;
}

const relative = (doc: EinvoiceFixture) => doc.path;

describe.skipIf(!chromium)("Factur-X end to end: render --facturx (configuration default), export, the official validator, check-einvoice", () => {
  let refusedByGate: Map<string, string[]>;
  let renderRun: ReturnType<typeof cli>;

  beforeAll(() => {
    cpSync(join(ROOT, "terms"), join(project, "terms"), { recursive: true });
    cpSync(join(ROOT, "fixtures"), join(project, "fixtures"), { recursive: true });
    writeFileSync(join(project, "clausier.config.yaml"), "render:\n  facturx: true\n");
    const paths = [...einvoiceFixtures.map(relative), ...refundFixtures];
    // The gate, without --force: which documents it refuses, and for which rules.
    const files = new FilePolicy(project);
    const plan = planBatch({ cwd: project, roots: paths, exclude: [], files, bind: false, force: false, locale: "fr", lintErrors: (p) => new Linter({ cwd: project, files, locale: "fr" }).errorsFor(p) });
    refusedByGate = new Map(plan.failures.map((f) => [f.message.split(" : ")[0]!, [...new Set(f.lintErrors?.map((e) => e.ruleId))].sort()]));
    // Then everything, forced: one CLI run, one Chromium; Factur-X comes from clausier.config.yaml.
    renderRun = cli(["render", "--force", "--to", "pdf", "--out", "out", ...paths], { cwd: project, timeout: 900_000 });
    for (const format of ["cii", "ubl"]) {
      const r = cli(["export", "--force", "--format", format, "--out", "xml", ...einvoiceFixtures.map(relative)], { cwd: project });
      if (r.code !== 0) throw new Error(`export ${format}: ${r.stderr}`);
    }
  }, 900_000);

  it("renders every invoice, credit note and refund statement; the gate refuses exactly the documents with seed data gaps, for the rules listed", () => {
    expect(renderRun.stderr).not.toMatch(STACK_TRACE);
    expect(renderRun.code, renderRun.stderr).toBe(0);
    const refused = Object.fromEntries(einvoiceFixtures.filter((d) => refusedByGate.has(relative(d))).map((d) => [number(d), refusedByGate.get(relative(d))]));
    expect(refused).toEqual(REFUSED_BY_GATE);
    // What the gate accepts is valid, but for the data gap no lint rule sees (UNSEEN_BY_LINT).
    for (const doc of einvoiceFixtures.filter((d) => !refusedByGate.has(relative(d)))) expect(KNOWN_DATA_GAPS[number(doc)] === undefined || UNSEEN_BY_LINT.has(number(doc)), number(doc)).toBe(true);
  });

  it.skipIf(!validator)("the official validator: every Factur-X PDF, CII and UBL has no fatal finding but its known data gaps (--fr for French sellers)", { timeout: 600_000 }, () => {
    for (const fr of [true, false]) {
      const docs = einvoiceFixtures.filter((d) => frenchSeller(d) === fr);
      const files = docs.flatMap((d) => [pdfOf(d), xmlOf(d, "cii"), xmlOf(d, "ubl")]);
      const found = fatalRules(files, { fr });
      for (const doc of docs) {
        const expected = KNOWN_DATA_GAPS[number(doc)] ?? [];
        for (const file of [pdfOf(doc), xmlOf(doc, "cii"), xmlOf(doc, "ubl")]) expect([file.slice(project.length + 1), found.get(file)]).toEqual([file.slice(project.length + 1), expected]);
      }
    }
  });

  it("factur-x.xml, the attachment, its AFRelationship and the XMP Factur-X fields; the XML is export's CII", async () => {
    for (const doc of einvoiceFixtures) {
      const back = await readFacturX(pdfOf(doc));
      expect([number(doc), back.names]).toEqual([number(doc), [FACTURX_FILENAME]]);
      expect(back.afRelationship).toBe(PDFName.of("Alternative"));
      expect(back.fx).toEqual({ DocumentType: "INVOICE", DocumentFileName: FACTURX_FILENAME, Version: "1.0", ConformanceLevel: "EN 16931" });
      expect(back.xml, number(doc)).toBe(readFileSync(xmlOf(doc, "cii"), "utf8"));
    }
  });

  it("the embedded totals (BT-109, BT-110, BT-112, BT-115) are those pdftotext shows and compute --format json gives", async () => {
    for (const doc of einvoiceFixtures) {
      const derived = derive(doc) as DerivedInvoice | DerivedCreditNote;
      const xml = ciiTotals((await readFacturX(pdfOf(doc))).xml);
      const json = await computedTotals(doc.path);
      // An avoir's amount due back is its TTC: nothing is paid on it.
      expect({ taxBasis: xml.taxBasis, tax: xml.tax, grand: xml.grand, due: xml.due }).toEqual({
        taxBasis: new D(json.totalNet!).toFixed(2),
        tax: new D(json.totalVat!).toFixed(2),
        grand: new D(json.totalGross!).toFixed(2),
        due: new D(json.amountDue ?? json.totalGross!).toFixed(2),
      });
      const text = textOf(pdfOf(doc));
      const shown = (label: string, amount: string) => expect(printedIn(text, `${label}${formatAmount(new D(amount), derived.currency)}`), `${number(doc)}: « ${label}${amount} »`).toBe(true);
      shown("Total HT : ", xml.taxBasis);
      if (new D(xml.tax).isZero()) expect(xml.grand).toBe(xml.taxBasis);
      else shown("Total TTC : ", xml.grand);
      // BT-110 is the sum of the VAT per rate (BT-117), each printed in the VAT summary.
      expect(xml.vat.reduce((sum, v) => sum.plus(v), new D(0)).toFixed(2)).toBe(xml.tax);
      for (const v of xml.vat) if (!new D(v).isZero()) expect(printedIn(text, formatAmount(new D(v), derived.currency)), `${number(doc)}: TVA ${v}`).toBe(true);
      shown(derived.kind === "credit-note" ? "Montant de l'avoir TTC : " : "Net à payer : ", xml.due);
    }
  });

  it("pdftotext still shows every mention the derived document says is printed", () => {
    for (const doc of einvoiceFixtures) {
      const text = textOf(pdfOf(doc));
      for (const texts of (derive(doc) as DerivedInvoice | DerivedCreditNote).mentions.printed.values()) for (const words of texts) expect(printedIn(text, words), `${number(doc)}: « ${words} »`).toBe(true);
    }
  });

  it("check-einvoice accepts every Factur-X PDF we write, and rejects one whose embedded total was changed (BR-CO-15, exit 1)", async () => {
    const ours = cli(["check-einvoice", ...einvoiceFixtures.map((d) => pdfOf(d)), "-f", "json"], { cwd: project });
    const report = JSON.parse(ours.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string }[] }[];
    expect(report).toHaveLength(einvoiceFixtures.length);
    expect(report.filter((r) => r.errorCount).map((r) => `${r.filePath} ${r.messages.map((m) => m.ruleId)}`)).toEqual([]);
    expect(ours.code).toBe(0);

    const doc = einvoiceFixtures.find((d) => number(d) === "FV-2026-0057")!;
    const pdf = readFileSync(pdfOf(doc));
    const xml = (await readFacturX(pdfOf(doc))).xml;
    const grand = ciiTotals(xml).grand;
    const changed = xml.replace(`<ram:GrandTotalAmount>${grand}</ram:GrandTotalAmount>`, `<ram:GrandTotalAmount>${new D(grand).plus(100).toFixed(2)}</ram:GrandTotalAmount>`);
    expect(changed).not.toBe(xml);
    const tampered = join(scratch, "tampered.pdf");
    writeFileSync(tampered, await toFacturX(pdf, changed, { profile: "EN 16931" }));
    const r = cli(["check-einvoice", tampered]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("BR-CO-15");
    expect(r.stdout).not.toMatch(STACK_TRACE);
  });

  it("no fixture produces an avoir of 0,00 €: every credit note credits a positive amount; refund statements are statements", () => {
    const workspace = new Workspace(ROOT);
    for (const doc of einvoiceFixtures.filter((d) => d.kind === "credit-note")) {
      const total = valueOf((derive(doc) as DerivedCreditNote).totals).totalGross;
      expect(total.gt(0), number(doc)).toBe(true);
      expect(printedIn(textOf(pdfOf(doc)), `Montant de l'avoir TTC : ${formatAmount(total, "EUR")}`)).toBe(true);
    }
    for (const path of refundFixtures) {
      const refund = workspace.load(join(ROOT, path)) as LoadedRefund;
      const text = textOf(join(project, "out", `${refund.data.number}.pdf`)).raw;
      expect(text, path).toMatch(new RegExp(`(Relevé de remboursement|Décompte) n° ${refund.data.number}`));
      expect(text, path).not.toMatch(/Avoir n° \S+ *\n?.{0,60}\b0,00\s€/);
      for (const note of derive(refund).creditNotes) expect(valueOf(note.totals).totalGross.gt(0), `${path}: ${note.loaded.data.number}`).toBe(true);
    }
  });

  it("other documents stay ordinary PDFs: a refund statement carries no factur-x.xml", async () => {
    const refund = await PDFDocument.load(readFileSync(join(project, "out", "RB-2020-0001.pdf")), { updateMetadata: false });
    expect(refund.catalog.get(PDFName.of("AF"))).toBeUndefined();
    expect(execFileSync("pdfdetach", ["-list", join(project, "out", "RB-2020-0001.pdf")], { encoding: "utf8" })).toContain("0 embedded files");
  });
});
