// Clause headings in prose mode (parseHeading in src/lint/documents/from-prose.ts): bold paragraphs,
// lines in capitals and numbered paragraphs open a clause; bold words in a sentence and list items do not.
import { describe, expect, it } from "vitest";
import { fromProse, parseHeading } from "../../../src/lint/documents/from-prose.js";
import rule from "../../../src/lint/rules/clause-reference-broken.js";
import { lintProse } from "../helpers.js";

const heading = (line: string) => {
  const h = parseHeading(line);
  return h && { number: h.number, title: h.title, at: line.slice(h.titleOffset, h.titleOffset + h.title.length) };
};

describe("parseHeading", () => {
  it("reads a paragraph that is only bold text as a heading, numbered or not", () => {
    expect(heading("**Article 5 – Paiement**")).toEqual({ number: "5", title: "Paiement", at: "Paiement" });
    expect(heading("**PAIEMENT**")).toEqual({ number: undefined, title: "PAIEMENT", at: "PAIEMENT" });
    expect(heading("__Livraison__")).toEqual({ number: undefined, title: "Livraison", at: "Livraison" });
    expect(heading("**6. Garanties :**")).toEqual({ number: "6", title: "Garanties", at: "Garanties" });
  });

  it("reads a short line in capitals, « 5) Paiement », « V. PAIEMENT » and « ARTICLE 5 : PAIEMENT »", () => {
    expect(heading("CONDITIONS DE PAIEMENT")).toEqual({ number: undefined, title: "CONDITIONS DE PAIEMENT", at: "CONDITIONS DE PAIEMENT" });
    expect(heading("DROIT DE RÉTRACTATION")).toMatchObject({ title: "DROIT DE RÉTRACTATION" });
    expect(heading("5) Paiement")).toEqual({ number: "5", title: "Paiement", at: "Paiement" });
    expect(heading("V. PAIEMENT")).toEqual({ number: "V", title: "PAIEMENT", at: "PAIEMENT" });
    expect(heading("ARTICLE 5 : PAIEMENT")).toEqual({ number: "5", title: "PAIEMENT", at: "PAIEMENT" });
    expect(heading("Article 7 — Responsabilité")).toEqual({ number: "7", title: "Responsabilité", at: "Responsabilité" });
  });

  it("does not read a bold word inside a sentence, a bold sentence, a list item or an acronym as a heading", () => {
    expect(heading("Le **Client** s'engage à payer le prix.")).toBeUndefined();
    expect(heading("**Le Client s'engage à payer le prix comptant à la commande.**")).toBeUndefined();
    expect(heading("- **Paiement**")).toBeUndefined();
    expect(heading("* PAIEMENT")).toBeUndefined();
    expect(heading("TVA")).toBeUndefined();
    expect(heading("SAS AU CAPITAL DE 10 000 €")).toBeUndefined();
    expect(heading("LE CLIENT RECONNAÎT AVOIR PRIS CONNAISSANCE DES PRÉSENTES CONDITIONS GÉNÉRALES AVANT SA COMMANDE ET LES ACCEPTER SANS RÉSERVE.")).toBeUndefined();
    expect(heading("I. le client paie comptant.")).toBeUndefined();
  });

  it("reads bold and capitals as a heading only where a paragraph starts; a company name in capitals is not one", () => {
    expect(parseHeading("**Paiement**", false)).toBeUndefined();
    expect(parseHeading("PARIS", false)).toBeUndefined();
    expect(parseHeading("PAIEMENT", true)).toMatchObject({ title: "PAIEMENT" });
    expect(heading("SARL DUPONT FRÈRES")).toBeUndefined();
    // Numbered headings need no blank line before them.
    expect(parseHeading("Article 5 : Paiement", false)).toMatchObject({ number: "5" });
  });
});

describe("headings in a whole text", () => {
  const titles = (text: string) => fromProse("cgv.md", "/tmp/cgv.md", text, {}, "fr").doc.clauses.map((c) => c.title);

  it("an address block's city in capitals does not cut the clause; a capitals line after a blank line opens one", () => {
    expect(titles("# Article 1 : Vendeur\n\nLa société Exemple\n12 rue de la Paix\nPARIS\n\nLIVRAISON\n\nSous huit jours.\n")).toEqual(["Vendeur", "LIVRAISON"]);
  });

  it("a bold numbered heading needs no blank line before it; a bold title does", () => {
    expect(titles("Préambule.\n**Article 2 – Paiement**\nComptant.\n**Attention**\nRien.\n")).toEqual(["", "Paiement"]);
  });
});

describe("references to bold headings resolve", () => {
  it("a cross-reference to a clause headed in bold is not broken; one to a missing clause still is", () => {
    const text = "**Article 1 – Objet**\n\nLes présentes conditions s'appliquent.\n\n**Article 2 – Paiement**\n\nLe prix est payable comptant.\n\n**Article 3 – Résiliation**\n\nEn cas de défaut de paiement prévu à l'article 2 ci-dessus, le contrat est résilié.\n";
    expect(lintProse(text, rule)).toEqual([]);
    const [broken] = lintProse(text.replace("l'article 2 ci-dessus", "l'article 4 ci-dessus"), rule);
    expect(broken).toMatchObject({ line: 11 });
  });
});
