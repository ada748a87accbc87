// Round T35a (issue #11, src/lint/scope/audience-cues.ts PRO_IDENTITY): a platform's account opened as a trade. A platform
// that puts households in touch with tradespeople binds both sides by the same terms; an account, profile or space opened
// as a trade (« un profil artisan », « votre compte entrepreneur », « un profil d'entreprise », « créer un compte en tant que
// client ou prestataire ») says that a trader is one of the users the terms bind, as « compte pro » already did. Beside a
// consumer's sign (an age limit, a withdrawal right) the terms serve both kinds: mixed. Not the seller's own page, not
// others' profiles read by a client, not a client's account, not an account denied.
// Every text is written for this battery. Run on the code before the round: 7 of the 14 cases failed (all 7 of the
// cases that must find the trade's account; none of the must-not cases).
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

const mustTrigger: Case[] = [
  ["Vous devez être majeur. Vous pouvez ouvrir un compte en tant que client ou artisan.", "mixed"],
  ["L'inscription est réservée aux personnes âgées d'au moins 18 ans. En créant votre profil artisan, vous certifiez détenir une assurance décennale.", "mixed"],
  ["Conditions d'accès :\n\n- Être majeur\n- Fournir une adresse valide\n\n**Comptes** — Chaque profil d'entreprise est lié à un numéro d'immatriculation.", "mixed"],
  ["Vous devez avoir 18 ans révolus. Les comptes prestataires donnent accès à l'agenda des demandes de devis.", "mixed"],
  ["Le droit de rétractation de quatorze jours s'applique aux achats de crédits. Votre espace commerçant permet de publier des offres.", "mixed"],
  ["## Inscription\n\nÊtre majeur est requis. L'utilisateur s'inscrit comme particulier ou comme professionnel.", "mixed"],
  ["Un compte entrepreneur permet de répondre aux demandes de devis publiées par les visiteurs.", "b2b"],
];

const mustNot: Case[] = [
  ["Vous devez être majeur. Consultez la page de l'entreprise sur notre site pour ses horaires.", "b2c"],
  ["Vous devez être majeur. Les profils des prestataires sont consultables librement.", "b2c"],
  ["Vous devez être majeur. Le Prestataire met à jour votre compte client sous 48 heures.", "b2c"],
  ["Vous devez avoir au moins 18 ans. Le site est édité par un auto-entrepreneur établi à Lyon.", "b2c"],
  ["Vous devez avoir au moins 18 ans. Vous pouvez créer un compte en tant que client.", "b2c"],
  ["Être majeur est requis. Nous ne proposons pas de compte entreprise.", "b2c"],
  ["Vous devez être majeur. L'entrepreneur qui réalise les travaux est choisi par vous seul.", "b2c"],
];

describe("an account opened as a trade binds a trader: with a consumer's sign, terms for both", () => eachCase(mustTrigger));
describe("the seller's page, others' profiles, a client's account or one denied name no trader among the users", () => eachCase(mustNot));
