// Shared by the identification, VAT, consumer and consistency rules: what a seller's identity
// looks like (legal forms, placeholder values, identifiers written in prose) and the sentences of
// a clause body, so that a keyword and a figure are only paired when they are in the same sentence.
import ibanFile from "../../legal/data/iban-lengths.json" with { type: "json" };
import type { Seller } from "../../model/documents.js";
import { findAll, fold } from "../text.js";

/**
 * The pattern with each literal space (outside character classes) matching any run of white space:
 * text pasted from a PDF breaks lines anywhere ("Registre du \n\ncommerce").
 */
export function flexible(pattern: RegExp): RegExp {
  const cached = flexibleCache.get(pattern);
  if (cached) return cached;
  const made = makeFlexible(pattern);
  flexibleCache.set(pattern, made);
  return made;
}

const flexibleCache = new WeakMap<RegExp, RegExp>();

function makeFlexible(pattern: RegExp): RegExp {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const ch = pattern.source[i]!;
    if (ch === "\\") {
      out += ch + (pattern.source[++i] ?? "");
      continue;
    }
    if (ch === "[") inClass = true;
    if (ch === "]") inClass = false;
    // " ?" stays optional (one white-space character); a plain space becomes "one or more".
    const quantified = /[?*+{]/.test(pattern.source[i + 1] ?? "");
    out += ch === " " && !inClass ? (quantified ? String.raw`\s` : String.raw`\s+`) : ch;
  }
  return new RegExp(out, pattern.flags);
}

/** Commercial companies (FR): the name must carry the legal form and the share capital (C. com. R123-237, R123-238). */
export const COMMERCIAL_COMPANY_FORMS: ReadonlySet<string> = new Set(["SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCS", "SCOP"]);

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
  ["rcs", String.raw`rcs|registre du commerce(?: et des societes)?`],
  ["siret", "siret"],
  ["siren", "siren"],
  ["vatNumber", String.raw`(?:n° |numero )?(?:de )?tva(?: intracommunautaire)?`],
  ["shareCapital", String.raw`capital(?: social)?`],
];
const PLACEHOLDER_WORDS = String.raw`en cours(?: d'[a-z]+| de [a-z]+)?|a (?:completer|definir|preciser|venir)|non communiquee?|x{3,}|\.{3,}|_{3,}`;
const PENDING = flexible(/\ben cours d'(immatriculation|enregistrement)|\ben cours de (domiciliation|creation|constitution|immatriculation)|\b(immatriculation|domiciliation) en cours\b/);

/** Placeholders in a prose text, one per identity item. */
export function findProsePlaceholders(text: string): ProsePlaceholder[] {
  const found = new Map<ProsePlaceholder["item"], ProsePlaceholder>();
  for (const [item, label] of LABELS) {
    const m = findAll(text, flexible(new RegExp(String.raw`\b(?:${label})\s*:?\s*(${PLACEHOLDER_WORDS})`)))[0];
    if (m && !found.has(item)) {
      const start = m.end - m.groups[0]!.length;
      found.set(item, { item, start, end: m.end, text: text.slice(start, m.end) });
    }
  }
  for (const m of findAll(text, PENDING)) {
    const item = /domiciliation/.test(fold(m.text)) ? "registeredOffice" : "rcs";
    const overlaps = [...found.values()].some((p) => p.start < m.end && m.start < p.end);
    if (!found.has(item) && !overlaps) found.set(item, { item, start: m.start, end: m.end, text: m.text });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** A span of a text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

// "art. 293 B", "C. com.", "n. 12": a full stop after these does not end the sentence.
const ABBREVIATIONS = new Set(["art", "al", "c", "com", "civ", "conso", "cf", "n", "no", "ex", "p", "env", "m", "mme", "me", "st", "ste", "cie", "r", "l", "s", "a", "b", "d", "cgi", "ann"]);

/** The sentences of a text (split at . ; ! ? followed by a space, abbreviations excepted). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.;!?](?=\s|$)/g)) {
    if (m[0] === ".") {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      if (word && ABBREVIATIONS.has(fold(word))) continue;
    }
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/** The sentence of `text` that contains offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  return sentences(text).find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
}

export type IdentifierKind = "siren" | "siret" | "vat" | "iban" | "bic";

/** An identifier written in prose, with its position in the text. */
export interface ProseIdentifier {
  kind: IdentifierKind;
  /** As written. */
  value: string;
  start: number;
  end: number;
}

const ibanLengths: Record<string, number> = ibanFile.lengths;
const DIGITS = String.raw`(\d(?:[ .]?\d)+)`;
const BANK_KEYWORDS = new Set(["BIC", "SWIFT", "CODE", "RIB", "DOMICILIATION", "BANQUE", "TITULAIRE"]);

/**
 * SIREN, SIRET, VAT numbers, IBAN and BIC written in a text: after their keyword ("SIRET 422 551 481 000 35",
 * "RCS Lille 424 761 419", "IBAN FR76 1558 …", "BIC CMBRFR2BARK"), or by their shape for VAT numbers
 * ("FR61422551481", "LU15027442"). An IBAN may be broken across lines, as in text pasted from a PDF.
 */
export function findIdentifiers(text: string): ProseIdentifier[] {
  const found: ProseIdentifier[] = [];
  const digitsAfter = (keyword: string, kind: "siren" | "siret") => {
    for (const m of findAll(text, new RegExp(String.raw`\b${keyword}\b\s*(?:n\s*[°o]\.?\s*|numero\s*)?:?\s*${DIGITS}`))) {
      const start = m.end - m.groups[0]!.length;
      found.push({ kind, value: text.slice(start, m.end), start, end: m.end });
    }
  };
  digitsAfter("siret", "siret");
  digitsAfter("siren", "siren");
  // "RCS Bourges 488 020 108", "registre du commerce … de LIBOURNE sous le numéro 422 551 481": the SIREN.
  const rcs = flexible(new RegExp(String.raw`\b(?:rcs|registre du commerce(?: et des societes| des societes)?)\b[^\d.;]{0,80}?(?:\b[ab] ?)?${DIGITS}`));
  for (const m of findAll(text, rcs)) {
    const start = m.end - m.groups[0]!.length;
    const digits = m.groups[0]!.replace(/\D/g, "");
    // Luxembourg numbers ("B123456") are not SIRENs; a 14-digit number is a SIRET written after "RCS".
    if (digits.length !== 9 && digits.length !== 14) continue;
    if (found.some((f) => f.start === start)) continue;
    found.push({ kind: digits.length === 9 ? "siren" : "siret", value: text.slice(start, m.end), start, end: m.end });
  }
  const ibans = findIbans(text);
  found.push(...ibans, ...findBics(text));
  const inIban = (start: number, end: number) => ibans.some((i) => i.start < end && start < i.end);
  for (const m of text.matchAll(/(?<![A-Za-z0-9])(?:FR ?[0-9A-HJ-NP-Z]{2} ?\d{3} ?\d{3} ?\d{3}|LU ?\d{4} ?\d{4})(?! ?\d)/g)) {
    if (!inIban(m.index, m.index + m[0].length)) found.push({ kind: "vat", value: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function findIbans(text: string): ProseIdentifier[] {
  const out: ProseIdentifier[] = [];
  for (const m of findAll(text, /\biban\b\s*:?\s*/)) {
    const token = /([A-Za-z0-9]+)(\s*)/y;
    token.lastIndex = m.end;
    let compact = "";
    let end = m.end;
    for (let t = token.exec(text); t; t = token.exec(text)) {
      const word = t[1]!;
      if (!compact) {
        if (!/^[A-Z]{2}\d{2}/.test(word)) break;
      } else if (!/^[A-Z0-9]{1,4}$/.test(word) || BANK_KEYWORDS.has(word)) break;
      compact += word;
      end = t.index + word.length;
      const expected = ibanLengths[compact.slice(0, 2)] ?? 34;
      if (compact.length >= expected) break;
    }
    if (compact) out.push({ kind: "iban", value: text.slice(m.end, end), start: m.end, end });
  }
  return out;
}

function findBics(text: string): ProseIdentifier[] {
  const out: ProseIdentifier[] = [];
  for (const m of findAll(text, /\b(?:code )?(?:bic|swift)\b(?:\s*[/(]\s*swift\s*\)?)?\s*:?\s*/)) {
    const t = /^[A-Za-z0-9]+/.exec(text.slice(m.end));
    // "BIC de la banque": a lower-case word is not a code.
    if (t && /^[A-Z0-9]{6,14}$/.test(t[0]) && /[A-Z]{4}/.test(t[0])) out.push({ kind: "bic", value: t[0], start: m.end, end: m.end + t[0].length });
  }
  return out;
}

/** The SIREN an identifier contains (a SIRET's first nine digits, a French VAT number's last nine), if any. */
export function sirenWithin(kind: IdentifierKind, normalized: string): string | undefined {
  if (kind === "siren" && /^\d{9}$/.test(normalized)) return normalized;
  if (kind === "siret" && /^\d{14}$/.test(normalized)) return normalized.slice(0, 9);
  // Monaco numbers carry "000…" instead of a SIREN.
  if (kind === "vat" && /^FR..\d{9}$/.test(normalized) && !normalized.slice(4).startsWith("000")) return normalized.slice(4);
  return undefined;
}

/** The seller as registered at the RCS: an RCS entry that is not a placeholder, or a form that is always registered. */
export function claimsRcsRegistration(seller: Seller): boolean {
  const rcs = seller.rcs;
  const entry = [rcs?.city, rcs?.number].some((v) => v !== undefined && v.trim() !== "" && !isPlaceholder(v));
  return entry || (seller.legalForm !== undefined && RCS_REGISTERED_FORMS.has(seller.legalForm));
}
