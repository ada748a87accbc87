// Round T25 (issue #11, deliverables 5 and 6): the three B2B payment mentions of French terms (the late-penalty
// rate and the 40 € recovery indemnity, C. com. L441-10 II and D441-5; the escompte, L441-9 as the corpus reads it)
// as a matrix: phrasing × layout × place, then negation and scope. Every text is written for this battery; none is
// copied from the corpus. Run on main's code (ab65160) before the round: see docs/accuracy.md « Round T25 ».
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

// 214 of the 1596 cases failed on main's code (ab65160) before this round; none is left. The first 865 cases were committed
// with their 91 failures as `it.fails` before the fix; the rows added after (footer line, sub-heading, definition list,
// five phrasings, label-line and heading negatives) found 123 more failures on main's code, fixed in the same round.
const KNOWN_FAILURES = new Set<string>([]);
const run = (cases: WordingCase[]) => runCases(cases.map((c) => (KNOWN_FAILURES.has(c.name) ? { ...c, knownFailure: true } : c)));

const NBSP = "\u00a0";
const NNBSP = "\u202f";
// 2026-S1: the legal rate for professionals is in the data (the S2 arrêté is not: src/legal/data).
const AS_OF = "2026-03-01";

// ---------------------------------------------------------------------------------------------
// The dimensions

/** A phrasing: the label a layout may show and the value, or the whole sentence. */
interface Phrasing {
  id: string;
  label: string;
  value: string;
  sentence: string;
  /** The rate is below the floor: too-low must report (on the mention's line), missing must not. */
  tooLow?: boolean;
}

const PENALTY: Phrasing[] = [
  { id: "ecb-directeur", label: "Pénalités de retard", value: "taux directeur de la BCE majoré de 10 points", sentence: "Tout retard de paiement entraîne des pénalités au taux directeur de la BCE majoré de 10 points." },
  { id: "ecb-refinancement", label: "Pénalités de retard", value: "taux de refinancement de la BCE + 10 %", sentence: "Les sommes impayées à l'échéance portent pénalités au taux de refinancement de la BCE + 10 %." },
  { id: "three-times", label: "Pénalités de retard", value: "trois fois le taux d'intérêt légal", sentence: "En cas de retard de paiement, des pénalités égales à trois fois le taux d'intérêt légal sont exigibles." },
  { id: "3x", label: "Pénalités de retard", value: "3 x le taux légal", sentence: "Tout retard de paiement donne lieu à des pénalités de 3 x le taux légal." },
  { id: "multiplied", label: "Intérêts de retard", value: "taux légal multiplié par trois", sentence: "Les intérêts de retard courent au taux légal multiplié par trois." },
  { id: "celui-de", label: "Pénalités de retard", value: "un taux égal à trois fois celui de l'intérêt légal", sentence: "Tout retard de paiement entraîne des pénalités à un taux égal à trois fois celui de l'intérêt légal." },
  { id: "12-an", label: "Pénalités de retard", value: "12 % l'an", sentence: "Les pénalités de retard sont de 12 % l'an." },
  { id: "1-mois", label: "Pénalités de retard", value: "1 % par mois de retard", sentence: "Tout retard de paiement entraîne une pénalité de 1 % par mois de retard." },
  { id: "words", label: "Intérêts de retard", value: "douze pour cent l'an", sentence: "Les intérêts de retard sont dus au taux de douze pour cent l'an." },
  { id: "interets-taux-de", label: "Intérêts de retard", value: "au taux de 15 %", sentence: "Des intérêts de retard au taux de 15 % sont dus dès le lendemain de l'échéance." },
  { id: "ecb-long", label: "Intérêts moratoires", value: "taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage", sentence: "Les sommes non payées à l'échéance portent intérêts au taux appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, majoré de 10 points de pourcentage." },
  { id: "ecb-pts", label: "Pénalités", value: "taux BCE + 10 pts", sentence: "Tout impayé à l'échéance supporte des pénalités au taux BCE + 10 pts." },
  { id: "capitals", label: "PÉNALITÉS DE RETARD", value: "TROIS FOIS LE TAUX D'INTÉRÊT LÉGAL", sentence: "TOUT RETARD DE PAIEMENT ENTRAÎNE DES PÉNALITÉS ÉGALES À TROIS FOIS LE TAUX D'INTÉRÊT LÉGAL." },
  { id: "1.5-times", label: "Pénalités de retard", value: "1,5 fois le taux d'intérêt légal", sentence: "Tout retard de paiement entraîne des pénalités de 1,5 fois le taux d'intérêt légal.", tooLow: true },
  { id: "legal-once", label: "Pénalités de retard", value: "taux d'intérêt légal en vigueur", sentence: "Les retards de paiement portent intérêts au taux d'intérêt légal en vigueur.", tooLow: true },
];

const INDEMNITY: Phrasing[] = [
  { id: "full", label: "Frais de recouvrement", value: "indemnité forfaitaire pour frais de recouvrement de 40 €", sentence: "Tout retard de paiement rend exigible une indemnité forfaitaire pour frais de recouvrement de 40 €." },
  { id: "euros", label: "Indemnité forfaitaire de recouvrement", value: "40 euros", sentence: "En cas de retard de paiement, une indemnité forfaitaire de 40 euros est due." },
  { id: "words", label: "Indemnité forfaitaire", value: "quarante euros pour frais de recouvrement", sentence: "Le client en retard de paiement doit une indemnité forfaitaire de quarante euros pour frais de recouvrement." },
  { id: "indemnite-recouvrement", label: "Indemnité de recouvrement", value: "40 €", sentence: "Une indemnité de recouvrement de 40 € est due pour tout retard de paiement." },
  { id: "frais-forfaitaires", label: "Frais de recouvrement forfaitaires", value: "40 €", sentence: "Des frais de recouvrement forfaitaires de 40 € s'ajoutent à toute facture payée en retard." },
  { id: "d441-5", label: "Frais de recouvrement", value: "40 € (art. D. 441-5 du Code de commerce)", sentence: "Tout retard de paiement entraîne le versement de l'indemnité de 40 € prévue à l'article D. 441-5 du Code de commerce." },
  { id: "legale-forfaitaire", label: "Indemnité légale forfaitaire", value: "40 € par facture payée en retard", sentence: "Toute facture payée en retard donne lieu à une indemnité légale forfaitaire de 40 €." },
  { id: "amount-first", label: "Recouvrement", value: "40 € d'indemnité forfaitaire par facture impayée", sentence: "Chaque facture impayée à l'échéance donne lieu à 40 € d'indemnité forfaitaire pour frais de recouvrement." },
  { id: "forfait", label: "Forfait de recouvrement", value: "40 €", sentence: "Un forfait de recouvrement de 40 € est dû pour toute facture payée après l'échéance." },
  { id: "eur-first", label: "Indemnité pour frais de recouvrement", value: "EUR 40", sentence: "En cas de retard de paiement, l'indemnité pour frais de recouvrement est fixée à EUR 40." },
];

const ESCOMPTE: Phrasing[] = [
  { id: "aucun", label: "Escompte", value: "aucun", sentence: "Aucun escompte n'est consenti." },
  { id: "pas-d", label: "Paiement anticipé", value: "pas d'escompte", sentence: "Pas d'escompte en cas de paiement anticipé." },
  { id: "sans", label: "Règlement", value: "comptant, sans escompte", sentence: "Les factures sont réglées comptant, sans escompte." },
  { id: "neant", label: "Escompte", value: "néant", sentence: "Escompte : néant." },
  { id: "zero", label: "Escompte pour paiement anticipé", value: "0 %", sentence: "Escompte pour paiement anticipé : 0 %." },
  { id: "ne-sera", label: "Paiement anticipé", value: "aucun escompte ne sera accordé", sentence: "En cas de paiement anticipé, aucun escompte ne sera accordé." },
  { id: "conditions", label: "Conditions d'escompte", value: "2 % pour un règlement sous 8 jours", sentence: "Conditions d'escompte : 2 % pour un règlement sous 8 jours." },
  { id: "n-accorde", label: "Paiement anticipé", value: "le vendeur n'accorde pas d'escompte", sentence: "Le vendeur n'accorde pas d'escompte pour paiement anticipé." },
  { id: "non", label: "Escompte", value: "non", sentence: "Escompte : non." },
  { id: "remise-anticipe", label: "Paiement anticipé", value: "aucune remise", sentence: "Aucune remise n'est accordée pour un paiement anticipé." },
  { id: "reglement-anticipe", label: "Escompte pour règlement anticipé", value: "aucun", sentence: "Escompte pour règlement anticipé : aucun." },
  { id: "capital", label: "ESCOMPTE", value: "NÉANT", sentence: "AUCUN ESCOMPTE N'EST ACCORDÉ POUR PAIEMENT ANTICIPÉ." },
];

/** A layout: the mention's lines, and the index (from 0) of the line that carries the value. */
type Layout = { id: string; lines: (p: Phrasing) => string[]; at: number };
const nbsp = (text: string) => text.replace(/ (?=[%€:;])/g, NBSP).replace(/(\d) (?=[\p{L}])/gu, `$1${NNBSP}`);
// Splits a sentence near its middle, at a space: the wrap of a paragraph in a text file.
const wrapped = (text: string) => {
  const mid = text.indexOf(" ", Math.floor(text.length / 2));
  return mid < 0 ? [text] : [text.slice(0, mid), text.slice(mid + 1)];
};
const LAYOUTS: Layout[] = [
  { id: "sentence", lines: (p) => [p.sentence], at: 0 },
  { id: "bold label", lines: (p) => [`**${p.label} :** ${p.value}`], at: 0 },
  { id: "table row", lines: (p) => ["| Rubrique | Conditions |", "|---|---|", `| ${p.label} | ${p.value} |`], at: 2 },
  { id: "list item", lines: (p) => ["Conditions applicables :", "", `- ${p.label} : ${p.value}`], at: 2 },
  { id: "wrapped", lines: (p) => wrapped(p.sentence), at: 0 },
  { id: "non-breaking spaces", lines: (p) => [nbsp(p.sentence)], at: 0 },
  { id: "label line", lines: (p) => [`${p.label} :`, p.value], at: 1 },
  // A sub-heading naming the mention, its value as the body (« ### Pénalités de retard » then « 12 % l'an »).
  { id: "sub-heading", lines: (p) => [`### ${p.label}`, "", `${p.value.charAt(0).toUpperCase()}${p.value.slice(1)}.`], at: 2 },
  // A definition list: the term on its line, « : » and the value on the next.
  { id: "definition list", lines: (p) => [p.label, `: ${p.value}`], at: 1 },
  // The mentions gathered in an italic footer line after a rule, parted by middle dots.
  { id: "footer line", lines: (p) => ["---", "", `*Lampes Martin SAS · ${p.label} : ${p.value} · Règlement à trente jours*`], at: 2 },
];

/** A place: the clause that holds the mention, the lines before it (a heading on line 7). */
type Place = { id: string; lines: string[] };
const PLACES: Place[] = [
  { id: "payment clause", lines: ["## 2. Conditions de paiement", "", "Les factures sont payables à trente jours date de facture."] },
  { id: "late-payment clause", lines: ["## 2. Retard de paiement", "", "Le client s'engage à respecter les échéances convenues."] },
  { id: "general clauses", lines: ["## 2. Dispositions diverses", "", "Les présentes annulent tout accord antérieur."] },
];

const HEAD = ["# Conditions générales de vente", "", "## 1. Objet", "", "Les présentes régissent la vente de lampes d'atelier aux professionnels."];
const text = (...rest: string[]) => [...HEAD, "", ...rest].join("\n") + "\n";
const FIRST_BODY_LINE = HEAD.length + 2 + 4; // the mention starts after the place's three lines and a blank

const MISSING: Record<string, string> = { penalty: "late-penalty-rate-missing", indemnity: "recovery-indemnity-missing", escompte: "early-payment-discount-missing" };

function matrix(subject: keyof typeof MISSING, phrasings: Phrasing[]): WordingCase[] {
  const out: WordingCase[] = [];
  for (const p of phrasings)
    for (const layout of LAYOUTS)
      for (const place of PLACES) {
        const body = text(...place.lines, "", ...layout.lines(p));
        const name = `${subject} | ${p.id} | ${layout.id} | ${place.id}`;
        out.push({ name: `${name}: present`, rule: MISSING[subject]!, reports: false, text: body, audience: "b2b", asOf: AS_OF });
        // Wrapped, the report is on the line where the value starts.
        const at = layout.id === "wrapped" ? wrapped(p.sentence)[0]!.length < p.sentence.indexOf(p.value) ? 1 : 0 : layout.at;
        if (subject === "penalty")
          out.push(
            p.tooLow
              ? { name: `${name}: too low`, rule: "late-penalty-rate-too-low", reports: true, line: FIRST_BODY_LINE + at, text: body, audience: "b2b", asOf: AS_OF }
              : { name: `${name}: not too low`, rule: "late-penalty-rate-too-low", reports: false, text: body, audience: "b2b", asOf: AS_OF },
          );
      }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Negation and scope: the mention is there in words but does not state the professionals' duty,
// or a rate or a sum is about something else. Line 11: the mention. Where an absent mention is reported (the clause's
// heading, or a sentence about late payment in it) is placement, measured by other batteries: not checked here.

const scoped = (rule: string, name: string, reports: boolean, lines: string[], extra: Partial<WordingCase> = {}): WordingCase => ({
  name: `scope | ${name}`, rule, reports, audience: "b2b", asOf: AS_OF, text: text("## 2. Conditions de paiement", "", "Les factures sont payables à trente jours date de facture.", "", ...lines), ...extra,
});
const PENALTY_RULE = MISSING.penalty!;
const INDEMNITY_RULE = MISSING.indemnity!;
const ESCOMPTE_RULE = MISSING.escompte!;

const scopeCases: WordingCase[] = [
  // penalty rate
  scoped(PENALTY_RULE, "« ces pénalités ne s'appliquent pas » with no rate stated: missing", true, ["Les pénalités de retard ne s'appliquent pas aux clients particuliers."]),
  scoped(PENALTY_RULE, "a rate for consumers alone: missing for professionals", true, ["Pour les clients particuliers, les retards portent intérêts au taux légal."]),
  scoped(PENALTY_RULE, "a rate for professional clients only: present", false, ["Pour les clients professionnels, tout retard de paiement entraîne des pénalités de trois fois le taux d'intérêt légal."]),
  scoped(PENALTY_RULE, "the seller's late delivery, a penalty per week: not the rate, missing", true, ["En cas de retard de livraison imputable au vendeur, une pénalité de 1 % du prix par semaine est due au client."]),
  scoped(PENALTY_RULE, "the seller's late refund bears interest at the legal rate: missing", true, ["Tout retard de remboursement du vendeur porte intérêts au taux légal."]),
  scoped(PENALTY_RULE, "the seller's late delivery at three times the legal rate: missing", true, ["Tout retard de livraison du vendeur ouvre droit pour le client à des intérêts de trois fois le taux d'intérêt légal."]),
  scoped(PENALTY_RULE, "a deposit of 30 %: missing", true, ["Un acompte de 30 % est versé à la commande, le solde à l'échéance."]),
  scoped(PENALTY_RULE, "instalment financing at 5,9 % a year: missing", true, ["Le paiement en plusieurs échéances est financé par notre partenaire au taux de 5,9 % l'an."]),
  scoped(PENALTY_RULE, "a loan's interest rate: missing", true, ["Le crédit consenti au client porte intérêts au taux annuel de 4 %, payables à chaque échéance."]),
  scoped(PENALTY_RULE, "late payment and late delivery in one sentence: present", false, ["Tout retard de paiement ou de livraison entraîne des pénalités de trois fois le taux d'intérêt légal."]),
  scoped("late-penalty-rate-too-low", "the seller's late refund at the legal rate: not the penalty, not too low", false, ["Tout retard de remboursement du vendeur porte intérêts au taux légal."]),
  scoped("late-penalty-rate-too-low", "instalment financing at 5,9 % a year: not too low", false, ["Le paiement en plusieurs échéances est financé par notre partenaire au taux de 5,9 % l'an."]),
  scoped("late-penalty-rate-too-low", "a rate of 5 % a year for late payment: too low", true, ["Tout retard de paiement entraîne des pénalités au taux de 5 % l'an."], { line: 11 }),
  scoped(PENALTY_RULE, "a rate of 5 % a year for late payment: too low, not missing", false, ["Tout retard de paiement entraîne des pénalités au taux de 5 % l'an."]),
  // indemnity
  scoped(INDEMNITY_RULE, "indemnity not due by consumers: present for professionals", false, ["Tout retard de paiement rend exigible une indemnité forfaitaire de 40 € pour frais de recouvrement ; elle ne s'applique pas aux consommateurs."]),
  scoped(INDEMNITY_RULE, "a fixed sum for the seller's late delivery: missing", true, ["En cas de retard de livraison, le client peut réclamer une indemnité forfaitaire de 40 €."]),
  scoped(INDEMNITY_RULE, "a cancellation fee called « indemnité forfaitaire »: missing", true, ["Toute annulation de commande donne lieu à une indemnité forfaitaire de 40 €."]),
  scoped(INDEMNITY_RULE, "actual recovery costs, no fixed sum: missing", true, ["Les frais de recouvrement exposés en cas de retard de paiement sont à la charge du client."]),
  scoped(INDEMNITY_RULE, "30 € instead of 40 €: below minimum, not missing", false, ["Tout retard de paiement entraîne une indemnité forfaitaire pour frais de recouvrement de 30 €."]),
  scoped("recovery-indemnity-below-minimum", "30 € instead of 40 €: below minimum", true, ["Tout retard de paiement entraîne une indemnité forfaitaire pour frais de recouvrement de 30 €."], { line: 11 }),
  scoped(INDEMNITY_RULE, "a 15 % clause pénale only: missing", true, ["Tout retard de paiement entraîne une indemnité forfaitaire égale à 15 % des sommes dues."]),
  // escompte
  scoped(ESCOMPTE_RULE, "« le résultat escompté »: missing", true, ["Le vendeur ne garantit pas le résultat escompté par le client."]),
  scoped(ESCOMPTE_RULE, "cash payment required at order, no discount word: missing", true, ["Le paiement comptant est exigé à la commande."]),
  scoped(ESCOMPTE_RULE, "a volume discount, not an escompte: missing", true, ["Une remise de 5 % est accordée pour toute commande de plus de cent lampes."]),
  scoped(ESCOMPTE_RULE, "a commercial « remise » for early payment: present", false, ["Une remise de 2 % est accordée pour tout paiement anticipé."]),
  scoped(PENALTY_RULE, "« aucune pénalité de retard ne sera appliquée »: no rate, missing", true, ["Aucune pénalité de retard ne sera appliquée aux clients fidèles."]),
  scoped(ESCOMPTE_RULE, "« escompté » in the payment clause: missing", true, ["Le règlement escompté à trente jours n'ouvre droit à aucune réduction de prix sur les commandes futures."], { knownFailure: false }),
  // a label on its line whose value says nothing of the mention
  scoped(PENALTY_RULE, "« Taux de TVA : » then « 20 % »: not a penalty rate, missing", true, ["Taux de TVA :", "20 % sur tous les produits."]),
  scoped(PENALTY_RULE, "a sub-heading « Taux de TVA », « 20 % » below: missing", true, ["### Taux de TVA", "", "20 % sur tous les produits."]),
  scoped(PENALTY_RULE, "a sub-heading « Retard de livraison », « 1 % par semaine » below: missing", true, ["### Pénalités de retard de livraison", "", "1 % du prix par semaine de retard, dues par le vendeur."]),
  scoped(INDEMNITY_RULE, "a sub-heading « Indemnité forfaitaire », « 15 % des sommes dues » below: missing", true, ["### Indemnité forfaitaire de retard", "", "15 % des sommes dues."]),
  scoped(PENALTY_RULE, "« Pénalités de retard : » then « voir les conditions particulières »: missing", true, ["Pénalités de retard :", "voir les conditions particulières."]),
  scoped(PENALTY_RULE, "« Acompte : » then « 30 % à la commande »: missing", true, ["Acompte :", "30 % à la commande, le solde à l'échéance."]),
  scoped(INDEMNITY_RULE, "« Frais de recouvrement : » then « à la charge du client »: missing", true, ["Frais de recouvrement :", "à la charge du client en cas de retard de paiement."]),
  scoped(ESCOMPTE_RULE, "« Paiement anticipé : » then « exigé à la commande »: missing", true, ["Paiement anticipé :", "exigé à la commande pour les nouveaux clients."]),
  scoped(INDEMNITY_RULE, "a « forfait de livraison » of 40 € in a late-payment clause: missing", true, ["En cas de retard de paiement, le forfait de livraison de 40 € reste dû."]),
];

describe("round T25 matrix: late-penalty rate, phrasing × layout × place", () => run(matrix("penalty", PENALTY)));
describe("round T25 matrix: recovery indemnity, phrasing × layout × place", () => run(matrix("indemnity", INDEMNITY)));
describe("round T25 matrix: escompte, phrasing × layout × place", () => run(matrix("escompte", ESCOMPTE)));
describe("round T25 matrix: negation and scope", () => run(scopeCases));
