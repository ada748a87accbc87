// One derived document per fixture: the totals, the due date and the currency that `compute --format
// json` reports, that the lint rules read and that the PDF prints are the same, because all three
// come from derive(). One Chromium for the whole file.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCompute, type ComputeArgs } from "../../src/cli/commands/compute.js";
import { derive, valueOf } from "../../src/documents/index.js";
import { todayIso } from "../../src/legal/dates.js";
import { fromModel } from "../../src/lint/documents/from-model.js";
import { derivedOf } from "../../src/lint/rules/_documents.js";
import { Workspace } from "../../src/model/index.js";
import { formatAmount, formatDate, type Decimal } from "../../src/money/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";
import { printedIn, textOf } from "../helpers/pdf-text.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/documents/one-source.test.ts : aucun Chromium : test ignoré");

const fixtures = readdirSync(join(ROOT, "fixtures"))
  .filter((d) => d !== "invalid")
  .flatMap((d) => readdirSync(join(ROOT, "fixtures", d)).filter((f) => /^(invoice|quote|refund|credit-note)-/.test(f)).map((f) => `fixtures/${d}/${f}`));

const workspace = new Workspace(ROOT);
const scratch = mkdtempSync(join(tmpdir(), "clausier-one-source-"));

function load(path: string): RenderableDocument {
  const doc = workspace.load(join(ROOT, path));
  if (!doc || (doc.kind !== "invoice" && doc.kind !== "quote" && doc.kind !== "refund" && doc.kind !== "credit-note")) throw new Error(`${path} ne se charge pas`);
  return doc;
}

/** `clausier compute <what> <file> --format json`, in-process: the first section's result. */
async function computed(what: ComputeArgs["what"], file: string): Promise<Record<string, unknown>> {
  let stdout = "";
  let stderr = "";
  const code = await runCompute({ what, file, format: "json" }, { cwd: ROOT, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, env: {}, locale: "fr" });
  if (code !== 0) throw new Error(`compute ${what} ${file}: ${stderr}`);
  return JSON.parse(stdout).sections[0].result;
}

/** What the lint rules read for this document (derivedOf in src/lint/rules/_documents.ts). */
function lintView(doc: RenderableDocument) {
  return derivedOf({ doc: fromModel(doc)!, asOf: todayIso() });
}

describe.skipIf(!chromium)("one derived document: compute, lint and the PDF agree", () => {
  let printer: PdfPrinter;
  const pdfText = async (doc: RenderableDocument) => {
    const result = await new DocumentRenderer(printer, { html: false, pdf: true, bind: false, attachSource: false, version: "test" }).render(doc);
    const file = join(scratch, `${doc.kind}-${doc.data.number}.pdf`);
    writeFileSync(file, result.outputs.find((o) => o.name.endsWith(".pdf"))!.content);
    return textOf(file);
  };

  beforeAll(async () => {
    printer = await PdfPrinter.start();
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("covers invoices, quotes, refunds and credit notes", () => {
    for (const kind of ["invoice", "quote", "refund", "credit-note"]) expect(fixtures.filter((f) => f.includes(`/${kind}-`)).length).toBeGreaterThan(1);
  });

  it.each(fixtures)("%s", async (path) => {
    const doc = load(path);
    const derived = derive(doc);
    // The rules read the very object compute and render read: nothing to disagree about.
    expect(lintView(doc)).toBe(derived);
    const text = await pdfText(doc);
    const fa = (d: Decimal) => formatAmount(d, derived.currency);
    const printed = (words: string) => expect(printedIn(text, words), `« ${words} » dans le PDF de ${path}`).toBe(true);

    if (derived.kind === "invoice") {
      const totals = valueOf(derived.totals);
      const json = await computed("totals", path);
      expect(json).toMatchObject({ totalNet: totals.totalNet.toFixed(), totalVat: totals.totalVat.toFixed(), totalGross: totals.totalGross.toFixed(), amountDue: totals.amountDue.toFixed() });
      printed(`Total HT : ${fa(totals.totalNet)}`);
      if (!totals.totalVat.isZero()) printed(`Total TTC : ${fa(totals.totalGross)}`);
      printed(`Net à payer : ${fa(totals.amountDue)}`);
      const dueDate = (await computed("due-date", path)).dueDate;
      expect(dueDate).toBe(valueOf(derived.dueDateComputed)?.dueDate);
      expect(derived.dueDate).toBe(doc.data.dueDate ?? dueDate);
      printed(`Date d'échéance : ${formatDate(derived.dueDate!)}`);
    } else if (derived.kind === "quote") {
      const { totals } = valueOf(derived.amounts);
      const json = await computed("totals", path);
      expect(json).toMatchObject({ totalNet: totals.totalNet.toFixed(), totalVat: totals.totalVat.toFixed(), totalGross: totals.totalGross.toFixed() });
      printed(`Total HT : ${fa(totals.totalNet)}`);
      printed(`Total TTC : ${fa(totals.totalGross)}`);
    } else if (derived.kind === "refund") {
      const statement = valueOf(derived.statement);
      expect(await computed("refund", path)).toMatchObject({ paid: statement.paid.toFixed(), amount: statement.amount.toFixed(), total: statement.total.toFixed() });
      expect(derived.currency).toBe(derived.invoice.currency);
      printed(fa(statement.total));
    } else if (derived.kind === "credit-note") {
      const totals = valueOf(derived.totals);
      expect(await computed("totals", path)).toMatchObject({ totalNet: totals.totalNet.toFixed(), totalVat: totals.totalVat.toFixed(), totalGross: totals.totalGross.toFixed() });
      expect(totals.totalGross.isPositive() && !totals.totalGross.isZero(), "un avoir crédite un montant").toBe(true);
      printed(`Avoir n° ${doc.data.number}`);
      printed(`Facture rectifiée : n° ${derived.corrects.number} du ${formatDate(derived.corrects.issueDate)}`);
      printed(`Total HT : ${fa(totals.totalNet)}`);
      printed(`Montant de l'avoir TTC : ${fa(totals.totalGross)}`);
      for (const texts of derived.mentions.printed.values()) for (const words of texts) printed(words);
    }
  });
});
