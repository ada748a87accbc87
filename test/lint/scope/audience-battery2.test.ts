// Round 2 of the audience battery (src/lint/scope/audience.ts, docs/scope.md): short texts written
// for the test on the patterns fresh published terms showed: trade terms that speak of delivery,
// guarantees and the buyer's « domicile légal »; a right « applicable uniquement au consommateur »
// (a rule for one kind of client, not the terms' scope); an offer named for professionals among
// services to households; private users of an app (adults, minors with their parents' leave);
// Belgian and Swiss wording; trades that serve households without saying so (left undecided).
import { describe, expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";

type Case = [text: string, expected: "b2b" | "b2c" | "mixed" | undefined];
const check = ([text, expected]: Case) => expect(inferAudience(text).audience).toBe(expected);

describe("trade terms with consumer-looking words stay trade terms or undecided", () => {
  it.each<Case>([
    ["Les livraisons répondent aux normes en vigueur au domicile légal de l'acheteur.", undefined],
    ["Les prestations sont exécutées conformément aux prescriptions du lieu du domicile social de l'acheteur.", undefined],
    ["L'acheteur procède au paiement au domicile du fournisseur, sans déduction d'escompte.", undefined],
    ["Le paiement est fait dès que le montant est à la libre disposition du fournisseur à son domicile.", undefined],
    ["Le for est au domicile élu du fournisseur ; la garantie couvre douze mois.", undefined],
    ["Toute commande est confirmée par écrit ; la livraison est réputée faite départ usine.", undefined],
    ["La garantie du fournisseur est limitée au remplacement des pièces défectueuses ; les factures sont payables à 30 jours.", "b2b"],
    ["Le siège de l'acheteur, son domicile légal, détermine les normes applicables ; prix hors taxes.", "b2b"],
    ["Nos techniciens interviennent au domicile du client pour l'entretien des chaudières.", "b2c"],
  ])("%s → %s", (...c) => check(c));
});

describe("a right for one kind of client: terms for both", () => {
  it.each<Case>([
    ["Droit de rétractation : applicable uniquement au consommateur en cas de vente à distance.", "mixed"],
    ["Le délai de réflexion est réservé aux consommateurs lorsque le contrat est conclu hors établissement.", "mixed"],
    ["La médiation est ouverte uniquement aux consommateurs en cas de litige non résolu.", "mixed"],
    ["Les présentes conditions sont réservées aux consommateurs.", "b2c"],
    ["Nos ventes en ligne sont exclusivement destinées aux professionnels.", "b2b"],
    ["Les présentes s'appliquent uniquement aux professionnels, en cas de commande en ligne comme en magasin.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("an offer named for professionals among services to households", () => {
  it.each<Case>([
    ["Nous proposons des séances à domicile, des ateliers en groupe et des prestations sur mesure pour professionnels.", "mixed"],
    ["Cours à domicile ; formules dédiées aux entreprises sur devis.", "mixed"],
    ["Livraison à domicile offerte ; offre entreprises sur demande.", "mixed"],
    ["Nos prestations pour professionnels sont facturées sur devis.", "b2b"],
    ["Vous disposez d'un droit de rétractation de 14 jours. Des prestations sur mesure pour entreprises sont proposées sur devis.", "mixed"],
    ["Le stylisme est conçu pour les professionnels de l'image ; paiement à 30 jours fin de mois.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("private users of an app or a club", () => {
  it.each<Case>([
    ["L'inscription est réservée aux personnes majeures ou aux mineurs disposant de l'autorisation parentale.", "b2c"],
    ["L'application est ouverte aux personnes majeures.", "b2c"],
    ["Les mineurs peuvent utiliser le service avec l'autorisation parentale.", "b2c"],
    ["Un mineur ne peut s'inscrire qu'avec l'accord de son représentant légal.", "b2c"],
    ["En utilisant la plateforme, vous acceptez les présentes conditions d'utilisation.", undefined],
    ["Le membre dispose d'un espace personnel sur le serveur mutualisé.", undefined],
    ["Nous protégeons vos informations personnelles et vos données personnelles.", undefined],
  ])("%s → %s", (...c) => check(c));
});

describe("Belgian and Swiss wording", () => {
  it.each<Case>([
    ["Le consommateur, au sens du Code de droit économique, dispose d'un délai de quatorze jours.", "b2c"],
    ["Conformément à l'article VI.47 du Code de droit économique, le consommateur peut renoncer à son achat.", "b2c"],
    ["Les présentes ne s'appliquent pas aux consommateurs au sens du Code de droit économique.", "b2b"],
    ["Les conditions générales de livraison pour les produits de l'industrie des machines s'appliquent aux relations entre fournisseur et acheteur.", undefined],
    ["Les factures sont payables à 30 jours net ; passé ce délai, un intérêt de retard est dû.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("a client that may be a company, beside consumer rights: terms for both", () => {
  it.each<Case>([
    ["Le Client, toute personne physique ou morale, dispose d'un droit de rétractation de 14 jours.", "mixed"],
    ["Les présentes régissent les ventes à toute personne physique ou morale passant commande ; le consommateur peut saisir le médiateur de la consommation.", "mixed"],
    ["Le terme tiers désigne toute personne physique ou morale non partie au contrat. Vous disposez d'un droit de rétractation.", "b2c"],
    ["Toute personne physique ou morale peut consulter le site. Vous disposez d'un droit de rétractation.", "b2c"],
  ])("%s → %s", (...c) => check(c));
});

describe("trades that serve households, said by their words only", () => {
  it.each<Case>([
    ["Nous intervenons pour la destruction de nids de frelons chez les particuliers et les entreprises.", "mixed"],
    ["La réparation de chaussures et la reproduction de clés sont payables au comptoir.", undefined],
    ["Le client, personne physique ou morale, passe commande au comptoir.", undefined],
    ["Les visites à domicile pour la garde de vos animaux sont facturées à la visite.", "b2c"],
  ])("%s → %s", (...c) => check(c));
});
