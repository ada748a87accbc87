// Checksums of business identifiers: SIREN/SIRET (Luhn), French and Luxembourg VAT numbers,
// IBAN (ISO 13616, mod 97-10) and BIC (ISO 9362). Sources: legal-facts §12 (INSEE Luhn rule and
// La Poste exception as in pass-culture siren.py; VAT keys as in python-stdnum fr/tva, lu/tva).
import ibanFile from "./data/iban-lengths.json" with { type: "json" };

export interface IdentifierCheck {
  valid: boolean;
  /** The identifier without separators, upper case. */
  normalized: string;
  /** Why it is invalid (French, user-facing). */
  reason?: string;
  /** Remark on a valid identifier (French, user-facing). */
  note?: string;
}

const ibanLengths: Record<string, number> = ibanFile.lengths;

/** La Poste's SIREN: its establishments' SIRETs do not all pass Luhn (INSEE exception). */
const LA_POSTE_SIREN = "356000000";

export function checkSiren(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  const format = digitsOnly(normalized, 9, "SIREN");
  if (format) return { valid: false, normalized, reason: format };
  if (!luhnValid(normalized)) return { valid: false, normalized, reason: "clé de contrôle invalide (algorithme de Luhn)" };
  return { valid: true, normalized };
}

export function checkSiret(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  const format = digitsOnly(normalized, 14, "SIRET");
  if (format) return { valid: false, normalized, reason: format };
  if (luhnValid(normalized)) return { valid: true, normalized };
  if (normalized.startsWith(LA_POSTE_SIREN) && digitSum(normalized) % 5 === 0) {
    return { valid: true, normalized, note: "SIRET de La Poste : validé par la règle particulière (somme des chiffres multiple de 5)" };
  }
  return { valid: false, normalized, reason: "clé de contrôle invalide (algorithme de Luhn)" };
}

/** Letters and digits allowed in a new-style French VAT key (no I, no O). */
const FR_VAT_KEY_CHAR = /^[0-9A-HJ-NP-Z]$/;

export function checkFrVat(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  if (!normalized.startsWith("FR")) {
    return { valid: false, normalized, reason: "un numéro de TVA français commence par « FR »" };
  }
  const key = normalized.slice(2, 4);
  const siren = normalized.slice(4);
  if (normalized.length !== 13) {
    return { valid: false, normalized, reason: `longueur invalide : 13 caractères attendus (FR + clé + SIREN), ${normalized.length} trouvés` };
  }
  if (![...key].every((c) => FR_VAT_KEY_CHAR.test(c)) || !/^\d{9}$/.test(siren)) {
    return { valid: false, normalized, reason: "format invalide : FR + 2 caractères de clé + SIREN à 9 chiffres" };
  }
  // Monaco numbers carry "000…" instead of a SIREN (python-stdnum fr/tva).
  const isMonaco = siren.startsWith("000");
  if (!isMonaco && !luhnValid(siren)) {
    return { valid: false, normalized, reason: `le SIREN contenu (${siren}) est invalide (algorithme de Luhn)` };
  }
  if (!/^\d{2}$/.test(key)) {
    return {
      valid: true,
      normalized,
      note: "clé alphanumérique (nouveau format) : seul le format a été vérifié, pas la clé",
    };
  }
  const expected = (12 + 3 * (Number(siren) % 97)) % 97;
  if (Number(key) !== expected) {
    return { valid: false, normalized, reason: keyMismatch(pad2(expected), key) };
  }
  return isMonaco ? { valid: true, normalized, note: "numéro monégasque : pas de SIREN à vérifier" } : { valid: true, normalized };
}

export function checkLuVat(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  if (!/^LU\d{8}$/.test(normalized)) {
    return { valid: false, normalized, reason: "format invalide : LU suivi de 8 chiffres attendu" };
  }
  const expected = pad2(Number(normalized.slice(2, 8)) % 89);
  const found = normalized.slice(8);
  if (expected !== found) return { valid: false, normalized, reason: keyMismatch(expected, found) };
  return { valid: true, normalized };
}

export function checkIban(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(normalized)) {
    return { valid: false, normalized, reason: "format invalide : code pays (2 lettres), clé (2 chiffres) puis lettres et chiffres" };
  }
  const country = normalized.slice(0, 2);
  const expectedLength = ibanLengths[country];
  if (expectedLength !== undefined && normalized.length !== expectedLength) {
    return {
      valid: false,
      normalized,
      reason: `longueur invalide pour ${country} : ${expectedLength} caractères attendus, ${normalized.length} trouvés`,
    };
  }
  if (expectedLength === undefined && (normalized.length < 15 || normalized.length > 34)) {
    return { valid: false, normalized, reason: `longueur invalide : 15 à 34 caractères attendus, ${normalized.length} trouvés` };
  }
  const bban = normalized.slice(4);
  if (mod97(bban + country + normalized.slice(2, 4)) !== 1) {
    const expectedKey = pad2(98 - mod97(bban + country + "00"));
    return { valid: false, normalized, reason: keyMismatch(expectedKey, normalized.slice(2, 4)) };
  }
  return expectedLength === undefined
    ? { valid: true, normalized, note: `pays ${country} absent de la table des longueurs : seule la clé a été vérifiée` }
    : { valid: true, normalized };
}

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;

export function checkBic(raw: string): IdentifierCheck {
  const normalized = compact(raw);
  if (normalized.length !== 8 && normalized.length !== 11) {
    return { valid: false, normalized, reason: `longueur invalide : 8 ou 11 caractères attendus, ${normalized.length} trouvés` };
  }
  if (!BIC.test(normalized)) {
    return {
      valid: false,
      normalized,
      reason: "format invalide : 4 lettres (banque), 2 lettres (pays), 2 caractères (lieu), 3 caractères facultatifs (agence)",
    };
  }
  return { valid: true, normalized };
}

/** Drops spaces (including non-breaking ones), dots and hyphens; upper case. */
function compact(raw: string): string {
  return raw.replace(/[\s.\-\u00A0\u202F]/g, "").toUpperCase();
}

function digitsOnly(s: string, length: number, name: string): string | undefined {
  if (!/^\d+$/.test(s)) return `format invalide : le ${name} ne contient que des chiffres`;
  if (s.length !== length) return `longueur invalide : ${length} chiffres attendus, ${s.length} trouvés`;
  return undefined;
}

/** Luhn: from the right, double every second digit (minus 9 above 9); the total must be a multiple of 10. */
function luhnValid(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    total += d;
  }
  return total % 10 === 0;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, d) => sum + Number(d), 0);
}

/** Remainder mod 97 of the number written by `s`, letters counting A = 10 … Z = 35; digit by digit, no float. */
export function mod97(s: string): number {
  let remainder = 0;
  for (const char of s) {
    const value = Number.parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

function keyMismatch(expected: string, found: string): string {
  return `clé de contrôle invalide (attendu ${expected}, trouvé ${found})`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** The SIREN of a SIREN or a SIRET (its first nine digits), grouped « 732 829 320 »; undefined if neither is usable. */
export function sirenOf(siren: string | undefined, siret: string | undefined): string | undefined {
  const digits = [siren, siret].map((s) => s?.replace(/[\s.\u00a0\u202f-]/g, "") ?? "");
  const nine = /^\d{9}$/.test(digits[0]!) ? digits[0]! : /^\d{14}$/.test(digits[1]!) ? digits[1]!.slice(0, 9) : undefined;
  return nine && `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`;
}
