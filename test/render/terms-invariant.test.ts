// Issue #10, item 1: a terms document prints every legal fact its data holds. Invariant: the rule ids
// prose-mode lint reports on the rendered PDF's text (pdftotext) are among those facts-mode lint
// reports on the source (the terms file and its seller file); a terms file that lints clean renders
// a text that lints clean. Checked on every bundled terms file and fixture, then on 100 generated
// terms files. One Chromium for the file; the prose is read with the source's audience and law, as
// `clausier lint --audience … --law …` would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromModel } from "../../src/lint/documents/from-model.js";
import { Linter } from "../../src/lint/linter.js";
import { Workspace, type LoadedTerms } from "../../src/model/index.js";
import { findChromium, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderOptions } from "../../src/render/render.js";
import { LEGAL_FACTS_TITLE } from "../../src/render/views/legal-facts.js";
import { ROOT } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

/** One date for both lints, so the law applied does not move with the calendar. */
const AS_OF = "2026-11-01";
const OPTIONS: RenderOptions = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };

/** Every terms file of the project and of the test fixtures that loads (fixtures/invalid/ does not). */
function termsFiles(): string[] {
  const yamlUnder = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? yamlUnder(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  const candidates = [...yamlUnder("terms"), ...yamlUnder("fixtures"), ...yamlUnder("test/lint/fixtures/documents/terms"), ...yamlUnder("test/render/fixtures/special")];
  return candidates.filter((f) => /^kind:\s*(cgv|cgu|cgt|cg)\s*$/m.test(readFileSync(join(ROOT, f), "latin1")) && new Workspace(ROOT).load(join(ROOT, f))?.kind === "terms");
}

/** The rule ids facts-mode lint reports on a terms file and on its seller file (the run reports on both). */
function factsRuleIds(cwd: string, termsPath: string): { ids: Set<string>; terms: LoadedTerms } {
  const run = new Linter({ cwd, asOf: AS_OF }).lintPaths([termsPath]);
  const terms = run.documents.find((d) => d.absPath === join(cwd, termsPath))?.loaded as LoadedTerms;
  return { ids: new Set(run.results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "?"))), terms };
}

/** The rule ids prose-mode lint reports on a text, read with the audience and law of its source. */
function proseRuleIds(text: string, terms: LoadedTerms): Set<string> {
  const dir = mkdtempSync(join(tmpdir(), "clausier-invariant-"));
  try {
    writeFileSync(join(dir, "rendered.txt"), text);
    const law = fromModel(terms)!.law;
    const run = new Linter({ cwd: dir, asOf: AS_OF, defaults: { audience: terms.data.audience, law } }).lintPaths(["rendered.txt"]);
    return new Set(run.results.flatMap((r) => r.messages.map((m) => m.ruleId ?? "?")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scratch = mkdtempSync(join(tmpdir(), "clausier-invariant-pdf-"));
let seq = 0;

describe.skipIf(!chromium)("lint(render(terms)) ⊆ lint(terms) (one Chromium for the file)", () => {
  let printer: PdfPrinter;
  beforeAll(async () => {
    printer = await PdfPrinter.start();
  });
  afterAll(async () => {
    await printer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** The rendered PDF's text, as pdftotext reads it. */
  async function renderedText(terms: LoadedTerms): Promise<string> {
    const result = await new DocumentRenderer(printer, OPTIONS).render(terms);
    const pdf = result.outputs.find((o) => o.name.endsWith(".pdf"))!.content as Uint8Array;
    const file = join(scratch, `terms-${++seq}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  }

  async function check(cwd: string, termsPath: string) {
    const { ids: facts, terms } = factsRuleIds(cwd, termsPath);
    const text = await renderedText(terms);
    const prose = proseRuleIds(text, terms);
    return { facts: [...facts].sort(), extra: [...prose].filter((id) => !facts.has(id)).sort(), text };
  }

  const files = termsFiles();
  it("finds the bundled terms files and fixtures", () => {
    expect(files).toEqual(expect.arrayContaining(["terms/altairis/cgv.yaml", "terms/luxoges/cgu.yaml", "test/render/fixtures/special/franchise-terms.yaml"]));
  });

  it.each(files)("%s", async (path) => {
    const { extra } = await check(ROOT, path);
    expect(extra).toEqual([]);
  }, 60_000);

  it("a CGU prints the penalty, indemnity, escompte and law of the CGT it is bound to", async () => {
    const { text } = await check(ROOT, "terms/luxoges/cgu.yaml");
    expect(text).toContain("Pénalités de retard : 3 fois le taux d'intérêt légal (selon les conditions générales tarifaires)");
    expect(text).toMatch(/Indemnité forfaitaire pour frais de recouvrement : 40,00\s€/);
  }, 60_000);

  it("bound into one PDF with its CGT (--bind, or appended to a quote), a CGU does not restate the CGT's facts", async () => {
    const cgt = new Workspace(ROOT).load(join(ROOT, "terms/luxoges/cgt.yaml")) as LoadedTerms;
    const result = await new DocumentRenderer(printer, { ...OPTIONS, bind: true }).render(cgt);
    const file = join(scratch, `bound-${++seq}.pdf`);
    writeFileSync(file, result.outputs.find((o) => o.name.endsWith(".pdf"))!.content as Uint8Array);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Retard de paiement");
    expect(text).not.toContain("selon les conditions générales tarifaires");
  }, 60_000);

  it("100 generated terms files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "clausier-invariant-gen-"));
    try {
      let n = 0;
      const seen = { clean: 0, generatedSection: 0 };
      await fc.assert(
        fc.asyncProperty(generatedTerms(), async (terms) => {
          const name = `cgv-${++n}.yaml`;
          writeFileSync(join(dir, name), stringify(terms, { lineWidth: 0 }));
          const { facts, extra, text } = await check(dir, name);
          expect(extra).toEqual([]);
          if (!facts.length) seen.clean++;
          if (text.includes(LEGAL_FACTS_TITLE)) seen.generatedSection++;
        }),
        { numRuns: 100, seed: 20261206, endOnFailure: true },
      );
      // The runs cover both halves of the invariant: clean sources, and facts that only the generated section states.
      expect(seen.clean).toBeGreaterThan(0);
      expect(seen.generatedSection).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

// ---------------------------------------------------------------------------------------------
// Generated terms: a valid B2B CGV whose facts are varied, removed or added, and clauses dropped.

const SELLER = {
  id: "exemple",
  legalName: "Exemple",
  legalForm: "SAS",
  shareCapital: { amount: "10000" },
  registeredOffice: { street: "1 rue de la Paix", postalCode: "44000", city: "Nantes", country: "FR" },
  country: "FR",
  siren: "732 829 320",
  rcs: { city: "Nantes", number: "732 829 320" },
  vat: { regime: "liable", number: "FR44732829320" },
};

const CLAUSES = {
  objet: { id: "objet", number: "1", title: "Objet", body: "Les présentes conditions s'appliquent à toutes les ventes.\n" },
  paiement: { id: "paiement", number: "2", title: "Paiement", body: "Les factures sont payables à trente jours à compter de leur date.\n" },
  retard: {
    id: "retard",
    number: "3",
    title: "Retard de paiement",
    body: "Tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal et une indemnité forfaitaire pour frais de recouvrement de 40 €.\n",
  },
  escompte: { id: "escompte", number: "4", title: "Escompte", body: "Aucun escompte n'est accordé en cas de paiement anticipé.\n" },
  retractation: { id: "retractation", number: "5", title: "Rétractation", body: "Le consommateur dispose d'un délai de quatorze jours pour exercer son droit de rétractation.\n" },
  mediation: { id: "mediation", number: "6", title: "Médiation", body: "Le consommateur peut recourir gratuitement au médiateur CM2C (www.cm2c.net).\n" },
  litiges: { id: "litiges", number: "7", title: "Litiges", body: "Le droit français s'applique. Tout litige relève du Tribunal de commerce de Nantes.\n" },
};

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function generatedTerms(): fc.Arbitrary<Record<string, unknown>> {
  const payment = fc.record(
    {
      termDays: fc.constantFrom(0, 30, 45, 60, 90),
      termBasis: fc.constantFrom("invoice-date", "end-of-month", "on-order", "on-receipt", "period-start"),
      means: fc.subarray(["transfer", "card", "cheque"], { minLength: 1 }),
      earlyPaymentDiscount: fc.oneof(fc.constant({ kind: "none" }), fc.record({ kind: fc.constant("rate"), rate: fc.constantFrom("1", "2.5"), withinDays: fc.constantFrom(8, 10) })),
    },
    { requiredKeys: ["termDays", "termBasis"] },
  );
  const penalty = fc.oneof(
    fc.record({ kind: fc.constant("legal-rate-multiple"), multiple: fc.constantFrom("1.5", "3", "2") }),
    fc.record({ kind: fc.constant("ecb-plus"), points: fc.constantFrom("7", "8", "10") }),
    fc.record({ kind: fc.constant("fixed"), annualRate: fc.constantFrom("5", "12", "15") }),
  );
  const indemnity = fc.constantFrom({ amount: "40" }, { amount: "30" }, { amount: "40", percentOfBalance: "10" }, {});
  const latePayment = fc.record({ penalty, recoveryIndemnity: indemnity }, { requiredKeys: [] });
  const withdrawal = fc.constantFrom({ applies: true }, { applies: true, days: 14 }, { applies: true, days: 7 }, { applies: false, exception: "biens confectionnés selon les spécifications du consommateur (C. conso L221-28 3°)" }, { applies: false });
  const jurisdiction = fc.constantFrom(
    { type: "named-court", court: "Tribunal de commerce", city: "Nantes", country: "FR" },
    { type: "courts-of-city", city: "Luxembourg", country: "LU" },
    { type: "seller-registered-office" },
  );
  const mediator = fc.constantFrom({ name: "CM2C", website: "www.cm2c.net" }, { name: "CM2C" });
  // The seller: a company, or an individual entrepreneur under the VAT franchise.
  const seller = fc.constantFrom(SELLER, {
    ...SELLER,
    legalName: "Jeanne Martin",
    legalForm: "EI",
    personName: "Jeanne Martin",
    shareCapital: undefined,
    rcs: undefined,
    vat: { regime: "franchise" },
  });
  return fc
    .record({
      audience: fc.constantFrom("b2b", "b2c", "mixed"),
      governingLaw: optional(fc.constantFrom("FR", "LU")),
      jurisdiction: optional(jurisdiction),
      payment: optional(payment),
      latePayment: optional(latePayment),
      withdrawal: optional(withdrawal),
      mediator: optional(mediator),
      seller,
      citeFacts: fc.boolean(),
      clauses: fc.subarray(Object.keys(CLAUSES) as (keyof typeof CLAUSES)[]),
    })
    .map((g) => ({
      kind: "cgv",
      id: "exemple-cgv",
      title: "Conditions générales de vente",
      effectiveDate: "2026-01-01",
      language: "fr",
      audience: g.audience,
      ...(g.governingLaw ? { governingLaw: g.governingLaw } : {}),
      ...(g.jurisdiction ? { jurisdiction: g.jurisdiction } : {}),
      seller: JSON.parse(JSON.stringify({ ...g.seller, ...(g.mediator ? { mediator: g.mediator } : {}) })) as Record<string, unknown>,
      ...(g.payment ? { payment: g.payment } : {}),
      ...(g.latePayment ? { latePayment: g.latePayment } : {}),
      ...(g.withdrawal ? { consumer: { withdrawal: g.withdrawal } } : {}),
      clauses: [
        CLAUSES.objet,
        ...g.clauses.filter((c) => c !== "objet").map((c) => CLAUSES[c]),
        // A clause that cites the facts rather than writing them.
        ...(g.citeFacts && g.latePayment?.penalty?.kind === "legal-rate-multiple" && g.payment
          ? [{ id: "cite", number: "8", title: "Facturation", body: "Paiement à {{payment.termDays}} jours ; pénalités de retard de {{latePayment.penalty.multiple}} fois le taux d'intérêt légal.\n" }]
          : []),
      ],
    }));
}
