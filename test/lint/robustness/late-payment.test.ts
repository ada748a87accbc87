// Class c: B2B late-payment terms in the wordings of published terms.
import { describe, expect, it } from "vitest";
import { allRules } from "../../../src/lint/rules/index.js";
import { lintProse } from "../helpers.js";
import { runCases } from "./battery.js";

const NB = "\u00a0";
const SELLER = "Atelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.";
const doc = (body: string) => `# Conditions générales de vente\n\n${SELLER}\n\n## Article 5 – Retard de paiement\n\n${body}\n`;
const ESCOMPTE = "Aucun escompte n'est accordé en cas de paiement anticipé.";

describe("robustness: late-payment terms (B2B)", () => {
  runCases([
    { name: "« trois fois le taux d'intérêt légal » and « 40 euros »", rule: "late-penalty-rate-missing", reports: false, text: doc(`Tout retard entraîne des pénalités égales à trois fois le taux d'intérêt légal et une indemnité forfaitaire pour frais de recouvrement de 40 euros. ${ESCOMPTE}`) },
    { name: "« 3 fois » is not too low", rule: "late-penalty-rate-too-low", reports: false, text: doc(`Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40${NB}€. ${ESCOMPTE}`) },
    { name: "« 1,5 fois le taux d'intérêt légal » is too low", rule: "late-penalty-rate-too-low", reports: true, line: 7, text: doc(`Pénalités de retard : 1,5 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €. ${ESCOMPTE}`) },
    { name: "« taux directeur de la BCE majoré de 10 points » and « quarante euros »", rule: "late-penalty-rate-too-low", reports: false, text: doc(`Les pénalités de retard sont calculées au taux directeur de la BCE majoré de 10 points de pourcentage. Une indemnité forfaitaire de quarante euros est due pour frais de recouvrement. ${ESCOMPTE}`) },
    { name: "« 1 % du montant par mois » is a rate (12 % a year)", rule: "late-penalty-rate-missing", reports: false, text: doc(`En cas de retard, une pénalité de 1 % du montant de la facture par mois de retard sera appliquée, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. ${ESCOMPTE}`) },
    { name: "« 0,1 % du montant par mois » is too low", rule: "late-penalty-rate-too-low", reports: true, line: 7, text: doc(`En cas de retard, une pénalité de 0,1 % du montant TTC par mois de retard sera appliquée, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. ${ESCOMPTE}`) },
    { name: "« 12 % par an » is a rate", rule: "late-penalty-rate-missing", reports: false, text: doc(`Pénalités de retard : 12 % par an. Indemnité forfaitaire pour frais de recouvrement : 40 €. ${ESCOMPTE}`) },
    { name: "penalties named without any rate: at the clause heading", rule: "late-penalty-rate-missing", reports: true, line: 5, text: doc(`Tout retard de paiement donnera lieu à des pénalités de retard ainsi qu'à une indemnité forfaitaire de 40 € pour frais de recouvrement. ${ESCOMPTE}`) },
    { name: "old formula « BCE majoré de 7 points »", rule: "late-penalty-obsolete-formula", reports: true, line: 7, text: doc(`Pénalités : taux d'intérêt appliqué par la BCE à son opération de refinancement la plus récente majoré de 7 points. Indemnité de 40 €. ${ESCOMPTE}`) },
    { name: "current « BCE + 10 points » is not the old formula", rule: "late-penalty-obsolete-formula", reports: false, text: doc(`Pénalités : taux BCE + 10 points. Indemnité forfaitaire pour frais de recouvrement de 40 €. ${ESCOMPTE}`) },
    { name: "indemnity named without its amount", rule: "recovery-indemnity-missing", reports: true, line: 7, text: doc(`Pénalités : trois fois le taux d'intérêt légal, outre l'indemnité forfaitaire pour frais de recouvrement prévue par la loi. ${ESCOMPTE}`) },
    { name: "no indemnity at all", rule: "recovery-indemnity-missing", reports: true, text: doc(`Pénalités : trois fois le taux d'intérêt légal. ${ESCOMPTE}`) },
    { name: "indemnity « de 40 € » in a Markdown table", rule: "recovery-indemnity-missing", reports: false, text: doc(`| Mention | Valeur |\n|---|---|\n| Pénalités de retard | 3 fois le taux d'intérêt légal |\n| Indemnité forfaitaire pour frais de recouvrement | 40 € |\n| Escompte | aucun |`) },
    { name: "no escompte said", rule: "early-payment-discount-missing", reports: true, text: doc("Pénalités : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement de 40 €.") },
    { name: "« pas d'escompte pour paiement anticipé »", rule: "early-payment-discount-missing", reports: false, text: doc("Pénalités : trois fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d'escompte pour paiement anticipé.") },
  ]);
});

describe("robustness: late-payment terms (Luxembourg)", () => {
  it("does not ask Luxembourg terms that name the indemnity for its amount, but still reports it missing", () => {
    const rule = allRules.find((r) => r.meta.id === "recovery-indemnity-missing")!;
    const text = (body: string) => `# Conditions générales de vente\n\n## Article 5 – Paiement\n\n${body}\n`;
    expect(lintProse(text("Tout retard entraîne, après mise en demeure, des pénalités au taux légal majoré de 8 points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement."), rule, { law: "LU" })).toEqual([]);
    expect(lintProse(text("Tout retard entraîne des pénalités au taux légal majoré de 8 points."), rule, { law: "LU" }).map((m) => m.ruleId)).toEqual(["recovery-indemnity-missing"]);
  });
});
