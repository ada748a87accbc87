import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/facts-prose-mismatch.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "facts-prose-mismatch";
const clause = (body: string) => [{ id: "clause", number: "1", title: "Clause", body: `${body}\n` }];
const only = (patch: Record<string, unknown>, body: string) => lintTerms({ ...patch, clauses: clause(body) }, rule);

describe(ID, () => {
  it("accepts clauses that agree with the facts", () => {
    expect(lintTerms({}, rule)).toEqual([]);
  });

  it("reports « trois fois » against a multiple of 2, at the words, with the fact's path", () => {
    const [m, ...rest] = lintTerms({ latePayment: { penalty: { multiple: "2" } } }, rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: ID, severity: "error", line: 54, column: 65, endColumn: 99 });
    expect(m!.message).toContain("« trois fois le taux d'intérêt légal »");
    expect(m!.message).toContain("latePayment.penalty.multiple");
    expect(m!.message).toContain("{{latePayment.penalty.multiple}}");
  });

  it("reports a payment term that differs from termDays", () => {
    const [m] = only({ payment: { termDays: 45 } }, "Les factures sont payables dans un délai de trente (30) jours à compter de leur date d'émission.");
    expect(m).toMatchObject({ line: 49, column: 25 });
    expect(m!.message).toContain("payment.termDays");
    expect(only({}, "Les factures sont payables dans un délai de trente (30) jours à compter de leur date d'émission.")).toEqual([]);
  });

  it("does not read other delays about invoices as the payment term", () => {
    const near = [
      "Toute contestation d'une facture doit être adressée dans les quinze (15) jours de la date de la facture.",
      "En cas de prélèvement automatique, celui-ci est effectué quinze (15) jours après la date de facturation.",
      "Tout refus de paiement, quel qu'en soit le motif, doit être notifié par écrit dans les huit (8) jours de la réception de la facture.",
      "Chaque facture est payable dans un délai de {{payment.termDays}} jours à compter de sa date d'émission.",
    ];
    for (const body of near) expect(only({}, body), body).toEqual([]);
  });

  it("reports the indemnity amount, accepting a minimum next to a percentage", () => {
    const [m] = lintTerms({ latePayment: { recoveryIndemnity: { amount: "50" } } }, rule);
    expect(m!.message).toContain("« 40 € »");
    const lu = "La Société peut réclamer une indemnité forfaitaire de dix pour cent (10 %) du solde, avec un minimum de quarante (40) euros.";
    expect(only({ latePayment: { recoveryIndemnity: { amount: "40", percentOfBalance: "10" } } }, lu)).toEqual([]);
  });

  it("reports the court's city, not a registry named elsewhere", () => {
    const [m] = lintTerms({ jurisdiction: { city: "Rennes" } }, rule);
    expect(m).toMatchObject({ line: 59, column: 59 });
    expect(m!.message).toContain("jurisdiction.city");
    expect(only({}, "Exemple SAS est immatriculée au greffe du tribunal de commerce de Paris.")).toEqual([]);
    expect(only({ jurisdiction: { type: "courts-of-city", city: "Luxembourg-ville", country: "LU", court: null } }, "Tout litige relève des tribunaux de Luxembourg-ville.")).toEqual([]);
  });

  it("reports a quote validity in the same unit only", () => {
    expect(only({ quoteValidity: { days: 30 } }, "Le devis reste valable quinze (15) jours.")).toHaveLength(1);
    expect(only({ quoteValidity: { months: 1 } }, "Le devis est valable un (1) mois à compter de son émission.")).toEqual([]);
    expect(only({ quoteValidity: { months: 1 } }, "Le devis est valable trente (30) jours.")).toEqual([]);
  });

  it("reports a deposit ceiling and a deposit rate", () => {
    const [ceiling] = only({ deposit: { maxPercent: "30" } }, "L'acompte ne peut excéder quarante pour cent (40 %) du montant de la commande.");
    expect(ceiling!.message).toContain("deposit.maxPercent");
    const [rate] = only({ deposit: { defaultPercent: "30" } }, "Un acompte de 50 % est versé à la commande.");
    expect(rate!.message).toContain("deposit.defaultPercent");
    expect(only({ deposit: { defaultPercent: "30" } }, "Un acompte de 30 % est versé à la commande.")).toEqual([]);
  });

  it("reports an effective date or an update date that differs, not the date of another text", () => {
    const [m] = only({}, "Les présentes conditions sont en vigueur au 1er mars 2026.");
    expect(m).toMatchObject({ line: 49, column: 37 });
    expect(m!.message).toContain("effectiveDate");
    expect(only({}, "Les présentes conditions sont en vigueur au 01/01/2026.")).toEqual([]);
    expect(only({}, "Les Parties respectent le RGPD, entré en vigueur le 25 mai 2018.")).toEqual([]);
    expect(only({ lastUpdated: "2026-02-01" }, "Dernière mise à jour : janvier 2026")).toHaveLength(1);
    expect(only({ lastUpdated: "2026-02-01" }, "Dernière mise à jour : février 2026")).toEqual([]);
  });

  it("does not apply to prose (there are no facts to compare)", () => {
    expect(lintProse("# Article 1 : Retard\n\nPénalités : trois fois le taux d'intérêt légal.\n", rule)).toEqual([]);
  });

  it("finds no contradiction in the five bundled sellers", () => {
    const files = ["altairis/cgv", "livenote/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(files, rule)).toEqual([]);
  });
});
