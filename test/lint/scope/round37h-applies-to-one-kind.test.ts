// Round T37h (issue #11, src/lint/scope/audience-cues.ts): the terms' own scope naming one kind of client (« Ces CGV
// s'appliquent à toutes les prestations réalisées pour des particuliers », « s'appliquent aux ventes conclues avec des
// professionnels ») decides the audience as « réservées aux particuliers » does; both kinds named stay « mixed ». A
// « Tiers-Payeur » defined as « toute personne physique ou morale » is a third party, not the client. Every text is
// written for this battery. Run on the code before the round: 3 of the 9 cases failed (the first three of mustTrigger).
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

const mustTrigger: Case[] = [
  ["Ces conditions générales s'appliquent à toutes les prestations réalisées pour des particuliers.\n\nLe solde est à régler à réception de la facture.", "b2c"],
  ["Les présentes CGV s'appliquent aux ventes conclues avec des professionnels du bâtiment.\n\nTout retard de paiement entraîne des pénalités. Le médiateur de la consommation est cité à titre d'information.", "b2b"],
  ["Nous proposons aux particuliers un abonnement de télévision.\n\nL'abonnement peut être payé par un Tiers-Payeur, c'est-à-dire toute personne physique ou morale qui s'engage à payer pour l'Abonné.", "b2c"],
  ["Les présentes régissent les séances effectuées auprès de particuliers à leur domicile. Les factures sont payables à réception.", "b2c"],
];

const mustNot: Case[] = [
  ["Ces conditions s'appliquent aux ventes conclues avec des particuliers et des professionnels.", "mixed"],
  ["Ces conditions s'appliquent à toutes les commandes. Le Client est toute personne physique ou morale ; le droit de rétractation est de 14 jours.", "mixed"],
  ["Nous proposons aux particuliers un abonnement. Le Client, toute personne physique ou morale, règle l'abonnement mensuellement.", "mixed"],
  ["Les présentes ne s'appliquent pas aux ventes conclues avec des particuliers ; les factures sont payables à 30 jours.", "b2b"],
  ["Le Client, accueilli au tiers-lieu, est toute personne physique ou morale. Il dispose d'un droit de rétractation de quatorze jours.", "mixed"],
];

describe("the terms' own scope naming one kind, a third-party payer", () => eachCase(mustTrigger));
describe("both kinds named, the client a company too, a scope denied", () => eachCase(mustNot));
