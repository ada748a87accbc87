// Courts and governing law named in clause prose: recovering the court and law choices from the
// words ("Tribunal de commerce de Lorient", "soumises au droit français").
import type { Jurisdiction } from "../../model/generated/terms.js";
import type { LintClause, LintDocument } from "../types.js";
import { sentenceAround, sentences, type TextClause } from "./sentences.js";
import { findAll, fold } from "./text.js";

import { COUNTRY_OF_ADJECTIVE, COUNTRY_OF_NAME } from "../scope/countries.js";

// A choice of law names the country whose law it is: « soumises au droit français », « soumis à la
// législation française », « droit applicable : France », « régi par le droit en vigueur en France ».
// « conformément aux règles de droit applicables » or « la loi applicable » alone choose nothing.
const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");
const LAW_WORD = String.raw`(?<![\p{L}])(?:droits?|lois?|legislations?)`;
const LAW_OF_ADJECTIVE = String.raw`${LAW_WORD}(?:\s+(?:materiel|positif|interne|national)(?:le)?s?)?\s+(?:${byLength(COUNTRY_OF_ADJECTIVE.keys())})(?:n?e)?s?(?![\p{L}])`;
const LAW_OF_COUNTRY = String.raw`${LAW_WORD}(?:\s+(?:applicable|en\s+vigueur))?\s*(?::|en|au|aux|de\s+la|du|de|d')\s*(?:(?:republique|royaume|principaute|grand-duche|province)\s+(?:de\s+la|du|de|d'|des)\s*)?(?:${byLength([...COUNTRY_OF_NAME.keys(), "luxembourg", "monaco", "quebec"])})(?![\p{L}])`;
const LAW_NAMED = new RegExp(`${LAW_OF_ADJECTIVE}|${LAW_OF_COUNTRY}`, "u");
// The words that make a law named in a sentence the contract's (not « conformément à la loi française,
// vous disposez de 14 jours »): it governs, applies, is chosen.
const LAW_GOVERNS = /soumi[st]e?s?|regi(?:e|s|es)?(?![\p{L}])|gouvern|regle(?:e|s|es)?\s+par|applicable|s'appliqu|releve|interpret/u;
// « Le client est soumis au respect de la législation française », « tenu de respecter la loi française »: a duty to
// obey the law, not the law chosen for the contract (round T37f).
const OBEYED = /(?<![\p{L}])respect(?:er)?\s+(?:de\s+)?(?:la\s+|le\s+|l')?$/u;
const LAW_NAMED_ALL = new RegExp(LAW_NAMED.source, "gu");
/** A country's law named in a (folded) sentence other than as a law to obey. */
const namesLaw = (sentence: string) => [...sentence.matchAll(LAW_NAMED_ALL)].some((m) => !OBEYED.test(sentence.slice(Math.max(0, m.index - 30), m.index)));

// Under a heading « Droit applicable », the courts of a country (« s'adresser aux tribunaux français ») show the
// law chosen: a choice of courts is a sign of the law chosen (Rome I, recital 12), and the heading says it is the one.
const LAW_HEADING = /(?<![\p{L}])(?:droit|loi|legislation)s?\s+applicables?(?![\p{L}])/u;
// The same heading as a line of its own in the body, when the layout did not make it a title.
const LAW_HEADING_LINE = /(?:^|\n)[ \t]*(?:[\divx]+[ \t]*[-.)–:]?[ \t]*)?(?:droit|loi|legislation)s?[ \t]+applicables?[ \t]*:?[ \t]*(?=\n)/u;
const COURTS_OF_COUNTRY = new RegExp(String.raw`(?<![\p{L}])(?:tribunal|tribunaux|juridictions?|cours?)(?:\s+competente?s?)?\s+(?:${byLength(COUNTRY_OF_ADJECTIVE.keys())})(?:n?e)?s?(?![\p{L}])`, "u");

// Terms written in English, or with an English version: « governed by French law », « construed in accordance with
// the laws of France », « subject to Luxembourg law ».
const ENGLISH_LAW_NAMED = /(?<![\p{L}])(?:(?:french|luxembourg(?:ish)?|belgian|swiss|monegasque|german|english|irish|spanish|italian|dutch|portuguese)\s+laws?|laws?\s+of\s+(?:france|luxembourg|belgium|switzerland|monaco|germany|england(?:\s+and\s+wales)?|ireland|spain|italy|the\s+netherlands|portugal))(?![\p{L}])/u;
const ENGLISH_LAW_GOVERNS = /governed|governing|subject\s+to|construed|applicable|shall\s+apply|applies/u;

/** Whether a clause chooses the law that governs the contract: a sentence (with its clause's title) names a country's law and says it governs. */
export function statesGoverningLaw(clauses: readonly (TextClause & { title?: string })[]): boolean {
  return clauses.some((c) => {
    const title = c.title ? fold(c.title) : "";
    if (LAW_NAMED.test(title) && LAW_GOVERNS.test(title)) return true;
    if (LAW_HEADING.test(title) && COURTS_OF_COUNTRY.test(fold(c.body))) return true;
    const below = LAW_HEADING_LINE.exec(fold(c.body));
    if (below && COURTS_OF_COUNTRY.test(fold(c.body).slice(below.index))) return true;
    return sentences(c.body).some((span) => {
      const sentence = fold(c.body.slice(span.start, span.end));
      return (namesLaw(sentence) && LAW_GOVERNS.test(`${title} ${sentence}`)) || (ENGLISH_LAW_NAMED.test(sentence) && ENGLISH_LAW_GOVERNS.test(`${title} ${sentence}`));
    });
  });
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
// « les tribunaux compétents seront ceux de … », « le tribunal compétent est celui du … ».
const COURT_TO_PLACE = String.raw`(?:\s+(?:est|sera|sont|seront)\s+ce(?:lle|lui|ux|lles))?(?:\s+du\s+ressort(?:\s+de\s+la\s+cour\s+d'appel)?)?`;
// The seller's seat or domicile: « du siège social », « de son siège », « du lieu du siège », « du domicile du vendeur », « dans le
// ressort duquel se trouve le siège du vendeur ». A domicile is the seller's unless a client or the
// defendant is named (« du domicile du consommateur » is the consumer's own court).
const CLIENT_ROLE = String.raw`(?:client|consommateur|acheteur|defendeur|demandeur|particulier|utilisateur|abonne|souscripteur|beneficiaire|locataire|membre|participant|eleve|stagiaire|voyageur|cocontractant|partie)`;
// The seller's place may also be « la ville » or « l'établissement » without a name (« tribunaux de notre ville », « du
// ressort de la ville du prestataire », « du lieu d'établissement du vendeur »), unless the words make it the client's
// (« de la ville où réside le consommateur », « de la ville du domicile du client », « la ville de son domicile »).
const NOT_THE_CLIENTS = String.raw`(?!\s+(?:de\s+residence|de\s+(?:son|sa)\s+(?:domicile|residence)|ou\s+(?:reside|demeure|habite|est\s+domicilie))|\s+(?:du|de\s+la|de\s+l'|d')\s*(?:(?:domicile|residence)\s+(?:du|de\s+la|de\s+l'|d')\s*)?${CLIENT_ROLE})`;
const OFFICE = String.raw`(?:siege(?:\s+social)?|domicile(?=\s+(?:du|de\s+la|de\s+l'|d')\s*(?!\s|${CLIENT_ROLE}))|(?:ville|(?:lieu\s+d'\s*)?etablissement)(?![\p{L}])${NOT_THE_CLIENTS})`;
// « du siège », « de son siège », « du lieu de notre siège », « de la ville », « dont dépend le siège », « dans le ressort
// duquel se trouve le siège », « dans le ressort duquel le vendeur a son siège ».
const TO_OFFICE = String.raw`(?:\s+(?:du|de\s+son|de\s+notre|de\s+la)(?:\s+lieu\s+(?:du|de\s+son|de\s+notre))?|\s+dont\s+(?:depend|releve)\s+(?:le|son|notre)|\s+dans\s+le\s+ressort\s+(?:duquel|de\s+laquelle|desquels|desquelles)\s+(?:(?:se\s+trouve|est\s+(?:situe|etabli|fixe)e?)\s+le|(?:le|la|l')\s*[\p{L}-]+\s+(?:a|possede|tient)\s+son))\s+`;
const COURT_OF_PLACE = new RegExp(String.raw`${COURT}${COURT_TO_PLACE}\s+(?:de\s+|d'\s*|du\s+)`, "gu");
const COURT_OF_OFFICE = new RegExp(String.raw`${COURT}${COURT_TO_PLACE}${TO_OFFICE}${OFFICE}`, "gu");
const LINKING_WORDS = /\s+(?:est|sera|sont|seront)\s+ce(?:lle|lui|ux|lles).*$|\s+du\s+ressort.*$|\s+dans\s+le\s+ressort.*$/u;
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
const NOT_A_PLACE = /^(?:commerce|grande|instance|proximite|activites|arrondissement|son|sa|ses|leur|tribunal|tribunaux|juridictions?|cour|siege|domicile)(?: |$)/u;

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
    mentions.push({ clause, start: m.start, end: m.end, text: m.text, sellerOffice: true, country: countryOfCourt(fold(m.text).replace(LINKING_WORDS, "").split(/\s+(?:du|de\s+son|de\s+notre|de\s+la|dont)\s+/)[0]!, undefined) });
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
    .filter((m) => !OBEYED.test(fold(clause.body.slice(Math.max(0, m.start - 30), m.start))))
    .filter((m) => LAW_CHOICE.test(fold(`${clause.title} ${sentenceAround(clause.body, m.start, m.end).text}`)))
    .map((m) => ({ clause, start: m.start, end: m.end, text: m.text, country: NATIONALITY[m.groups[0]!]! }));
}

const EXCLUSIVE = /exclusivement\s+competent|competence\s+exclusive|(?<![\p{L}])seul(?:e|s|es)?\s+(?:les?\s+|la\s+)?(?:tribunal|tribunaux|juridictions?)|attribution\s+(?:exclusive\s+)?de\s+(?:juridiction|competence)/u;
const COURT_CHOICE = /competen|litige|differend|contestation|devant|porte|soumis|saisi|reclamation/u;

// « les tribunaux de l'ordre du commerce sont compétents », « le tribunal de commerce est seul compétent », « les
// juridictions consulaires »: a kind of court named without its town still chooses the court, and one a consumer, who
// is no merchant, cannot be brought before (C. com. L721-3).
const MERCHANTS_COURT_KIND = /(?<![\p{L}])(?:(?:tribunal|tribunaux|juridictions?)\s+(?:de\s+l'ordre\s+(?:du\s+)?commerc(?:e|ial)|de\s+commerce|consulaires?|des\s+activites\s+economiques)|juridictions?\s+commerciales?)(?![\p{L}])/gu;

/** A kind of merchants' court chosen for disputes without a town (a town is a `findCourtMentions` court); not a registry. */
export function findMerchantsCourtKind(clause: LintClause): { start: number; end: number; text: string } | undefined {
  const folded = fold(clause.body);
  for (const m of folded.matchAll(MERCHANTS_COURT_KIND)) {
    if (REGISTRY.test(folded.slice(Math.max(0, m.index - 60), m.index))) continue;
    const end = m.index + m[0].length;
    const sentence = sentenceAround(clause.body, m.index, end).text;
    if (COURT_CHOICE.test(fold(sentence)) || saysExclusive(sentence)) return { start: m.index, end, text: clause.body.slice(m.index, end) };
  }
  return undefined;
}

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
