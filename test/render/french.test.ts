// French elision and contractions before names the templates do not know in advance.
import { describe, expect, it } from "vitest";
import { elide, startsWithVowelSound, withPreposition } from "../../src/render/french.js";
import { renderHtml } from "../../src/render/templates.js";
import { viewOf, type RenderableDocument } from "../../src/render/render.js";
import { Workspace } from "../../src/model/index.js";
import { ROOT } from "../helpers/cli.js";
import { join } from "node:path";

describe("elide", () => {
  it.each([
    ["Élodie", "d'Élodie"],
    ["Anne Weber", "d'Anne Weber"],
    ["élodie", "d'élodie"],
    ["Ève", "d'Ève"],
    ["Œdipe", "d'Œdipe"],
    ["IBM", "d'IBM"],
    ["Yves Martin", "d'Yves Martin"],
    ["Yann Le Goff", "de Yann Le Goff"],
    ["Yolande", "de Yolande"],
    ["Hélène Roux", "d'Hélène Roux"],
    ["HÉLÈNE ROUX", "d'HÉLÈNE ROUX"],
    ["Hugo Petit", "d'Hugo Petit"],
    ["Hollande Conseil", "de Hollande Conseil"],
    ["Harry Smith", "de Harry Smith"],
    ["Claire Berthier", "de Claire Berthier"],
    ["« Atelier »", "de « Atelier »"],
    ["3M France", "de 3M France"],
    ["", "de "],
  ])("de + %s → %s", (name, expected) => {
    expect(elide("de", name)).toBe(expected);
  });

  it("keeps the case of the elided word and elides que, le, la", () => {
    expect(elide("De", "Anne")).toBe("D'Anne");
    expect(elide("que", "Élodie")).toBe("qu'Élodie");
    expect(elide("Que", "Hélène")).toBe("Qu'Hélène");
    expect(elide("le", "Éditeur")).toBe("l'Éditeur");
    expect(elide("la", "Société")).toBe("la Société");
  });

  it("tells vowel sounds", () => {
    expect(startsWithVowelSound("  Ambre")).toBe(true);
    expect(startsWithVowelSound("hôtel")).toBe(true);
    expect(startsWithVowelSound("haricot")).toBe(false);
    expect(startsWithVowelSound("Y")).toBe(false);
  });
});

describe("withPreposition", () => {
  it.each([
    ["de", "le Client", "du Client"],
    ["de", "les Clients", "des Clients"],
    ["à", "le Client", "au Client"],
    ["à", "les Clients", "aux Clients"],
    ["de", "le Éditeur", "de l'Éditeur"],
    ["à", "le Hôtel", "à l'Hôtel"],
    ["de", "la Société", "de la Société"],
    ["à", "la Société", "à la Société"],
    ["de", "Élodie", "d'Élodie"],
    ["à", "Élodie", "à Élodie"],
    ["de", "lesieur", "de lesieur"],
  ] as const)("%s + %s → %s", (p, phrase, expected) => {
    expect(withPreposition(p, phrase)).toBe(expected);
  });
});

describe("templates elide before a name", () => {
  const html = (path: string) => {
    const doc = new Workspace(ROOT).load(join(ROOT, path)) as RenderableDocument;
    const view = viewOf(doc);
    return renderHtml(view, { header: "", headerRight: "", footer: "" }).replaceAll("&#x27;", "'");
  };
  it("« À l'attention d'Élodie Marchand », « d'Anne Weber », « de Claire Berthier »", () => {
    expect(html("fixtures/luxoges/invoice-lx-2026-0412.yaml")).toContain("À l'attention d'Élodie Marchand");
    expect(html("fixtures/petillances/invoice-fp-2026-0118.yaml")).toContain("À l'attention d'Anne Weber");
    expect(html("fixtures/altairis/invoice-fa-2026-0042.yaml")).toContain("À l'attention de Claire Berthier");
  });
});
