import { findAll, findFirst, fold, flexible } from "../../scan/text.js";
import { LEGAL_FORM_ACRONYMS, LEGAL_FORM_WORDS } from "../../scan/identity.js";

// Forms of sellers that are neither commercial companies nor entrepreneurs individuels (professional and civil
// companies, farms, groupings, public bodies): a seller that names one has said what it is.
export const OTHER_FORMS = /(?<![\p{L}\p{N}])(?:SCP|SCM|SCEA|GAEC|EARL|GIE|SEM|SPL|EPIC|SCI|SC|SARL|SAS|SA)(?![\p{L}\p{N}])/u;
const OTHER_FORM_WORDS = flexible(/\b(?:societe civile|groupement|cooperative|mutuelle|fondation|etablissement public|collectivite|commune|syndicat|association|entreprise individuelle|entrepreneur individuel)\b/);

/** Whether a text names any legal form of its seller (used before asking for one that may not be owed). */
export function namesAnyForm(body: string): boolean {
  return LEGAL_FORM_ACRONYMS.test(body) || OTHER_FORMS.test(body) || findFirst(body, LEGAL_FORM_WORDS) !== undefined || findFirst(body, OTHER_FORM_WORDS) !== undefined;
}

// "Jeanne Martin", "Frédéric GRANEREAU": a first name and a surname, both capitalised.
// « Entrepreneur individuel : Jeanne Martin »: a label's colon between the mention and the name.
// « **Jeanne Roux** — Entrepreneur individuel »: the em dash and the bold markers also stand between them.
// « STEVERLYNCK Mickael », « MARTIN Julie »: the surname in capitals before the first name, as on official records.
const PERSON_NAME_BEFORE = /(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'-]+|\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[\s,:–—(*_-]*$/u;
const PERSON_NAME_AFTER = /^[\s,:–—)*_-]*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{L}'-]+|\p{Lu}{2,}(?:[-' ]\p{Lu}{2,})*\s+\p{Lu}\p{Ll}+)/u;
const NOT_NAMES = /^(?:Entrepreneur|Individuel|Société|Siège|Article|Clause|Conditions|Nom|Raison)/u;

// « en sa qualité d'entrepreneur individuel », « en tant qu'entrepreneur individuel », « un entrepreneur individuel »:
// the words after an article or « d' » / « qu' » describe a status; the mention R526-26 asks stands next to the name.
const STATUS_BEFORE = /(?:\b(?:un|une|l'|d'|qu'|des|les|du|le)|[dlq]['’])\s*$/;

/** The "EI" / "E.I." / "entrepreneur individuel" mentions of a text (a status described in a sentence is not one). */
export function eiMentionsOf(text: string): Array<{ start: number; end: number; text: string }> {
  const mentions = findAll(text, /\bentrepreneur\s+individuel(?:\s*\(\s*e\.?i\.?\s*\))?/)
    .filter((m) => !STATUS_BEFORE.test(fold(text.slice(Math.max(0, m.start - 12), m.start))))
    .map((m) => ({ start: m.start, end: m.end, text: m.text }));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])E\.?I\.?(?![\p{L}\p{N}])/gu)) {
    if (!mentions.some((x) => x.start <= m.index && m.index < x.end)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return mentions;
}

/** "EI" / "entrepreneur individuel" mentions with no person's name immediately before or after ("E.I." is only read as a mention present). */
export function eiMentionsWithoutName(text: string): Array<{ start: number; end: number; text: string }> {
  return eiMentionsOf(text)
    .filter((m) => !/^E\.I/.test(m.text))
    .filter((m) => {
      const before = PERSON_NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
      const after = PERSON_NAME_AFTER.exec(text.slice(m.end, m.end + 60));
      const named = (before && !NOT_NAMES.test(before[0].trim())) || (after && !NOT_NAMES.test(after[0].replace(/^[\s,:–—)*_-]*/, "")));
      return !named;
    })
    .sort((a, b) => a.start - b.start);
}

// « représentée par Madame Jeanne Martin », « représenté par son gérant »: a seller represented by someone is a legal
// person, not an entrepreneur individuel; with no company form and no RCS registration written, whether it owes a form
// (a company, R123-238) or nothing (an association, a public body) cannot be told from the text: the rule is silent.
const REPRESENTED = flexible(/\brepresentee?s?\s+(?:legalement\s+)?par\s+(?:madame|monsieur|mme|m\.|mr|son|sa|ses|leur)\b/);

/** Whether the seller's block says who represents it (a legal person). */
export function representedByAPerson(text: string): boolean {
  return findFirst(text, REPRESENTED) !== undefined;
}
