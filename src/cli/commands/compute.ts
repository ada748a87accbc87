import { resolve } from "node:path";
import { todayIso } from "../../legal/dates.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { checkDateOption } from "../date-option.js";
import { UsageError, Workspace, type FilePolicyOptions, type LoadedDocument, type LoadedInvoice, type LoadedQuote, type LoadedRefund } from "../../model/index.js";
import {
  amountInWords,
  checkPaymentTermCap,
  computeCancellationFee,
  computeInvoice,
  computeLatePenalty,
  computeQuote,
  computeRefundStatement,
  ComputationError,
  formatAmount,
  formatDate,
  lawOfTerms,
  recoveryIndemnity,
  type Step,
} from "../../money/index.js";
import { D } from "../../money/index.js";
import { EXIT, type Io } from "../io.js";
import { formatDiagnosticsText } from "../text-output.js";
import { projectFiles } from "./validate.js";

export type ComputeWhat = "totals" | "due-date" | "penalties" | "refund" | "cancellation";

export interface ComputeArgs {
  what: ComputeWhat;
  file: string;
  format: "text" | "json";
  paidOn?: string;
  on?: string;
  policy?: string;
  start?: string;
  endOfMonth?: "days-then-eom" | "eom-then-days";
  files?: FilePolicyOptions;
}

/** The argument itself could not be read (absent, not a regular file, refused): an I/O error, exit 2. */
const UNREADABLE_ARGUMENT = new Set(["FILE_NOT_FOUND", "FILE_UNREADABLE", "FILE_READ_ERROR", "NOT_REGULAR_FILE", "FILE_TOO_LARGE", "OUTSIDE_ROOT", "SYMLINK_LOOP", "SYMLINK_NOT_FOLLOWED"]);

interface Section {
  title: string;
  steps: Step[];
  result: Record<string, unknown>;
}

/** `clausier compute …`: each computation with a breakdown a client can check line by line. */
export async function runCompute(args: ComputeArgs, io: Io): Promise<number> {
  for (const [flag, value] of [["--paid-on", args.paidOn], ["--on", args.on], ["--start", args.start]] as const) if (value !== undefined) checkDateOption(flag, value);
  const workspace = new Workspace(io.cwd, undefined, projectFiles(io.cwd, args.files, [args.file]));
  const doc = workspace.load(resolve(io.cwd, args.file));
  if (!doc) {
    const problems = workspace.allDiagnostics();
    const unreadable = problems.find((d) => d.file === workspace.display(resolve(io.cwd, args.file)) && UNREADABLE_ARGUMENT.has(d.code));
    if (unreadable) throw new UsageError(unreadable.message);
    io.stderr(formatDiagnosticsText(problems, false));
    return EXIT.FINDINGS;
  }
  let sections: Section[];
  try {
    sections = compute(args, doc);
  } catch (error) {
    if (error instanceof ComputationError || error instanceof LegalDataGapError || error instanceof UsageError) {
      if (error instanceof UsageError) throw error;
      io.stderr(`clausier: ${error.message}\n`);
      return EXIT.FINDINGS;
    }
    throw error;
  }
  if (args.format === "json") {
    io.stdout(JSON.stringify({ file: workspace.display(doc.absPath), computation: args.what, sections: sections.map(jsonSection) }, null, 2) + "\n");
  } else {
    io.stdout(sections.map(textSection).join("\n"));
  }
  return EXIT.OK;
}

function expect<K extends LoadedDocument["kind"]>(doc: LoadedDocument, kinds: K[], what: string): Extract<LoadedDocument, { kind: K }> {
  if (!(kinds as string[]).includes(doc.kind)) throw new UsageError(`compute ${what} : attendu un document ${kinds.join(" ou ")}, pas ${doc.kind} (${doc.path})`);
  return doc as Extract<LoadedDocument, { kind: K }>;
}

function compute(args: ComputeArgs, doc: LoadedDocument): Section[] {
  switch (args.what) {
    case "totals": {
      const d = expect(doc, ["invoice", "quote"], "totals");
      if (d.kind === "invoice") {
        const c = computeInvoice(d);
        const t = c.totals;
        return [
          {
            title: `Totaux de la facture ${d.data.number}`,
            steps: [...t.steps, { label: `Montant dû en toutes lettres : ${amountInWords(t.amountDue)}` }],
            result: { totalNet: t.totalNet, totalVat: t.totalVat, totalGross: t.totalGross, paid: t.paid, amountDue: t.amountDue, vatBreakdown: t.vatBreakdown.map((v) => ({ code: v.code, rate: v.rate, reason: v.reason, base: v.base, vat: v.vat })) },
          },
        ];
      }
      const q = computeQuote(d as LoadedQuote);
      const t = q.totals;
      const sections: Section[] = [
        {
          title: `Totaux du devis ${d.data.number}`,
          steps: [...t.steps, { label: `Total TTC en toutes lettres : ${amountInWords(t.totalGross)}` }],
          result: { totalNet: t.totalNet, totalVat: t.totalVat, totalGross: t.totalGross, validUntil: q.validUntil },
        },
      ];
      if (q.deposit) sections.push({ title: "Acompte", steps: q.deposit.steps, result: { amount: q.deposit.amount } });
      if (q.schedule) sections.push({ title: "Échéancier", steps: q.schedule.steps, result: { parts: q.schedule.parts } });
      return sections;
    }
    case "due-date": {
      const d = expect(doc, ["invoice"], "due-date") as LoadedInvoice;
      const c = computeInvoice(d, { endOfMonthReading: args.endOfMonth });
      const payment = d.terms.data.payment;
      if (!c.dueDateComputed || !payment) throw new ComputationError(`les conditions ${d.data.terms} ne fixent pas de délai de paiement (payment) : échéance incalculable`);
      const { findings } = checkPaymentTermCap(payment, lawOfTerms(d.terms));
      const steps: Step[] = [...c.dueDateComputed.steps, ...findings.map((f) => ({ label: `⚠ ${f.message} (${f.legalBasis})` }))];
      if (d.data.dueDate && d.data.dueDate !== c.dueDateComputed.dueDate) steps.push({ label: `⚠ La facture indique l'échéance du ${formatDate(d.data.dueDate)}, différente de celle des conditions` });
      return [{ title: `Échéance de la facture ${d.data.number}`, steps, result: { dueDate: c.dueDateComputed.dueDate, stated: d.data.dueDate, findings } }];
    }
    case "penalties": {
      const d = expect(doc, ["invoice"], "penalties") as LoadedInvoice;
      const c = computeInvoice(d);
      if (!c.dueDate) throw new ComputationError("échéance inconnue : ni la facture ni les conditions ne la fixent");
      const late = d.terms.data.latePayment ?? {};
      const law = lawOfTerms(d.terms);
      const paidOn = args.paidOn ?? todayIso();
      const balance = c.totals.amountDue;
      const penalty = computeLatePenalty({
        amount: balance,
        dueDate: c.dueDate,
        paidOn,
        penalty: late.penalty,
        computation: late.computation,
        law,
        rateDate: late.rateDate,
        invoiceDate: d.data.issueDate,
        deliveryDate: d.data.saleDate ?? d.data.servicePeriod?.to ?? d.data.issueDate,
        currency: c.currency,
      });
      const indemnity = recoveryIndemnity(late.recoveryIndemnity, balance, d.data.client.type, { law, daysLate: penalty.daysLate, currency: c.currency });
      const total = penalty.interest.plus(indemnity.amount);
      return [
        { title: `Pénalités de retard — facture ${d.data.number}, solde ${formatAmount(balance, c.currency)}, payée le ${formatDate(paidOn)}`, steps: penalty.steps, result: { daysLate: penalty.daysLate, interest: penalty.interest, parts: penalty.parts } },
        { title: "Indemnité forfaitaire pour frais de recouvrement", steps: indemnity.steps, result: { amount: indemnity.amount } },
        { title: "Total réclamable", steps: [{ label: "Pénalités + indemnité", formula: `${formatAmount(penalty.interest, c.currency)} + ${formatAmount(indemnity.amount, c.currency)}`, amount: total }], result: { total } },
      ];
    }
    case "refund": {
      const d = expect(doc, ["refund"], "refund") as LoadedRefund;
      const r = computeRefundStatement(d);
      const steps = [...r.steps];
      if (d.data.statedAmount !== undefined && !new D(String(d.data.statedAmount)).equals(r.total))
        steps.push({ label: `⚠ Le relevé annonce ${formatAmount(new D(String(d.data.statedAmount)), r.currency)}, la politique donne ${formatAmount(r.total, r.currency)}` });
      return [{ title: `Remboursement ${d.data.number} (politique ${d.data.policy}) — facture ${d.invoice.data.number}`, steps, result: { paid: r.paid, amount: r.amount, interest: r.interest, total: r.total, fee: r.fee, stillDue: r.stillDue } }];
    }
    case "cancellation": {
      const d = expect(doc, ["refund", "invoice", "quote"], "cancellation");
      const terms = d.terms.data;
      const policies = (terms.refundPolicies ?? []).filter((p) => p.kind === "cancellation-windows");
      const wanted = args.policy ?? (d.kind === "refund" ? d.data.policy : undefined);
      const policy = wanted ? policies.find((p) => p.id === wanted) : policies.length === 1 ? policies[0] : undefined;
      if (!policy || policy.kind !== "cancellation-windows")
        throw new UsageError(`compute cancellation : choisissez la politique d'annulation avec --policy (${policies.map((p) => p.id).join(", ") || "aucune dans ces conditions"})`);
      const facts = d.kind === "refund" ? d.data.facts : {};
      const order = d.kind === "refund" ? d.invoice : d;
      const totals = order.kind === "invoice" ? computeInvoice(order as LoadedInvoice).totals : computeQuote(order as LoadedQuote).totals;
      const startDate = args.start ?? facts.startDate ?? (order.kind === "invoice" ? (order as LoadedInvoice).data.servicePeriod?.from : undefined);
      const cancelledOn = args.on ?? facts.cancelledOn;
      if (policy.unit !== "hours" && (!startDate || !cancelledOn)) throw new UsageError("compute cancellation : indiquez la date d'annulation (--on) et le début de la prestation (--start)");
      const fee = computeCancellationFee(policy, { cancelledOn, startDate, cancelledAt: facts.cancelledAt, startsAt: facts.startsAt }, totals.totalGross);
      return [{ title: `Frais d'annulation (${policy.id}) sur ${formatAmount(totals.totalGross)}`, steps: fee.steps, result: { notice: fee.notice, unit: fee.unit, feePercent: fee.window.feePercent, fee: fee.fee } }];
    }
  }
}

function textSection(s: Section): string {
  const lines = [s.title, "─".repeat(Math.min(80, s.title.length))];
  for (const st of s.steps) {
    const amount = st.amount !== undefined ? formatAmount(st.amount) : "";
    const left = st.formula ? `${st.label} : ${st.formula}` : st.label;
    lines.push(amount && !st.formula?.endsWith(amount) ? `${left.padEnd(64)} ${amount.padStart(16)}` : left);
  }
  return lines.join("\n") + "\n";
}

/** Decimals as exact strings in JSON: a machine must not read 344.00 back as a float. */
function jsonSection(s: Section): unknown {
  const plain = (v: unknown): unknown =>
    D.isDecimal(v)
      ? (v as InstanceType<typeof D>).toFixed()
      : Array.isArray(v)
        ? v.map(plain)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, plain(x)]))
          : v;
  return { title: s.title, steps: plain(s.steps), result: plain(s.result) };
}
