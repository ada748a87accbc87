// Identifiers written in prose (SIREN, SIRET, VAT number, IBAN, BIC), with their positions.
import ibanFile from "../../legal/data/iban-lengths.json" with { type: "json" };
import { findAll, flexible } from "./text.js";

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
