import type { SourceRange } from "../../model/diagnostics.js";
import type { LintDocument, Report, Rule } from "../types.js";
import { type CourtMention, type LawMention, cityKey, describeJurisdiction, findCourtMentions, findLawChoices, isCourtChoice, lawAdjective, saysExclusive } from "../scan/courts.js";
import { sentenceAround } from "../scan/sentences.js";

/** What one document says about its courts and law: the structured facts first, then the clauses' words. */
interface Choices {
  courts: CourtMention[];
  laws: LawMention[];
  /** The court the facts name (by city), or else the first court the clauses name. */
  court?: { key: string; label: string; fromFact: boolean };
  law?: { country: string; fromFact: boolean };
  courtCountry?: string;
  exclusive: boolean;
  /** Where to point at this document's jurisdiction: the clause's words, else the fact. */
  range: SourceRange;
}

/**
 * Worked out once per document: the rule compares each terms document with every other of its
 * seller, so 300 versions of one CGV would otherwise scan each one 300 times.
 */
const choicesCache = new WeakMap<LintDocument, Choices>();

function choicesOf(doc: LintDocument): Choices {
  let choices = choicesCache.get(doc);
  if (!choices) choicesCache.set(doc, (choices = scanChoices(doc)));
  return choices;
}

function scanChoices(doc: LintDocument): Choices {
  const courts = doc.clauses.flatMap(findCourtMentions).filter(isCourtChoice);
  const laws = doc.clauses.flatMap(findLawChoices);
  const fact = doc.terms?.jurisdiction;
  const named = courts.find((c) => c.cityKey);
  const factCity = fact && fact.type !== "seller-registered-office" ? fact : undefined;
  const court = factCity
    ? { key: cityKey(factCity.city), label: describeJurisdiction(doc)!, fromFact: true }
    : named && { key: named.cityKey!, label: named.text, fromFact: false };
  const factLaw = doc.terms?.governingLaw;
  const law = factLaw ? { country: factLaw, fromFact: true } : laws[0] && { country: laws[0].country, fromFact: false };
  const exclusive = fact?.exclusive === true || courts.some((c) => saysExclusive(sentenceAround(c.clause.body, c.start, c.end).text));
  const first = courts[0];
  return {
    courts,
    laws,
    court,
    law,
    courtCountry: factCity?.country ?? courts.find((c) => c.country)?.country,
    exclusive,
    range: first ? first.clause.locate(first.start, first.end) : doc.locateFact(fact ? ["jurisdiction"] : ["governingLaw"]),
  };
}

const rule: Rule = {
  meta: {
    id: "jurisdiction-conflict",
    description: {
      fr: "Les conditions se contredisent sur le tribunal compétent ou la loi applicable (entre deux clauses, entre les faits et la clause, ou entre deux documents du même vendeur).",
      en: "The terms contradict themselves on the competent court or the governing law (between clauses, between the facts and the clause, or between two documents of one seller).",
    },
    severity: "error",
    category: "jurisdiction",
    legalBasis: ["eu.reg.1215-2012.art-25", "eu.reg.593-2008.art-3", "fr.cpc.48"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      factVsClause: {
        fr: "la clause désigne « {named} » alors que la juridiction déclarée (jurisdiction) est « {fact} » : accordez les deux.",
        en: "the clause names \"{named}\" while the declared jurisdiction is \"{fact}\": make them agree.",
      },
      twoCourts: {
        fr: "deux tribunaux différents sont désignés : « {first} » puis « {second} ». Un juge saisi écartera la clause ambiguë ; n'en gardez qu'un.",
        en: "two different courts are named: \"{first}\" then \"{second}\". A judge will set the ambiguous clause aside; keep one.",
      },
      lawFactVsClause: {
        fr: "la clause soumet le contrat au {named} alors que la loi déclarée (governingLaw) est le {fact} : accordez les deux.",
        en: "the clause chooses {named} while the declared governing law is {fact}: make them agree.",
      },
      twoLaws: {
        fr: "deux lois différentes sont choisies : le {first} puis le {second}. N'en gardez qu'une.",
        en: "two different laws are chosen: {first} then {second}. Keep one.",
      },
      lawVsCourts: {
        fr: "le contrat est soumis au {law}, mais les litiges vont exclusivement aux tribunaux « {court} » ({country}) : ce juge devrait appliquer une loi étrangère, ce qui est long et coûteux. Choisissez la loi et les tribunaux du même pays, ou dites-le si c'est voulu.",
        en: "the contract is governed by {law}, but disputes go exclusively to \"{court}\" ({country}): that judge would have to apply foreign law, which is slow and costly. Choose the law and the courts of one country, or say it is intended.",
      },
      acrossDocuments: {
        fr: "ce document désigne « {mine} », mais {other} du même vendeur désigne « {theirs} » : les documents d'un même contrat doivent désigner le même tribunal.",
        en: "this document names \"{mine}\", but {other} of the same seller names \"{theirs}\": documents of one contract must name the same court.",
      },
      lawAcrossDocuments: {
        fr: "ce document choisit le {mine}, mais {other} du même vendeur choisit le {theirs} : les documents d'un même contrat doivent choisir la même loi.",
        en: "this document chooses {mine}, but {other} of the same seller chooses {theirs}: documents of one contract must choose the same law.",
      },
    },
  },
  check({ doc, related, report }) {
    const mine = choicesOf(doc);
    reportCourtsWithin(mine, report);
    reportLawsWithin(mine, report);
    reportLawAgainstCourts(mine, report);
    for (const other of related.filter((r) => r.kind === "terms")) {
      const theirs = choicesOf(other);
      if (mine.court && theirs.court && mine.court.key !== theirs.court.key) {
        report({ messageId: "acrossDocuments", data: { mine: mine.court.label, other: other.path, theirs: theirs.court.label }, range: mine.range });
      }
      if (mine.law && theirs.law && mine.law.country !== theirs.law.country) {
        report({ messageId: "lawAcrossDocuments", data: { mine: lawAdjective(mine.law.country), other: other.path, theirs: lawAdjective(theirs.law.country) }, range: mine.range });
      }
    }
  },
};

/** Each court named in a place other than the reference court, once per place. */
function reportCourtsWithin({ courts, court }: Choices, report: (r: Report) => void): void {
  if (!court) return;
  const seen = new Set([court.key]);
  for (const c of courts) {
    if (!c.cityKey || seen.has(c.cityKey)) continue;
    seen.add(c.cityKey);
    const range = c.clause.locate(c.start, c.end);
    if (court.fromFact) report({ messageId: "factVsClause", data: { named: c.text, fact: court.label }, range });
    else report({ messageId: "twoCourts", data: { first: court.label, second: c.text }, range });
  }
}

function reportLawsWithin({ laws, law }: Choices, report: (r: Report) => void): void {
  if (!law) return;
  const seen = new Set([law.country]);
  for (const l of laws) {
    if (seen.has(l.country)) continue;
    seen.add(l.country);
    const range = l.clause.locate(l.start, l.end);
    if (law.fromFact) report({ messageId: "lawFactVsClause", data: { named: lawAdjective(l.country), fact: lawAdjective(law.country) }, range });
    else report({ messageId: "twoLaws", data: { first: lawAdjective(law.country), second: lawAdjective(l.country) }, range });
  }
}

function reportLawAgainstCourts({ law, courtCountry, exclusive, courts, court, range }: Choices, report: (r: Report) => void): void {
  if (!law || !courtCountry || !exclusive || law.country === courtCountry) return;
  const words = courts.find((c) => c.country === courtCountry);
  report({
    messageId: "lawVsCourts",
    data: { law: lawAdjective(law.country), court: words?.text ?? court?.label ?? courtCountry, country: courtCountry },
    range: words ? words.clause.locate(words.start, words.end) : range,
  });
}

export default rule;
