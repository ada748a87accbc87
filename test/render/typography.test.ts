// French elision and contraction before data a template does not know (« À l'attention d'Élodie »).
import { describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { renderHtml } from "../../src/render/templates.js";
import { joinFrench, startsWithVowelSound } from "../../src/render/typography.js";
import { ROOT } from "../helpers/cli.js";

describe("joinFrench", () => {
  it.each([
    // Vowels, accented or not, and the ligatures.
    ["de", "Élodie Martin", "d'Élodie Martin"],
    ["de", "Anne", "d'Anne"],
    ["de", "Ève", "d'Ève"],
    ["de", "Œnone", "d'Œnone"],
    ["de", "Ulysse", "d'Ulysse"],
    ["de", "Îlona", "d'Îlona"],
    // Silent h (names take d'), aspirated h (de).
    ["de", "Hélène", "d'Hélène"],
    ["de", "Hugo", "d'Hugo"],
    ["de", "Hervé Le Gall", "d'Hervé Le Gall"],
    ["de", "hôtel", "d'hôtel"],
    ["de", "Hongrie", "de Hongrie"],
    ["de", "haut niveau", "de haut niveau"],
    ["de", "Hollande", "de Hollande"],
    // y: a vowel before a consonant, a consonant before a vowel.
    ["de", "Yves", "d'Yves"],
    ["de", "Yann", "de Yann"],
    // Consonants, figures, onze and oui.
    ["de", "Marc Delorme", "de Marc Delorme"],
    ["de", "8 jours", "de 8 jours"],
    ["de", "onze jours", "de onze jours"],
    // Contractions with the article, and l' before a vowel sound.
    ["à", "le bureau", "au bureau"],
    ["à", "les clients", "aux clients"],
    ["de", "le Havre", "du Havre"],
    ["de", "les associés", "des associés"],
    ["de", "le hôtel", "de l'hôtel"],
    ["à", "le Étang", "à l'Étang"],
    ["à", "la Hollande", "à la Hollande"],
    ["que", "il", "qu'il"],
    // The template's capital is kept.
    ["De", "Anne", "D'Anne"],
    ["À", "le client", "Au client"],
  ])("%s + %s → %s", (word, following, expected) => {
    expect(joinFrench(word, following)).toBe(expected);
  });

  it("reads the first letter past spaces and accents", () => {
    expect(startsWithVowelSound("  Émile")).toBe(true);
    expect(startsWithVowelSound("")).toBe(false);
    expect(startsWithVowelSound("« Zoé »")).toBe(false);
  });
});

describe("templates elide before data", () => {
  it("« À l'attention d'Élodie », « À l'attention de Marc »", () => {
    const doc = new Workspace(ROOT).load("fixtures/livenote/quote-dl-2020-0004.yaml") as RenderableDocument;
    const view = viewOf(doc);
    if (view.kind === "terms") throw new Error("a quote was expected");
    const html = (contactName: string) => renderHtml({ ...view, client: { ...view.client, contactName } }, { header: "", headerRight: "", footer: "" });
    expect(html("Élodie Martin")).toContain("À l'attention d&#x27;Élodie Martin");
    expect(html("Hélène Roy")).toContain("À l'attention d&#x27;Hélène Roy");
    expect(html("Marc Delorme")).toContain("À l'attention de Marc Delorme");
  });
});
