// Due date of an invoice from the payment conditions of the terms, and the legal caps on the term.
import type { PaymentConditions } from "../model/generated/terms.js";
import { type IsoDate, addDays, endOfMonth } from "../legal/dates.js";
import { legalBasis } from "../legal/bases.js";
import type { Localized } from "../model/locale.js";
import { localizedText, step, type Explained, type Step } from "./explain.js";
import { localizedDate } from "./format.js";

/**
 * How "N jours fin de mois" is read. Both readings are in use (solon.law 2023; the Senate's 2008
 * report preferred end of month + N):
 * - "days-then-eom" (default, the common practice of accountants): invoice date + N days, then the
 *   end of that month. 45 j FDM from 10 March → 24 April → 30 April.
 * - "eom-then-days": end of the invoice's month, then + N days. 10 March → 31 March → 15 May.
 */
export type EndOfMonthReading = "days-then-eom" | "eom-then-days";

export interface DueDateOptions {
  endOfMonthReading?: EndOfMonthReading;
}

export function computeDueDate(
  invoiceDate: IsoDate,
  payment: Pick<PaymentConditions, "termDays" | "termBasis">,
  opts: DueDateOptions = {},
): Explained<{ dueDate: IsoDate }> {
  const n = payment.termDays;
  const invoice = localizedDate(invoiceDate);
  const plusDays = (from: IsoDate, to: IsoDate) => ({ id: "DATE_PLUS_DAYS" as const, data: { date: localizedDate(from), days: n, result: localizedDate(to) } });
  switch (payment.termBasis) {
    case "invoice-date": {
      const dueDate = addDays(invoiceDate, n);
      return { dueDate, steps: [step("DUE_FROM_INVOICE_DATE", { data: { days: n }, formula: plusDays(invoiceDate, dueDate) })] };
    }
    case "end-of-month": {
      if ((opts.endOfMonthReading ?? "days-then-eom") === "days-then-eom") {
        const later = addDays(invoiceDate, n);
        const dueDate = endOfMonth(later);
        return {
          dueDate,
          steps: [
            step("EOM_DAYS_THEN_EOM", { data: { days: n }, formula: plusDays(invoiceDate, later) }),
            step("EOM_REACHED", { formula: { id: "ARROW_DATE", data: { date: localizedDate(dueDate) } } }),
          ],
        };
      }
      const monthEnd = endOfMonth(invoiceDate);
      const dueDate = addDays(monthEnd, n);
      return {
        dueDate,
        steps: [
          step("EOM_THEN_DAYS", { data: { days: n }, formula: { id: "INVOICE_MONTH_END", data: { date: localizedDate(monthEnd) } } }),
          step("PLUS_DAYS", { data: { days: n }, formula: plusDays(monthEnd, dueDate) }),
        ],
      };
    }
    case "on-order":
    case "on-receipt":
    case "period-start": {
      // Payable at once: the order, the receipt of the invoice and the start of the period are all
      // taken to be the invoice date (the document knows no later date).
      const when = localizedText(`WHEN_${payment.termBasis}`);
      return {
        dueDate: invoiceDate,
        steps: [step(n > 0 ? "PAYABLE_AT_ONCE_TERM_IGNORED" : "PAYABLE_AT_ONCE", { data: { when, days: n }, formula: { id: "DATE", data: { date: invoice } } })],
      };
    }
  }
}

export type PaymentLaw = "FR" | "LU";

export interface PaymentTermFinding {
  code: "payment-term-over-60-days" | "payment-term-over-45-days-eom";
  severity: "error" | "warning";
  /** Worded per language (step-messages.ts). */
  message: Localized;
  /** Legal maximum in days, in the clause's own basis. */
  limitDays: number;
  legalBasis: string;
}

/**
 * Checks the agreed term against the legal maximum.
 * FR (C. com. L441-10 I): at most 60 days from the invoice date, or 45 days end of month. The
 *   « expressément stipulé » condition there is what allows the 45 days end of month; an express
 *   agreement does not lift either cap, so expressAgreement changes nothing in France.
 * LU (loi du 18 avril 2004 mod. 2013, art. 3) and Dir. 2011/7 art. 3: at most 60 days unless expressly
 *   agreed and not grossly unfair to the creditor: expressAgreement turns the finding into a warning
 *   (the clause may still be grossly unfair). An end-of-month term lasts up to N + 30 days whichever
 *   reading is used, so N days end of month is checked as N + 30 days.
 */
export function checkPaymentTermCap(
  payment: Pick<PaymentConditions, "termDays" | "termBasis" | "expressAgreement">,
  law: PaymentLaw,
): Explained<{ findings: PaymentTermFinding[] }> {
  const n = payment.termDays;
  const findings: PaymentTermFinding[] = [];
  const steps: Step[] = [];
  if (payment.termBasis !== "invoice-date" && payment.termBasis !== "end-of-month") {
    return { findings, steps: [step("NO_CAP_IMMEDIATE")] };
  }
  const eom = payment.termBasis === "end-of-month";
  if (law === "FR") {
    const limit = eom ? 45 : 60;
    const basis = `${legalBasis("fr.ccom.L441-10").cite} I`;
    steps.push(step(eom ? "CAP_FR_EOM" : "CAP_FR_FROM_INVOICE", { data: { basis }, formula: { id: eom ? "AGREED_TERM_EOM" : "AGREED_TERM", data: { days: n } } }));
    if (n > limit) {
      findings.push({
        code: eom ? "payment-term-over-45-days-eom" : "payment-term-over-60-days",
        severity: "error",
        message: localizedText(eom ? "FINDING_OVER_45_EOM" : "FINDING_OVER_60", { days: n, basis }),
        limitDays: limit,
        legalBasis: basis,
      });
    }
    return { findings, steps };
  }
  const longest = eom ? n + 30 : n;
  steps.push(
    step("CAP_LU", { formula: eom ? { id: "EOM_UP_TO", data: { days: n, longest } } : { id: "AGREED_TERM", data: { days: n } } }),
  );
  if (longest > 60) {
    findings.push({
      code: "payment-term-over-60-days",
      severity: payment.expressAgreement ? "warning" : "error",
      message: localizedText(payment.expressAgreement ? "FINDING_LU_AGREED" : "FINDING_LU", { days: longest }),
      limitDays: eom ? 30 : 60,
      legalBasis: "Loi LU du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE, art. 3",
    });
  }
  return { findings, steps };
}
