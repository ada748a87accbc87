// Law inference from a prose text's words (src/lint/scope/law.ts, docs/scope.md). Every text here is
// written for the test.
import { describe, expect, it } from "vitest";
import { inferLaw } from "../../../src/lint/scope/law.js";

const law = (text: string) => inferLaw(text).law;
const evidence = (text: string) => inferLaw(text).evidence?.text;

describe("a choice-of-law clause", () => {
  it.each([
    ["Les présentes conditions sont soumises au droit français.", "FR", "soumises au droit français"],
    ["Le contrat est régi par la loi belge.", "BE", "régi par la loi belge"],
    ["Droit applicable : le droit suisse est seul applicable.", "CH", "droit suisse"],
    ["Les présentes sont gouvernées par le droit luxembourgeois.", "LU", "gouvernées par le droit luxembourgeois"],
    ["Le présent contrat est régi par les lois de la province de Québec.", "CA", "régi par les lois de la province de Québec"],
    ["Ces conditions sont soumises au droit québécois.", "CA", "soumises au droit québécois"],
    ["Le contrat est soumis à la loi allemande.", "DE", "soumis à la loi allemande"],
    ["Le contrat est régi par le droit monégasque.", "MC", "régi par le droit monégasque"],
  ])("%s → %s", (text, country, quoted) => {
    expect(law(text)).toBe(country);
    expect(evidence(text)).toBe(quoted);
  });

  it("a bare « Droit suisse. » under a « Droit applicable » heading", () => {
    expect(law("Exemple SA, RCS Paris 732 829 320.\n\n## Droit applicable et for\n\nDroit suisse. For : Lausanne.")).toBe("CH");
  });

  it("outweighs the seller's registry: a French company choosing Belgian law", () => {
    expect(law("Vendeur : Exemple SAS, RCS Lille 732 829 320, SIRET 732 829 320 00074.\n\nLe contrat est soumis au droit belge.")).toBe("BE");
  });

  it("a law named for what it leaves to the consumer is weaker than the choice", () => {
    const text = "Le contrat est soumis au droit français, sans préjudice des dispositions impératives du droit belge applicables au consommateur.";
    expect(law(text)).toBe("FR");
  });

  it("a law merely named is no choice (« conformément à la loi française Informatique et libertés »)", () => {
    expect(law("Vos données sont traitées conformément à la loi française du 6 janvier 1978.")).toBeUndefined();
  });
});

describe("without a choice, the seller's country", () => {
  it.each([
    ["FR: RCS and SIRET", "Exemple SAS, 1 rue de la Paix, 44000 Nantes, RCS Nantes 732 829 320, SIRET 732 829 320 00074.", "FR"],
    ["FR: R.C.S. and a French VAT number", "Exemple SARL, R.C.S. Lyon, TVA FR44732829320.", "FR"],
    ["BE: enterprise number and TVA BE", "Atelier Exemple SRL, rue du Pont 3, 4000 Liège. Numéro d'entreprise : 0123.456.789, TVA BE 0123.456.789.", "BE"],
    ["CH: IDE CHE and a cantonal register", "Exemple Sàrl, inscrite au registre du commerce du canton de Vaud, IDE CHE-123.456.789, 1003 Lausanne.", "CH"],
    ["CH: prices in CHF and courts of Geneva", "Les prix sont en CHF. Les tribunaux de Genève sont compétents.", "CH"],
    ["LU: RCS Luxembourg B and L- postcode", "Exemple S.à r.l., 2 rue du Marché, L-1728 Luxembourg, RCS Luxembourg B123456.", "LU"],
    ["CA: NEQ, TPS/TVQ and a Québec postcode", "Exemple inc., 10 rue Saint-Paul, Montréal (Québec) H2Y 1Z4, NEQ 1234567890, TPS et TVQ en sus.", "CA"],
    ["MC: RCI Monaco", "Exemple SAM, 98000 Monaco, RCI 12S01234.", "MC"],
  ])("%s", (_, text, country) => {
    expect(law(text)).toBe(country);
  });

  it("the heaviest clue is the evidence", () => {
    expect(evidence("Exemple Sàrl, 1204 Genève, CHE-123.456.789.")).toBe("CHE-123.456.789");
  });

  it("a French shop delivering to Belgium and Switzerland stays French", () => {
    expect(law("Exemple SAS, RCS Nantes 732 829 320. Nous livrons en France, en Belgique et en Suisse.")).toBe("FR");
  });
});

describe("nothing tells", () => {
  it.each([
    "Le client paie à la commande. Les produits sont livrés sous huit jours.",
    "Une remise de 15000 euros est accordée.",
    "Les présentes conditions s'appliquent en particulier aux commandes en ligne.",
  ])("%s → undefined", (text) => {
    expect(inferLaw(text)).toEqual({});
  });
});

describe("the laws of the world's countries, by adjective or by name (review A3)", () => {
  it.each([
    ["Le présent contrat est régi par le droit camerounais.", "CM"],
    ["Les présentes conditions sont soumises à la loi ivoirienne.", "CI"],
    ["Le contrat est régi par le **droit sénégalais**.", "SN"],
    ["Les conditions sont soumises au droit tunisien.", "TN"],
    ["Ces conditions générales sont régies par la législation algérienne.", "DZ"],
    ["Le contrat est soumis au droit malgache.", "MG"],
    ["Le contrat est régi par la loi haïtienne.", "HT"],
    ["Le contrat est régi par le droit marocain.", "MA"],
    ["Le contrat est soumis à la loi grecque.", "GR"],
    ["Le présent contrat est régi par le droit de la République du Cameroun.", "CM"],
    ["Les présentes sont soumises au droit du Sénégal.", "SN"],
    ["Le contrat est régi par les lois de la Côte d'Ivoire.", "CI"],
  ])("%s → %s", (text, country) => {
    expect(law(text)).toBe(country);
  });

  it("a « droit de la consommation » or « droit de rétractation » names no country", () => {
    expect(law("Le contrat est soumis au droit de la consommation. Le client dispose d'un droit de rétractation.")).toBeUndefined();
  });
});

describe("OHADA uniform law (review A3)", () => {
  it("a choice of « droit OHADA » is the law of the member state the text names", () => {
    expect(law("Siège : Dakar, Sénégal.\n\nLes présentes conditions sont régies par le droit OHADA.")).toBe("SN");
    expect(law("Le contrat est soumis aux Actes uniformes de l'OHADA. Siège social à Douala (Cameroun).")).toBe("CM");
  });

  it("names no country alone, and a French text naming OHADA in passing stays French", () => {
    expect(law("Les présentes conditions sont régies par le droit OHADA.")).toBeUndefined();
    expect(law("Exemple SAS, RCS Nantes 732 829 320. Nous accompagnons des entreprises de la zone OHADA au Sénégal.")).toBe("FR");
  });
});
