import { Decimal } from "decimal.js";
import type { Terms } from "../../model/documents.js";
import { NUMBER_PATTERN, numberValue } from "../scan/numbers.js";
import { findAll, fold, type TextMatch, flexible } from "../scan/text.js";
import type { LintClause, Rule, RuleContext } from "../types.js";
import { sentences } from "../scan/sentences.js";

// The facts drive the computations (penalties, due dates, refunds); the clauses are what the client
// reads and signs. When a clause states another figure than the facts, one of them is wrong and the
// client may hold the seller to the words (C. civ. art. 1190: an adhesion contract is read against
// its drafter). Only sentences clearly about the fact are compared (their keywords must be there);
// figures written as {{fact.path}} come from the facts and cannot disagree.

interface Claim {
  messageId: string;
  /** The matched words, and the part of them that states the figure. */
  match: TextMatch;
  stated: string;
  fact: string;
  factPath: string;
}

type Check = (terms: Terms, sentence: string) => Claim[];

const NUMBER = `(${NUMBER_PATTERN})`;
const EUROS = String.raw`\s*(?:€|euros?\b|eur\b)`;
const PERCENT = String.raw`\s*(?:%|pour\s*cent\b)`;

function decimal(value: string | number | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  try {
    return new Decimal(String(value));
  } catch {
    return undefined;
  }
}

function valueOf(m: TextMatch, group = 0): Decimal | undefined {
  const v = numberValue(m.groups[group] ?? "");
  return v === undefined ? undefined : decimal(v);
}

const penaltyMultiple: Check = (terms, sentence) => {
  const penalty = terms.latePayment?.penalty;
  if (penalty?.kind !== "legal-rate-multiple") return [];
  const fact = decimal(penalty.multiple);
  return findAll(sentence, flexible(new RegExp(String.raw`${NUMBER}\s+fois\s+(?:le|du)\s+taux\s+(?:d'\s*interet legal|de l'\s*interet legal|legal)`)))
    .filter((m) => fact && valueOf(m)?.eq(fact) === false)
    .map((m) => ({ messageId: "penaltyMultiple", match: m, stated: m.text, fact: String(penalty.multiple), factPath: "latePayment.penalty.multiple" }));
};

const PAYMENT_TERM = flexible(new RegExp(
  String.raw`\b(?:payables?|paiement|reglement|reglee?s?|a regler|acquittee?s?)\b[^.;]{0,50}?\b(?:dans un delai (?:maximum |maximal )?de|a|sous|endeans(?: les)?|dans les|de)\s+${NUMBER}\s+jours`,
));
const NOT_A_PAYMENT_TERM = /\b(?:retard|rembours\w*|retractation|contest\w*|reclamation|refus|notifi\w*|resiliation|preavis|prelevement|penalite|annulation|livraison)\b/;

const termDays: Check = (terms, sentence) => {
  const days = terms.payment?.termDays;
  if (days === undefined || NOT_A_PAYMENT_TERM.test(fold(sentence)) || !/\bfactur|\bemission\b|\breception\b|\becheance\b/.test(fold(sentence))) return [];
  return findAll(sentence, PAYMENT_TERM)
    .filter((m) => valueOf(m)?.eq(days) === false)
    .map((m) => ({ messageId: "termDays", match: m, stated: m.text, fact: String(days), factPath: "payment.termDays" }));
};

const INDEMNITY = flexible(/indemnite forfaitaire|frais de recouvrement/);

const indemnityAmount: Check = (terms, sentence) => {
  const amount = decimal(terms.latePayment?.recoveryIndemnity?.amount);
  if (!amount || !INDEMNITY.test(fold(sentence))) return [];
  const amounts = findAll(sentence, new RegExp(NUMBER + EUROS));
  // "10 % du solde, avec un minimum de quarante (40) euros": one of the amounts must be the fact.
  if (!amounts.length || amounts.some((m) => valueOf(m)?.eq(amount))) return [];
  const m = amounts[0]!;
  return [{ messageId: "indemnityAmount", match: m, stated: m.text, fact: amount.toString(), factPath: "latePayment.recoveryIndemnity.amount" }];
};

const COURT_CITY = flexible(/\b(?:tribunal|tribunaux|juridictions?)\b(?:\s+(?:de commerce|judiciaire|d'\s*instance|de grande instance|des activites economiques|competents?|competentes?))*\s+(?:de|d')\s*(?:la ville de\s+)?([a-z][a-z'-]*)/);

const courtCity: Check = (terms, sentence) => {
  const j = terms.jurisdiction;
  const city = j && "city" in j ? j.city : undefined;
  if (!city || !/\blitige|\bdifferend|\bcontestation|\bcompeten|\bjuridiction/.test(fold(sentence))) return [];
  const wanted = fold(city).trim();
  return findAll(sentence, COURT_CITY)
    .filter((m) => {
      const said = m.groups[0]!;
      return !(wanted.startsWith(said) || said.startsWith(wanted) || wanted.split(/[- ]/)[0] === said.split(/[- ]/)[0]);
    })
    .map((m) => ({ messageId: "courtCity", match: m, stated: m.text, fact: city, factPath: "jurisdiction.city" }));
};

const quoteValidity: Check = (terms, sentence) => {
  const v = terms.quoteValidity;
  const folded = fold(sentence);
  if (!v || !/\b(?:devis|offres?|proposition)\b/.test(folded) || !/valab|validite/.test(folded)) return [];
  return findAll(sentence, flexible(new RegExp(String.raw`(?:valab\w*|validite)[^.;]{0,60}?\b${NUMBER}\s+(jours?|mois)\b`))).flatMap((m) => {
    const unit = m.groups[1]!.startsWith("mois") ? "months" : "days";
    const fact = v[unit];
    // A validity in days against one in months cannot be compared safely (30 days is not a month).
    if (fact === undefined || valueOf(m)?.eq(fact) !== false) return [];
    return [{ messageId: "quoteValidity", match: m, stated: m.text, fact: `${fact} ${unit === "months" ? "mois" : "jours"}`, factPath: `quoteValidity.${unit}` }];
  });
};

const CEILING = /\b(?:exceder|depasser|maximum|au plus|plafonne|dans la limite)\b/;

const depositPercent: Check = (terms, sentence) => {
  const d = terms.deposit;
  const folded = fold(sentence);
  if (!d || !/\bacomptes?\b/.test(folded)) return [];
  const ceiling = CEILING.test(folded);
  const fact = ceiling ? d.maxPercent : d.defaultPercent;
  const factValue = decimal(fact);
  if (!factValue) return [];
  return findAll(sentence, new RegExp(NUMBER + PERCENT))
    .filter((m) => valueOf(m)?.eq(factValue) === false)
    .slice(0, 1)
    .map((m) => ({ messageId: ceiling ? "depositCeiling" : "depositDefault", match: m, stated: m.text, fact: `${fact} %`, factPath: ceiling ? "deposit.maxPercent" : "deposit.defaultPercent" }));
};

const MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
const DATE = String.raw`(?:(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(?:(\d{1,2})(?:er)?\s+)?(${MONTHS.join("|")})\s+(\d{4}))`;
const EFFECTIVE = flexible(new RegExp(String.raw`(?:en vigueur (?:au|a compter du|a partir du|le|depuis le)|valables? (?:a partir|a compter) du|applicables? (?:a partir|a compter) du)\s*${DATE}`));
const UPDATED = flexible(new RegExp(String.raw`(?:derniere )?mise a jour\s*(?:le|du|:)?\s*${DATE}`));
const THESE_TERMS = /\b(?:presentes|conditions|cgv|cgu|cgt)\b/;
const OTHER_TEXT = /\b(?:rgpd|reglement|loi|directive|decret|ordonnance|tarifs?|prix)\b/;

/** The stated date as "YYYY-MM-DD", or "YYYY-MM" when the day is not given. */
function statedDate(m: TextMatch): string | undefined {
  const [d, mo, y, d2, month, y2] = m.groups;
  if (y) return `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  if (!y2 || !month) return undefined;
  const mm = String(MONTHS.indexOf(month) + 1).padStart(2, "0");
  return d2 ? `${y2}-${mm}-${d2.padStart(2, "0")}` : `${y2}-${mm}`;
}

function dateCheck(pattern: RegExp, key: "effectiveDate" | "lastUpdated", messageId: string): Check {
  return (terms, sentence) => {
    const fact = terms[key];
    if (!fact) return [];
    return findAll(sentence, pattern).flatMap((m) => {
      // "le RGPD, entré en vigueur le 25 mai 2018": a date about another text. The date must be the
      // terms' own: a heading-like line ("En vigueur au 01/01/2024") or a sentence about these terms.
      const before = fold(sentence.slice(0, m.start));
      if (OTHER_TEXT.test(before)) return [];
      if (before.trim() !== "" && !THESE_TERMS.test(fold(sentence))) return [];
      const stated = statedDate(m);
      if (!stated || fact.startsWith(stated)) return [];
      return [{ messageId, match: m, stated: m.text, fact, factPath: key }];
    });
  };
}

const CHECKS: Check[] = [
  penaltyMultiple,
  termDays,
  indemnityAmount,
  courtCity,
  quoteValidity,
  depositPercent,
  dateCheck(EFFECTIVE, "effectiveDate", "effectiveDate"),
  dateCheck(UPDATED, "lastUpdated", "lastUpdated"),
];

const message = (fr: string, en: string) => ({
  fr: `${fr} : le texte dit « {stated} », les faits disent {fact} ({factPath}). L'un des deux est faux ; corrigez-le, ou écrivez le chiffre sous la forme {{{factPath}}} pour qu'il vienne des faits.`,
  en: `${en}: the text says "{stated}", the facts say {fact} ({factPath}). One of them is wrong; fix it, or write the figure as {{{factPath}}} so that it comes from the facts.`,
});

const rule: Rule = {
  meta: {
    id: "facts-prose-mismatch",
    description: {
      fr: "Une clause énonce un chiffre ou une date que contredisent les faits structurés des conditions.",
      en: "A clause states a figure or a date that the terms' structured facts contradict.",
    },
    severity: "error",
    category: "consistency",
    legalBasis: ["fr.cciv.1190"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts"], jurisdictions: ["any"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      penaltyMultiple: message("multiple du taux d'intérêt légal contradictoire", "contradictory multiple of the legal interest rate"),
      termDays: message("délai de paiement contradictoire", "contradictory payment term"),
      indemnityAmount: message("montant de l'indemnité forfaitaire contradictoire", "contradictory recovery indemnity amount"),
      courtCity: message("ville du tribunal compétent contradictoire", "contradictory court city"),
      quoteValidity: message("durée de validité du devis contradictoire", "contradictory quote validity"),
      depositCeiling: message("plafond de l'acompte contradictoire", "contradictory deposit ceiling"),
      depositDefault: message("taux de l'acompte contradictoire", "contradictory deposit rate"),
      effectiveDate: message("date d'entrée en vigueur contradictoire", "contradictory effective date"),
      lastUpdated: message("date de mise à jour contradictoire", "contradictory last-updated date"),
    },
  },
  check(context) {
    const terms = context.doc.terms;
    if (!terms) return;
    for (const clause of context.doc.clauses) checkClause(context, terms, clause);
  },
};

function checkClause(context: RuleContext, terms: Terms, clause: LintClause): void {
  for (const s of sentences(clause.body)) {
    const sentence = clause.body.slice(s.start, s.end);
    for (const check of CHECKS) {
      for (const claim of check(terms, sentence)) {
        if (claim.match.text.includes("{{")) continue;
        context.report({
          messageId: claim.messageId,
          data: { stated: claim.stated, fact: claim.fact, factPath: claim.factPath },
          range: clause.locate(s.start + claim.match.start, s.start + claim.match.end),
        });
      }
    }
  }
}

export default rule;
