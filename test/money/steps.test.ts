// Explanation steps are data (a message id and its values), worded where they are printed: the
// French wording is the one the documents print, the English one has no French word but quoted
// document content (issue #8).
import { describe, expect, it } from "vitest";
import { checkPaymentTermCap, computeDueDate } from "../../src/money/due-date.js";
import { wordStep, type Step } from "../../src/money/explain.js";
import { computeLatePenalty, recoveryIndemnity } from "../../src/money/penalties.js";
import { computeCancellationFee } from "../../src/money/cancellation.js";
import { computeTotals } from "../../src/money/totals.js";

const NBSP = /[\u00a0\u202f]/g;
const worded = (steps: Step[], locale: "fr" | "en") => steps.map((s) => wordStep(s, locale)).map((w) => `${w.label}${w.formula ? ` : ${w.formula}` : ""}`.replace(NBSP, " "));

describe("a step is a message id and its data", () => {
  const eom = computeDueDate("2026-03-10", { termDays: 45, termBasis: "end-of-month" });

  it("keeps a stable id per step", () => {
    expect(eom.steps.map((s) => s.id)).toEqual(["EOM_DAYS_THEN_EOM", "EOM_REACHED"]);
    expect(wordStep(eom.steps[0]!, "en").id).toBe("EOM_DAYS_THEN_EOM");
  });

  it("is worded in French as the documents print it", () => {
    expect(worded(eom.steps, "fr")).toEqual([
      "45 jours fin de mois (lecture : date de facture + 45 jours, puis fin de mois) : 10 mars 2026 + 45 jours = 24 avril 2026",
      "Fin du mois atteint : → 30 avril 2026",
    ]);
  });

  it("is worded in English, dates included", () => {
    expect(worded(eom.steps, "en")).toEqual([
      "45 days end of month (read as: invoice date + 45 days, then end of month) : 10 March 2026 + 45 days = 24 April 2026",
      "End of the month reached : → 30 April 2026",
    ]);
  });

  it("words a legal cap finding in both languages, its basis from the catalogue of bases", () => {
    const { findings } = checkPaymentTermCap({ termDays: 70, termBasis: "invoice-date" }, "FR");
    expect(findings[0]?.legalBasis).toBe("C. com. L441-10 I");
    expect(findings[0]?.message.text.fr).toBe("Délai de 70 jours à compter de la facture supérieur au maximum légal de 60 jours (C. com. L441-10 I).");
    expect(findings[0]?.message.text.en).toBe("A term of 70 days from the invoice, above the legal maximum of 60 days (C. com. L441-10 I).");
  });
});

describe("English steps", () => {
  it("quote document content (a line description, an exemption reason) and word the VAT groups", () => {
    const t = computeTotals({
      lines: [
        { description: "Formation des utilisateurs", quantity: 1, unitPrice: "320", vat: { rate: 20 } },
        { description: "Certificats", quantity: 2, unitPrice: "3", vat: { category: "out-of-scope", reason: "TVA non applicable (prestataire non soumis à la TVA)" } },
      ],
    } as never);
    const en = worded(t.steps, "en");
    expect(en[0]).toBe("Line 1 (“Formation des utilisateurs”): amount excl. VAT : 1 × 320,00 € = 320,00 €");
    expect(en).toContain("VAT 20 %: group VAT amount (BT-117), rounded to the cent : 320,00 € × 20 % = 64,00 €");
    expect(en).toContain("Outside the scope of VAT (“TVA non applicable (prestataire non soumis à la TVA)”): group taxable amount (BT-116)");
    expect(worded(t.steps, "fr")).toContain("Hors champ de la TVA (TVA non applicable (prestataire non soumis à la TVA)) : base HT du groupe (BT-116)");
  });

  it("word a late-payment rate and its period", () => {
    const r = computeLatePenalty({ amount: 1000, dueDate: "2026-01-15", paidOn: "2026-02-14", penalty: { kind: "legal-rate-multiple", multiple: 3 }, law: "FR" });
    const en = worded(r.steps, "en");
    expect(en[0]).toBe("Late period: from the day after the due date to the payment date inclusive : from 16 January 2026 to 14 February 2026 = 30 days");
    expect(en[1]).toMatch(/^From 16 January 2026 to 14 February 2026 \(30 days\) at the annual rate of 3 × [\d,]+ % \(legal interest rate, other cases, from 1 January 2026 to 30 June 2026\) = /);
    expect(worded(r.steps, "fr")[1]).toMatch(/^Du 16 janvier 2026 au 14 février 2026 \(30 jours\) au taux annuel de 3 × [\d,]+ % \(taux de l'intérêt légal, autres cas, du 1er janvier 2026 au 30 juin 2026\) = /);
  });

  it("word the indemnity's basis and an ignored condition", () => {
    const r = recoveryIndemnity({ condition: { kind: "min-days-late", days: 30 } }, 1000, "business", { daysLate: 5 });
    expect(worded(r.steps, "fr")).toEqual([
      "Condition des conditions générales (« retard d'au moins 30 jours ») non appliquée : l'indemnité est due dès le premier jour de retard, sans rappel (C. com. L441-10 II et D441-5)",
      "Indemnité forfaitaire légale (C. com. L441-10 II et D441-5), montant non fixé par les conditions générales",
    ]);
    expect(worded(r.steps, "en")).toEqual([
      "Condition in the terms (“at least 30 days late”) not applied: the compensation is due from the first day of delay, without reminder (C. com. L441-10 II and D441-5)",
      "Statutory fixed compensation (C. com. L441-10 II and D441-5), amount not set by the terms",
    ]);
  });

  it("word a cancellation notice and its window's unit", () => {
    const policy = { id: "training", kind: "cancellation-windows", unit: "working-days", calendar: "FR", windows: [{ minNotice: 15, feePercent: 50 }, { minNotice: 0, feePercent: 100 }] } as const;
    const fee = computeCancellationFee(policy as never, { cancelledOn: "2026-05-04", startDate: "2026-05-11" }, 1000);
    expect(worded(fee.steps, "en").slice(0, 2)).toEqual([
      "Notice in working days (Monday to Saturday), not counting the FR public holidays, from the day of cancellation inclusive to the day before the start : from 4 May 2026 to 11 May 2026 (excluded) = 5 days",
      "Window that applies: notice of at least 0 working days → fee of 100 %",
    ]);
    expect(worded(fee.steps, "fr")[1]).toBe("Fenêtre applicable : préavis d'au moins 0 jours ouvrables → frais de 100 %");
  });
});
