// Imputation of a payment on what the client owes (Pétillances: « imputés par priorité sur les
// intérêts, les indemnités forfaitaires et les éventuels frais d'avocat et ensuite sur les factures
// les plus anciennes »; C. civ. art. 1343-1 also puts interest before principal).
import { type IsoDate, compareDates } from "../legal/dates.js";
import { type Decimal, type DecimalInput, D, ZERO, toAmount } from "./decimal.js";
import { step, type Explained, type Step, ComputationError } from "./explain.js";
import type { StepMessageId } from "./step-messages.js";
import { formatAmount, localizedDate } from "./format.js";

export type ImputationKind = "interest" | "indemnities" | "fees" | "oldest-invoices";

export const DEFAULT_IMPUTATION_ORDER: readonly ImputationKind[] = ["interest", "indemnities", "fees", "oldest-invoices"];

export interface OpenInvoice {
  id: string;
  date: IsoDate;
  balance: DecimalInput;
}

export interface Debts {
  interest?: DecimalInput;
  indemnities?: DecimalInput;
  fees?: DecimalInput;
  invoices?: readonly OpenInvoice[];
}

export interface Allocation {
  kind: ImputationKind;
  /** Invoice id, for "oldest-invoices". */
  invoice?: string;
  applied: Decimal;
  /** What remains of this debt after the payment. */
  remaining: Decimal;
}

export interface Imputation {
  allocations: Allocation[];
  remaining: { interest: Decimal; indemnities: Decimal; fees: Decimal; invoices: { id: string; date: IsoDate; balance: Decimal }[] };
  /** Total still owed after the payment. */
  remainingDue: Decimal;
  /** Part of the payment that exceeds everything owed (to refund or keep as a credit). */
  unallocated: Decimal;
}

const ALLOCATED_TO = {
  interest: "ALLOCATED_TO_INTEREST",
  indemnities: "ALLOCATED_TO_INDEMNITIES",
  fees: "ALLOCATED_TO_FEES",
} as const satisfies Record<Exclude<ImputationKind, "oldest-invoices">, StepMessageId>;

/**
 * Imputes `payment` in `order` (the terms' billing.paymentImputation; Pétillances' order by default).
 * Kinds the order leaves out are imputed after it, in the default order, so a payment never stays
 * unallocated while something is owed. Invoices are paid oldest first (by date, then by id).
 */
export function imputePayment(
  payment: DecimalInput,
  debts: Debts,
  order: readonly ImputationKind[] = DEFAULT_IMPUTATION_ORDER,
  currency = "EUR",
): Explained<Imputation> {
  const fa = (d: Decimal): string => formatAmount(d, currency);
  let left = toAmount(payment, "du paiement");
  if (left.isNegative()) throw new ComputationError("PAYMENT_NOT_POSITIVE");
  const steps: Step[] = [step("PAYMENT_TO_ALLOCATE", { amount: left })];
  const remaining = {
    interest: debts.interest === undefined ? ZERO : toAmount(debts.interest, "des intérêts dus"),
    indemnities: debts.indemnities === undefined ? ZERO : toAmount(debts.indemnities, "des indemnités dues"),
    fees: debts.fees === undefined ? ZERO : toAmount(debts.fees, "des frais dus"),
    invoices: [...(debts.invoices ?? [])]
      .map((inv) => ({ id: inv.id, date: inv.date, balance: toAmount(inv.balance, `du solde de la facture ${inv.id}`) }))
      .sort((a, b) => compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  const allocations: Allocation[] = [];
  const apply = (owed: Decimal): Decimal => {
    const applied = D.min(left, owed);
    left = left.minus(applied);
    return applied;
  };
  const fullOrder = [...order, ...DEFAULT_IMPUTATION_ORDER.filter((k) => !order.includes(k))];
  for (const kind of fullOrder) {
    if (kind === "oldest-invoices") {
      for (const inv of remaining.invoices) {
        if (inv.balance.isZero()) continue;
        const applied = apply(inv.balance);
        inv.balance = inv.balance.minus(applied);
        allocations.push({ kind, invoice: inv.id, applied, remaining: inv.balance });
        steps.push(step("ALLOCATED_TO_INVOICE", { data: { invoice: inv.id, date: localizedDate(inv.date) }, formula: { id: "ALLOCATED_LEFT", data: { applied: fa(applied), left: fa(inv.balance) } }, amount: applied }));
      }
      continue;
    }
    const owed = remaining[kind];
    if (owed.isZero()) continue;
    const applied = apply(owed);
    remaining[kind] = owed.minus(applied);
    allocations.push({ kind, applied, remaining: remaining[kind] });
    steps.push(step(ALLOCATED_TO[kind], { formula: { id: "ALLOCATED_LEFT", data: { applied: fa(applied), left: fa(remaining[kind]) } }, amount: applied }));
  }
  const remainingDue = remaining.interest
    .plus(remaining.indemnities)
    .plus(remaining.fees)
    .plus(remaining.invoices.reduce<Decimal>((acc, inv) => acc.plus(inv.balance), ZERO));
  steps.push(step("STILL_DUE_AFTER_ALLOCATION", { amount: remainingDue }));
  if (!left.isZero()) steps.push(step("PAYMENT_SURPLUS", { amount: left }));
  return { allocations, remaining, remainingDue, unallocated: left, steps };
}
