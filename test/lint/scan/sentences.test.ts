// The one sentence splitter of the rule helpers (src/lint/scan/sentences.ts).
import { describe, expect, it } from "vitest";
import { sentenceAround, sentenceAt, sentences, sentencesOf } from "../../../src/lint/scan/sentences.js";

const texts = (body: string) => sentencesOf({ body }).map((s) => s.text);
const untrimmed = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe("sentencesOf: where a sentence ends", () => {
  it("ends at a full stop, ! or ? before a capital, and at a semicolon", () => {
    expect(texts("Le prix est dû. Il est payable à 30 jours ; tout retard entraîne des pénalités! Compris?")).toEqual([
      "Le prix est dû.",
      "Il est payable à 30 jours ;",
      "tout retard entraîne des pénalités!",
      "Compris?",
    ]);
  });

  it("does not end after « art. », « C. com. », « al. » or « n. »", () => {
    expect(texts("Conformément à l'art. L. 441-10 du C. com. Le taux est de trois fois le taux légal. Voir l'art. 5 al. 2 et n. 12.")).toEqual([
      "Conformément à l'art. L. 441-10 du C. com. Le taux est de trois fois le taux légal.",
      "Voir l'art. 5 al. 2 et n. 12.",
    ]);
  });

  it("an abbreviation that ends a sentence does not end it either (« … du C. com. Le … » is read as one)", () => {
    expect(texts("Voir le C. com. Le vendeur répond.")).toEqual(["Voir le C. com. Le vendeur répond."]);
  });

  it("does not end after the initials of « S.A.S. » nor at « n° »", () => {
    expect(texts("La société Exemple S.A.S. Immatriculée sous le n° 732 829 320. Elle vend.")).toEqual([
      "La société Exemple S.A.S. Immatriculée sous le n° 732 829 320.",
      "Elle vend.",
    ]);
  });

  it("keeps decimals and amounts whole (« 1,5 % », « 1.5 % », « 40,00 € »)", () => {
    expect(texts("Pénalités de 1,5 % par mois, soit 1.5 % l'an. Indemnité de 40,00 €. Fin")).toEqual([
      "Pénalités de 1,5 % par mois, soit 1.5 % l'an.",
      "Indemnité de 40,00 €.",
      "Fin",
    ]);
  });

  it("ends at an ellipsis before a capital, not inside one", () => {
    expect(texts("Siège social : en cours... Le vendeur… Il répond… de tout.")).toEqual(["Siège social : en cours...", "Le vendeur…", "Il répond… de tout."]);
  });

  it("does not end at a blank line before a lower-case word (text pasted from a PDF), but does before a new paragraph", () => {
    expect(texts("Tout retard de paiement\n\nentraîne des pénalités\n\nLe vendeur peut suspendre.")).toEqual([
      "Tout retard de paiement\n\nentraîne des pénalités",
      "Le vendeur peut suspendre.",
    ]);
  });

  it("ends before each list item, and an item knows the sentence that introduces its list", () => {
    const found = sentencesOf({ body: "Tout retard entraîne de plein droit :\n- des pénalités au taux de 10 % ;\n- une indemnité de 40 €.\nFin." });
    expect(found.map((s) => s.text)).toEqual(["Tout retard entraîne de plein droit :", "des pénalités au taux de 10 % ;", "une indemnité de 40 €.", "Fin."]);
    expect(found.map((s) => s.leadIn?.text)).toEqual([undefined, "Tout retard entraîne de plein droit :", "Tout retard entraîne de plein droit :", undefined]);
  });

  it("gives offsets into the body", () => {
    const body = "  Un. Deux.";
    for (const s of sentencesOf({ body })) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("sentences, sentenceAt and sentenceAround: the same cuts, untrimmed", () => {
  const text = "Le médiateur est CM2C (art. L. 612-1 C. conso.). Son site : www.cm2c.net ; écrivez-lui.";

  it("sentences are consecutive and untrimmed, cut where sentencesOf cuts", () => {
    expect(untrimmed(text)).toEqual(["Le médiateur est CM2C (art. L. 612-1 C. conso.).", " Son site : www.cm2c.net ;", " écrivez-lui."]);
    expect(untrimmed(text).map((s) => s.trim())).toEqual(texts(text));
  });

  it("sentenceAt finds the sentence of an offset, and the next one from its end", () => {
    const first = sentenceAt(text, text.indexOf("CM2C"));
    expect(text.slice(first.start, first.end)).toBe("Le médiateur est CM2C (art. L. 612-1 C. conso.).");
    const next = sentenceAt(text, first.end);
    expect(text.slice(next.start, next.end)).toBe(" Son site : www.cm2c.net ;");
  });

  it("sentenceAround spans every sentence the words touch", () => {
    const at = text.indexOf("art.");
    expect(sentenceAround(text, at, at + 4).text).toBe("Le médiateur est CM2C (art. L. 612-1 C. conso.).");
    expect(sentenceAround(text, at, text.indexOf("www") + 3).text).toBe("Le médiateur est CM2C (art. L. 612-1 C. conso.). Son site : www.cm2c.net ;");
  });

  it("an empty or blank text has no sentence", () => {
    expect(sentences("")).toEqual([]);
    expect(sentences("  \n ")).toEqual([]);
    expect(sentencesOf({ body: "" })).toEqual([]);
  });
});
