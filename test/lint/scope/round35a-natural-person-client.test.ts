// Round T35a (issue #11, src/lint/scope/audience.ts and NATURAL_PERSON_CLIENT in audience-cues.ts): the client defined
// as a natural person only. « **Client** : toute personne physique qui… », « l'Utilisateur désigne toute personne physique »,
// « les membres sont exclusivement des personnes physiques »: no company can be a client. Beside a consumer's marker (a
// withdrawal right, the consumer mediator), the trade's weak hints (prices quoted before tax, an invoice paid at a term)
// are the seller's template, not a firm's terms: b2c. Not « personne physique ou morale », not a natural person acting for
// a business or representing a company, not when a company is named as a client elsewhere, and a professional marker or
// a B2B payment mechanism still weighs as before.
// Every text is written for this battery. Run on the code before the round: 5 of the 11 cases failed (the 5 that must
// read the natural-person client; none of the must-not cases).
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

const mustTrigger: Case[] = [
  ["**Client** : toute personne physique qui souscrit un abonnement.\n\nLe droit de rétractation s'exerce dans les quatorze jours. Les factures sont payables à 30 jours.", "b2c"],
  ["- « Abonné » : désigne toute personne physique titulaire d'un compte.\n- Les tarifs sont exprimés HT et TTC.\n\nConformément au Code de la consommation, vous disposez d'un délai de rétractation.", "b2c"],
  ["L'Utilisateur est une personne physique majeure. Le paiement intervient à réception de la facture. Le médiateur de la consommation compétent est indiqué ci-dessous.", "b2c"],
  ["## Définitions\n\nLe Client s'entend de toute personne physique ayant réservé une séance.\n\n## Paiement\n\nRèglement à 45 jours fin de mois. Vous pouvez vous rétracter sans avoir à justifier de motifs.", "b2c"],
  ["Les membres sont exclusivement des personnes physiques. Les prix sont indiqués hors taxes ; la garantie légale de conformité s'applique aux équipements vendus.", "b2c"],
];

const mustNot: Case[] = [
  ["**Client** : toute personne physique ou morale qui commande.\n\nLe droit de rétractation s'exerce dans les 14 jours. Les factures sont payables à 30 jours.", "mixed"],
  ["**Client** : toute personne physique agissant pour les besoins de son activité professionnelle.\n\nDroit de rétractation de 14 jours. Factures payables à 30 jours.", "mixed"],
  ["**Utilisateur** : toute personne physique qui navigue sur le site.\n**Client** : l'Utilisateur ou la personne morale qui passe commande.\n\nDélai de rétractation de 14 jours. Factures payables à 30 jours.", "mixed"],
  ["Le Client n'est pas nécessairement une personne physique. Le délai de rétractation est de 14 jours ; factures payables à 30 jours.", "mixed"],
  ["Le Client est une personne physique représentant une entreprise. Délai de rétractation : 14 jours. Les prix sont indiqués hors taxes.", "mixed"],
  ["**Client** : toute personne physique.\n\nLes prix sont indiqués hors taxes. Toute somme impayée entraîne l'indemnité forfaitaire pour frais de recouvrement de 40 euros. Droit de rétractation de 14 jours.", "mixed"],
];

describe("a client defined as a natural person only: the trade's weak hints beside a consumer's marker are a template's", () => eachCase(mustTrigger));
describe("a company may be a client, or a firm's marker speaks: terms for both, as before", () => eachCase(mustNot));
