// What a seller's identity looks like: legal forms and what they oblige, and the placeholder values
// written while a registration or an address was pending ("En cours", "à compléter", "XXX").
import type { Seller } from "../../model/documents.js";
import { findAll, flexible, fold } from "./text.js";

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

/** The seller as registered at the RCS: an RCS entry that is not a placeholder, or a form that is always registered. */
export function claimsRcsRegistration(seller: Seller): boolean {
  const rcs = seller.rcs;
  const entry = [rcs?.city, rcs?.number].some((v) => v !== undefined && v.trim() !== "" && !isPlaceholder(v));
  return entry || (seller.legalForm !== undefined && RCS_REGISTERED_FORMS.has(seller.legalForm));
}
