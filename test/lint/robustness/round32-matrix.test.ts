// Round T32 (issue #11, deliverable 5): a numbered paragraph whose « title » is a sentence (« 1.1 Les présentes
// conditions s'appliquent à … . »). Numbering × what follows the number × what the words carry; the consequence
// checked is that the rule sees the words (no false « missing »). Texts written for this battery.
// Run on main's code before the round: see docs/accuracy.md « Round T32 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// Failed on main's code (5517c01) before this round: 19 of 96.
// Failed on main's code (5517c01) before this round: 19 of the 96 « the rule sees the words » cases (mediator 17, withdrawal
// 2; by numbering: « 1.1 » 3, « 1.1. » 3, « 1) » 3, « Article 1.1 – » 4, « 1.1- » 3, « ## 1.1 » 3; by what follows: a
// sentence 6, title « : » sentence 6, title « . » sentence 6, two lines 1), and 20 of the 40 reference cases (a numbered sentence over 160
// characters was no clause at all). None is left.
const KNOWN_FAILURES = new Set<string>([]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));
const lines = (...all: string[]) => all.join("\n") + "\n";

// Dimension: the numbering before the paragraph (n: the number).
const NUMBERINGS: Record<string, (n: string) => string> = {
  "1.1": (n) => `${n}.1 `,
  "1.1.": (n) => `${n}.1. `,
  "1)": (n) => `${n}) `,
  "Article 1.1 –": (n) => `Article ${n}.1 – `,
  "1.1-": (n) => `${n}.1- `,
  "## 1.1": (n) => `## ${n}.1 `,
};

// Dimension: what the words carry — the rule that would report them missing, and the sentence that says them.
const CARRIES: Record<string, { rule: string; sentence: string; title: string; extra?: string }> = {
  withdrawal: {
    rule: "consumer-withdrawal-info-missing",
    title: "Rétractation",
    sentence: "Le client dispose d'un délai de quatorze jours à compter de la réception de sa commande pour exercer son droit de rétractation, sans avoir à motiver sa décision.",
  },
  mediator: {
    rule: "consumer-mediator-missing",
    title: "Médiation",
    sentence: "En cas de litige, le client peut recourir gratuitement au médiateur de la consommation Médiateur Conso Plus, www.mediateurconsoplus.fr.",
  },
};

// Dimension: what follows the number — the sentence alone, over two lines, a short title then the sentence on the line.
const FOLLOWS: Record<string, (title: string, sentence: string) => string[]> = {
  sentence: (_t, s) => [s],
  "two lines": (_t, s) => {
    const cut = s.indexOf(" ", Math.floor(s.length / 2));
    return [s.slice(0, cut), s.slice(cut + 1)];
  },
  "title : sentence": (t, s) => [`${t} : ${s.charAt(0).toLowerCase()}${s.slice(1)}`],
  "title. sentence": (t, s) => [`${t}. ${s}`],
};

const OBJECT = "Les présentes conditions régissent la vente en ligne, sur notre site internet, de lampes livrées à domicile.";
function terms(numbering: (n: string) => string, paragraph: string[]): string {
  const [first, ...rest] = paragraph;
  return lines(
    "# Conditions générales de vente",
    "",
    `${numbering("1")}${OBJECT}`,
    "",
    `${numbering("2")}Les prix sont indiqués en euros toutes taxes comprises.`,
    "",
    `${numbering("3")}${first}`,
    ...rest,
    "",
    `${numbering("4")}Les présentes sont soumises au droit français.`,
  );
}

const cases: WordingCase[] = [];
for (const [numbering, write] of Object.entries(NUMBERINGS)) {
  for (const [follows, para] of Object.entries(FOLLOWS)) {
    for (const [carries, { rule, sentence, title }] of Object.entries(CARRIES)) {
      cases.push({ name: `${numbering} × ${follows} × ${carries}`, rule, reports: false, audience: "b2c", asOf: "2026-05-01", text: terms(write, para(title, sentence)) });
      // The negative beside it: the same paragraph about something else still leaves the mention missing.
      cases.push({ name: `${numbering} × ${follows} × ${carries} absent`, rule, reports: true, audience: "b2c", asOf: "2026-05-01", text: terms(write, para("Livraison", "Les commandes sont livrées sous dix jours ouvrés à l'adresse indiquée par le client.")) });
    }
  }
}

// Consequence: the number still makes the paragraph a clause — « article 3.1 » cited further on resolves.
for (const [numbering, write] of Object.entries(NUMBERINGS)) {
  if (numbering === "1)") continue; // « 3) » numbers a clause « 3 »: cited as « article 3 » below.
  for (const [follows, para] of Object.entries(FOLLOWS)) {
    const text = terms(write, para("Rétractation", CARRIES.withdrawal!.sentence)).replace("soumises au droit français.", "soumises au droit français, sous réserve de l'article 3.1.");
    cases.push({ name: `${numbering} × ${follows} × reference`, rule: "clause-reference-broken", reports: false, text });
    cases.push({ name: `${numbering} × ${follows} × reference to none`, rule: "clause-reference-broken", reports: true, text: text.replace("l'article 3.1.", "l'article 9.1.") });
  }
}

describe("round T32: a numbered paragraph that is a sentence is read as clause text", () => run(cases));
