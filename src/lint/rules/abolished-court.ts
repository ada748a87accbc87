import { type AbolishedCourtMatch, abolishedCourtOn, findAbolishedCourts } from "../../legal/courts.js";
import { type LegalBasisId, isLegalBasisId } from "../../legal/bases.js";
import { fold } from "../../legal/text-match.js";
import { fileOffsetInString } from "../../model/positions.js";
import type { LintClause, LintDocument, Report, Rule } from "../types.js";
import { localizedDate } from "../scan/renumbered.js";
import { sentenceAround } from "../scan/sentences.js";
import { COUNTRY_OF_NAME } from "../scope/countries.js";

// The court is named in the jurisdiction fact and usually in the clause too: one report, on the
// clause's words when they name it, else on the fact. A tribunal de commerce sitting as a tribunal des
// activités économiques (2025–2028 experiment) is not reported (round T6): the clause stays valid, the court is
// not abolished, and its experimental name would outlive the experiment in the terms.
const rule: Rule = {
  meta: {
    id: "abolished-court",
    description: {
      fr: "Les conditions désignent une juridiction supprimée : juge ou juridiction de proximité (1er juillet 2017), tribunal d'instance ou de grande instance (1er janvier 2020).",
      en: "The terms name an abolished court: the \"juge de proximité\" or \"juridiction de proximité\" (1 July 2017), the \"tribunal d'instance\" or \"tribunal de grande instance\" (1 January 2020).",
    },
    severity: "error",
    category: "jurisdiction",
    legalBasis: ["fr.loi.2016-1547", "fr.loi.2019-222", "fr.loi.2023-1059"],
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      abolished: {
        fr: "le « {name} » n'existe plus depuis le {since} ({instrument}) : ses affaires relèvent du {replacement}. Désignez par exemple le « {example} ».",
        en: "the \"{name}\" no longer exists since {since} ({instrument}): its cases go to the {replacement}. Name for instance the \"{example}\".",
      },
      replaceWith: {
        fr: "remplacer par « {text} »",
        en: "replace with \"{text}\"",
      },
    },
  },
  check({ doc, asOf, report }) {
    const prose = doc.clauses.flatMap((clause) => findAbolishedCourts(clause.body, asOf).filter((m) => !abroad(clause.body, m.end)).map((m) => ({ clause, m })));
    for (const { clause, m } of prose) report(abolishedInClause(clause, m));
    const fact = doc.terms?.jurisdiction;
    if (fact?.type === "named-court") {
      const m = abolishedCourtOn(fact.court, asOf);
      if (m && !prose.some((p) => p.m.court === m.court)) report(abolishedInFact(doc, m, fact.city));
    }
  },
};

// « le tribunal d'instance (Amtsgericht) de Munich, en Allemagne »: a foreign court named in French is not
// the abolished French court; the rest of its sentence names its country.
const FOREIGN_COUNTRY = new RegExp(String.raw`(?<![\p{L}])(?:${[...COUNTRY_OF_NAME].filter(([, code]) => code !== "FR").map(([name]) => name.replace(/[-']/g, "[-' ]")).join("|")})(?![\p{L}])`, "u");
const FOREIGN_COURT_NAME = /(?<![\p{L}])(?:amtsgericht|landgericht|bezirksgericht|handelsgericht|vredegerecht|rechtbank)(?![\p{L}])/u;

function abroad(body: string, courtEnd: number): boolean {
  const sentence = sentenceAround(body, courtEnd - 1, courtEnd);
  const rest = fold(body.slice(courtEnd, sentence.end));
  return FOREIGN_COUNTRY.test(rest) || FOREIGN_COURT_NAME.test(rest);
}

/** "Tribunal judiciaire" when the original starts with a capital. */
function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function messageData(m: AbolishedCourtMatch, replacementWords: string, place: string | undefined) {
  return {
    name: m.matched,
    since: localizedDate(m.from),
    instrument: m.instrument.split(/\s*[,;(]/)[0],
    replacement: m.replacement,
    example: place ? `${replacementWords} ${place}` : replacementWords,
  };
}

/** The text that abolished this court: the 2020 reform unless the data names an earlier one. */
function abolitionBasis(m: AbolishedCourtMatch): LegalBasisId[] {
  return [m.basis && isLegalBasisId(m.basis) ? m.basis : "fr.loi.2019-222"];
}

function abolishedInClause(clause: LintClause, m: AbolishedCourtMatch): Report {
  // "de Paris" after the court's name, kept in the example and the suggestion.
  const place = /^\s+((?:de|du|d')\s*\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*)/u.exec(clause.body.slice(m.end))?.[1];
  const words = sameCase(m.matched, m.replacement);
  const { start, end } = clause.fileRange(m.start, m.end) ?? {};
  return {
    messageId: "abolished",
    data: messageData(m, words, place),
    legalBasis: abolitionBasis(m),
    range: clause.locate(m.start, m.end),
    ...(start !== undefined && end !== undefined
      ? { suggestions: [{ messageId: "replaceWith", data: { text: place ? `${words} ${place}` : words }, fix: { start, end, text: words } }] }
      : {}),
  };
}

function abolishedInFact(doc: LintDocument, m: AbolishedCourtMatch, city: string): Report {
  const path = ["jurisdiction", "court"];
  const words = sameCase(m.matched, m.replacement);
  const source = doc.loaded?.source;
  const start = source && fileOffsetInString(source, path, m.start);
  const end = source && fileOffsetInString(source, path, m.end);
  return {
    messageId: "abolished",
    data: messageData(m, words, `de ${city}`),
    legalBasis: abolitionBasis(m),
    range: doc.locateFact(path),
    ...(start !== undefined && end !== undefined
      ? { suggestions: [{ messageId: "replaceWith", data: { text: words }, fix: { start, end, text: words } }] }
      : {}),
  };
}

export default rule;
