import { NUMBER_PATTERN, numberValue } from "../scan/numbers.js";
import { findAll, findFirst } from "../scan/text.js";
import { compareDates, type IsoDate } from "../../legal/dates.js";
import type { LintClause, Rule, RuleContext } from "../types.js";
import { sentenceAt } from "../scan/sentences.js";
import {
  distanceOrOffPremisesEvidence,
  mentionsWithdrawal,
  penalisedWithdrawal,
  OTHER_CODE_WITHDRAWAL,
  statesWithdrawalInOtherWords,
  stretchedWithdrawalException,
  withdrawalRuledOutWithoutReason,
  WITHDRAWAL,
} from "../scan/consumer.js";
import { givesWithoutSelling, sellsNothing } from "../scan/offer.js";

// A consumer buying at a distance or off premises has 14 days to withdraw (C. conso L221-18); the
// terms must say so, or say why the right does not apply (L221-28), before the contract (L221-5).
// The 7-day period ("sept jours francs", old L121-20) ended with the loi Hamon.

// 14 days for contracts concluded from 14 June 2014 (loi n° 2014-344, « loi Hamon »); before, the old L121-20 gave 7
// (its Légifrance version is in force until 14 June 2014: the L121-20-2 entry of
// src/legal/data/consumer-code-renumbering-2016.json). Terms judged before that date that say 7 days said the law.
const FOURTEEN_DAYS_FROM: IsoDate = "2014-06-14";
const legalDays = (asOf: IsoDate) => (compareDates(asOf, FOURTEEN_DAYS_FROM) >= 0 ? 14 : 7);
const NEAR = 60;
// « le délai de rétraction de 10 jours qui court à compter de la signature de ce contrat » in a clause about the
// « contrat de formation »: the trainee's own right (C. trav. L6353-5) named by the contract it belongs to, not the article.
const TRAINING_CONTRACT = /\bcontrats? de formation\b/;
const FOURTEEN_AT_DISTANCE = /\b(?:14|quatorze)(?: \(14\))? jours\b[^.;]{0,40}\b(?:a distance|hors etablissements?)\b/;
const PERIOD_NAMED = /\bdelai de $/;
const REFUND = /\brembours/;
const RETURN_RIGHT = /\b(?:droit|delai) de retour\b|\bpour (?:nous )?(?:retourner|renvoyer)\b/;
const RETURN_FOR_A_DEFECT = /\bdefectu|\bnon[- ]conform|\bendommag|\babime|\bcasse|\bavari|\bvices?\b|\bgarantie|\berreur de livraison|\bloue|\blocation\b/;
const PERIOD = new RegExp(String.raw`(${NUMBER_PATTERN})\s+jours?(?:\s+francs)?`);

const rule: Rule = {
  meta: {
    id: "consumer-withdrawal-info-missing",
    description: {
      fr: "Des conditions destinées à des consommateurs ne disent rien du droit de rétractation de 14 jours, ni de la raison pour laquelle il ne s'applique pas, ou donnent un délai inférieur.",
      en: "Terms for consumers say nothing about the 14-day right of withdrawal nor why it does not apply, or give a shorter period.",
    },
    severity: "error",
    category: "consumer",
    legalBasis: ["fr.cconso.L221-5", "fr.cconso.L221-18", "fr.cconso.L221-28"],
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      missing: {
        fr: "rien n'est dit du droit de rétractation : un consommateur qui achète à distance dispose de 14 jours pour se rétracter et doit en être informé avant de contracter ; ajoutez une clause sur ce droit, ou sur l'exception légale qui l'écarte.",
        en: "nothing is said about the right of withdrawal: a consumer buying at a distance has 14 days to withdraw and must be told before contracting; add a clause on this right, or on the legal exception that rules it out.",
      },
      missingAtDistance: {
        fr: "rien n'est dit du droit de rétractation alors que le texte montre un contrat conclu à distance ou hors établissement (« {evidence} ») : le consommateur dispose de 14 jours pour se rétracter et doit en être informé avant de contracter ; ajoutez une clause sur ce droit, ou sur l'exception légale qui l'écarte.",
        en: "nothing is said about the right of withdrawal while the text shows a contract concluded at a distance or off premises (\"{evidence}\"): the consumer has 14 days to withdraw and must be told before contracting; add a clause on this right, or on the legal exception that rules it out.",
      },
      noException: {
        fr: "le droit de rétractation est écarté sans dire pourquoi : seules les exceptions prévues par la loi le permettent (service pleinement exécuté avec renoncement exprès, bien personnalisé…) ; indiquez laquelle (consumer.withdrawal.exception).",
        en: "the right of withdrawal is ruled out without saying why: only the exceptions set by law allow it (service fully performed with express waiver, personalised goods…); state which one (consumer.withdrawal.exception).",
        basis: ["fr.cconso.L221-28"],
      },
      obsoleteSevenDays: {
        fr: "le délai de rétractation de 7 jours est périmé depuis la loi Hamon (ancien art. L121-20) : il est de 14 jours.",
        en: "the 7-day withdrawal period is obsolete since the loi Hamon (old art. L121-20): it is 14 days.",
        basis: ["fr.cconso.L221-18"],
      },
      periodTooShort: {
        fr: "délai de rétractation de {days} jours : la loi en donne {legal} au consommateur et une clause plus courte est sans effet.",
        en: "withdrawal period of {days} days: the law gives the consumer {legal} and a shorter clause has no effect.",
        basis: ["fr.cconso.L221-18"],
      },
      exceptionStretched: {
        fr: "le droit de rétractation est refusé pour tout article (« {words} ») alors que l'exception citée n'en vise qu'une partie (biens personnalisés, confectionnés à la demande…) : pour les autres, le consommateur dispose de 14 jours pour se rétracter ; indiquez ce délai, ou précisez que tous les articles relèvent de l'exception.",
        en: "the right of withdrawal is refused for every item (\"{words}\") while the exception cited covers only some (personalised goods, made to order…): for the others the consumer has 14 days to withdraw; state that period, or say that every item falls under the exception.",
        basis: ["fr.cconso.L221-18", "fr.cconso.L221-28"],
      },
      ruledOutInWords: {
        fr: "le droit de rétractation est écarté (« {words} ») sans aucune des exceptions prévues par la loi (bien personnalisé, denrée périssable, service pleinement exécuté avec l'accord exprès du consommateur…) : le consommateur qui achète à distance dispose de 14 jours pour se rétracter ; indiquez ce délai, ou l'exception qui s'applique.",
        en: "the right of withdrawal is ruled out (\"{words}\") without any of the exceptions set by law (personalised goods, perishable food, a service fully performed with the consumer's express agreement…): a consumer buying at a distance has 14 days to withdraw; state that period, or the exception that applies.",
        basis: ["fr.cconso.L221-18", "fr.cconso.L221-28"],
      },
      useFourteenDays: {
        fr: "Écrire « quatorze (14) jours »",
        en: "Write \"quatorze (14) jours\"",
      },
    },
  },
  check(context) {
    const { doc } = context;
    const withdrawal = doc.mode === "facts" ? doc.terms?.consumer?.withdrawal : undefined;
    const legal = legalDays(context.asOf);
    if (withdrawal?.applies && withdrawal.days !== undefined && withdrawal.days < legal) {
      context.report({ messageId: withdrawal.days === 7 ? "obsoleteSevenDays" : "periodTooShort", data: { days: withdrawal.days, legal }, range: doc.locateFact(["consumer", "withdrawal", "days"]) });
      return;
    }
    if (reportShortPeriodInWords(context)) return;
    const mentioned = mentionsWithdrawal(doc.clauses) || statesWithdrawalInOtherWords(doc.clauses);
    if (withdrawal && !withdrawal.applies && !withdrawal.exception?.trim() && !mentioned) {
      context.report({ messageId: "noException", range: doc.locateFact(["consumer", "withdrawal", "applies"]) });
      return;
    }
    if (mentioned && doc.mode === "prose") {
      const stretched = stretchedWithdrawalException(doc.clauses);
      if (stretched) context.report({ messageId: "exceptionStretched", data: { words: stretched.text.replace(/\s+/g, " ") }, range: stretched.clause.locate(stretched.start, stretched.end) });
      // Ruled out with no reason and no period: only where the text shows a sale at a distance or off premises (L221-18).
      // A right ruled out « compte tenu de la nature des dons » in terms that only collect gifts gives the reason: the
      // right never arises for a gift (L221-1), so the text excludes nothing the law grants.
      const ruledOut = !stretched && distanceOrOffPremisesEvidence(doc.clauses) && !sellsNothing(doc.clauses) && !givesWithoutSelling(doc.clauses) ? withdrawalRuledOutWithoutReason(doc.clauses) : undefined;
      if (ruledOut) context.report({ messageId: "ruledOutInWords", data: { words: ruledOut.text.trim().replace(/\s+/g, " ") }, range: ruledOut.clause.locate(ruledOut.start, ruledOut.end) });
    }
    if (withdrawal || mentioned) return;
    // Terms under which nothing is sold to the user (a free app, a platform the provider is paid through directly):
    // no contract for a price, no withdrawal right to tell of (L221-18; docs/rules/consumer-withdrawal-info-missing.md);
    // likewise terms that only collect gifts (a donation is no contract for goods or services, L221-1).
    if (doc.mode === "prose" && (sellsNothing(doc.clauses) || givesWithoutSelling(doc.clauses))) return;
    if (doc.mode === "facts") {
      context.report({ messageId: "missing", range: doc.locateFact(["consumer", "withdrawal"]) });
      return;
    }
    // Prose: the right exists only for a contract concluded at a distance or off premises (C. conso L221-18):
    // a shop counter or a service booked in person owes no such information, so the text must show one.
    const evidence = distanceOrOffPremisesEvidence(doc.clauses);
    if (!evidence) return;
    // « en cas de rétractation, les arrhes restent acquises » (round T36b): the clause that misnames a penalised
    // cancellation as the right is where the consumer looks for it, and where the information is missing.
    const misnamed = penalisedWithdrawal(doc.clauses);
    const range = misnamed ? misnamed.clause.locate(misnamed.start, misnamed.end) : doc.locateFact(["consumer", "withdrawal"]);
    context.report({ messageId: "missingAtDistance", data: { evidence: evidence.text.replace(/\s+/g, " ") }, range });
  },
};


/** "délai de rétractation de sept (7) jours": a period under 14 days in a sentence about withdrawal. */
function reportShortPeriodInWords(context: RuleContext): boolean {
  // « un droit de retour de 7 jours », « 10 jours pour retourner le produit »: in a distance sale, the period to send
  // goods back for any reason is the withdrawal period, whatever its name; a return for a defect or damage is not.
  // Terms that never name withdrawal get the « missing » report at their returns clause instead.
  const { clauses } = context.doc;
  const atDistance = context.doc.mode === "prose" && mentionsWithdrawal(clauses) && distanceOrOffPremisesEvidence(clauses) !== undefined;
  for (const clause of context.doc.clauses) {
    const keywords = [...findAll(clause.body, WITHDRAWAL), ...(atDistance ? findAll(clause.body, RETURN_RIGHT) : [])];
    for (const keyword of keywords) {
      const sentence = sentenceAt(clause.body, keyword.start);
      const text = clause.body.slice(sentence.start, sentence.end);
      if (findFirst(keyword.text, RETURN_RIGHT) && findFirst(text, RETURN_FOR_A_DEFECT)) continue;
      const at = keyword.start - sentence.start;
      // A period of another code's right (the 10 days of a vocational training contract, C. trav. L6353-5) is not this one.
      if (findFirst(text, OTHER_CODE_WITHDRAWAL) || findFirst(clause.body, TRAINING_CONTRACT)) continue;
      // « 10 jours (14 jours dans le cas d'une vente à distance) »: the sentence gives the legal period for the
      // distance sale itself; the shorter one is another right (a training contract's, C. trav. L6353-5).
      if (findFirst(text, FOURTEEN_AT_DISTANCE)) continue;
      for (const m of findAll(text, PERIOD)) {
        // The period is written next to the word: "rétractation de 7 jours", "7 jours pour se rétracter".
        // Or named as the sentence's « délai de sept jours francs …, pour exercer son droit de rétractation », however far.
        const near = !(m.start > at + keyword.text.length + NEAR || m.end < at - NEAR);
        // Only before the right's name with no other period between (« dix jours [quatorze jours à distance] pour se
        // rétracter » gives two), and not a refund's delay (« rembourse … sous un délai de sept jours »).
        if (!near && !(findFirst(text.slice(Math.max(0, m.start - 12), m.start), PERIOD_NAMED) && m.end <= at && !findFirst(text.slice(m.end, at), PERIOD) && !findFirst(text, REFUND))) continue;
        const days = Number(numberValue(m.groups[0]!));
        if (!(days > 0 && days < legalDays(context.asOf))) continue;
        reportPeriod(context, clause, sentence.start + m.start, sentence.start + m.end, days);
        return true;
      }
    }
  }
  return false;
}

function reportPeriod(context: RuleContext, clause: LintClause, start: number, end: number, days: number): void {
  const { start: from, end: to } = clause.fileRange(start, end) ?? {};
  // Changing the period changes the contract: a suggestion, never an automatic fix.
  const suggestions = from !== undefined && to !== undefined && legalDays(context.asOf) === 14 ? [{ messageId: "useFourteenDays", fix: { start: from, end: to, text: "quatorze (14) jours" } }] : [];
  context.report({ messageId: days === 7 ? "obsoleteSevenDays" : "periodTooShort", data: { days, legal: legalDays(context.asOf) }, range: clause.locate(start, end), suggestions });
}

export default rule;
