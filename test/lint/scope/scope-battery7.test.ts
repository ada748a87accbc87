// Round T14 of the scope battery (issue #11, deliverable 4): terms open to both kinds of client. Short texts written
// for the test. A client defined as « toute personne physique ou morale » beside a household's or a private person's
// cue; offers priced per kind of client; training paid by the trainee or by an employer; negatives: consumer shops
// naming a « personne morale » that is not the client, B2B terms naming private persons only to exclude them.
// 9 cases failed on main's code (d5290be); all pass since round T14's cues.
import { describe } from "vitest";
import { type Case, eachCase } from "./audience-cases.js";

const STILL_FAILING = new Set<string>([]);
const each = (cases: Case[]) => eachCase(cases, STILL_FAILING);

describe("a client of either person beside a household's cue: both kinds", () => {
  each([
    ["Les présentes régissent les ventes entre Brume et toute personne physique ou morale, ci-après le Client. Les prix sont affichés toutes taxes comprises. Paiement par carte ou en espèces.", "mixed"],
    ["Est client toute personne physique ou morale passant commande sur le site. Votre commande est expédiée sous 48 heures.", "mixed"],
    ["Les conditions s'appliquent à toute personne physique ou morale souhaitant louer une salle. Les frais de livraison du matériel sont offerts.", "mixed"],
    ["Le Client, personne physique ou morale, réserve son atelier en ligne. Nous intervenons chez vous le jour convenu.", "mixed"],
    ["Les présentes lient la société et toute personne physique ou morale souhaitant acquérir un terrain. L'acquéreur dispose d'un droit de rétractation de sept jours.", "mixed"],
    // A « tiers-lieu » is a place, not a third party.
    ["Le tiers-lieu loue ses ateliers à toute personne physique ou morale, le Client. Prix toutes taxes comprises ; règlement par chèque ou espèces.", "mixed"],
    ["Toute personne physique ou morale souhaitant s'inscrire à un stage devient Client. Le paiement est requis à la commande ; votre commande vous est confirmée par courriel.", "mixed"],
  ]);
});

describe("offers priced per kind of client: both kinds", () => {
  each([
    ["Trois tarifs s'appliquent : tarif particuliers, tarif associations et tarif entreprises. Réservation par courriel.", "mixed"],
    ["La grille distingue un tarif pour les particuliers et un tarif pour les entreprises.", "mixed"],
    ["Formule particuliers : 30 € la séance. Formule entreprises : sur devis.", "mixed"],
    ["Les tarifs entreprises sont communiqués sur devis ; les tarifs particuliers figurent sur le site.", "mixed"],
    // Associations are non-professionals (C. conso., article liminaire): priced apart from firms, terms for both.
    ["Tarif associations : 20 € l'heure. Tarif entreprises : 40 € l'heure.", "mixed"],
  ]);
});

describe("a training paid by the trainee or by an employer: both kinds", () => {
  each([
    ["La formation est financée à titre personnel par le stagiaire ou financée par l'entreprise qui l'emploie.", "mixed"],
    ["En cas de financement personnel, le stagiaire règle la formation à l'inscription. En cas de prise en charge par un OPCO, une convention de formation est signée.", "mixed"],
    ["La formation peut être autofinancée par le participant ou financée par son employeur.", "mixed"],
    ["Le stagiaire qui finance lui-même sa formation paie en trois fois ; l'entreprise reçoit une facture à 30 jours.", "mixed"],
  ]);
});

describe("both sides of a platform named: households and businesses", () => {
  each([
    ["La plateforme met en relation des particuliers et des entreprises de déménagement.", "mixed"],
    ["Les utilisateurs sont des vendeurs professionnels ou particuliers et des acheteurs.", "mixed"],
    // Private persons trading between themselves beside a party category defined as firms (added after the first run).
    ["Les membres se vendent des objets entre particuliers. Les vendeurs (commerçants, artisans) ouvrent une boutique sur la plateforme.", "mixed"],
    ["L'application permet des paiements de pair à pair entre utilisateurs. Les bénéficiaires, commerçants ou entreprises, reçoivent les fonds sur leur compte.", "mixed"],
    ["La plateforme permet la location de matériel entre particuliers.", "b2c"],
    ["Les bénéficiaires (commerçants, entreprises) reçoivent les paiements sur leur compte bancaire.", "b2b"],
    ["Le site n'est pas une plateforme de vente entre particuliers. Votre commande est expédiée sous 48 heures.", "b2c"],
    ["Le réseau peer-to-peer du logiciel partage les mises à jour. Le logiciel est gratuit.", "presumed b2c"],
    // Categories of users named one per sentence (round T14, added after the first run).
    ["Les Utilisateurs particuliers publient des annonces gratuitement. Les Utilisateurs professionnels souscrivent un abonnement mensuel.", "mixed"],
    ["Un compte particulier est gratuit. Un compte professionnel coûte 20 € par mois.", "mixed"],
    ["Les membres particuliers réservent des cours. Les membres professionnels proposent leurs services.", "mixed"],
    ["Les utilisateurs professionnels accèdent à l'interface de programmation. Les prix sont indiqués hors taxes.", "b2b"],
    ["Les membres inscrits reçoivent la lettre mensuelle. Votre commande est expédiée sous trois jours.", "b2c"],
  ]);
});

describe("negatives: a « personne morale » that is not the client, or no client of the other kind", () => {
  each([
    ["Le vendeur est une personne morale de droit français. Les prix sont affichés toutes taxes comprises. Paiement par carte ou en espèces.", "b2c"],
    ["Un tiers, personne physique ou morale, ne peut se prévaloir des présentes. Votre commande est expédiée sous 48 heures.", "b2c"],
    ["Nous gardons votre chien à votre domicile pendant vos vacances. Paiement en espèces accepté.", "b2c"],
    ["Votre commande est expédiée sous 48 heures. Les frais de port sont offerts dès 50 €.", "b2c"],
    ["Les données de toute personne physique sont protégées. Votre commande est préparée avec soin.", "b2c"],
    ["Le client dispose d'un droit de rétractation de quatorze jours. Les prix sont indiqués toutes taxes comprises.", "b2c"],
    ["Le particulier peut annuler sa réservation sans frais jusqu'à la veille.", "b2c"],
  ]);
});

describe("negatives: professionals only, private persons named only to exclude them", () => {
  each([
    ["Les présentes s'appliquent exclusivement aux professionnels ; les particuliers ne sont pas admis.", "b2b"],
    ["Nos offres sont réservées aux entreprises, à l'exclusion des particuliers.", "b2b"],
    ["Les particuliers ne peuvent pas ouvrir de compte. Les prix sont exprimés hors taxes.", "b2b"],
    ["La livraison est prise en charge par l'entreprise. Votre commande est expédiée sous 48 heures.", "b2c"],
    ["Le Client, personne physique ou morale agissant dans le cadre de son activité professionnelle, passe commande. Paiement à 30 jours fin de mois.", "b2b"],
    ["Toute personne morale souhaitant ouvrir un compte professionnel fournit son extrait Kbis. Les prix sont exprimés hors taxes.", "b2b"],
    ["Les tarifs entreprises sont communiqués sur devis. Paiement à réception de facture.", "b2b"],
    ["La formation est financée par l'OPCO de l'entreprise cliente ; une convention de formation est signée.", "b2b"],
  ]);
});

describe("no cue either way: the presumption stands, or undecided", () => {
  each([
    ["Les présentes s'appliquent au service de stockage en ligne. Le service est accessible en permanence.", "presumed b2c"],
    ["Le Client est toute personne physique ou morale qui accepte les présentes.", undefined],
    ["Un membre peut être une personne physique ou morale. Les statuts de l'association s'appliquent.", undefined],
    ["Les tarifs sont publiés sur le site et révisés chaque année.", "presumed b2c"],
  ]);
});
