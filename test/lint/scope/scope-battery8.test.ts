// Round T17 of the scope battery (issue #11, deliverable 4): the client defined as « toute personne morale ou physique »
// (the two kinds in either order), and a trade that quotes its prices before and with tax beside a household's service.
// Short texts written for the test. Run on main's code first: docs/accuracy.md « Round T17 ».
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

// On main's code (d218f56) 4 of these 7 cases failed; the price cue fixed one. The three left: reading « personne morale ou
// physique » as round T14 reads « physique ou morale » turns a tuning text for households (a dog trainer's, label b2c) mixed,
// so T14's weighing of that definition against a household's cue needs a second look first (docs/accuracy.md « Round T17 »).
// Round T19 reads « personne morale ou physique » as « physique ou morale » (docs/accuracy.md « Round T19 »): all pass.
const STILL_FAILING = new Set<string>([]);
const each = (cases: Case[]) => eachCase(cases, STILL_FAILING);

describe("a client of either person, the legal person named first", () => {
  each([
    ["Le Client désigne toute personne morale ou physique passant commande. Votre commande est expédiée sous 48 heures.", "mixed"],
    ["Est client toute personne morale ou physique qui réserve une séance. Prix toutes taxes comprises ; règlement par chèque ou en espèces.", "mixed"],
    ["Les présentes lient l'atelier et toute personne morale ou physique, le Client. Le client consommateur dispose d'un droit de rétractation.", "mixed"],
    // A third party defined as any person is not the client.
    ["Le terme Tiers désigne toute personne morale ou physique non partie au contrat. Votre commande est expédiée sous 48 heures ; prix TTC, paiement par carte ou en espèces.", "b2c"],
  ]);
});

describe("prices quoted before and with tax beside a household's service and the B2B payment mechanisms", () => {
  each([
    ["Nos prix sont indiqués HT et TTC. Pour les interventions à domicile, le client dispose d'un droit de rétractation de 14 jours. Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.", "mixed"],
    ["Les tarifs sont affichés hors taxes et toutes taxes comprises. Le jardinier intervient chez vous ; vous pouvez vous rétracter sous 14 jours. Pénalités de retard : trois fois le taux d'intérêt légal et indemnité de 40 €.", "mixed"],
    // Prices with tax only: the mechanisms are a template's in a household's terms (round T7).
    ["Les prix sont affichés toutes taxes comprises. Pour les interventions à domicile, le client dispose d'un droit de rétractation de 14 jours. Tout retard de paiement entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.", "b2c"],
  ]);
});
