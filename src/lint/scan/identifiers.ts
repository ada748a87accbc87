// Identifiers written in prose (SIREN, SIRET, VAT number, IBAN, BIC), with their positions.
import ibanFile from "../../legal/data/iban-lengths.json" with { type: "json" };
import { findAll, flexible, fold } from "./text.js";

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
// Digits grouped by spaces (folded from non-breaking and narrow no-break spaces) or dots: « 123.456.789 ».
const DIGITS = String.raw`(\d(?:[ .]?\d)+)`;
const NUMBER_SIGN = String.raw`(?:n\s*[°o]\.?\s*|numero\s*)`;
const BANK_KEYWORDS = new Set(["BIC", "SWIFT", "CODE", "RIB", "DOMICILIATION", "BANQUE", "TITULAIRE"]);

// "SIRET : 422 551 481 000 35", "n° SIREN : …", "SIREN n°732829320", "SIRET (siège) : …", "n°SIRET est …";
// "| SIRET | 422 551 481 00035 |": a table's cell boundary stands between the label and its number.
const KEYWORD_TO_NUMBER = String.raw`\s*(?:\([^)\d\n]{0,20}\)\s*)?(?:${NUMBER_SIGN}|est\s+|[:|]\s*)*`;
const AFTER_SIRET = new RegExp(String.raw`\bsiret\b${KEYWORD_TO_NUMBER}${DIGITS}`);
const AFTER_SIREN = new RegExp(String.raw`\bsiren\b${KEYWORD_TO_NUMBER}${DIGITS}`);
// A registry, however it is written: « RCS », « R.C.S. », « registre du commerce et des sociétés de Lyon »,
// « Registre du Commerce de Nanterre », « répertoire des métiers » / « RM » (artisans): the number after it is the SIREN.
const REGISTRY = String.raw`(?:\br\.? ?c\.? ?s\b\.?|\bregistre du commerce(?: et des societes| des societes)?\b|\brepertoire des metiers\b|\brm\b)`;
const AFTER_REGISTRY = flexible(new RegExp(String.raw`${REGISTRY}[^\d.;]{0,80}?(?:\b[ab] ?)?${DIGITS}`));
// « 732 829 320 RCS Lyon »: nine digits right before the registry's name are its number, the SIREN.
const BEFORE_REGISTRY = flexible(new RegExp(String.raw`(?<![\d.])(\d{3}[ .]?\d{3}[ .]?\d{3})\s*(?:${REGISTRY})`));
// "immatriculée sous le N°123456789", "numéro d'immatriculation : 123 456 789": registered, so a SIREN.
const AFTER_REGISTERED = flexible(new RegExp(String.raw`\b(?:immatricule(?:e|es|s)?|(?:numero|n°) d'immatriculation)\b[^\d;]{0,100}?${NUMBER_SIGN}?:?\s*${DIGITS}`));

/**
 * SIREN, SIRET, VAT numbers, IBAN and BIC written in a text: after their keyword ("SIRET 422 551 481 000 35",
 * "RCS Lille 424 761 419", "R.C.S. Lyon 732.829.320", "immatriculée sous le N°732829320", "IBAN FR76 1558 …",
 * "BIC CMBRFR2BARK"), or by their shape for VAT numbers ("FR61422551481", "LU15027442"). A run of nine digits
 * with no such keyword is not an identifier. An IBAN may be broken across lines, as in text pasted from a PDF.
 */
export function findIdentifiers(text: string): ProseIdentifier[] {
  const found: ProseIdentifier[] = [];
  const digitsAfter = (pattern: RegExp, kind: "siren" | "siret") => {
    for (const m of findAll(text, pattern)) {
      const start = m.end - m.groups[0]!.length;
      found.push({ kind, value: text.slice(start, m.end), start, end: m.end });
    }
  };
  digitsAfter(AFTER_SIRET, "siret");
  digitsAfter(AFTER_SIREN, "siren");
  for (const m of [...findAll(text, AFTER_REGISTRY), ...findAll(text, AFTER_REGISTERED)]) {
    const start = m.end - m.groups[0]!.length;
    const digits = m.groups[0]!.replace(/\D/g, "");
    // Luxembourg numbers ("B123456") are not SIRENs; a 14-digit number is a SIRET written after "RCS".
    // « immatriculée au RCS de Lyon sous le numéro 7328293200007 »: a number the text gives as the registry number
    // (« sous le numéro », « n° » right before it, no letter) is the SIREN, and a wrong length makes it invalid.
    // « sous le n° 2024 B 00791 » (year, letter, sequence) is the registry's management number, not the SIREN.
    const givenAsNumber = new RegExp(String.raw`${NUMBER_SIGN}:?\s*$`).test(fold(text.slice(m.start, start))) && !/^\s*\p{L}/u.test(text.slice(m.end));
    if (digits.length !== 9 && digits.length !== 14 && !givenAsNumber) continue;
    if (found.some((f) => f.start === start)) continue;
    found.push({ kind: digits.length === 14 ? "siret" : "siren", value: text.slice(start, m.end), start, end: m.end });
  }
  for (const m of findAll(text, BEFORE_REGISTRY)) {
    const start = m.start;
    const end = start + m.groups[0]!.length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ kind: "siren", value: text.slice(start, end), start, end });
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
