// A battery of short texts, written for the test, on how the audience of any terms is told
// (src/lint/scope/audience.ts, docs/scope.md): consumer shops, trade-only terms, terms for both,
// training bodies, services at home, and traps a careless reader falls into. `undefined` is the
// audience left undecided.
import { describe, expect, it } from "vitest";
import { inferAudience } from "../../../src/lint/scope/audience.js";

type Case = [text: string, expected: "b2b" | "b2c" | "mixed" | undefined];
const check = ([text, expected]: Case) => expect(inferAudience(text).audience).toBe(expected);

describe("consumer shops → b2c", () => {
  it.each<Case>([
    ["Vous disposez de quatorze jours à compter de la réception de votre colis pour vous rétracter.", "b2c"],
    ["Ajoutez vos articles au panier : la livraison est offerte dès 60 € d'achat.", "b2c"],
    ["Vous pouvez renoncer à votre achat dans les 14 jours suivant sa réception, sans avoir à justifier de motifs.", "b2c"],
    ["Nos bougies sont vendues pour un usage personnel et non commercial.", "b2c"],
    ["Le Client, personne physique agissant à titre privé, passe commande sur le site.", "b2c"],
    ["Le client particulier règle sa commande par carte bancaire.", "b2c"],
    ["Pour exercer votre faculté de rétractation, renvoyez-nous le formulaire joint.", "b2c"],
    ["Le formulaire type de rétractation figure en annexe des présentes.", "b2c"],
    ["Nos appareils sont conçus pour un usage domestique.", "b2c"],
    ["Nos ventes sont conclues avec des acheteurs agissant à des fins personnelles.", "b2c"],
    ["Vous recevrez votre commande sous trois jours, à l'adresse de livraison de votre choix.", "b2c"],
    ["Vous pouvez changer d'avis : le délai de rétractation court à compter de la livraison.", "b2c"],
    ["L'acheteur a quatorze jours pour exercer son droit de rétractation, sans pénalité.", "b2c"],
  ])("%s → %s", (...c) => check(c));
});

describe("trade-only terms → b2b", () => {
  it.each<Case>([
    ["La commande devient ferme à réception du bon de commande signé par l'entreprise cliente.", "b2b"],
    ["Tous nos prix sont indiqués HT ; la TVA est ajoutée au taux en vigueur.", "b2b"],
    ["Le Client reconnaît contracter pour les besoins de son activité professionnelle.", "b2b"],
    ["La Société cliente communique son numéro SIRET à l'ouverture du compte.", "b2b"],
    ["Le numéro SIRET du Client figure sur chaque facture.", "b2b"],
    ["Notre catalogue en gros est réservé aux revendeurs.", "b2b"],
    ["L'ouverture d'un compte pro est nécessaire pour commander sur la boutique.", "b2b"],
    ["L'acheteur professionnel vérifie la marchandise à la livraison.", "b2b"],
    ["Les prix s'entendent hors taxes, départ entrepôt, et sont payables à 30 jours fin de mois.", "b2b"],
    ["Nos offres sont exclusivement destinées aux entreprises et aux collectivités.", "b2b"],
    ["Ces conditions sont réservées à notre clientèle professionnelle.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("terms for both → mixed", () => {
  it.each<Case>([
    ["Les présentes s'appliquent aux professionnels comme aux consommateurs.", "mixed"],
    [
      "## Clients consommateurs\n\nLe consommateur dispose d'un délai de rétractation de 14 jours.\n\n## Clients professionnels\n\nLes factures sont payables à 30 jours ; tout retard entraîne une indemnité forfaitaire de 40 € pour frais de recouvrement.",
      "mixed",
    ],
    ["Si le Client est un consommateur, il peut saisir gratuitement un médiateur.", "mixed"],
    ["Lorsque l'acheteur a la qualité de consommateur, il bénéficie de la garantie légale de conformité.", "mixed"],
    ["Si le client est un professionnel, une indemnité forfaitaire de 40 € est due en cas de retard.", "mixed"],
    ["Le Client consommateur bénéficie d'un droit de rétractation ; le Client professionnel règle ses factures à 30 jours.", "mixed"],
    ["Les particuliers paient à la commande ; les entreprises peuvent régler sur facture.", "mixed"],
    ["Dans le cas où le Client est un particulier, le paiement intervient à la commande.", "mixed"],
  ])("%s → %s", (...c) => check(c));
});

describe("training bodies", () => {
  it.each<Case>([
    ["Le stagiaire, personne physique qui finance seule sa formation, dispose d'un délai de rétractation de dix jours.", "b2c"],
    ["La formation peut être prise en charge par l'OPCO de l'entreprise ; une convention de formation est signée avec l'employeur.", "b2b"],
    [
      "Une convention de formation est signée avec l'employeur du stagiaire. Lorsque le stagiaire entreprend sa formation à titre individuel et à ses frais, un contrat de formation est conclu.",
      "mixed",
    ],
    ["La formation est facturée à l'entreprise. Une personne physique qui paie seule sa formation peut régler en trois fois.", "mixed"],
    ["Les frais pédagogiques sont réglés par l'OPCO ou, à défaut, par l'employeur du stagiaire.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("services at home", () => {
  it.each<Case>([
    ["Nos techniciens interviennent à domicile, sur rendez-vous.", "b2c"],
    ["L'intervention a lieu chez le particulier, aux jours convenus.", "b2c"],
    ["Le jardinier intervient au domicile du client ; ses prix sont indiqués TTC.", "b2c"],
    ["Intervention chez le particulier. Pénalités de retard : taux de la BCE majoré de 10 points.", "mixed"],
  ])("%s → %s", (...c) => check(c));
});

describe("traps", () => {
  it.each<Case>([
    ["## Définitions\n\n**Professionnel** : la société Exemple SAS, qui vend sur le site.\n\n## Rétractation\n\nLe Client dispose de 14 jours pour se rétracter.", "b2c"],
    ["> Le consommateur dispose d'un délai de quatorze jours pour exercer son droit de rétractation.\n\nNos prestations sont facturées HT.", "b2b"],
    ["Les professionnels ne bénéficient d'aucun droit de rétractation. Les factures sont payables à 30 jours.", "b2b"],
    ["Le Client est toute personne physique ou morale qui passe commande.", undefined],
    ["Exemple SAS, professionnel de la rénovation, exécute les travaux commandés.", undefined],
    ["En sa qualité de professionnel, le Prestataire est tenu d'une obligation de conseil.", undefined],
    ["Le Vendeur, professionnel de l'horlogerie, garantit ses montres. Le prix est payable à la commande.", undefined],
    ["Toute personne physique ou morale peut commander. Le Client dispose d'un délai de rétractation de 14 jours.", "b2c"],
    ["Le client doit être majeur ou disposer de l'accord de ses parents.", "b2c"],
    ["Ces conditions couvrent en particulier la maintenance des logiciels.", undefined],
    ["Les articles L221-18 et suivants du Code de la consommation ne s'appliquent pas aux présentes ; les factures sont payables à 30 jours.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});

describe("more wordings of the same cues", () => {
  it.each<Case>([
    ["La vente est conclue conformément aux dispositions du Code de la consommation.", "b2c"],
    ["Les dispositions du Code de la consommation ne s'appliquent pas aux présentes ; les factures sont payables à 30 jours.", "b2b"],
    ["La cliente, consommatrice, peut nous écrire à tout moment.", "b2c"],
    ["Nos offres B2B sont décrites dans le catalogue.", "b2b"],
    ["Le Client communique son numéro SIRET et un extrait Kbis de moins de trois mois.", "b2b"],
    ["Les pénalités sont dues dans les conditions de l'article L. 441-10 du Code de commerce.", "b2b"],
    ["Les présentes régissent nos ventes, à l'exclusion des consommateurs.", "b2b"],
    ["Les particuliers ne sont pas admis à commander sur cette plateforme.", "b2b"],
    ["Les présentes conditions sont réservées aux entreprises et aux particuliers.", "mixed"],
    ["Si le client est un professionnel, il ne bénéficie pas du droit de rétractation.", "mixed"],
  ])("%s → %s", (...c) => check(c));
});

describe("near misses of the trade's and the shop's words", () => {
  it.each<Case>([
    ["Chaque partie peut résilier le contrat sans avoir à justifier de motif, moyennant un préavis de trois mois.", undefined],
    ["Le solde est payable dans les 30 jours précédant la date de la réception.", undefined],
    ["Le droit de rétractation s'exerce par courriel. La garantie ne couvre que les montres achetées auprès de nos revendeurs agréés.", "b2c"],
    ["L'offre revendeur donne accès à des tarifs dégressifs.", "b2b"],
  ])("%s → %s", (...c) => check(c));
});
