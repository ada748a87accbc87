import { findAll, findFirst, fold, flexible } from "../../scan/text.js";
import type { LintClause } from "../../types.js";
import type { ProseIdentifier } from "../../scan/identifiers.js";
import { sentenceAround, sentences } from "../../scan/sentences.js";
import { label } from "./items.js";

// « immatriculée au RCS sous le numéro 8451168610010 »: a registry number of the wrong length is no SIREN (R123-237 1°):
// the identity still lacks its number (invalid-identifier says the number is wrong).
export function isSirenShaped(i: ProseIdentifier): boolean {
  return (i.kind === "siren" || i.kind === "siret") && /^(?:\d{9}|\d{14})$/.test(i.value.replace(/\D/g, ""));
}

// Prose: the seller identifies itself in the first passage that carries an identity anchor (the
// web host's and the publication director's details left out: they are another company's).
// « capital 5 000 € », « Capital : 12 000 € » (a footer's or a table's share capital, its amount right after the word) is
// the seller speaking of itself, like « au capital de ».
const ANCHOR = flexible(
  /\b(?:siren|siret|rcs|r\.c\.s|registre d(?:u|e) commerce|repertoire des metiers|siege social|immatricule(?:e|es|s)?|capital social|au capital de|capital\s*:?\s*\d|capital variable|tva intracommunautaire|entrepreneur individuel|micro[- ]?entrepr[a-z]*|auto[- ]?entrepr[a-z]*)\b/,
);
// « RCS », « R.C.S. », the registry in words, or its court: « immatriculée au (greffe du) tribunal de commerce de Pontoise ».
export const REGISTERED = flexible(/\b(?:rcs|r\.c\.s|registre d(?:u|e) commerce|immatricule[a-z]* (?:au|aupres du) (?:greffe|tribunal))\b/);
const IDENTITY_WINDOW = 400;
export const CAPITAL = /\bcapital\b/;
// A micro-entrepreneur is an entrepreneur individuel: since 15 May 2022 « EI » goes next to its name.
export const MICRO_ENTREPRENEUR = flexible(/\b(?:micro[- ]?entrepr[a-z]*|auto[- ]?entrepr[a-z]*)\b/);
// « Forme juridique : Entreprise individuelle », « Statut : entreprise individuelle »: the seller's status,
// which is not the « EI » mention next to the name (C. com. R526-26).
export const INDIVIDUAL_STATUS = flexible(/\b(?:forme(?: juridique)?|statut(?: juridique)?)\s*:?[^\n.]{0,40}\bentreprise individuelle\b/);
// « Raison sociale : Exemple SAS », « | Dénomination | Exemple SARL | »: the seller's legal name, with its form.
const NAME_LABEL = /(?:raison sociale|denomination(?: sociale)?|editeur|vendeur|prestataire)\s*(?:\*\*)?\s*[:|]/;
export const COMPANY_WORDS = flexible(/\b(?:societe cooperative (?:d.interet collectif|ouvriere de production)|societe (?:anonyme|par actions? simplifiee?(?: unipersonnelle)?|a responsabilite limitee?|en nom collectif|en commandite)|entreprise unipersonnelle a responsabilite limitee)\b/);
export const COMPANY_ACRONYMS = /(?<![\p{L}\p{N}])(?:SA|SAS|SASU|SARL|EURL|SNC|SCS|SCA|SCOP|SCIC|SELARL|SELAS|S\.A\.S?\.?U?\.?|S\.A\.R\.L\.?|E\.U\.R\.L\.?)(?![\p{L}\p{N}])/u;

export interface Passage {
  clause: LintClause;
  start: number;
  end: number;
  text: string;
  /** The legal-name row the passage was found from (« | Raison sociale | Exemple SAS | »): where its missing items belong. */
  nameRow?: { start: number; end: number };
  /** Where the identity mention the passage was found from starts, in the clause's body. */
  anchor: number;
  /** Found from the party sentence (« entre X SAS et ses clients »), the seller having written no identity mention. */
  party?: true;
}

// « propriété de la SAS Automoclick », « entre AJ-Formation SARL et toute personne »: the seller named with its
// form in the sentence that says whose terms these are, with no number anywhere.
const NAMES_THE_SELLER = flexible(/\b(?:entre|propriete de|edite par|exploite par|(?:proposee?s?|fournie?s?|vendue?s?|realisee?s?|dispensee?s?|delivree?s?) par)\b/);

function companyNamedAsSeller(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  for (const { clause, body } of own) {
    for (const m of findAll(body, NAMES_THE_SELLER)) {
      const after = body.slice(m.end, m.end + 100);
      const form = findFirstCased(after, COMPANY_ACRONYMS) ?? findFirst(after, COMPANY_WORDS);
      // The form in the same clause of the sentence (before its next full stop or semicolon).
      if (form && !/[.;]/.test(after.slice(0, form.start))) return passageAt(clause, m.end + form.start, m.end + form.end, body);
    }
  }
  return undefined;
}

/**
 * The passage around the first identity anchor of the document (the seller speaks of itself first), host
 * details blanked; failing any, around a company form written in words (« une société à responsabilité limitée »).
 */
export function identityPassage(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  // A legal-name row (« | Raison sociale | Exemple SAS | ») before the first anchor is where the seller names itself
  // (a later « siège social de l'Éditeur » in the forum clause is not its identity block).
  const labelled = labelledCompany(own);
  const anchored = passageAround(own, ANCHOR);
  if (labelled && (!anchored || precedes(own, labelled, anchored))) return labelled;
  const found = anchored ?? passageAround(own, COMPANY_WORDS) ?? labelled;
  if (found) return found;
  const party = companyNamedAsSeller(own);
  return party && { ...party, party: true };
}

function precedes(own: Array<{ clause: LintClause }>, a: Passage, b: Passage): boolean {
  const [ia, ib] = [own.findIndex((c) => c.clause === a.clause), own.findIndex((c) => c.clause === b.clause)];
  return ia < ib || (ia === ib && a.start < b.start);
}

/** A company named with its form after a legal-name label (« Raison sociale : Exemple SAS »): a company form says it is registered. */
function labelledCompany(own: Array<{ clause: LintClause; body: string }>): Passage | undefined {
  for (const { clause, body } of own) {
    let offset = 0;
    for (const line of body.split("\n")) {
      const label = NAME_LABEL.exec(fold(line));
      const form = label ? findFirstCased(line.slice(label.index + label[0].length), COMPANY_ACRONYMS) : undefined;
      if (label && form) {
        const start = Math.max(0, offset - IDENTITY_WINDOW);
        const end = Math.min(body.length, offset + line.length + IDENTITY_WINDOW);
        return { clause, start, end, text: body.slice(start, end), nameRow: { start: offset, end: offset + line.length }, anchor: offset };
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}

/** Every identity passage of the seller (an identity mention and its surroundings), a clause's overlapping ones merged. */
export function identityPassages(own: Array<{ clause: LintClause; body: string }>): Passage[] {
  const out: Passage[] = [];
  for (const { clause, body } of own) {
    for (const m of findAll(body, ANCHOR)) {
      if (isReferenceToSeat(body, m.start, m.end)) continue;
      const last = out[out.length - 1];
      if (last && last.clause === clause && m.start - IDENTITY_WINDOW < last.end) {
        last.end = Math.min(body.length, m.end + IDENTITY_WINDOW);
        last.text = body.slice(last.start, last.end);
      } else out.push(passageAt(clause, m.start, m.end, body));
    }
  }
  return out;
}

function passageAround(own: Array<{ clause: LintClause; body: string }>, pattern: RegExp): Passage | undefined {
  for (const { clause, body } of own) {
    const anchor = findAll(body, pattern).find((m) => !isReferenceToSeat(body, m.start, m.end));
    if (anchor) return passageAt(clause, anchor.start, anchor.end, body);
  }
  return undefined;
}

export function passageAt(clause: LintClause, from: number, to: number, body: string): Passage {
  const start = Math.max(0, from - IDENTITY_WINDOW);
  const end = Math.min(body.length, to + IDENTITY_WINDOW);
  return { clause, start, end, text: body.slice(start, end), anchor: from };
}

// « le tribunal du siège social du Vendeur », « au siège social de la Société »: the seat referred to, not the
// seller naming itself (its block may come later, in a footer).
const SEAT_REFERENCE_BEFORE = /(?:tribuna|juridiction|competen|litige|ressort|lieu|adress|envoy|retourn)[^.;\n]{0,60}$/;
const SEAT_REFERENCE_AFTER = /^\s+(?:du|de la|de l'|de notre|de son|de sa)\s+(?:vendeur|prestataire|societe|editeur|entreprise|professionnel|fournisseur|organisme)\b/;

// « les informations légales de l'Organisation (raison sociale, SIRET, TVA) », « le Client indique son SIRET »: a
// field the client fills in, named without a number, is not the seller naming itself.
const CLIENT_WORDS = /\b(?:client|cliente|acheteur|acheteuse|organisation|utilisateur|utilisatrice|souscripteur|abonne|consommateur|membre|beneficiaire)s?\b/;

function isReferenceToSeat(body: string, start: number, end: number): boolean {
  const words = fold(body.slice(start, end));
  // (« mention du SIREN et du numéro de TVA intracommunautaire des parties » lists an invoice's fields: no number, no identity.)
  const numbered = /\d/.test(body.slice(end, end + 40));
  if (/^(?:siren|siret|tva)/.test(words) && !numbered && !/^\s*:/.test(body.slice(end, end + 5))) return true;
  if (/^(?:rcs|r\.c\.s)/.test(words) && !numbered && CLIENT_WORDS.test(fold(sentenceAround(body, start, end).text))) return true;
  if (!/^siege/.test(words)) return false;
  // « pour les personnes morales dont le siège social se situe en France »: the clients' seat, not the seller's.
  const before = fold(body.slice(Math.max(0, start - 80), start));
  if (/\bdont le\s*$/.test(before) && (CLIENT_WORDS.test(before) || /\bpersonnes? morales?\b/.test(before))) return true;
  return SEAT_REFERENCE_BEFORE.test(fold(body.slice(Math.max(0, start - 80), start))) || SEAT_REFERENCE_AFTER.test(fold(body.slice(end, end + 40)));
}

// A mediator's, an insurer's, a bank's or a carrier's details (« le médiateur … SIRET … », « assurance souscrite
// auprès de X SA, RCS Paris … ») are another business's: blanked from the words that name that role to the end of
// their sentence, so the seller's own mentions earlier in the sentence stay.
const THIRD_PARTY = flexible(/\b(?:mediat(?:eur|rice|ion)|assur(?:eur|ance)s?|(?:prestataire|etablissement|plateforme|solution|service)s? de paiement|banque|transporteur|assureur)\b/);

export function withoutThirdParties(body: string): string {
  let out = body;
  for (const m of findAll(body, THIRD_PARTY)) {
    const stop = /[.;\n](?:\s|$)|\n/.exec(body.slice(m.end));
    const end = stop ? m.end + stop.index : body.length;
    out = out.slice(0, m.start) + out.slice(m.start, end).replace(/[^\n]/g, " ") + out.slice(end);
  }
  return out;
}

// A seller who trades in person (« Paul Durand – commerçant », « Affaire personnelle commerçant »): a short line,
// not about the client (« personnes physiques non commerçantes ») nor about traders in general (plural).
// The status follows the name after a separator or a label (« Paul Durand – commerçant », « Statut : commerçant »);
// « le commerçant partenaire » of a marketplace is someone else.
const TRADER = flexible(/(?:[,–—:-]|\bstatut\b)\s*(?:affaire personnelle\s*(?:[,–—:-]\s*)?)?commercante?\b|\baffaire personnelle\b/);
const NOT_THE_SELLER = flexible(/\b(?:non[- ]commercant|clients?|acheteurs?|consommateurs?|utilisateurs?|particuliers?|personnes?)\b/);

export const lineText = (at: { body: string; start: number; end: number }) => at.body.slice(at.start, at.end);

export function traderLine(own: Array<{ clause: LintClause; body: string }>): { clause: LintClause; body: string; start: number; end: number } | undefined {
  for (const { clause, body } of own) {
    let offset = 0;
    for (const line of body.split("\n")) {
      const folded = fold(line);
      if (line.length <= 200 && TRADER.test(folded) && !NOT_THE_SELLER.test(folded)) {
        const lead = line.length - line.trimStart().length;
        return { clause, body, start: offset + lead, end: offset + line.trimEnd().length };
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}

// « 69001 Lyon », « Siège social : … », « dont le siège est à Lyon », « domiciliée », « sise »: an address given.
const POSTCODE_PLACE = /(?<![\d])\d{2} ?\d{3}\s+\p{Lu}/u;
const OFFICE_WORDS = flexible(/\bsiege(?: social)?\s*(?::|est|situe|etabli|a |au |sis)|\bdomicilie|\bsise?\b|\bsituee? (?:au|a|rue|avenue|boulevard|place|chemin|route)\b/);

export function givesAnAddress(body: string): boolean {
  return POSTCODE_PLACE.test(body) || findFirst(body, OFFICE_WORDS) !== undefined;
}

/** Sentences that do not speak of the host (an RCS number of the hosting company is not the seller's). */
export function sellerSentences(body: string): string[] {
  return sentences(body)
    .map((s) => body.slice(s.start, s.end))
    .filter((s) => !/\bheberg/.test(fold(s)));
}

export function findFirstCased(text: string, pattern: RegExp): { start: number; end: number; text: string } | undefined {
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"))) {
    if (/^S\.?A\.?$/.test(m[0]) && inShoutedLine(text, m.index)) continue;
    return { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
  return undefined;
}

// A clause written in capitals (« LE VENDEUR NE SAURAIT VOIR SA RESPONSABILITÉ ENGAGÉE ») says « SA », the possessive.
function inShoutedLine(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at) + 1, text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at));
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 6 && words.filter((w) => w === w.toUpperCase()).length / words.length >= 0.8;
}
