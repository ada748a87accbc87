// Courts and governing law named in clause prose: recovering the court and law choices from the
// words ("Tribunal de commerce de Lorient", "soumises au droit français").
import type { Jurisdiction } from "../../model/generated/terms.js";
import type { LintClause, LintDocument } from "../types.js";
import { sentenceAround, type TextClause } from "./sentences.js";
import { findAll, findFirst, fold } from "./text.js";

// "Le droit français s'applique", "soumises à la loi française", "régies par le droit luxembourgeois".
const LAW_CHOSEN = /(droit|loi)\s+(francais|luxembourgeois|belge|allemand|suisse|applicable)|(soumis|regi|gouverne)e?s?\s+(au|par le|a la)\s+(droit|loi)/;

/** Whether a clause says which law governs the contract, in any words (a choice or just "la loi applicable"). */
export function statesGoverningLaw(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some((c) => findFirst(c.body, LAW_CHOSEN) || (c.title !== undefined && findFirst(c.title, LAW_CHOSEN)));
}

export type Country = "FR" | "LU" | "BE" | "DE" | "CH" | "ES" | "IT" | "GB" | "US" | "NL" | "PT";

export interface CourtMention {
  clause: LintClause;
  start: number;
  end: number;
  /** The words as written: "Tribunal de commerce de LIBOURNE". */
  text: string;
  /** The place, folded for comparison ("lorient"); undefined for "les juridictions du ressort du siège social". */
  cityKey?: string;
  sellerOffice: boolean;
  /** Known from the court's type (a French tribunal de commerce) or its place (Luxembourg). */
  country?: Country;
}

// French court types name the country; Luxembourg's district courts and its capital name theirs.
const FRENCH_COURT = /(?:de\s+commerce|judiciaires?|d'instance|de\s+grande\s+instance|des\s+activites\s+economiques|de\s+proximite|administratifs?)$/u;
const COURT = String.raw`(?<![\p{L}])(?:(?:tribunal|tribunaux)(?:\s+(?:de\s+commerce|judiciaires?|d'instance|de\s+grande\s+instance|des\s+activites\s+economiques|de\s+proximite|d'arrondissement|administratifs?))?|juridictions?)(?:\s+competente?s?)?`;
// Words between the court and its place: "la juridiction compétente est celle de Rennes", "tribunaux du
// ressort de Bordeaux", "… du ressort de la cour d'appel de Douai".
const COURT_TO_PLACE = String.raw`(?:\s+(?:est|sera)\s+celle)?(?:\s+du\s+ressort(?:\s+de\s+la\s+cour\s+d'appel)?)?`;
const COURT_OF_PLACE = new RegExp(String.raw`${COURT}${COURT_TO_PLACE}\s+(?:de\s+|d'\s*|du\s+)`, "gu");
const COURT_OF_OFFICE = new RegExp(String.raw`${COURT}${COURT_TO_PLACE}\s+(?:du|de\s+son)\s+siege(?:\s+social)?`, "gu");
const LINKING_WORDS = /\s+(?:est|sera)\s+celle.*$|\s+du\s+ressort.*$/u;
const PLACE = /^[\p{Lu}][\p{L}'’-]*(?:[ -](?:(?:sur|sous|en|les|le|la|de|du|aux)[ -])?[\p{Lu}][\p{L}'’-]*)*/u;
const REGISTRY = /(?:greffe|immatricul|rcs|registre\s+du\s+commerce)[^.;]*$/u;

/** "Luxembourg-ville" and "Luxembourg", "du Havre" and "Le Havre" compare equal. */
export function cityKey(city: string): string {
  return fold(city)
    .replace(/[-'’]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:le|la|les) /, "")
    .replace(/ ville$/, "");
}

function countryOfCourt(courtWords: string, key: string | undefined): Country | undefined {
  if (FRENCH_COURT.test(courtWords.replace(/\s+competente?s?$/u, ""))) return "FR";
  if (/d'arrondissement/.test(courtWords) || key?.startsWith("luxembourg")) return "LU";
  return undefined;
}

/** Words that follow "tribunal de" without being a place ("Tribunal de Commerce compétent", "celle du Tribunal de …"). */
const NOT_A_PLACE = /^(?:commerce|grande|instance|proximite|activites|arrondissement|son|sa|ses|leur|tribunal|tribunaux|juridictions?|cour)(?: |$)/u;

/** Courts designated in a clause ("Tribunal de commerce de Lorient", "tribunaux de Luxembourg-ville", "juridictions du ressort du siège social"); not a registry ("greffe du tribunal de commerce de …"). */
export function findCourtMentions(clause: LintClause): CourtMention[] {
  const { body } = clause;
  const folded = fold(body);
  const mentions: CourtMention[] = [];
  const notRegistry = (start: number) => !REGISTRY.test(folded.slice(Math.max(0, start - 60), start));
  for (const m of folded.matchAll(COURT_OF_PLACE)) {
    const placeAt = m.index + m[0].length;
    // A place is written with a capital ("de Paris"), unlike "de commerce".
    const place = PLACE.exec(body.slice(placeAt));
    if (!place || !notRegistry(m.index)) continue;
    const city = place[0].replace(/[’'-]+$/, "");
    const key = cityKey(city);
    if (NOT_A_PLACE.test(key)) continue;
    const courtWords = folded.slice(m.index, placeAt).replace(/\s+(?:de|d'|du)\s*$/u, "").replace(LINKING_WORDS, "").trim();
    const end = placeAt + city.length;
    mentions.push({ clause, start: m.index, end, text: body.slice(m.index, end), cityKey: key, sellerOffice: false, country: countryOfCourt(courtWords, key) });
  }
  for (const m of findAll(body, COURT_OF_OFFICE)) {
    if (!notRegistry(m.start)) continue;
    mentions.push({ clause, start: m.start, end: m.end, text: m.text, sellerOffice: true, country: countryOfCourt(fold(m.text).replace(LINKING_WORDS, "").split(/\s+du\s+/)[0]!, undefined) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export interface LawMention {
  clause: LintClause;
  start: number;
  end: number;
  text: string;
  country: Country;
}

const NATIONALITY: Record<string, Country> = {
  francais: "FR", luxembourgeois: "LU", belge: "BE", allemand: "DE", suisse: "CH", espagnol: "ES",
  italien: "IT", anglais: "GB", americain: "US", neerlandais: "NL", portugais: "PT",
};
const ADJECTIVE_SPELLING: Record<string, string> = { francais: "français", americain: "américain", neerlandais: "néerlandais" };

/** "FR" → "droit français" (a country without an adjective here keeps its code). */
export function lawAdjective(country: string): string {
  const adjective = Object.entries(NATIONALITY).find(([, c]) => c === country)?.[0];
  return adjective ? `droit ${ADJECTIVE_SPELLING[adjective] ?? adjective}` : `droit du pays ${country}`;
}

const LAW = /(?<![\p{L}])(?:droit|loi|legislation)\s+(francais|luxembourgeois|belge|allemand|suisse|espagnol|italien|anglais|americain|neerlandais|portugais)e?s?(?![\p{L}])/u;
// Words that make "droit français" a choice of law rather than a passing mention.
const LAW_CHOICE = /soumis|regi(?:e|s|es)?(?![\p{L}])|gouvern|releve|applicable|s'appliqu/u;

/** Choices of the governing law in a clause ("soumises au droit français", "relève du droit français"). */
export function findLawChoices(clause: LintClause): LawMention[] {
  return findAll(clause.body, new RegExp(LAW.source, "gu"))
    .filter((m) => LAW_CHOICE.test(fold(`${clause.title} ${sentenceAround(clause.body, m.start, m.end).text}`)))
    .map((m) => ({ clause, start: m.start, end: m.end, text: m.text, country: NATIONALITY[m.groups[0]!]! }));
}

const EXCLUSIVE = /exclusivement\s+competent|competence\s+exclusive|(?<![\p{L}])seul(?:e|s|es)?\s+(?:les?\s+|la\s+)?(?:tribunal|tribunaux|juridictions?)|attribution\s+(?:exclusive\s+)?de\s+(?:juridiction|competence)/u;
const COURT_CHOICE = /competen|litige|differend|contestation|devant|porte|soumis|saisi|reclamation/u;

/** The sentence says the court is exclusive ("seuls les tribunaux de …", "compétence exclusive"). */
export function saysExclusive(text: string): boolean {
  return EXCLUSIVE.test(fold(text));
}

/** A court designation that chooses the court for disputes (a court named in a sentence about disputes or competence). */
export function isCourtChoice(mention: CourtMention): boolean {
  const sentence = sentenceAround(mention.clause.body, mention.start, mention.end).text;
  return COURT_CHOICE.test(fold(sentence)) || saysExclusive(sentence);
}

/** "Tribunal de commerce de Lorient", "tribunaux de Luxembourg-ville", "tribunaux du siège du vendeur": the structured jurisdiction in words. */
export function describeJurisdiction(doc: LintDocument): string | undefined {
  const j = doc.terms?.jurisdiction;
  return j && jurisdictionWords(j);
}

export function jurisdictionWords(j: Jurisdiction): string {
  if (j.type === "named-court") return `${j.court} de ${j.city}`;
  if (j.type === "courts-of-city") return `tribunaux de ${j.city}`;
  return "juridictions du siège du vendeur";
}
