// What a seller's identity looks like: legal forms and what they oblige, and the placeholder values
// written while a registration or an address was pending ("En cours", "à compléter", "XXX").
import type { Seller } from "../../model/documents.js";
import { sentenceAround } from "./sentences.js";
import { findAll, findFirst, flexible, fold, memoByText } from "./text.js";

/** Commercial companies (FR): the name must carry the legal form and the share capital (C. com. R123-237, R123-238). */
// SCOP and SCIC are cooperatives in the form of an SA, SAS or SARL: commercial companies all the same.
export const COMMERCIAL_COMPANY_FORMS: ReadonlySet<string> = new Set(["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCS", "SCOP", "SCIC"]);

/** Forms registered at the RCS whatever their activity: commercial companies and civil companies (SCI). */
export const RCS_REGISTERED_FORMS: ReadonlySet<string> = new Set([...COMMERCIAL_COMPANY_FORMS, "SCI"]);

/** An entrepreneur individuel, whether or not under the micro-entreprise regime. */
export const INDIVIDUAL_ENTREPRENEUR_FORMS: ReadonlySet<string> = new Set(["EI", "micro-entreprise"]);

/** Loi 2022-172 of 14 Feb 2022 (décret 2022-725): "EI" next to the person's name from this date (legal-facts §13). */
export const EI_MENTION_FROM = "2022-05-15";

// "En cours", "En cours de domiciliation", "à compléter", "XXX", "[à préciser]", "___", "…": values
// written while the seller waited for a registration or an address.
const PLACEHOLDER = /\ben cours\b|\ba (?:completer|definir|preciser|venir)\b|\bnon communique|x{3,}|\btbd\b|\btodo\b|\.{3}|\u2026|\[[^\]]*\]|_{3,}/;

/** Whether a fact value is a placeholder instead of the real value. */
export function isPlaceholder(value: string | undefined): boolean {
  return value !== undefined && PLACEHOLDER.test(fold(value));
}

/** A placeholder in prose: after an identity label ("Siège social : En cours…") or a pending registration. */
export interface ProsePlaceholder {
  item: "registeredOffice" | "rcs" | "siren" | "siret" | "vatNumber" | "shareCapital";
  start: number;
  end: number;
  text: string;
}

const LABELS: Array<[ProsePlaceholder["item"], string]> = [
  ["registeredOffice", String.raw`siege(?: social)?`],
  // « Immatriculation : En cours de création »: the registration's own line is where its placeholder is; a pending
  // phrase elsewhere (« Forme juridique : EI en cours de création ») is no value of the registration (round T36a).
  ["rcs", String.raw`rcs|registre du commerce(?: et des societes)?|(?:n° |numero )?(?:d')?immatriculation(?: (?:au|a l[ae]) (?:rcs|registre du commerce(?: et des societes)?|rm|repertoire des metiers))?`],
  ["siret", "siret"],
  ["siren", "siren"],
  ["vatNumber", String.raw`(?:n° |numero )?(?:de )?tva(?: intracommunautaire)?`],
  ["shareCapital", String.raw`capital(?: social)?`],
];
const PLACEHOLDER_WORDS = String.raw`en cours(?: d'[a-z]+| de [a-z]+)?|a (?:completer|definir|preciser|venir)|non communiquee?|x{3,}|\.{3,}|_{3,}`;
// Compiled once: placeholders are searched in every clause of every document.
const LABEL_PLACEHOLDERS: Array<[ProsePlaceholder["item"], RegExp]> = LABELS.map(([item, label]) => [
  item,
  flexible(new RegExp(String.raw`\b(?:${label})\s*:?\s*(${PLACEHOLDER_WORDS})`)),
]);
const PENDING = flexible(/\ben cours d'(immatriculation|enregistrement)|\ben cours de (domiciliation|creation|constitution|immatriculation)|\b(immatriculation|domiciliation) en cours\b/);

const TRAINING_DECLARATION = flexible(/\bprefet(?: de (?:la )?region)?\b|\bdeclaration d'activite\b|\borganisme de formation\b/);

/** Placeholders in a prose text, one per identity item. Shared between callers: never changed. */
export const findProsePlaceholders = memoByText((text: string): readonly ProsePlaceholder[] => {
  const found = new Map<ProsePlaceholder["item"], ProsePlaceholder>();
  for (const [item, pattern] of LABEL_PLACEHOLDERS) {
    const m = findAll(text, pattern)[0];
    if (m && !found.has(item)) {
      const start = m.end - m.groups[0]!.length;
      found.set(item, { item, start, end: m.end, text: text.slice(start, m.end) });
    }
  }
  for (const m of findAll(text, PENDING)) {
    // A training body's activity declaration (« enregistré … auprès du préfet de région », C. trav. L6351-1) is not the RCS.
    if (findFirst(sentenceAround(text, m.start, m.end).text, TRAINING_DECLARATION)) continue;
    const item = /domiciliation/.test(fold(m.text)) ? "registeredOffice" : "rcs";
    const overlaps = [...found.values()].some((p) => p.start < m.end && m.start < p.end);
    if (!found.has(item) && !overlaps) found.set(item, { item, start: m.start, end: m.end, text: m.text });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
});

/** The seller as registered at the RCS: an RCS entry that is not a placeholder, or a form that is always registered. */
export function claimsRcsRegistration(seller: Seller): boolean {
  const rcs = seller.rcs;
  const entry = [rcs?.city, rcs?.number].some((v) => v !== undefined && v.trim() !== "" && !isPlaceholder(v));
  return entry || (seller.legalForm !== undefined && RCS_REGISTERED_FORMS.has(seller.legalForm));
}

// The seller's block in prose. Legal notices list the web host's details (« Hébergeur : OVH SAS, …,
// RCS Lille 424 761 419 ») and the publication director next to the seller's, often without full
// stops: those lines are another company's and must never be read as the seller's.
const HOST_START = /\bheberg[a-z]*\b/;
const DIRECTOR_START = /\b(?:directeur|directrice|responsable) (?:de (?:la )?)?(?:publication|redaction)\b/;
// A block about the host ends at a blank line or where the seller speaks again (« Éditeur : », « Le site est édité par »).
const HOST_END = flexible(/\n[ \t]*\n|(?:\n|[.;] )[ \t]*(?:[-*•] ?)?(?:l'editeur|editeur|edite par|le site (?:[^\s]+ )?est edite|vendeur|raison sociale|denomination|proprietaire)\b/);

/** The text with the host's and the publication director's details blanked out (same length, same lines). */
export function withoutHostDetails(text: string): string {
  const folded = fold(text);
  let out = text;
  for (let from = 0; from < folded.length; ) {
    const host = firstMatch(folded, HOST_START, from);
    const director = firstMatch(folded, DIRECTOR_START, from);
    const next = [host, director].filter((m) => m !== undefined).sort((a, b) => a - b)[0];
    if (next === undefined) break;
    const lineStart = folded.lastIndexOf("\n", next) + 1;
    // A label line (« Hébergeur : ») is blanked from its start; a sentence (« Le site est hébergé par ») from the keyword.
    const start = folded.slice(lineStart, next).trim().length <= 12 ? lineStart : next;
    let end: number;
    if (next === director) {
      const lineEnd = folded.indexOf("\n", next);
      end = lineEnd < 0 ? folded.length : lineEnd;
    } else {
      const stop = HOST_END.exec(folded.slice(next));
      // The separator before the seller's label stays with the host block; the label does not.
      end = stop ? next + stop.index + /^[.;\n]?/.exec(stop[0])![0].length : folded.length;
    }
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, " ") + out.slice(end);
    from = Math.max(end, next + 1);
  }
  return out;
}

function firstMatch(folded: string, pattern: RegExp, from: number): number | undefined {
  const at = folded.slice(from).search(pattern);
  return at < 0 ? undefined : from + at;
}

/** Legal forms written in words: « société par actions simplifiée », « entrepreneur individuel », « association loi 1901 »… */
export const LEGAL_FORM_WORDS = flexible(
  /\b(?:societe (?:anonyme|par actions? simplifiee?(?: unipersonnelle)?|a responsabilite limitee?|en nom collectif|en commandite|civile(?: immobiliere)?|cooperative)|entreprise unipersonnelle a responsabilite limitee|entrepreneur individuel|entreprise individuelle|micro[- ]?entrepr[a-z]*|auto[- ]?entrepr[a-z]*|association|s\.? ?a\.? ?r\.? ?l\.?)\b/,
);
/** Legal forms as acronyms, in capitals (« SAS », « S.A.R.L. », « EI »). */
export const LEGAL_FORM_ACRONYMS = /(?<![\p{L}\p{N}])(?:SA|SAS|SASU|SARL|EURL|SNC|SCS|SCA|SCI|SCOP|SCIC|SELARL|SELAS|SELAFA|EI|EIRL|S\.A\.S\.?U?\.?|S\.A\.R\.L\.?|E\.U\.R\.L\.?|S\.A\.)(?![\p{L}\p{N}])/u;
/** An association (loi 1901): not registered at the RCS, no share capital, no SIREN unless it trades. */
export const ASSOCIATION = flexible(/\bassociation(?: loi (?:du 1er juillet )?1901| declaree| regie par la loi)?\b/);

// What names the seller: its form or registry, a legal-notice label, or « ci-après « le Vendeur » ».
const SELLER_NAME_CUES = flexible(
  /\b(?:raison sociale|denomination(?: sociale)?|nom commercial|edite par|ci-apres(?: (?:denomme|designe|nomme)e?s?)?,? ?"? ?(?:le |la |l')?"? ?(?:vendeur|prestataire|societe|editeur|professionnel|boutique|entreprise)|siren|siret|rcs|r\.c\.s|registre du commerce|repertoire des metiers|immatricule(?:e|es|s)?|au capital|capital social|siege social)\b/,
);

/** The first line that names the seller (host details left out), as [start, end) in `text`. */
export function sellerNameLine(text: string): { start: number; end: number } | undefined {
  const own = withoutHostDetails(text);
  const folded = fold(own);
  let start = 0;
  for (const line of own.split("\n")) {
    const end = start + line.length;
    const names = SELLER_NAME_CUES.test(folded.slice(start, end)) || LEGAL_FORM_WORDS.test(folded.slice(start, end)) || LEGAL_FORM_ACRONYMS.test(line);
    if (names && line.trim()) return { start: start + (line.length - line.trimStart().length), end };
    start = end + 1;
  }
  return undefined;
}
