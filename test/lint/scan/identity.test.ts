// A seller's identity in prose: identifiers, legal forms, placeholders (src/lint/scan/identity.ts, identifiers.ts).
import { describe, expect, it } from "vitest";
import { findIdentifiers, sirenWithin } from "../../../src/lint/scan/identifiers.js";
import {
  ASSOCIATION,
  LEGAL_FORM_ACRONYMS,
  LEGAL_FORM_WORDS,
  claimsRcsRegistration,
  findProsePlaceholders,
  isPlaceholder,
  sellerNameLine,
  withoutHostDetails,
} from "../../../src/lint/scan/identity.js";
import { findAll, flexible } from "../../../src/lint/scan/text.js";
import type { Seller } from "../../../src/model/documents.js";

const identifiers = (text: string) => findIdentifiers(text).map((i) => [i.kind, i.value]);

describe("findIdentifiers", () => {
  it("reads a SIREN and a SIRET after their keyword, with or without « n° »", () => {
    expect(identifiers("SIREN n° 732 829 320 ; SIRET : 73282932000074.")).toEqual([
      ["siren", "732 829 320"],
      ["siret", "73282932000074"],
    ]);
  });

  it("reads a SIRET or a SIREN in the cell after its label's (round T10)", () => {
    expect(identifiers("| SIRET | 732 829 320 00074 |\n| SIREN | 732829320 |")).toEqual([
      ["siret", "732 829 320 00074"],
      ["siren", "732829320"],
    ]);
  });

  it("reads the SIREN of an RCS entry in its written forms", () => {
    expect(identifiers("RCS Bourges 488 020 108")).toEqual([["siren", "488 020 108"]]);
    expect(identifiers("RCS Paris B 732 829 320")).toEqual([["siren", "732 829 320"]]);
    expect(identifiers("immatriculée au registre du commerce et des sociétés de LIBOURNE sous le numéro 422 551 481")).toEqual([["siren", "422 551 481"]]);
    // A line break pasted from a PDF inside the keyword.
    expect(identifiers("Registre du \n\ncommerce de Nantes 732.829.320")).toEqual([["siren", "732.829.320"]]);
  });

  it("a Luxembourg RCS number is not a SIREN; a 14-digit number after « RCS » is a SIRET", () => {
    expect(identifiers("RCS Luxembourg B123456")).toEqual([]);
    expect(identifiers("RCS Nantes 732 829 320 00074")).toEqual([["siret", "732 829 320 00074"]]);
  });

  it("reads a SIREN after a registry however it is written: « R.C.S. », words, the répertoire des métiers", () => {
    expect(identifiers("Exemple SAS, R.C.S. Lyon 732 829 320")).toEqual([["siren", "732 829 320"]]);
    expect(identifiers("Exemple SAS, R.C.S Lyon 732.829.320")).toEqual([["siren", "732.829.320"]]);
    expect(identifiers("immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 732829320")).toEqual([["siren", "732829320"]]);
    expect(identifiers("inscrite au Registre du Commerce de Nanterre sous le n° 732 829 320")).toEqual([["siren", "732 829 320"]]);
    expect(identifiers("artisan immatriculé au répertoire des métiers de Nantes sous le numéro 732 829 320")).toEqual([["siren", "732 829 320"]]);
    // Near misses: the letters « rcs » inside a word, a registry followed by a number that is no SIREN.
    expect(identifiers("les forces 732 829 320")).toEqual([]);
    expect(identifiers("R.C.S. Lyon, depuis 2019")).toEqual([]);
  });

  it("reads SIRENs and SIRETs grouped by dots, spaces, non-breaking and narrow no-break spaces", () => {
    expect(identifiers("RCS Lyon 732\u00a0829\u00a0320")).toEqual([["siren", "732\u00a0829\u00a0320"]]);
    expect(identifiers("RCS Lyon 732\u202f829\u202f320")).toEqual([["siren", "732\u202f829\u202f320"]]);
    expect(identifiers("SIRET 732 829 320 00074")).toEqual([["siret", "732 829 320 00074"]]);
    expect(identifiers("n° SIREN : 732.829.320")).toEqual([["siren", "732.829.320"]]);
    // A few words between the keyword and the number.
    expect(identifiers("dont le n°SIRET est 732 829 320 00074")).toEqual([["siret", "732 829 320 00074"]]);
    expect(identifiers("SIRET (siège) : 73282932000074")).toEqual([["siret", "73282932000074"]]);
    expect(identifiers("SIRET à compléter, 12 rue Basse")).toEqual([]);
  });

  it("reads « immatriculée sous le N°… » as a SIREN; a number with no registry nearby is not an identifier", () => {
    expect(identifiers("La société est immatriculée sous le N°732829320.")).toEqual([["siren", "732829320"]]);
    expect(identifiers("numéro d'immatriculation : 732 829 320")).toEqual([["siren", "732 829 320"]]);
    expect(identifiers("Commande n° 732829320 du 3 mars.")).toEqual([]);
    expect(identifiers("sous le numéro 732829320")).toEqual([]);
  });

  it("reads VAT numbers by their shape, an IBAN broken across lines and a BIC", () => {
    expect(identifiers("TVA FR44732829320, LU15027442. IBAN FR76 3000\n6000 0112 3456 7890 189 BIC BNPAFRPPXXX")).toEqual([
      ["vat", "FR44732829320"],
      ["vat", "LU15027442"],
      ["iban", "FR76 3000\n6000 0112 3456 7890 189"],
      ["bic", "BNPAFRPPXXX"],
    ]);
    expect(identifiers("le BIC de la banque")).toEqual([]);
  });

  it("sirenWithin finds the SIREN inside a SIRET or a French VAT number", () => {
    expect(sirenWithin("siret", "73282932000074")).toBe("732829320");
    expect(sirenWithin("vat", "FR44732829320")).toBe("732829320");
    expect(sirenWithin("vat", "FR00000123456")).toBeUndefined();
    expect(sirenWithin("siren", "12345")).toBeUndefined();
  });
});

describe("placeholders and legal forms", () => {
  it("isPlaceholder knows the values written while waiting", () => {
    for (const v of ["En cours", "à compléter", "XXX", "[à préciser]", "___", "en cours…"]) expect(isPlaceholder(v), v).toBe(true);
    for (const v of ["Nantes", "732 829 320", undefined]) expect(isPlaceholder(v), String(v)).toBe(false);
  });

  it("findProsePlaceholders finds one placeholder per identity item", () => {
    const text = "Siège social : En cours de domiciliation. RCS : à compléter. Capital social : XXX €. Société en cours d'immatriculation.";
    expect(findProsePlaceholders(text).map((p) => [p.item, p.text])).toEqual([
      ["registeredOffice", "En cours de domiciliation"],
      ["rcs", "à compléter"],
      ["shareCapital", "XXX"],
    ]);
  });

  it("claimsRcsRegistration: an RCS entry that is not a placeholder, or a form always registered", () => {
    const seller = (s: Partial<Seller>) => s as Seller;
    expect(claimsRcsRegistration(seller({ rcs: { city: "Nantes", number: "732 829 320" } }))).toBe(true);
    expect(claimsRcsRegistration(seller({ rcs: { city: "En cours", number: "" } }))).toBe(false);
    expect(claimsRcsRegistration(seller({ legalForm: "SAS" }))).toBe(true);
    expect(claimsRcsRegistration(seller({ legalForm: "EI" }))).toBe(false);
  });

  it("flexible lets each space of a pattern match a line break", () => {
    expect(findAll("registre du\n\ncommerce", flexible(/registre du commerce/)).map((m) => m.text)).toEqual(["registre du\n\ncommerce"]);
    // " ?" stays one optional white-space character; a space inside brackets stays a space.
    expect(flexible(/a ?b[ ]c/).source).toBe(String.raw`a\s?b[ ]c`);
  });
});

describe("the seller's block in prose", () => {
  const notice = [
    "Raison sociale : Atelier Brume SAS",
    "Siège : 8 rue des Tanneurs, 69001 Lyon",
    "Hébergeur : Nuage Serveurs SAS, 4 quai Ouest, 59000 Lille, RCS Lille 424 761 419",
    "",
    "Contact : bonjour@atelier-brume.test",
  ].join("\n");

  it("blanks the host's line of a legal notice without full stops, and keeps the seller's lines and the next paragraph", () => {
    const own = withoutHostDetails(notice);
    expect(own).toHaveLength(notice.length);
    expect(own).toContain("Raison sociale : Atelier Brume SAS");
    expect(own).not.toContain("424 761 419");
    expect(own).toContain("Contact : bonjour@atelier-brume.test");
    expect(findIdentifiers(own)).toEqual([]);
  });

  it("blanks a host block written over several lines until the seller speaks again", () => {
    const text = "Le site est hébergé par :\nNuage Serveurs SAS\nRCS Lille 424 761 419\nLe site est édité par Atelier Brume SAS, RCS Lyon 732 829 320.";
    expect(findIdentifiers(withoutHostDetails(text)).map((i) => i.value)).toEqual(["732 829 320"]);
    // The publication director's line is another person's.
    expect(withoutHostDetails("Directeur de la publication : Paul Roc, gérant de Roc SARL\nAtelier Brume SAS")).toMatch(/^ +\nAtelier Brume SAS$/);
  });

  it("sellerNameLine: the first line naming the seller, not the host's", () => {
    const line = (text: string) => {
      const at = sellerNameLine(text);
      return at && text.slice(at.start, at.end);
    };
    expect(line(notice)).toBe("Raison sociale : Atelier Brume SAS");
    expect(line("Hébergeur : Nuage Serveurs SAS, RCS Lille 424 761 419\n\nBienvenue chez Atelier Brume SAS, au capital de 1 000 €.")).toBe("Bienvenue chez Atelier Brume SAS, au capital de 1 000 €.");
    expect(line("Les présentes conditions s'appliquent.\nLa boutique Lune & Sel (ci-après « le Vendeur ») vend des bougies.")).toBe("La boutique Lune & Sel (ci-après « le Vendeur ») vend des bougies.");
    expect(line("Les présentes conditions s'appliquent à toutes les commandes.")).toBeUndefined();
  });

  it("knows the legal forms in capitals and in words, and the association", () => {
    for (const form of ["Brume SAS", "Brume SASU", "Brume SARL", "Brume EURL", "Brume SA", "Brume SNC", "Brume SCI", "Jeanne Martin EI", "Brume S.A.R.L.", "Brume S.A.S."]) {
      expect(LEGAL_FORM_ACRONYMS.test(form), form).toBe(true);
    }
    for (const form of ["Sas d'accueil", "la SAISON", "EIRE", "sa boutique"]) expect(LEGAL_FORM_ACRONYMS.test(form), form).toBe(false);
    for (const form of ["entrepreneur individuel", "micro-entreprise", "auto-entrepreneur", "micro entrepreneur", "société par actions simplifiée unipersonnelle", "association loi 1901"]) {
      expect(findAll(form, LEGAL_FORM_WORDS), form).toHaveLength(1);
    }
    expect(findAll("Les Amis du Vélo, association loi 1901", ASSOCIATION).map((m) => m.text)).toEqual(["association loi 1901"]);
    expect(findAll("une dissociation des lots", ASSOCIATION)).toEqual([]);
  });
});
