// Round T24 (issue #11, deliverables 5 and 6): a matrix, not a text. (a) the ways French terms write a clause's heading and
// number, each with what must follow from it: the clause is recognised, a reference to it resolves, a reference to a
// number that does not exist is still reported, an absent mention lands on the clause titled for it; with and without
// blank lines around headings. (b) the clause titles real terms give the home of each absent mention, in a text with a
// title line and in one whose first line is already a clause heading. Every text is written for this matrix. Run on
// main's code before the round: see docs/accuracy.md « Round T24 ».
import { describe, expect, it } from "vitest";
import { fromProse } from "../../../src/lint/documents/from-prose.js";
import clauseReferenceBroken from "../../../src/lint/rules/clause-reference-broken.js";
import type { JsonPath } from "../../../src/model/positions.js";
import { lintProse } from "../helpers.js";

// 32 of the 252 cases failed on main's code before this round (run as `it.fails` until their fix); none is left.
const KNOWN_FAILURES = new Set<string>([]);
const check = (name: string, body: () => void) =>
  (KNOWN_FAILURES.has(name) ? it.fails : it)(name, body);

const read = (text: string) =>
  fromProse(
    "terms.md",
    "/tmp/terms.md",
    text,
    { law: "FR", audience: "b2c" },
    "fr",
  ).doc;
const lineOf = (text: string, prefix: string) =>
  text.split("\n").findIndex((l) => l.startsWith(prefix)) + 1;
const brokenLines = (text: string) =>
  lintProse(text, clauseReferenceBroken)
    .filter((m) => m.ruleId === "clause-reference-broken")
    .map((m) => m.line);

// ---------------------------------------------------------------- (a) headings and numbering
interface Style {
  name: string;
  /** The heading's lines for clause `n` titled `title`. */
  heading: (n: number, title: string) => string[];
  /** How the number is read (« 3 », « III »), and how a reference names it. */
  number: (n: number) => string;
  ref: (n: number) => string;
}
const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
const upper = (t: string) => t.toLocaleUpperCase("fr");
const TOP: Style[] = [
  {
    name: "« ## Article 3 – Prix »",
    heading: (n, t) => [`## Article ${n} – ${t}`],
    number: String,
    ref: (n) => `voir article ${n}`,
  },
  {
    name: "« ARTICLE 3 : PRIX »",
    heading: (n, t) => [`ARTICLE ${n} : ${upper(t)}`],
    number: String,
    ref: (n) => `voir article ${n}`,
  },
  {
    name: "« **Article 3 - Prix** »",
    heading: (n, t) => [`**Article ${n} - ${t}**`],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« Article 3. » over its title",
    heading: (n, t) => [`Article ${n}.`, t],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« Art. 3 – Prix »",
    heading: (n, t) => [`Art. ${n} – ${t}`],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« 3. Prix »",
    heading: (n, t) => [`${n}. ${t}`],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« 3 – Prix »",
    heading: (n, t) => [`${n} – ${t}`],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« 3) Prix »",
    heading: (n, t) => [`${n}) ${t}`],
    number: String,
    ref: (n) => `voir l'article ${n}`,
  },
  {
    name: "« III. Prix »",
    heading: (n, t) => [`${ROMAN[n]}. ${t}`],
    number: (n) => ROMAN[n]!,
    ref: (n) => `conformément à l'article ${ROMAN[n]}`,
  },
  {
    name: "« III – PRIX »",
    heading: (n, t) => [`${ROMAN[n]} – ${upper(t)}`],
    number: (n) => ROMAN[n]!,
    ref: (n) => `conformément à l'article ${ROMAN[n]}`,
  },
];
// Sub-clauses under « ## Article 2 – Conditions »: 2.1 Commandes, 2.2 Prix.
const SUB: Style[] = [
  {
    name: "« 2.2 Prix »",
    heading: (n, t) => [`2.${n} ${t}`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
  {
    name: "« 2.2- Prix »",
    heading: (n, t) => [`2.${n}- ${t}`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
  {
    name: "« 2.2-Prix » (no space)",
    heading: (n, t) => [`2.${n}-${t}`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
  {
    name: "« 2.2. Prix »",
    heading: (n, t) => [`2.${n}. ${t}`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
  {
    name: "« 2.2 – Prix »",
    heading: (n, t) => [`2.${n} – ${t}`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
  {
    name: "« **2.2 Prix** »",
    heading: (n, t) => [`**2.${n} ${t}**`],
    number: (n) => `2.${n}`,
    ref: (n) => `l'article 2.${n} ci-dessus`,
  },
];
const TITLES = ["Objet", "Commandes", "Prix", "Litiges"];
const BODIES = [
  "Les présentes régissent la location de kayaks à la journée au départ de la base nautique.",
  "La réservation se fait en ligne ou au comptoir de la base.",
  "Les tarifs affichés sur place s'entendent toutes taxes comprises.",
  "Toute demande est adressée par écrit au loueur, qui répond sous huit jours.",
];
const SPACINGS = [
  { name: "blank lines around headings", gap: [""] },
  { name: "no blank line", gap: [] as string[] },
];

/** A text in one heading style; `reference` is written in the first clause's body. */
function topText(style: Style, gap: string[], reference: string): string {
  const out = ["Conditions générales de location", ...gap];
  TITLES.forEach((t, i) => {
    out.push(
      ...style.heading(i + 1, t),
      ...gap,
      i === 0
        ? `${BODIES[i]} Les prix sont fixés par ${reference}.`
        : BODIES[i]!,
      ...gap,
    );
  });
  return out.join("\n") + "\n";
}
function subText(style: Style, gap: string[], reference: string): string {
  const out = [
    "Conditions générales de location",
    ...gap,
    "## Article 1 – Objet",
    ...gap,
    `${BODIES[0]} Les prix sont fixés par ${reference}.`,
    ...gap,
    "## Article 2 – Conditions",
    ...gap,
  ];
  out.push(
    ...style.heading(1, "Commandes"),
    ...gap,
    BODIES[1]!,
    ...gap,
    ...style.heading(2, "Prix"),
    ...gap,
    BODIES[2]!,
    ...gap,
  );
  out.push("## Article 3 – Litiges", ...gap, BODIES[3]!);
  return out.join("\n") + "\n";
}

describe("(a) top-level heading styles × consequences", () => {
  for (const style of TOP) {
    for (const spacing of SPACINGS) {
      const at = `${style.name}, ${spacing.name}`;
      const good = topText(style, spacing.gap, style.ref(3));
      check(`${at}: clauses 1 to 4 are recognised with their numbers`, () => {
        expect(
          read(good)
            .clauses.filter((c) => c.number)
            .map((c) => c.number!.replace(/\.$/, "")),
        ).toEqual([1, 2, 3, 4].map(style.number));
      });
      check(`${at}: « ${style.ref(3)} » resolves`, () =>
        expect(brokenLines(good)).toEqual([]),
      );
      const bad = topText(style, spacing.gap, style.ref(7));
      check(`${at}: « ${style.ref(7)} » is reported`, () =>
        expect(brokenLines(bad)).toEqual([
          lineOf(bad, BODIES[0]!.slice(0, 20)),
        ]),
      );
      check(`${at}: the governing law missing lands on « Litiges »`, () => {
        const heading = style.heading(4, "Litiges")[0]!;
        expect(read(good).locateFact(["governingLaw"]).line).toBe(
          lineOf(good, heading),
        );
      });
    }
  }
  for (const spacing of SPACINGS) {
    const text =
      [
        "Conditions générales de location",
        ...spacing.gap,
        "Article premier – Objet",
        ...spacing.gap,
        `${BODIES[0]} Voir l'article 1er et l'article 2.`,
        ...spacing.gap,
        "Article 2 – Prix",
        ...spacing.gap,
        BODIES[2]!,
      ].join("\n") + "\n";
    check(
      `« Article premier », ${spacing.name}: read as clause 1, « l'article 1er » resolves`,
      () => {
        expect(
          read(text)
            .clauses.filter((c) => c.number)
            .map((c) => c.number),
        ).toEqual(["1", "2"]);
        expect(brokenLines(text)).toEqual([]);
      },
    );
  }
});

describe("(a) sub-clause numbering styles × consequences", () => {
  for (const style of SUB) {
    for (const spacing of SPACINGS) {
      const at = `${style.name}, ${spacing.name}`;
      const good = subText(style, spacing.gap, style.ref(2));
      check(`${at}: sub-clauses 2.1 and 2.2 are recognised`, () => {
        expect(
          read(good)
            .clauses.filter((c) => c.number)
            .map((c) => c.number!.replace(/\.$/, "")),
        ).toEqual(["1", "2", "2.1", "2.2", "3"]);
      });
      check(`${at}: « ${style.ref(2)} » resolves`, () =>
        expect(brokenLines(good)).toEqual([]),
      );
      const bad = subText(style, spacing.gap, style.ref(5));
      check(`${at}: « ${style.ref(5)} » is reported`, () =>
        expect(brokenLines(bad)).toEqual([
          lineOf(bad, BODIES[0]!.slice(0, 20)),
        ]),
      );
      check(
        `${at}: the payment terms missing land on the sub-clause « Prix »`,
        () => {
          expect(read(good).locateFact(["payment"]).line).toBe(
            lineOf(good, style.heading(2, "Prix")[0]!),
          );
        },
      );
    }
  }
});

// Unnumbered headings: the clause is recognised by its title, and the mention lands on it.
const UNNUMBERED: Array<{ name: string; heading: (t: string) => string[] }> = [
  { name: "a capitals-only line", heading: (t) => [upper(t)] },
  { name: "a setext heading", heading: (t) => [t, "-".repeat(t.length + 2)] },
  {
    name: "a setext heading with « = »",
    heading: (t) => [t, "=".repeat(t.length + 2)],
  },
  { name: "a bold line", heading: (t) => [`**${t}**`] },
  { name: "a bold line with a colon", heading: (t) => [`**${t} :**`] },
  { name: "a line ending with « : »", heading: (t) => [`${t} :`] },
];
const HOME_TITLES = [
  "Objet de la location",
  "Réservation en ligne",
  "Règlement des litiges",
  "Responsabilité du loueur",
];
describe("(a) unnumbered heading styles × consequences", () => {
  for (const style of UNNUMBERED) {
    const text =
      [
        "Conditions générales de location",
        "",
        ...HOME_TITLES.flatMap((t, i) => [...style.heading(t), BODIES[i]!, ""]),
      ].join("\n") + "\n";
    check(`${style.name}: its four clauses are recognised by title`, () => {
      expect(
        read(text)
          .clauses.filter((c) => c.title)
          .map((c) => c.title.replace(/\s*:$/, "").toLocaleLowerCase("fr")),
      ).toEqual(HOME_TITLES.map((t) => t.toLocaleLowerCase("fr")));
    });
    check(
      `${style.name}: the mediator missing lands on « Règlement des litiges »`,
      () => {
        expect(read(text).locateFact(["mediator"]).line).toBe(
          lineOf(text, style.heading(HOME_TITLES[2]!)[0]!),
        );
      },
    );
  }
});

// Lines that are no heading: the text must keep the clauses it has and no other.
const NOT_HEADINGS = [
  {
    name: "a lower-case sentence after « 3.1- »",
    line: "2.1- les frais restent dus au loueur.",
  },
  { name: "a duration « 12 Mois »", line: "12 Mois" },
  { name: "a field label « Adresse : »", line: "Adresse :" },
  {
    name: "a sentence announcing a list",
    line: "Le client s'engage notamment à respecter les consignes suivantes :",
  },
  { name: "a percentage", line: "30 % du prix est versé à la réservation." },
  {
    name: "a statute's article",
    line: "Article 1218 du Code civil : la force majeure s'entend au sens de cet article.",
  },
];
describe("(a) lines that open no clause", () => {
  for (const c of NOT_HEADINGS) {
    const text =
      [
        "Conditions générales de location",
        "",
        "## 1. Objet",
        "",
        BODIES[0]!,
        c.line,
        "- porter le gilet ;",
        "",
        "## 2. Prix",
        "",
        BODIES[2]!,
      ].join("\n") + "\n";
    check(`${c.name}: no clause of its own`, () =>
      expect(
        read(text)
          .clauses.filter((x) => x.title)
          .map((x) => x.title),
      ).toEqual(["Objet", "Prix"]),
    );
  }
});

// ---------------------------------------------------------------- (b) homes of absences × titles
const DISPUTE_HOMES = [
  "Litiges",
  "Règlement des litiges",
  "Différends",
  "Contestations",
  "Réclamations",
  "Juridiction",
  "Droit applicable et juridiction",
  "Loi applicable",
];
const HOMES: Array<{ fact: JsonPath; titles: string[] }> = [
  { fact: ["mediator"], titles: DISPUTE_HOMES },
  { fact: ["governingLaw"], titles: DISPUTE_HOMES },
  { fact: ["jurisdiction"], titles: DISPUTE_HOMES },
  {
    fact: ["payment"],
    titles: [
      "Paiement",
      "Règlement",
      "Modalités de paiement",
      "Conditions de règlement",
      "Facturation",
      "Prix et paiement",
      "Tarifs",
    ],
  },
  {
    fact: ["consumer", "withdrawal"],
    titles: [
      "Droit de rétractation",
      "Rétractation",
      "Délai de rétractation",
      "Retours",
      "Droit de renonciation",
    ],
  },
  {
    fact: ["consumer", "legalGuarantees"],
    titles: [
      "Garanties",
      "Garanties légales",
      "Garantie légale de conformité",
      "Vices cachés",
      "Conformité des produits",
    ],
  },
];
const HOME_LEADS = [
  { name: "after a title line", lead: ["Conditions générales de vente", ""] },
  { name: "with no title line", lead: [] as string[] },
];
describe("(b) homes of absent mentions × clause titles × title line", () => {
  for (const home of HOMES) {
    for (const title of home.titles) {
      for (const lead of HOME_LEADS) {
        const text =
          [
            ...lead.lead,
            "## 1. Objet",
            "",
            "Les présentes régissent la vente de lampes en laiton fabriquées à Lyon.",
            "",
            "## 2. Livraison",
            "",
            "Les lampes sont expédiées sous cinq jours.",
            "",
            `## 3. ${title}`,
            "",
            "Le vendeur répond par écrit sous huit jours.",
            "",
            "## 4. Responsabilité",
            "",
            "Le vendeur n'est pas tenu des dommages indirects.",
          ].join("\n") + "\n";
        check(
          `${home.fact.join(".")} missing, ${lead.name}: lands on « ${title} »`,
          () =>
            expect(read(text).locateFact(home.fact).line).toBe(
              lineOf(text, "## 3."),
            ),
        );
      }
    }
  }
  // « Service client » answers questions: no step of a dispute, the absences stay at the title (the labellers' convention).
  for (const fact of [["mediator"], ["governingLaw"], ["jurisdiction"]]) {
    for (const title of ["Service client", "Service clientèle"]) {
      for (const lead of HOME_LEADS) {
        const text =
          [
            ...lead.lead,
            "## 1. Objet",
            "",
            "Les présentes régissent la vente de lampes.",
            "",
            `## 2. ${title}`,
            "",
            "Pour toute question, écrivez-nous.",
          ].join("\n") + "\n";
        check(
          `${fact.join(".")} missing, ${lead.name}: not on « ${title} »`,
          () => expect(read(text).locateFact(fact).line).toBe(1),
        );
      }
    }
  }
  // No clause fits: the title line, else (no title) the first clause; never a clause about something else.
  for (const lead of HOME_LEADS) {
    const text =
      [
        ...lead.lead,
        "## 1. Objet",
        "",
        "Les présentes régissent la vente de lampes.",
        "",
        "## 2. Livraison",
        "",
        "Les lampes sont expédiées sous cinq jours.",
      ].join("\n") + "\n";
    check(
      `mediator missing, ${lead.name}, no clause fits: the document's first line`,
      () => expect(read(text).locateFact(["mediator"]).line).toBe(1),
    );
  }
});

// Lines that start a paragraph and still open no clause: a colon announcing a list or a remark, a field's name, a
// sentence over a rule line.
const NOT_HEADINGS_ALONE = [
  {
    name: "a colon announcing a list",
    lines: ["Le loueur fournit :", "- un gilet ;", "- une pagaie."],
  },
  {
    name: "« Important : » over a remark",
    lines: ["Important :", "Les mineurs doivent être accompagnés."],
  },
  {
    name: "« Adresse : » over its value",
    lines: ["Adresse :", "3 quai des Pêcheurs, 06210 Mandelieu"],
  },
  {
    name: "a sentence over a rule line",
    lines: ["Le prix comprend le prêt du matériel.", "---"],
  },
  {
    name: "a field over another field",
    lines: ["Etablissement :", "SIRET :", "Adresse postale :"],
  },
];
describe("(a) paragraph-opening lines that open no clause", () => {
  for (const c of NOT_HEADINGS_ALONE) {
    const text =
      [
        "Conditions générales de location",
        "",
        "## 1. Objet",
        "",
        BODIES[0]!,
        "",
        ...c.lines,
        "",
        "## 2. Prix",
        "",
        BODIES[2]!,
      ].join("\n") + "\n";
    check(`${c.name}: no clause of its own`, () =>
      expect(
        read(text)
          .clauses.filter((x) => x.title)
          .map((x) => x.title),
      ).toEqual(["Objet", "Prix"]),
    );
  }
});

// « #### 7-a / Dates »: a lettered sub-number is no « 7 – Titre »; the Markdown heading stays one.
describe("(a) a Markdown heading with a lettered sub-number", () => {
  const text = [
    "Conditions générales",
    "",
    "## 7. Locations",
    "",
    "#### 7-a / Dates de location",
    "",
    "Les dates sont choisies à la commande.",
    "",
  ].join("\n");
  check("« #### 7-a / Dates de location » is a heading", () =>
    expect(read(text).clauses.map((c) => c.title)).toContain(
      "7-a / Dates de location",
    ),
  );
});

// A roman number after « article » is a clause's only where the clauses are numbered so, and not when a statute follows.
describe("(a) roman references that are not the document's", () => {
  const arabic =
    [
      "Conditions générales",
      "",
      "## 1. Objet",
      "",
      "Voir l'article V et l'article 2.",
      "",
      "## 2. Prix",
      "",
      BODIES[2]!,
    ].join("\n") + "\n";
  check("clauses numbered 1, 2: « l'article V » is not checked", () =>
    expect(brokenLines(arabic)).toEqual([]),
  );
  const statute =
    [
      "Conditions générales",
      "",
      "I. Objet",
      "",
      "Selon l'article V de la loi du 6 janvier 1978, voir l'article II.",
      "",
      "II. Prix",
      "",
      BODIES[2]!,
    ].join("\n") + "\n";
  check(
    "clauses numbered I, II: « l'article V de la loi » is a statute's",
    () => expect(brokenLines(statute)).toEqual([]),
  );
});
