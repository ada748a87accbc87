// Round T33 (issue #11, deliverable 5): contracts outside the consumer code's scope, as a matrix. A gift is no
// contract for goods or services against a price (C. conso. L221-1; C. civ. 893, a libéralité): terms that only
// collect donations owe no withdrawal information, and a clause saying the right does not apply « compte tenu de
// la nature des dons » gives the reason. Something sold beside the donations (a gift card bought, a reward in
// crowdfunding, a paid service) is a sale: the information is owed there. A membership fee (« cotisation ») is left
// undecided (no case): it may buy the association's services. Every text is written for this matrix; run on main's
// code before the round: see docs/accuracy.md « Round T33 ».
import { describe, expect, it } from "vitest";
import withdrawal from "../../../src/lint/rules/consumer-withdrawal-info-missing.js";
import { lintProse } from "../helpers.js";

// Failures on main's code before this round: every « donation only » case (54 of 216; the 54 « rewards named » cases
// were added with the fix and passed on main too). None is left.
const KNOWN_FAILURES = (_name: string) => false;
const check = (name: string, body: () => void) => (KNOWN_FAILURES(name) ? it.fails : it)(name, body);

const reports = (text: string) =>
  lintProse(text, withdrawal, { audience: "b2c" }).filter((m) => m.ruleId === "consumer-withdrawal-info-missing");

/** The ways terms speak of the gift itself. */
const WORDINGS: Record<string, string> = {
  dons: "L'Application permet aux utilisateurs d'effectuer des dons en ligne au profit d'associations, par carte bancaire sur le site.",
  liberalites: "La plateforme recueille en ligne les libéralités consenties par les donateurs au profit des associations partenaires, payées par carte sur le site.",
  "sans contrepartie": "Chaque versement effectué en ligne sur le site est une contribution sans contrepartie au profit du projet choisi.",
  reverse: "La plateforme reverse les dons collectés en ligne aux associations bénéficiaires, déduction faite d'une commission de 5 %.",
  cagnotte: "Le service permet de créer une cagnotte en ligne et d'y verser des dons par carte bancaire sur le site.",
  collecte: "Le site organise une collecte de fonds en ligne : les donateurs versent leur don par carte bancaire.",
};

/** What is sold beside the gift, if anything. */
const KINDS: Record<string, { extra: string; owed: boolean }> = {
  "donation only": { extra: "", owed: false },
  "gift card bought": { extra: "La boutique en ligne propose également à l'achat des cartes cadeaux au prix de 20 euros.", owed: true },
  "crowdfunding with reward": { extra: "En contrepartie de sa contribution, le contributeur reçoit un livre expédié à son domicile.", owed: true },
  "rewards named": { extra: "Les contributeurs reçoivent les contreparties de leur choix, expédiées à leur domicile.", owed: true },
  "paid service beside": { extra: "L'utilisateur peut aussi souscrire un abonnement premium payant au prix de 4,99 euros par mois, commandé sur le site.", owed: true },
};

/** How the clause about withdrawal is written, if there is one. */
const WITHDRAWAL_CLAUSES: Record<string, string | undefined> = {
  none: undefined,
  "nature des dons": "Compte tenu de la nature des dons, le droit de rétractation ne s'applique pas.",
  "s'agissant d'un don": "S'agissant d'un don, aucun droit de rétractation n'est applicable.",
};

const LAYOUTS: Record<string, (title: string, body: string) => string> = {
  heading: (t, b) => `## ${t}\n\n${b}`,
  numbered: (t, b) => `Article 2 - ${t}\n${b}`,
  bold: (t, b) => `**${t}.** ${b}`,
};

function text(wording: string, kind: string, clause: string | undefined, layout: (t: string, b: string) => string): string {
  return [
    "# Conditions générales d'utilisation",
    "",
    layout("Objet", `${wording} ${kind}`.trim()),
    "",
    // The contract is concluded at a distance in every case: the question is only whether anything is sold.
    layout("Paiement", "Le paiement en ligne est sécurisé par Stripe."),
    "",
    ...(clause ? [layout("Rétractation", clause), ""] : []),
    layout("Droit applicable", "Les présentes conditions sont soumises au droit français."),
    "",
  ].join("\n");
}

describe("round T33: donations are no sale, what is sold beside them is", () => {
  for (const [wName, wording] of Object.entries(WORDINGS))
    for (const [kName, kind] of Object.entries(KINDS))
      for (const [cName, clause] of Object.entries(WITHDRAWAL_CLAUSES))
        for (const [lName, layout] of Object.entries(LAYOUTS)) {
          // A withdrawal clause for donations beside a sale: the sale's right is still ruled out without an exception.
          const owed = kind.owed;
          const name = `${wName} | ${kName} | ${cName} | ${lName} → ${owed ? "report" : "none"}`;
          check(name, () => {
            const found = reports(text(wording, kind.extra, clause, layout));
            expect(found.length > 0, JSON.stringify(found.map((m) => m.message.slice(0, 80)))).toBe(owed);
          });
        }
});
