// What `clausier init` asks: from flags, prompts or defaults, checked once here.
import { UsageError } from "../../model/diagnostics.js";
import type { Locale } from "../../model/locale.js";
import { ts } from "./messages.js";

export const AUDIENCES = ["b2b", "b2c", "mixed"] as const;
export const VAT_REGIMES = ["normal", "franchise"] as const;
/** The French forms a new seller is likely to have (the schema knows more: edit seller.yaml for those). */
export const LEGAL_FORMS = ["SAS", "SASU", "SARL", "EURL", "SA", "SNC", "SCOP", "EI", "micro-entreprise"] as const;

export type Audience = (typeof AUDIENCES)[number];
export type VatRegime = (typeof VAT_REGIMES)[number];
export type LegalForm = (typeof LEGAL_FORMS)[number];

export interface ScaffoldAnswers {
  name: string;
  legalForm: LegalForm;
  /** Digits only; undefined: left « à compléter ». */
  siren?: string;
  city?: string;
  audience: Audience;
  vatRegime: VatRegime;
}

/** The value every fact the user must still give is written as: the linter reports it (scan/identity.ts). */
export const TO_FILL = "à compléter";

export const DEFAULT_ANSWERS: ScaffoldAnswers = { name: "Mon Entreprise", legalForm: "SAS", audience: "b2b", vatRegime: "normal" };

/** Checks and normalises what the user gave (flags or prompts); a bad value is a usage error. */
export function checkAnswers(given: Partial<ScaffoldAnswers>, locale: Locale): ScaffoldAnswers {
  const name = (given.name ?? DEFAULT_ANSWERS.name).trim();
  if (!name) throw new UsageError(ts(locale, "INIT_EMPTY_NAME"));
  const sirenDigits = given.siren?.replace(/[\s.]/g, "");
  if (sirenDigits && !/^\d{9}$/.test(sirenDigits)) throw new UsageError(ts(locale, "INIT_BAD_SIREN", { value: given.siren }));
  return {
    name,
    legalForm: given.legalForm ?? DEFAULT_ANSWERS.legalForm,
    siren: sirenDigits || undefined,
    city: given.city?.trim() || undefined,
    audience: given.audience ?? DEFAULT_ANSWERS.audience,
    vatRegime: given.vatRegime ?? DEFAULT_ANSWERS.vatRegime,
  };
}

/** A slug for ids: lower case letters, digits and dashes, accents dropped. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "vendeur";
}

/** The French intra-EU VAT number of a SIREN: FR, the key (12 + 3 × (SIREN mod 97)) mod 97, the SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siren}`;
}
