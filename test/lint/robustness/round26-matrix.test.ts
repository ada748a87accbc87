// Round T26 (issue #11, deliverables 5 and 6): the seller's identity as a matrix, not a text. Identity layouts × kinds of
// seller × typography, each case built from the dimensions and stating what docs/rules/seller-identification-incomplete.md
// says: a report (on the seller's name line) or none. Every wording is written for this battery. Measured on main's code
// before the round: docs/accuracy.md « Round T26 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const AS_OF = "2026-03-15";
const RULE = "seller-identification-incomplete";

/** One identity item, as each layout writes it: a labelled field (table, bold label, definition list) or words in a line. */
interface Item {
  label: string;
  value: string;
  /** In a line of items (legal notice, footer, split block). */
  inline: string;
  /** In one sentence (« La société X, SAS au capital de …, immatriculée au RCS de Y sous le numéro … »). */
  sentence: string;
}

interface Kind {
  name: string;
  items: Item[];
  /** What the rule's doc asks: the words of the report, or none. */
  expect: RegExp | false;
}

interface Typography {
  name: string;
  siren: string;
  rcsLabel: string;
  rcsCity: string;
  capital: string;
  companyName: string;
  numberWord: string;
}

const PLAIN: Typography = { name: "spaces", siren: "481 203 552", rcsLabel: "RCS", rcsCity: "Rennes", capital: "12 000 €", companyName: "Menuiserie Brisant", numberWord: "" };
const TYPOGRAPHIES: Typography[] = [
  PLAIN,
  { ...PLAIN, name: "dots", siren: "481.203.552" },
  { ...PLAIN, name: "non-breaking spaces", siren: "481\u00a0203\u00a0552", capital: "12\u00a0000\u00a0€" },
  { ...PLAIN, name: "no spaces", siren: "481203552", capital: "12000 €" },
  { ...PLAIN, name: "R.C.S.", rcsLabel: "R.C.S." },
  { ...PLAIN, name: "N°", numberWord: "N° " },
  { ...PLAIN, name: "capitals", rcsCity: "RENNES", companyName: "MENUISERIE BRISANT" },
];

const SEAT = "8 rue des Forges, 35000 Rennes";
const name = (t: Typography, form: string): Item => ({ label: "Raison sociale", value: `${t.companyName} ${form}`, inline: `${t.companyName} ${form}`, sentence: `La société ${t.companyName}, ${form}` });
const capital = (t: Typography): Item => ({ label: "Capital social", value: t.capital, inline: `au capital de ${t.capital}`, sentence: `au capital de ${t.capital}` });
const seat = (address = SEAT): Item => ({ label: "Siège social", value: address, inline: `siège social : ${address}`, sentence: `dont le siège social est situé ${address}` });
const rcs = (t: Typography): Item => ({
  label: t.rcsLabel,
  value: `${t.rcsCity} ${t.numberWord}${t.siren}`,
  inline: `${t.rcsLabel} ${t.rcsCity} ${t.numberWord}${t.siren}`,
  sentence: `immatriculée au ${t.rcsLabel} de ${t.rcsCity} sous le numéro ${t.siren}`,
});
const siren = (t: Typography): Item => ({ label: "SIREN", value: t.siren, inline: `SIREN ${t.siren}`, sentence: `identifiée sous le numéro SIREN ${t.siren}` });
const siret = (t: Typography): Item => ({ label: "SIRET", value: `${t.siren} 00007`, inline: `SIRET ${t.siren} 00007`, sentence: `immatriculée sous le SIRET ${t.siren} 00007` });
const person = (value: string, sentence = value): Item => ({ label: "Nom", value, inline: value, sentence });
const status = (value: string): Item => ({ label: "Statut", value, inline: value, sentence: value });

const kinds = (t: Typography): Kind[] => [
  { name: "company, every item", items: [name(t, "SAS"), capital(t), seat(), rcs(t)], expect: false },
  { name: "company without its capital", items: [name(t, "SAS"), seat(), rcs(t)], expect: /capital/ },
  { name: "company with a SIREN and no RCS city", items: [name(t, "SARL"), capital(t), seat(), siren(t)], expect: /RCS/ },
  { name: "company without its seat", items: [name(t, "SAS"), capital(t), rcs(t)], expect: /siège/ },
  { name: "EI with « EI » and a SIRET", items: [person("Jeanne Martin EI"), seat(), siret(t)], expect: false },
  { name: "EI written « entrepreneur individuel »", items: [person("Jeanne Martin, entrepreneur individuel"), seat(), siret(t)], expect: false },
  { name: "micro-entrepreneur without « EI »", items: [person("Jeanne Martin"), status("micro-entrepreneur"), seat(), siret(t)], expect: /EI/ },
  { name: "craftswoman at the RM with « EI »", items: [person("Jeanne Martin EI"), status("artisan inscrite au Répertoire des métiers"), seat(), siret(t)], expect: false },
  { name: "craftswoman at the RM without « EI »", items: [person("Jeanne Martin"), status("artisan inscrite au Répertoire des métiers"), seat(), siret(t)], expect: /EI/ },
  { name: "association", items: [person("Association Les Copeaux"), status("association loi 1901"), seat(), siret(t)], expect: false },
  { name: "foreign company", items: [person("Brisant GmbH"), seat("Hauptstraße 5, 80331 München (Allemagne)"), status("Handelsregister München HRB 123456")], expect: false },
  { name: "trade name and address only", items: [person("Menuiserie Brisant"), seat()], expect: false },
  { name: "company with « capital variable »", items: [name(t, "SAS"), { ...capital(t), value: "variable", inline: "à capital variable", sentence: "à capital variable" }, seat(), rcs(t)], expect: false },
  { name: "EI written before the name", items: [person("EI Jeanne Martin"), seat(), siret(t)], expect: false },
  { name: "a name and a SIRET, no form, no « EI »", items: [person("Menuiserie Brisant"), seat(), siret(t)], expect: /forme juridique/ },
  { name: "EI written « E.I. » in brackets", items: [person("Jeanne Martin (E.I.)"), seat(), siret(t)], expect: false },
  { name: "an individual farmer without « EI »", items: [person("Jean Dupont"), status("apiculteur"), seat(), siret(t)], expect: /forme juridique/ },
  { name: "a farming group (GAEC)", items: [person("GAEC des Prés Fleuris"), seat(), siret(t)], expect: false },
  { name: "a legal person represented by a named person, a SIRET, no form", items: [person("Menuiserie Brisant"), seat(), siret(t), status("représentée par Madame Jeanne Martin")], expect: false },
];

const OBJECT = "## 1. Objet\n\nLes présentes régissent la fabrication de meubles sur mesure pour des clients professionnels.\n\n## 2. Prix\n\nLes prix sont en euros hors taxes.";
const HOST = "Hébergeur : Nuagerie SAS au capital de 1 000 000 €, 2 allée des Serveurs, 59000 Lille, RCS Lille 424 761 419.";

/** A layout writes the items into a text and says which line names the seller (where the doc puts the report). */
interface Layout {
  name: string;
  write: (items: Item[]) => { text: string; nameLine: string | undefined };
}

const top = (block: string) => `# Conditions générales de vente\n\n${block}\n\n${OBJECT}\n`;
const LAYOUTS: Layout[] = [
  {
    name: "legal-notice line « Éditeur du site : »",
    write: (items) => {
      const line = `Éditeur du site : ${items.map((i) => i.inline).join(", ")}.`;
      return { text: top(`## Mentions légales\n\n${line}`), nameLine: line };
    },
  },
  {
    name: "footer line with « | »",
    write: (items) => {
      const line = items.map((i) => i.inline).join(" | ");
      return { text: `# Conditions générales de vente\n\n${OBJECT}\n\n---\n\n${line}\n`, nameLine: line };
    },
  },
  {
    name: "Markdown table of fields",
    write: (items) => {
      const rows = items.map((i) => `| ${i.label} | ${i.value} |`);
      return { text: top(`## Informations légales\n\n| Rubrique | Détail |\n|---|---|\n${rows.join("\n")}`), nameLine: rows[0] };
    },
  },
  {
    name: "definition list",
    write: (items) => ({ text: top(`## Vendeur\n\n${items.map((i) => `**${i.label}**\n: ${i.value}`).join("\n\n")}`), nameLine: undefined }),
  },
  {
    name: "bold labels",
    write: (items) => {
      const lines = items.map((i) => `**${i.label} :** ${i.value}`);
      return { text: top(`## Identification du vendeur\n\n${lines.join("\n")}`), nameLine: lines[0] };
    },
  },
  {
    name: "one sentence",
    write: (items) => {
      const line = `${items.map((i) => i.sentence).join(", ")}, édite le présent site et vend les produits qui y sont présentés.`;
      return { text: top(line), nameLine: line };
    },
  },
  {
    name: "block over lines, the host after it",
    write: (items) => {
      const lines = items.map((i) => i.inline);
      return { text: top(`## Mentions légales\n\n${lines.join("\n")}\n\n${HOST}`), nameLine: lines[0] };
    },
  },
];

function lineOf(text: string, line: string | undefined): number | undefined {
  if (line === undefined) return undefined;
  const index = text.split("\n").indexOf(line);
  return index < 0 ? undefined : index + 1;
}

function matrixCase(layout: Layout, kind: Kind, typography: Typography): WordingCase {
  const { text, nameLine } = layout.write(kind.items);
  const reports = kind.expect !== false;
  return {
    name: `${layout.name} × ${kind.name} × ${typography.name}`,
    rule: RULE,
    reports,
    text,
    audience: "b2b",
    asOf: AS_OF,
    ...(reports ? { line: lineOf(text, nameLine), says: kind.expect as RegExp } : {}),
  };
}

// On main's code (ab65160, the rule split behaviour-preserving) 15 of the 177 cases failed: a definition list's terms read
// as headings left its rows unread (5); a block over lines put the « EI » or form report on a status or address line under
// the name, not on the name (4); a legal person represented by someone, with a SIRET and no form, was asked a form or
// « EI » that cannot be told owed (6). Typography (42 cases) and trade names (8) failed none. All pass after round T26.
const KNOWN_FAILURES = new Set<string>([]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

describe("round T26 matrix: identity layouts × kinds of seller", () => {
  run(LAYOUTS.flatMap((layout) => kinds(PLAIN).map((kind) => matrixCase(layout, kind, PLAIN))));
});

describe("round T26 matrix: typography of numbers and registry × layouts, a complete company and one without its capital", () => {
  const typed = TYPOGRAPHIES.filter((t) => t !== PLAIN);
  const layouts = LAYOUTS.filter((l) => ["one sentence", "footer line with « | »", "Markdown table of fields"].includes(l.name));
  run(layouts.flatMap((layout) => typed.flatMap((t) => kinds(t).slice(0, 2).map((kind) => matrixCase(layout, kind, t)))));
});

// A seller named by a trade name or a website only, in the sentence that says whose terms these are: reported at that
// sentence (the doc: « a seller named by its name only »); a trade name with no party sentence is not judged.
const party = (caseName: string, reports: boolean, sentence: string, line?: number): WordingCase => ({
  name: caseName,
  rule: RULE,
  reports,
  audience: "b2b",
  asOf: AS_OF,
  text: `# Conditions générales de vente\n\n${sentence}\n\n${OBJECT}\n`,
  ...(reports ? { line, says: /brisant/i } : {}),
});

describe("round T26 matrix: a seller named by a trade name or a website only", () => {
  run([
    party("a trade name as a party", true, "Les présentes régissent les ventes conclues entre Menuiserie Brisant et ses clients professionnels.", 3),
    party("a trade name in capitals as a party", true, "Les présentes régissent les ventes conclues entre MENUISERIE BRISANT et ses clients professionnels.", 3),
    party("a trade name given the seller's role", true, "Menuiserie Brisant (ci-après « le Vendeur ») vend des meubles sur mesure aux termes des présentes.", 3),
    party("a trade name offering what the terms govern", true, "Les présentes CGV s'appliquent aux prestations proposées par Menuiserie Brisant.", 3),
    party("a website as a party", true, "Les présentes régissent les ventes conclues entre https://brisant.example.fr et l'auteur de la commande."),
    party("a shop named in the terms' sentence", true, "Les présentes conditions générales régissent les ventes de la boutique Brisant."),
    party("a website as the place of the order is no name", false, "Les présentes régissent les commandes passées sur le site www.brisant.fr."),
    party("roles only", false, "Les présentes régissent les relations entre le Vendeur et le Client."),
  ]);
});
