// What the terms sell and who sells it (src/lint/scan/offer.ts): terms that sell nothing to the user owe no consumer
// withdrawal, mediator or legal-guarantees information; terms that sell keep them. Every text is written for the test.
import { describe, expect, it } from "vitest";
import { onlyPutsInTouch, paidToSeller, sellsNothing } from "../../../src/lint/scan/offer.js";
import type { TextClause } from "../../../src/lint/scan/sentences.js";

// The scanners read only the body of a clause.
const clauses = (...bodies: string[]): TextClause[] => bodies.map((body) => ({ body }));

describe("sellsNothing", () => {
  it("reads a free service with no price paid to the seller", () => {
    expect(sellsNothing(clauses("L'application Potager Partagé est entièrement gratuite.", "Chaque membre publie ses récoltes et en discute avec ses voisins."))).toMatch(/gratuite/);
    expect(sellsNothing(clauses("La plateforme propose gratuitement un annuaire des jardins ouverts."))).toMatch(/propose gratuitement/);
    expect(sellsNothing(clauses("Le service est gratuit et sans frais pour les utilisateurs."))).toBeDefined();
  });

  it("reads a seller that says another sells and is paid directly", () => {
    expect(sellsNothing(clauses("Nous ne vendons aucun produit : chaque artisan reste le seul vendeur de ses pièces.", "Le paiement est effectué directement auprès de l'artisan."))).toBeDefined();
    expect(sellsNothing(clauses("Les boutons « Acheter » redirigent vers des sites tiers de vente."))).toBeDefined();
  });

  it("is undefined when the seller is paid, however free a part of the service is", () => {
    // A fee charged on each sale: the platform sells its own service.
    expect(sellsNothing(clauses("L'inscription au service est gratuite pour les utilisateurs.", "Une commission de 8 % est prélevée sur chaque vente conclue."))).toBeUndefined();
    expect(sellsNothing(clauses("Le service est gratuit pendant un mois.", "Ensuite, l'abonnement coûte 9,90 € par mois."))).toBeUndefined();
  });

  it("is undefined for a shop whose sentences only call a delivery, a trial or a quote free", () => {
    expect(sellsNothing(clauses("Nos tabourets sont vendus 120 € TTC.", "La livraison est gratuite dès deux articles."))).toBeUndefined();
    expect(sellsNothing(clauses("Le devis est gratuit.", "Les travaux sont facturés selon le devis accepté."))).toBeUndefined();
    expect(sellsNothing(clauses("Nous vendons des semis de tomates anciennes expédiés en colis."))).toBeUndefined();
  });
});

describe("paidToSeller", () => {
  it("finds a price, a rate, a commission or a platform fee", () => {
    expect(paidToSeller(clauses("L'abonnement coûte 12 € par mois."))).toBe("12 €");
    expect(paidToSeller(clauses("Des frais de service sont ajoutés à chaque réservation."))).toMatch(/frais de service/);
    expect(paidToSeller(clauses("Une commission est due sur chaque location."))).toMatch(/commission/);
  });

  it("leaves out share capital, denied fees, a third party's price and the delivery", () => {
    expect(paidToSeller(clauses("Potager SAS au capital de 1 000 €."))).toBeUndefined();
    expect(paidToSeller(clauses("Nous ne prélevons pas de commission sur vos ventes."))).toBeUndefined();
    expect(paidToSeller(clauses("Le prix fixé par le tiers vendeur est de 30 € TTC."))).toBeUndefined();
    expect(paidToSeller(clauses("Les frais de port sont de 6 € par colis."))).toBeUndefined();
    expect(paidToSeller(clauses("Nous pourrons proposer à l'avenir des options à 5 €."))).toBeUndefined();
  });
});

describe("onlyPutsInTouch", () => {
  it("reads a platform that only puts users in touch", () => {
    expect(onlyPutsInTouch(clauses("Jardins Voisins est une plateforme de mise en relation entre particuliers."))).toBe(true);
    expect(onlyPutsInTouch(clauses("Le site agit uniquement en qualité d'intermédiaire entre les membres."))).toBe(true);
    expect(onlyPutsInTouch(clauses("Jardins Voisins n'est pas le vendeur des plants échangés."))).toBe(true);
  });

  it("is false for a shop that ships through its carrier", () => {
    expect(onlyPutsInTouch(clauses("Les plants sont expédiés par l'intermédiaire de notre transporteur."))).toBe(false);
    expect(onlyPutsInTouch(clauses("Nous vendons et expédions nos plants nous-mêmes."))).toBe(false);
  });
});
