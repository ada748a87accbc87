// Payment facts read in clause prose: numbers, recovery indemnity, penalty rate, payment term, escompte
// (src/lint/scan/numbers.ts, indemnity.ts, penalty.ts, payment-term.ts, payment-facts.ts).
import { describe, expect, it } from "vitest";
import { indemnityStatements } from "../../../src/lint/scan/indemnity.js";
import { decimal, numberValue, numeral } from "../../../src/lint/scan/numbers.js";
import { shown } from "../../../src/lint/scan/payment-facts.js";
import { mentionsEscompte, paymentTermStatements, statesExpressAgreement } from "../../../src/lint/scan/payment-term.js";
import { penaltyStatements } from "../../../src/lint/scan/penalty.js";

const clauses = (...bodies: string[]) => bodies.map((body) => ({ body }));
const value = (d: { toString(): string } | undefined) => d?.toString();

describe("numbers", () => {
  it("reads digits, decimals with a comma and French words", () => {
    expect(value(numeral("1,5"))).toBe("1.5");
    expect(value(numeral("trente (30)"))).toBe("30");
    expect(value(numeral("quatre-vingt-dix"))).toBe("90");
    expect(value(numeral("soixante-quinze"))).toBe("75");
    expect(value(numeral("deux cents"))).toBe("200");
    expect(numberValue("quarante-cinq")).toBe("45");
  });

  it("decimal never throws on a value that is not a number", () => {
    expect(value(decimal(" 40,00 "))).toBe("40");
    expect(decimal("quarante")).toBeUndefined();
    expect(decimal(undefined)).toBeUndefined();
  });

  it("shown writes at most two decimals, with a comma in French", () => {
    expect(shown(decimal("12.345")!, "fr")).toBe("12,35");
    expect(shown(decimal("12.345")!, "en")).toBe("12.35");
  });
});

describe("indemnityStatements", () => {
  it("finds the amount, and a condition D441-5 does not allow, in the next sentence too", () => {
    const [s] = indemnityStatements(clauses("En cas de retard, une indemnité forfaitaire pour frais de recouvrement de quarante (40) euros est due. Elle n'est due qu'après mise en demeure."));
    expect(value(s!.amount?.value)).toBe("40");
    expect(s!.words.text).toBe("indemnité forfaitaire");
    expect(s!.condition?.text).toBe("après mise en demeure");
    expect(s!.professionalsOnly).toBe(false);
  });

  it("reads a list item with the sentence that introduces it, and a cancellation fee is not the indemnity", () => {
    const [s] = indemnityStatements(clauses("Tout retard de paiement entraîne de plein droit :\n- une indemnité forfaitaire de 40 € pour les clients professionnels."));
    expect(s).toMatchObject({ professionalsOnly: true, amount: { words: { text: "40 €" } } });
    expect(indemnityStatements(clauses("En cas d'annulation, une indemnité forfaitaire de 100 € est retenue."))).toEqual([]);
  });
});

describe("penaltyStatements", () => {
  const kinds = (...bodies: string[]) => penaltyStatements(clauses(...bodies)).map((p) => [p.kind, p.words.text]);

  it("reads a multiple of the legal rate, the ECB rate plus points and a fixed rate", () => {
    expect(kinds("Tout retard entraîne des pénalités égales à trois fois le taux d'intérêt légal.")).toEqual([["legal-rate-multiple", "trois fois le taux d'intérêt légal"]]);
    expect(kinds("Intérêts de retard : taux de la BCE majoré de 10 points.")).toEqual([["ecb-plus", "taux de la BCE majoré de 10 points"]]);
    expect(kinds("Pénalités de retard au taux de 1,5 % par mois.")).toEqual([["fixed", "1,5 % par mois"]]);
    const [fixed] = penaltyStatements(clauses("Pénalités de retard au taux de 1,5 % par mois."));
    expect(fixed!.kind === "fixed" && value(fixed!.annualRate)).toBe("18");
  });

  it("a share of the debt is not a rate; the bare legal rate counts only when nothing else is stated", () => {
    expect(kinds("En cas de retard, une pénalité de 10 % du montant de la facture est due.")).toEqual([]);
    expect(kinds("Tout retard de paiement porte intérêts au taux d'intérêt légal.")).toEqual([["legal-rate", "au taux d'intérêt légal"]]);
  });
});

describe("penaltyStatements on real-world wordings", () => {
  const read = (body: string) =>
    penaltyStatements(clauses(body)).map((p) => [p.kind, p.words.text, p.kind === "fixed" ? `${value(p.annualRate)}${p.monthlyRate ? ` (${value(p.monthlyRate)}/mois)` : ""}` : p.kind === "ecb-plus" ? value(p.points) : p.kind === "legal-rate-multiple" ? value(p.multiple) : ""]);

  it("reads a rate per month written as a share of the amount, annualised", () => {
    expect(read("En cas de retard de paiement, une pénalité de 1,5 % du montant par mois de retard sera appliquée.")).toEqual([["fixed", "1,5 % du montant par mois", "18 (1.5/mois)"]]);
    expect(read("Toute somme impayée à l'échéance porte intérêts au taux de 2 % du montant TTC par mois.")).toEqual([["fixed", "2 % du montant TTC par mois", "24 (2/mois)"]]);
    expect(read("Pénalités de retard : 1 % mensuel.")).toEqual([["fixed", "1 % mensuel", "12 (1/mois)"]]);
  });

  it("reads a yearly rate, a multiple of the legal rate and the ECB policy rate plus points", () => {
    expect(read("Tout retard de paiement donnera lieu à un intérêt de 10 % l'an.")).toEqual([["fixed", "10 % l'an", "10"]]);
    expect(read("Les sommes dues en retard porteront intérêt à 3 fois le taux d'intérêt légal.")).toEqual([["legal-rate-multiple", "3 fois le taux d'intérêt légal", "3"]]);
    expect(read("Pénalités de retard : taux directeur de la BCE majoré de 10 points.")).toEqual([["ecb-plus", "taux directeur de la BCE majoré de 10 points", "10"]]);
  });

  it("reads « majorée de », « augmentés de » after the ECB rate", () => {
    expect(read("Les pénalités de retard sont calculées sur le taux directeur de la Banque centrale européenne, majorée de 7 %.")).toEqual([
      ["ecb-plus", "taux directeur de la Banque centrale européenne, majorée de 7 %", "7"],
    ]);
    expect(read("Intérêts de retard : taux de la BCE augmentés de 10 points.")).toEqual([["ecb-plus", "taux de la BCE augmentés de 10 points", "10"]]);
  });

  it("a one-off share of the amount is not a rate", () => {
    expect(read("En cas de retard de paiement, une pénalité forfaitaire de 15 % du montant sera due.")).toEqual([]);
    expect(read("En cas de retard, une majoration de 5 % du montant restant dû sera appliquée.")).toEqual([]);
  });
});

describe("payment term and escompte", () => {
  it("reads the term of a payment sentence, not another deadline", () => {
    const terms = paymentTermStatements(clauses("Les factures sont payables à 45 jours fin de mois. Toute réclamation doit être faite sous 8 jours."));
    expect(terms.map((t) => [t.days, t.endOfMonth, t.words.text])).toEqual([[45, true, "à 45 jours fin de mois"]]);
    expect(statesExpressAgreement(clauses("Par dérogation expresse, le paiement est exigible à 90 jours."))).toBe(true);
  });

  it("an escompte is mentioned by name or as a payment before the due date, « escompté » is not", () => {
    expect(mentionsEscompte([{ body: "Aucun escompte n'est accordé pour paiement anticipé." }])).toBe(true);
    expect(mentionsEscompte([{ body: "Le résultat escompté est garanti." }])).toBe(false);
    expect(mentionsEscompte([{ body: "Rien.", title: "Escompte" }])).toBe(true);
  });
});
