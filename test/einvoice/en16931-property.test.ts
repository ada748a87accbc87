// 200+ property-generated invoices (fast-check), and a credit note for every third one (whole or
// its first line): French and Luxembourg sellers, mixed VAT rates,
// exemptions, franchise en base, reverse charge, intra-EU supplies, allowances and charges, deposits
// and full payments, many lines, long accented texts with XML-special characters. Each one, built in
// memory and derived, is written as CII and UBL and checked by the official validator (French
// sellers with the BR-FR rules), in batches; the XML's totals must be derive()'s.
// Replay: CLAUSIER_PROPERTY_SEED=<seed> npx vitest run test/einvoice/en16931-property.test.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { derive, valueOf } from "../../src/documents/index.js";
import { ciiXml, en16931Of, ublXml } from "../../src/einvoice/index.js";
import { checkFrVat, checkIban, checkLuVat, checkSiren, checkSiret } from "../../src/legal/identifiers.js";
import type { Invoice, LoadedCreditNote, LoadedInvoice, Seller, Terms } from "../../src/model/documents.js";
import { derivedTotals } from "./en16931-fixtures.js";
import { loadedCreditNote, loadedInvoice } from "./en16931-build.js";
import { fatalRules, validator } from "./en16931-validator.js";

const RUNS = 200;
const SEED = Number(process.env.CLAUSIER_PROPERTY_SEED ?? 20261206);

// ---- Identifiers with valid keys --------------------------------------------------------------

function withKey(prefix: string, check: (s: string) => boolean): string {
  for (let d = 0; d < 10; d++) if (check(`${prefix}${d}`)) return `${prefix}${d}`;
  throw new Error(`no key for ${prefix}`);
}
const siren = (eight: string) => withKey(eight, (s) => checkSiren(s).valid);
const siret = (nine: string, four: string) => withKey(`${nine}${four}`, (s) => checkSiret(s).valid);
const frVat = (nine: string) => `FR${String((12 + 3 * (Number(nine) % 97)) % 97).padStart(2, "0")}${nine}`;
const luVat = (six: string) => `LU${six}${String(Number(six) % 89).padStart(2, "0")}`;
function frIban(bban: string): string {
  const check = 98 - Number(BigInt(`${bban}${"FR".split("").map((c) => c.charCodeAt(0) - 55).join("")}00`) % 97n);
  return `FR${String(check).padStart(2, "0")}${bban}`;
}

// ---- Texts: accents, XML-special characters, long ---------------------------------------------

const WORDS = ["Prestation", "d'été", "Œuvre", "façade", "crème brûlée", "<b>gras</b>", "Tom & Jerry", '"guillemets"', "l'apostrophe", "]]>", "a > b", "ÉÈÊË", "ñandú", "Müller", "€ 12,50", "n° 42", "naïve", "😀", "«\u00a0insécable\u00a0»", "x"];
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((w) => w.join(" "));
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => (c / 100).toFixed(2));

type Scenario = "standard" | "franchise" | "not-subject" | "luxembourg";

const FR_RATES = ["20", "10", "5.5", "2.1"];
const LU_RATES = ["17", "14", "8", "3"];

const address = (country: string) =>
  fc.record({ street: words(1, 6).map((w) => `12 ${w}`), postalCode: digits(5), city: words(1, 2), country: fc.constant(country) });

interface Generated {
  seller: Seller;
  terms: Partial<Terms>;
  invoice: Invoice;
  /** Share of the total already paid: 0, a deposit, or all of it. */
  paidShare: number;
}

function sellerArb(scenario: Scenario): fc.Arbitrary<Seller> {
  return fc.record({ s8: digits(8), four: digits(4), lu6: digits(6), bban: digits(23), name: words(1, 4), office: address(scenario === "luxembourg" ? "LU" : "FR"), holder: fc.option(words(1, 3), { nil: undefined }), debits: fc.boolean() }).map(({ s8, four, lu6, bban, name, office, holder, debits }) => {
    const nine = siren(s8);
    const iban = frIban(bban);
    if (!checkIban(iban).valid) throw new Error(`IBAN ${iban}`);
    const base = { kind: "seller" as const, id: "vendeur", legalName: `Vendeur ${name}`, registeredOffice: office, bankAccounts: [{ id: "main", iban, bic: "BNPAFRPP", ...(holder ? { holder } : {}) }] as Seller["bankAccounts"], contact: { email: "factures@vendeur.example" } };
    if (scenario === "luxembourg") {
      const vat = luVat(lu6);
      if (!checkLuVat(vat).valid) throw new Error(vat);
      return { ...base, country: "LU", rcs: { number: `B${lu6}` }, vat: { regime: "liable" as const, number: vat } };
    }
    const vatNumber = frVat(nine);
    if (!checkFrVat(vatNumber).valid) throw new Error(vatNumber);
    const regime = scenario === "franchise" ? "franchise" : scenario === "not-subject" ? "not-subject" : "liable";
    return { ...base, country: "FR", siren: nine, siret: siret(nine, four), vat: regime === "liable" ? { regime, number: vatNumber, ...(debits ? { onDebits: true } : {}) } : { regime } };
  });
}

function clientArb(scenario: Scenario, needsVat: boolean): fc.Arbitrary<Invoice["client"]> {
  return fc
    .record({ foreign: fc.boolean(), s8: digits(8), lu6: digits(6), name: words(1, 5), fr: address("FR"), lu: address("LU"), delivery: fc.option(address("FR"), { nil: undefined }) })
    .map(({ foreign, s8, lu6, name, fr, lu, delivery }) => {
      const nine = siren(s8);
      // A client not subject to VAT identification (BR-O-02) is French, identified by its SIREN only.
      const abroad = scenario !== "not-subject" && (foreign || needsVat);
      const client: Invoice["client"] = abroad
        ? { type: "business", name: `Client ${name}`, vatNumber: luVat(lu6), address: lu, email: "compta@client.example" }
        : { type: "business", name: `Client ${name}`, siren: nine, address: fr, ...(scenario === "not-subject" ? {} : { vatNumber: frVat(nine) }) };
      return delivery ? { ...client, deliveryAddress: delivery } : client;
    });
}

type Vat = Invoice["lines"][number]["vat"];

function vatArb(scenario: Scenario): fc.Arbitrary<Vat> {
  switch (scenario) {
    case "franchise":
      return fc.constant({ category: "exempt" as const, reason: "TVA non applicable, art. 293 B du CGI" });
    case "not-subject":
      return fc.constant({ category: "out-of-scope" as const, reason: "Opération hors du champ de la TVA" });
    case "luxembourg":
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LU_RATES).map((rate) => ({ rate })) }, { weight: 1, arbitrary: fc.constant({ category: "exempt" as const, reason: "Exonération, art. 44 de la loi TVA luxembourgeoise" }) });
    case "standard":
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...FR_RATES).map((rate) => ({ rate })) },
        { weight: 1, arbitrary: fc.constant({ rate: "0" }) },
        { weight: 1, arbitrary: fc.constant({ category: "exempt" as const, reason: "Exonération de TVA, art. 261 C du CGI (opérations bancaires)" }) },
        { weight: 1, arbitrary: fc.constant({ category: "reverse-charge" as const, reason: "Autoliquidation, art. 283-2 du CGI" }) },
        { weight: 1, arbitrary: fc.constant({ category: "intra-eu-goods" as const, reason: "Exonération de TVA, art. 262 ter I du CGI" }) },
      );
  }
}

const lineArb = (scenario: Scenario) =>
  fc.record({
    description: words(1, 40),
    quantity: fc.integer({ min: 1, max: 50_000 }).map((q) => (q / 1000).toString()),
    unit: fc.constantFrom(undefined, "heure", "jour", "mois", "forfait", "km", "pièce", "séance"),
    unitPrice: cents(0, 2000),
    discountPercent: fc.option(fc.integer({ min: 1, max: 500 }).map((p) => (p / 10).toString()), { nil: undefined, freq: 4 }),
    vat: vatArb(scenario),
  });

function generatedArb(scenario: Scenario): fc.Arbitrary<Generated> {
  return fc
    .record({
      seller: sellerArb(scenario),
      lines: fc.oneof({ weight: 3, arbitrary: fc.array(lineArb(scenario), { minLength: 1, maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(lineArb(scenario), { minLength: 20, maxLength: 40 }) }),
      ttc: fc.boolean(),
      day: fc.integer({ min: 0, max: 500 }),
      number: fc.tuple(fc.constantFrom("FA", "F", "INV"), digits(4)).map(([p, n]) => `${p}-2026-${n}`),
      period: fc.boolean(),
      order: fc.option(words(1, 3).map((w) => `BC ${w}`), { nil: undefined }),
      notes: fc.option(words(3, 30), { nil: undefined }),
      acs: fc.array(fc.record({ kind: fc.constantFrom("allowance" as const, "charge" as const), reason: words(1, 6), amount: cents(0, 50) }), { maxLength: 3 }),
      paid: fc.constantFrom(0, 0, 0, 0.3, 1),
      category: fc.constantFrom("goods" as const, "services" as const, "mixed" as const),
      negativeLine: fc.boolean(),
    })
    .chain((g) => {
      const needsVat = g.lines.some((l) => "category" in l.vat && (l.vat.category === "reverse-charge" || l.vat.category === "intra-eu-goods"));
      return clientArb(scenario, needsVat).map((client) => ({ ...g, client }));
    })
    .map((g): Generated => {
      const issueDate = new Date(Date.UTC(2026, 0, 1) + g.day * 86_400_000).toISOString().slice(0, 10);
      const lines: Invoice["lines"] = g.lines.map((l) => Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined)) as Invoice["lines"][number]);
      // A credit line (negative quantity) smaller than the first line, in its VAT group.
      if (g.negativeLine) lines.push({ description: "Avoir sur prestation : « geste commercial »", quantity: "-1", unitPrice: "0.50", vat: lines[0]!.vat });
      const intraEu = lines.some((l) => "category" in l.vat && l.vat.category === "intra-eu-goods");
      const invoice: Invoice = {
        kind: "invoice",
        number: g.number,
        issueDate,
        // BR-IC-11: an intra-EU supply states when the goods were delivered.
        ...(intraEu || g.period ? { saleDate: issueDate } : {}),
        ...(g.period ? { servicePeriod: { from: issueDate, to: issueDate } } : {}),
        terms: "../terms/cgv.yaml",
        client: g.client,
        ...(g.order ? { orderNumber: g.order } : {}),
        operationCategory: g.category,
        pricesInclude: g.ttc ? "TTC" : "HT",
        lines,
        allowancesCharges: g.acs.map((a, i) => ({ ...a, vat: lines[i % lines.length]!.vat })),
        ...(g.notes ? { notes: g.notes } : {}),
      };
      const terms: Partial<Terms> = {
        governingLaw: scenario === "luxembourg" ? "LU" : "FR",
        payment: { termDays: 30, termBasis: "invoice-date", means: ["transfer"], earlyPaymentDiscount: { kind: "none" } },
        latePayment: { penalty: { kind: "legal-rate-multiple", multiple: 3 }, recoveryIndemnity: { amount: "40" } },
      };
      return { seller: g.seller, terms, invoice, paidShare: g.paid };
    });
}

/** The loaded invoice, with the payments of its share of the total (a deposit, or all of it). */
function build(g: Generated): LoadedInvoice | undefined {
  const unpaid = loadedInvoice(g.invoice, g.terms, g.seller);
  const totals = derive(unpaid).totals;
  // A document whose lines cannot be split (negative total) is not an invoice to send: drawn again.
  if (totals.error !== undefined || valueOf(totals).totalGross.isNegative() || valueOf(totals).totalGross.isZero()) return undefined;
  if (g.paidShare === 0) return unpaid;
  const amount = valueOf(totals).totalGross.times(g.paidShare).toDecimalPlaces(2).toFixed(2);
  return loadedInvoice({ ...g.invoice, payments: [{ date: g.invoice.issueDate, amount, label: "Acompte « virement » & co" }] }, g.terms, g.seller);
}

const SCENARIOS: [Scenario, number][] = [
  ["standard", 110],
  ["luxembourg", 50],
  ["franchise", 25],
  ["not-subject", 25],
];

const scratch = mkdtempSync(join(tmpdir(), "clausier-property-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const generated: { scenario: Scenario; doc: LoadedInvoice; source: Generated }[] = [];
for (const [scenario, count] of SCENARIOS) {
  const samples = fc.sample(generatedArb(scenario), { numRuns: count * 2, seed: SEED + count });
  let kept = 0;
  for (const source of samples) {
    if (kept === count) break;
    const doc = build(source);
    if (doc) {
      generated.push({ scenario, doc, source });
      kept++;
    }
  }
}

/** Every third invoice gets its avoir: the whole invoice, or its first line only (a partial credit). */
const creditNotes: { scenario: Scenario; doc: LoadedCreditNote }[] = generated
  .filter((_, i) => i % 3 === 0)
  .map(({ scenario, doc }, i) => {
    const { lines, issueDate, number } = doc.data;
    const scope = i % 2 === 0 ? { cancels: "whole" as const } : { lines: [{ ...lines[0]!, quantity: String(lines[0]!.quantity).replace(/^-/, "") }] };
    const data = { kind: "credit-note" as const, number: `AV-${number}`, issueDate, terms: "../terms/cgv.yaml", invoice: `./${number}.yaml`, reason: "Annulation « totale » & geste commercial", ...scope };
    return { scenario, doc: loadedCreditNote(data, doc) };
  })
  .filter(({ doc }) => {
    const totals = derive(doc).totals;
    return totals.error === undefined && !valueOf(totals).totalGross.isNegative() && !valueOf(totals).totalGross.isZero();
  });

describe("property-generated invoices", () => {
  it(`generates at least ${RUNS} invoices of every scenario`, () => {
    expect(generated.length).toBeGreaterThanOrEqual(RUNS);
    expect(creditNotes.length).toBeGreaterThan(50);
    expect(creditNotes.filter(({ doc }) => doc.data.cancels === "whole").length).toBeGreaterThan(20);
    for (const [scenario] of SCENARIOS) expect(generated.filter((g) => g.scenario === scenario).length).toBeGreaterThan(0);
  });

  it("covers every case the brief lists (so a quiet generator cannot pass for a thorough one)", () => {
    const semantic = generated.map(({ doc }) => ({ doc, e: en16931Of(derive(doc)) }));
    const codes = new Set(semantic.flatMap(({ e }) => e.vatBreakdown.map((v) => v.code)));
    expect([...codes].sort()).toEqual(["AE", "E", "K", "O", "S", "Z"]);
    const rates = new Set(semantic.flatMap(({ e }) => e.vatBreakdown.flatMap((v) => (v.code === "S" ? [v.rate!.toString()] : []))));
    expect([...rates].sort()).toEqual(["10", "14", "17", "2.1", "20", "3", "5.5", "8"]);
    const count = (test: (x: (typeof semantic)[number]) => boolean) => semantic.filter(test).length;
    expect(count(({ e }) => e.vatBreakdown.some((v) => v.exemptionCode === "VATEX-FR-FRANCHISE"))).toBeGreaterThan(10);
    expect(count(({ doc }) => doc.data.pricesInclude === "TTC")).toBeGreaterThan(50);
    expect(count(({ e }) => e.allowancesCharges.some((a) => a.charge) && e.allowancesCharges.some((a) => !a.charge))).toBeGreaterThan(10);
    expect(count(({ e }) => e.businessProcess.endsWith("2"))).toBeGreaterThan(10);
    expect(count(({ e }) => !e.totals.paid.isZero() && !e.totals.due.isZero())).toBeGreaterThan(10);
    expect(count(({ e }) => e.lines.length >= 20)).toBeGreaterThan(5);
    expect(count(({ e }) => e.lines.some((l) => l.quantity.isNegative()))).toBeGreaterThan(10);
    expect(count(({ e }) => e.lines.some((l) => /[<&"']/.test(l.name) && /[éèœ]/i.test(l.name)))).toBeGreaterThan(100);
    expect(count(({ e }) => e.lines.some((l) => l.grossPrice !== undefined))).toBeGreaterThan(20);
    expect(count(({ e }) => e.vatPointCode === "5" && e.notes.some((n) => n.subject === "TXD"))).toBeGreaterThan(10);
  });

  it("the CII and UBL totals are derive()'s", () => {
    const RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
    for (const { doc } of generated) {
      const derived = derive(doc);
      const expected = derivedTotals(derived);
      const cii = new DOMParser().parseFromString(ciiXml(en16931Of(derived)), "text/xml");
      const summation = cii.getElementsByTagNameNS(RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")[0]!;
      const read = (name: string) => summation.getElementsByTagNameNS(RAM, name)[0]?.textContent;
      expect([doc.data.number, ...Object.keys(expected).map(read)]).toEqual([doc.data.number, ...Object.values(expected)]);
      expect(ublXml(en16931Of(derived))).toContain(`<cbc:PayableAmount currencyID="EUR">${expected.DuePayableAmount}</cbc:PayableAmount>`);
    }
  });

  it.skipIf(!validator)("every one, invoice or credit note, passes the official validator as CII and as UBL (French sellers with --fr)", () => {
    const failures: string[] = [];
    const documents: { scenario: Scenario; doc: LoadedInvoice | LoadedCreditNote; source?: Generated }[] = [...generated, ...creditNotes];
    for (const fr of [true, false]) {
      const batch = documents.filter((g) => (g.scenario !== "luxembourg") === fr);
      const files: { file: string; index: number }[] = [];
      for (const [i, { doc }] of batch.entries()) {
        const semantic = en16931Of(derive(doc));
        for (const [format, xml] of [["cii", ciiXml(semantic)], ["ubl", ublXml(semantic)]] as const) {
          const file = join(scratch, `${fr ? "fr" : "lu"}-${i}.${format}.xml`);
          writeFileSync(file, xml);
          files.push({ file, index: i });
        }
      }
      for (let start = 0; start < files.length; start += 120) {
        const chunk = files.slice(start, start + 120);
        const found = fatalRules(chunk.map((c) => c.file), { fr });
        for (const { file, index } of chunk) {
          const rules = found.get(file) ?? ["(absent du rapport)"];
          if (rules.length) failures.push(`${file}: ${rules.join(", ")}\n${JSON.stringify(batch[index]!.source ?? batch[index]!.doc.data)}`);
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  }, 900_000);
});
