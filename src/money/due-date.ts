// Due date of an invoice from the payment conditions of the terms, and the legal caps on the term.
import type { PaymentConditions } from "../model/generated/terms.js";
import { type IsoDate, addDays, endOfMonth } from "../legal/dates.js";
import { step, type Explained, type Step } from "./explain.js";
import { formatDate } from "./format.js";

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
  const invoice = formatDate(invoiceDate);
  switch (payment.termBasis) {
    case "invoice-date": {
      const dueDate = addDays(invoiceDate, n);
      return { dueDate, steps: [step(`Échéance : ${n} jours à compter de la date de facture`, `${invoice} + ${n} jours = ${formatDate(dueDate)}`)] };
    }
    case "end-of-month": {
      if ((opts.endOfMonthReading ?? "days-then-eom") === "days-then-eom") {
        const plusDays = addDays(invoiceDate, n);
        const dueDate = endOfMonth(plusDays);
        return {
          dueDate,
          steps: [
            step(`${n} jours fin de mois (lecture : date de facture + ${n} jours, puis fin de mois)`, `${invoice} + ${n} jours = ${formatDate(plusDays)}`),
            step("Fin du mois atteint", `→ ${formatDate(dueDate)}`),
          ],
        };
      }
      const monthEnd = endOfMonth(invoiceDate);
      const dueDate = addDays(monthEnd, n);
      return {
        dueDate,
        steps: [
          step(`${n} jours fin de mois (lecture : fin du mois de facture, puis + ${n} jours)`, `fin du mois de facture : ${formatDate(monthEnd)}`),
          step(`Plus ${n} jours`, `${formatDate(monthEnd)} + ${n} jours = ${formatDate(dueDate)}`),
        ],
      };
    }
    case "on-order":
    case "on-receipt":
    case "period-start": {
      // Payable at once: the order, the receipt of the invoice and the start of the period are all
      // taken to be the invoice date (the document knows no later date).
      const what = { "on-order": "à la commande", "on-receipt": "à réception de la facture", "period-start": "au début de chaque période" }[payment.termBasis];
      const note = n > 0 ? ` (le délai de ${n} jours indiqué n'est pas appliqué à ce mode de paiement)` : "";
      return { dueDate: invoiceDate, steps: [step(`Paiement ${what} : échéance à la date de facture${note}`, invoice)] };
    }
  }
}

export type PaymentLaw = "FR" | "LU";

export interface PaymentTermFinding {
  code: "payment-term-over-60-days" | "payment-term-over-45-days-eom";
  severity: "error" | "warning";
  message: string;
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
    return { findings, steps: [step("Paiement immédiat : aucun plafond légal ne peut être dépassé")] };
  }
  const eom = payment.termBasis === "end-of-month";
  if (law === "FR") {
    const limit = eom ? 45 : 60;
    steps.push(step(`Plafond légal (C. com. L441-10 I) : ${eom ? "45 jours fin de mois" : "60 jours à compter de la date de facture"}`, `délai convenu : ${n} jours${eom ? " fin de mois" : ""}`));
    if (n > limit) {
      findings.push({
        code: eom ? "payment-term-over-45-days-eom" : "payment-term-over-60-days",
        severity: "error",
        message: eom
          ? `Délai de ${n} jours fin de mois supérieur au maximum légal de 45 jours fin de mois (C. com. L441-10 I).`
          : `Délai de ${n} jours à compter de la facture supérieur au maximum légal de 60 jours (C. com. L441-10 I).`,
        limitDays: limit,
        legalBasis: "C. com. L441-10 I",
      });
    }
    return { findings, steps };
  }
  const longest = eom ? n + 30 : n;
  steps.push(
    step(
      "Plafond légal (loi luxembourgeoise du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE, art. 3) : 60 jours",
      eom ? `${n} jours fin de mois = jusqu'à ${n} + 30 = ${longest} jours` : `délai convenu : ${n} jours`,
    ),
  );
  if (longest > 60) {
    findings.push({
      code: "payment-term-over-60-days",
      severity: payment.expressAgreement ? "warning" : "error",
      message: payment.expressAgreement
        ? `Délai pouvant atteindre ${longest} jours, au-delà de 60 jours : admis car expressément convenu, à condition de ne pas être manifestement abusif pour le créancier.`
        : `Délai pouvant atteindre ${longest} jours, au-delà du maximum de 60 jours sans accord exprès (loi du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE).`,
      limitDays: eom ? 30 : 60,
      legalBasis: "Loi LU du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE, art. 3",
    });
  }
  return { findings, steps };
}
