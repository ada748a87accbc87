// refundView(derived): a payment statement (relevé de remboursement, décompte), never a credit note:
// the avoirs are documents of their own (credit-note.ts). It cites the refunded invoice, the policy
// clause applied, the computation step by step as src/money explains it, and the client's account
// across the invoice, its credit notes and the fee invoices when the statement lists them.
import { valueOf, type DerivedRefund } from "../../documents/index.js";
import { type Decimal, formatAmount, formatDate, formatPercent, amountInWords, splitTtc, wordStepForDocument } from "../../money/index.js";
import { type Branding, brandingOf } from "../branding.js";
import { type ClientView, type SellerView, clientView, sellerOf } from "./common.js";
import type { MentionLine, TotalRow } from "./invoice.js";
import { TERMS_KIND_LABELS } from "./terms.js";

export interface RefundView {
  kind: "refund";
  title: string;
  number: string;
  issueDate: string;
  currency: string;
  seller: SellerView;
  client: ClientView;
  branding: Branding;
  meta: MentionLine[];
  /** "Remboursement au titre de la facture n° … : remboursement au prorata des prestations fournies." */
  object: string;
  reason: string | null;
  /** Plain French sentences and their amounts (negative for a deduction): no formula on a client document. */
  steps: { label: string; amount: string | null }[];
  totalRows: TotalRow[];
  /** The client's account: invoice, credit notes, fee invoices, paid, balance; null when none is listed. */
  account: TotalRow[] | null;
  /** The VAT included in the refunded principal: "Dont TVA 20 % : 80,00 € (400,00 € HT)". */
  vatIncluded: string | null;
  /** "Arrêté le présent relevé à la somme de …" when something is refunded (euros only: amountInWords knows no other currency). */
  inWords: string | null;
  notes: string | null;
  legalMentions: string[];
}

const POLICY_KINDS: Record<string, string> = {
  "prepaid-plan-prorata": "remboursement au prorata d'un forfait payé d'avance",
  "pro-rata-services": "remboursement au prorata des prestations fournies",
  "end-of-period-no-refund": "résiliation en fin de période, sans remboursement",
  "service-outcome": "remboursement selon l'issue de la prestation",
  "cancellation-windows": "frais d'annulation selon le préavis",
};

export function refundView(derived: DerivedRefund): RefundView {
  const data = derived.loaded.data;
  const terms = derived.references.terms;
  const result = valueOf(derived.statement);
  const currency = derived.currency;
  const fa = (d: Decimal) => formatAmount(d, currency);
  const invoice = derived.references.invoice.data;
  const policy = derived.policy;
  const clause = terms.data.clauses.find((c) => c.id === policy?.clause);
  const termsLabel = TERMS_KIND_LABELS[terms.data.kind];
  const clauseRef = clause ? `${clause.number ? `clause ${clause.number} ` : "clause "}« ${clause.title} »` : `politique « ${data.policy} »`;

  const row = (label: string, amount: Decimal, emphasis = false): TotalRow => ({ label, value: fa(amount), emphasis });
  const stillDue = result.stillDue && !result.stillDue.isZero() ? result.stillDue : undefined;
  const withInterest = !result.interest.isZero();
  const rows: TotalRow[] = [row("Sommes versées par le client", result.paid)];
  // Kept out of what was paid: a deduction, printed negative.
  if (result.fee) rows.push(row("Frais d'annulation", result.fee.negated()));
  rows.push(row("Montant remboursé", result.amount, !withInterest && !stillDue));
  if (withInterest) {
    rows.push(row("Intérêts au taux légal", result.interest));
    rows.push(row("Total remboursé", result.total, !stillDue));
  }
  if (stillDue) rows.push(row("Reste dû par le client", stillDue, true));
  // The VAT included in the refunded principal, when the invoice has a single rate (an avoir states
  // the reduction of VAT, CGI art. 289 I-5); interest bears no VAT.
  const account = accountRows(derived, fa);
  // One emphasised figure: the account's balance when there is one.
  if (account) for (const r of rows) r.emphasis = false;
  const refunded = !result.total.isZero();
  const groups = valueOf(derived.invoice.totals).vatBreakdown;
  const only = groups.length === 1 ? groups[0] : undefined;
  const split = only && only.category === "standard" && !only.rate.isZero() && !result.amount.isZero() ? splitTtc(result.amount, only.rate, currency) : undefined;

  return {
    kind: "refund",
    title: `${refunded ? "Relevé de remboursement" : "Décompte"} n° ${data.number}`,
    number: data.number,
    issueDate: data.issueDate,
    currency,
    seller: sellerOf(terms),
    client: clientView(invoice.client),
    branding: brandingOf(terms),
    meta: [
      { label: "Date d'émission", value: formatDate(data.issueDate) },
      { label: "Facture d'origine", value: `n° ${invoice.number} du ${formatDate(invoice.issueDate)}` },
      ...derived.creditNotes.map((n) => ({ label: "Avoir", value: `n° ${n.loaded.data.number} du ${formatDate(n.loaded.data.issueDate)}` })),
      ...derived.feeInvoices.map((i) => ({ label: "Facture des frais", value: `n° ${i.loaded.data.number} du ${formatDate(i.loaded.data.issueDate)}` })),
      { label: "Politique appliquée", value: `${clauseRef} des ${termsLabel.toLowerCase()}` },
    ],
    object: `Remboursement au titre de la facture n° ${invoice.number} : ${policy ? POLICY_KINDS[policy.kind] ?? policy.kind : data.policy}.`,
    reason: data.reason ?? null,
    // A French document for the client: its steps are plain French sentences whatever the user's locale.
    steps: result.steps.map((step) => wordStepForDocument(step, "fr")).map((s) => ({ label: s.label, amount: s.amount ? fa(s.amount) : null })),
    totalRows: rows,
    account,
    vatIncluded: split && only ? `Dont TVA ${formatPercent(only.rate)} : ${fa(split.vat)} (montant hors taxes : ${fa(split.ht)})` : null,
    inWords: currency !== "EUR" || !refunded ? null : `Arrêté le présent relevé à la somme de ${amountInWords(result.total, currency)} (${fa(result.total)}).`,
    notes: data.notes ?? null,
    legalMentions: [],
  };
}

/** The account rows, from the derived statement's account: each document's TTC, then the balance. */
function accountRows(derived: DerivedRefund, fa: (d: Decimal) => string): TotalRow[] | null {
  if (!derived.account) return null;
  const account = valueOf(derived.account);
  const doc = (kind: string, d: { loaded: { data: { number: string; issueDate: string } } }) => `${kind} n° ${d.loaded.data.number} du ${formatDate(d.loaded.data.issueDate)}`;
  const row = (label: string, amount: Decimal): TotalRow => ({ label, value: fa(amount), emphasis: false });
  const balance = account.balance;
  return [
    row(doc("Facture", derived.invoice), account.invoiced),
    ...derived.creditNotes.map((n) => row(doc("Avoir", n), valueOf(n.totals).totalGross.negated())),
    ...derived.feeInvoices.map((i) => row(doc("Facture des frais", i), valueOf(i.totals).totalGross)),
    row("Sommes versées par le client", account.paid.negated()),
    ...(account.interest.isZero() ? [] : [row("Intérêts au taux légal dus au client", account.interest.negated())]),
    { label: balance.isNegative() ? "À rembourser au client" : balance.isZero() ? "Solde" : "Reste dû par le client", value: fa(balance.abs()), emphasis: true },
  ];
}
