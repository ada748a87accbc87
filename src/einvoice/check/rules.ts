// The EN 16931 business rules `check-einvoice` implements (a subset: docs/einvoicing.md lists
// them), with the official ids, over the view read from CII or UBL; and the French BR-FR rules
// that can be checked from it. Sums are decimal.js; roundings and tolerances follow the CEN
// schematron 1.3.16 so that an invoice the official artefacts accept is accepted here too.
import { checkSiren } from "../../legal/identifiers.js";
import { D, sum, type Decimal } from "../../money/decimal.js";
import { formulas, frenchNotes, terms, vatCategoryName, type TermId } from "./messages.js";
import type { CheckMessageId, Field, Finding, InvoiceView, Position, Profile, VatBreakdown } from "./types.js";

/** xs:decimal as the XSD writes it: no exponent, no thousands separator. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** XPath round(x * 100) div 100: half towards positive infinity, as the schematron rounds. */
const cents = (d: Decimal) => d.toDecimalPlaces(2, D.ROUND_HALF_CEIL);

/** Where a money amount's decimals are checked: its BR-DEC id. */
const DEC_RULES: Partial<Record<TermId, string>> = {
  "BT-92": "BR-DEC-01",
  "BT-99": "BR-DEC-05",
  "BT-106": "BR-DEC-09",
  "BT-107": "BR-DEC-10",
  "BT-108": "BR-DEC-11",
  "BT-109": "BR-DEC-12",
  "BT-110": "BR-DEC-13",
  "BT-112": "BR-DEC-14",
  "BT-113": "BR-DEC-16",
  "BT-114": "BR-DEC-17",
  "BT-115": "BR-DEC-18",
  "BT-116": "BR-DEC-19",
  "BT-117": "BR-DEC-20",
  "BT-131": "BR-DEC-23",
};

/** The EN 16931 rule prefix of each VAT category (K is « IC », L « IG », M « IP »). */
const CATEGORY_RULE: Record<string, string> = { S: "S", Z: "Z", E: "E", AE: "AE", K: "IC", G: "G", O: "O", L: "IG", M: "IP" };
/** Categories whose VAT is nil: BR-x-09 wants 0, BR-x-10 wants an exemption reason. */
const NIL_VAT = ["E", "AE", "K", "G", "O"];

class Findings {
  readonly list: Finding[] = [];
  private readonly numbers = new Map<Field, Decimal | null>();
  private readonly decimalsReported = new Set<Field>();

  report(ruleId: string, messageId: CheckMessageId, data: Finding["data"], at: Position | undefined, severity: Finding["severity"] = "error"): void {
    this.list.push({ ruleId, severity, messageId, data, ...(at ? { at } : {}) });
  }

  missing(ruleId: string, bt: TermId, at: Position | undefined): void {
    this.report(ruleId, "MISSING", { term: terms[bt], bt }, at);
  }

  /** The field's number, or undefined (absent, or not a decimal: reported once, as XSD). */
  number(f: Field | undefined, bt: TermId): Decimal | undefined {
    if (!f) return undefined;
    if (!this.numbers.has(f)) {
      const ok = DECIMAL.test(f.text);
      if (!ok) this.report("XSD", "NOT_DECIMAL", { term: terms[bt], bt, value: f.text }, f.at);
      this.numbers.set(f, ok ? new D(f.text) : null);
    }
    return this.numbers.get(f) ?? undefined;
  }

  /** An amount: a number with at most two decimals (BR-DEC-xx, reported once per field). */
  amount(f: Field | undefined, bt: TermId): Decimal | undefined {
    const value = this.number(f, bt);
    const rule = DEC_RULES[bt];
    if (value && rule && f && (f.text.split(".")[1]?.length ?? 0) > 2 && !this.decimalsReported.has(f)) {
      this.decimalsReported.add(f);
      this.report(rule, "TOO_MANY_DECIMALS", { term: terms[bt], bt, value: f.text }, f.at);
    }
    return value;
  }
}

const money = (d: Decimal) => d.toFixed(2);

/** EN 16931 rules. MINIMUM and BASIC WL carry no lines: only their header and totals are checked. */
export function en16931Rules(view: InvoiceView, profile: Profile): Finding[] {
  const f = new Findings();
  const full = profile !== "MINIMUM" && profile !== "BASICWL";
  const { seller, buyer, totals } = view;

  // Mandatory business terms (BR-01…BR-16).
  if (!view.specification?.text) f.missing("BR-01", "BT-24", view.root);
  if (!view.number?.text) f.missing("BR-02", "BT-1", view.root);
  if (!view.issueDate?.text) f.missing("BR-03", "BT-2", view.root);
  if (!view.typeCode?.text) f.missing("BR-04", "BT-3", view.root);
  if (!view.currency?.text) f.missing("BR-05", "BT-5", view.root);
  if (!seller.name?.text) f.missing("BR-06", "BT-27", seller.at ?? view.root);
  if (!buyer.name?.text) f.missing("BR-07", "BT-44", buyer.at ?? view.root);
  if (profile !== "MINIMUM") {
    if (!seller.address) f.missing("BR-08", "BG-5", seller.at ?? view.root);
    else if (!seller.country?.text) f.missing("BR-09", "BT-40", seller.address);
    if (!buyer.address) f.missing("BR-10", "BG-8", buyer.at ?? view.root);
    else if (!buyer.country?.text) f.missing("BR-11", "BT-55", buyer.address);
    if (!totals.lineNet) f.missing("BR-12", "BT-106", totals.at ?? view.root);
  }
  if (!totals.taxBasis) f.missing("BR-13", "BT-109", totals.at ?? view.root);
  if (!totals.grandTotal) f.missing("BR-14", "BT-112", totals.at ?? view.root);
  if (!totals.due) f.missing("BR-15", "BT-115", totals.at ?? view.root);
  if (full && !view.lines.length) f.report("BR-16", "NO_LINES", {}, view.root);

  // Lines (BR-21…BR-27, BR-CO-04).
  const lineNets: Array<{ net: Decimal; category?: string; rate?: Decimal }> = [];
  if (full) {
    view.lines.forEach((line, index) => {
      const label = line.id?.text || String(index + 1);
      const lineMissing = (rule: string, bt: TermId) => f.report(rule, "LINE_MISSING", { line: label, term: terms[bt], bt }, line.at);
      if (!line.id?.text) lineMissing("BR-21", "BT-126");
      if (!line.quantity?.text) lineMissing("BR-22", "BT-129");
      else f.number(line.quantity, "BT-129");
      if (!line.unit?.text) lineMissing("BR-23", "BT-130");
      if (!line.net?.text) lineMissing("BR-24", "BT-131");
      if (!line.itemName?.text) lineMissing("BR-25", "BT-153");
      if (!line.netPrice?.text) lineMissing("BR-26", "BT-146");
      const price = f.number(line.netPrice, "BT-146");
      if (price?.isNegative() && !price.isZero()) f.report("BR-27", "NEGATIVE_NET_PRICE", { line: label, value: line.netPrice!.text }, line.netPrice!.at);
      if (!line.category?.text) lineMissing("BR-CO-04", "BT-151");
      const net = f.amount(line.net, "BT-131");
      if (net) lineNets.push({ net, category: line.category?.text, rate: f.number(line.rate, "BT-119") });
    });
  }

  const allowances = view.allowancesCharges.filter((a) => !a.charge);
  const charges = view.allowancesCharges.filter((a) => a.charge);
  const acAmounts = (list: typeof allowances, bt: TermId) => list.map((a) => ({ amount: f.amount(a.amount, bt), category: a.category?.text, rate: f.number(a.rate, "BT-119") }));
  const allowanceAmounts = acAmounts(allowances, "BT-92");
  const chargeAmounts = acAmounts(charges, "BT-99");

  // Totals (BR-CO-10…BR-CO-16).
  const lineNet = f.amount(totals.lineNet, "BT-106");
  const allowanceTotal = f.amount(totals.allowances, "BT-107");
  const chargeTotal = f.amount(totals.charges, "BT-108");
  const taxBasis = f.amount(totals.taxBasis, "BT-109");
  const vatTotal = f.amount(totals.vatTotal, "BT-110");
  const grandTotal = f.amount(totals.grandTotal, "BT-112");
  const prepaid = f.amount(totals.prepaid, "BT-113");
  const rounding = f.amount(totals.rounding, "BT-114");
  const due = f.amount(totals.due, "BT-115");
  const mismatch = (rule: keyof typeof formulas, bt: TermId, field: Field, actual: Decimal, expected: Decimal) => {
    if (!actual.equals(expected)) f.report(rule, "SUM_MISMATCH", { term: terms[bt], bt, actual: field.text, expected: money(expected), formula: formulas[rule] }, field.at);
  };
  const amountsOf = (list: Array<{ amount?: Decimal }>) => list.flatMap((a) => (a.amount ? [a.amount] : []));

  if (full && lineNet && totals.lineNet && lineNets.length === view.lines.length) mismatch("BR-CO-10", "BT-106", totals.lineNet, lineNet, cents(sum(lineNets.map((l) => l.net))));
  if (allowances.length || totals.allowances) {
    if (!totals.allowances) f.missing("BR-CO-11", "BT-107", totals.at ?? view.root);
    else if (allowanceTotal) mismatch("BR-CO-11", "BT-107", totals.allowances, allowanceTotal, cents(sum(amountsOf(allowanceAmounts))));
  }
  if (charges.length || totals.charges) {
    if (!totals.charges) f.missing("BR-CO-12", "BT-108", totals.at ?? view.root);
    else if (chargeTotal) mismatch("BR-CO-12", "BT-108", totals.charges, chargeTotal, cents(sum(amountsOf(chargeAmounts))));
  }
  if (profile !== "MINIMUM" && taxBasis && totals.taxBasis && lineNet) {
    mismatch("BR-CO-13", "BT-109", totals.taxBasis, taxBasis, cents(lineNet.minus(allowanceTotal ?? 0).plus(chargeTotal ?? 0)));
  }
  const vatAmounts = view.vat.map((v) => f.amount(v.amount, "BT-117"));
  if (profile !== "MINIMUM" && vatTotal && totals.vatTotal && vatAmounts.every(Boolean)) {
    mismatch("BR-CO-14", "BT-110", totals.vatTotal, vatTotal, cents(sum(vatAmounts as Decimal[])));
  }
  if (grandTotal && totals.grandTotal && taxBasis) mismatch("BR-CO-15", "BT-112", totals.grandTotal, grandTotal, cents(taxBasis.plus(vatTotal ?? 0)));
  if (due && totals.due && grandTotal) mismatch("BR-CO-16", "BT-115", totals.due, due, grandTotal.minus(prepaid ?? 0).plus(rounding ?? 0));

  if (profile !== "MINIMUM") vatRules(f, view, { full, lineNets, allowanceAmounts, chargeAmounts });
  return f.list;
}

interface Amounts {
  full: boolean;
  lineNets: Array<{ net: Decimal; category?: string; rate?: Decimal }>;
  allowanceAmounts: Array<{ amount?: Decimal; category?: string; rate?: Decimal }>;
  chargeAmounts: Array<{ amount?: Decimal; category?: string; rate?: Decimal }>;
}

/** The VAT breakdown (BG-23): BR-CO-17, BR-CO-18, BR-45…BR-48 and the per-category rules. */
function vatRules(f: Findings, view: InvoiceView, { full, lineNets, allowanceAmounts, chargeAmounts }: Amounts): void {
  if (!view.vat.length) {
    f.report("BR-CO-18", "NO_VAT_BREAKDOWN", {}, view.totals.at ?? view.root);
    return;
  }
  const breakdownCategories = new Set(view.vat.map((v) => v.category?.text));
  if (full) {
    const used = new Set([...lineNets.map((l) => l.category), ...allowanceAmounts.map((a) => a.category), ...chargeAmounts.map((c) => c.category)]);
    for (const category of used) {
      const prefix = category && CATEGORY_RULE[category];
      if (prefix && !breakdownCategories.has(category) && prefix !== "IG" && prefix !== "IP") {
        f.report(`BR-${prefix}-01`, "LINE_CATEGORY_WITHOUT_BREAKDOWN", { category: vatCategoryName(category) }, view.root);
      }
    }
  }
  for (const v of view.vat) breakdown(f, v, { full, lineNets, allowanceAmounts, chargeAmounts });
}

function breakdown(f: Findings, v: VatBreakdown, { full, lineNets, allowanceAmounts, chargeAmounts }: Amounts): void {
  const category = v.category?.text;
  if (!v.base) f.missing("BR-45", "BT-116", v.at);
  if (!v.amount) f.missing("BR-46", "BT-117", v.at);
  if (!category) f.missing("BR-47", "BT-118", v.at);
  if (!v.rate && category !== "O") f.missing("BR-48", "BT-119", v.at);
  const base = f.amount(v.base, "BT-116");
  const amount = f.amount(v.amount, "BT-117");
  const rate = f.number(v.rate, "BT-119");
  const names = { category: category ? vatCategoryName(category) : "?", rate: rate ? `${rate.toString()} %` : "" };

  // BR-CO-17: base × rate, rounded to the cent, within one currency unit as the CEN rule allows.
  if (base && amount && v.amount) {
    const expected = rate ? cents(base.abs().times(rate).div(100)) : undefined;
    const ok = !rate || rate.round().isZero() ? amount.round().isZero() : amount.abs().minus(1).lte(expected!) && amount.abs().plus(1).gte(expected!);
    if (!ok) f.report("BR-CO-17", "VAT_AMOUNT_MISMATCH", { ...names, actual: v.amount.text, expected: money(expected ?? D(0)) }, v.amount.at);
    // BR-S-09: the same for the standard rate, its one unit of tolerance excluded.
    if (category === "S" && expected && !(amount.abs().minus(1).lt(expected) && amount.abs().plus(1).gt(expected))) {
      f.report("BR-S-09", "VAT_AMOUNT_MISMATCH", { ...names, actual: v.amount.text, expected: money(expected) }, v.amount.at);
    }
  }
  if (!category) return;
  const prefix = CATEGORY_RULE[category];
  if (!prefix) return;

  // BR-x-08: the taxable amount is what the lines, allowances and charges of this category add up to
  // (per rate for S, exactly; within one unit for the others, as the CEN rules are written).
  if (full && base && v.base) {
    const same = (x: { category?: string; rate?: Decimal }) => x.category === category && (category !== "S" || (rate !== undefined && x.rate?.equals(rate)));
    const pick = (list: Array<{ amount?: Decimal; category?: string; rate?: Decimal }>) => sum(list.filter(same).flatMap((a) => (a.amount ? [a.amount] : [])));
    const expected = cents(sum(lineNets.filter(same).map((l) => l.net))).plus(cents(pick(chargeAmounts))).minus(cents(pick(allowanceAmounts)));
    const ok = category === "S" ? base.equals(expected) : base.minus(expected).abs().lt(1);
    if (!ok) f.report(`BR-${prefix}-08`, "VAT_BASE_MISMATCH", { ...names, actual: v.base.text, expected: money(expected) }, v.base.at);
  }
  if ((NIL_VAT.includes(category) || category === "Z") && amount && v.amount && !amount.isZero()) {
    f.report(`BR-${prefix}-09`, "VAT_AMOUNT_NOT_ZERO", { ...names, actual: v.amount.text }, v.amount.at);
  }
  const reason = Boolean(v.exemptionText?.text || v.exemptionCode?.text);
  if (NIL_VAT.includes(category) && !reason) f.report(`BR-${prefix}-10`, "EXEMPTION_REASON_MISSING", names, v.at);
  if ((category === "S" || category === "Z") && reason) f.report(`BR-${prefix}-10`, "EXEMPTION_REASON_FORBIDDEN", names, (v.exemptionText ?? v.exemptionCode)!.at);
}

/**
 * French rules (BR-FR, XP Z12-012) for a French seller's EN 16931 invoice; and the SIREN's Luhn key,
 * a warning only: no official rule checks it (the official examples use 987654321).
 */
export function frenchRules(view: InvoiceView): Finding[] {
  const f = new Findings();
  const sellerSiren = view.seller.legalIds.find((id) => id.scheme === "0002");
  if (!sellerSiren || !/^\d{9}$/.test(sellerSiren.text)) {
    f.report("BR-FR-10_BT-30", "FR_SIREN_MISSING", { value: sellerSiren?.text ?? "" }, sellerSiren?.at ?? view.seller.at ?? view.root);
  }
  for (const [party, bt] of [[view.seller, "BT-30"], [view.buyer, "BT-47"]] as const) {
    for (const id of party.legalIds) {
      if (id.scheme === "0002" && /^\d{9}$/.test(id.text) && !checkSiren(id.text).valid) f.report("FR-SIREN-LUHN", "FR_SIREN_INVALID", { value: id.text, bt }, id.at, "warning");
    }
  }
  // The BR-FR ids name the note by its code in CII and by its rank (1 PMT, 2 PMD, 3 AAB) in UBL.
  const cii = view.syntax === "CII";
  (["PMT", "PMD", "AAB"] as const).forEach((code, rank) => {
    const notes = view.notes.filter((n) => n.subject === code);
    if (!notes.length) f.report(cii ? `BR-FR-05_BT-22_${code}` : `BR-FR-05_BT-22-${rank + 1}`, "FR_NOTE_MISSING", { code, what: frenchNotes[code] }, view.root);
    if (notes.length > 1) f.report(cii ? `BR-FR-06_BT-21_${code}` : `BR-FR-06_BT-21-${rank + 1}`, "FR_NOTE_DUPLICATE", { code, count: notes.length }, notes[1]!.at);
  });
  return f.list;
}
