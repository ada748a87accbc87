import { findFirst } from "../scan/text.js";

const MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];

/**
 * The date a prose document says it is in force from or was updated on: "En vigueur au 01/01/2024",
 * "Valables à partir du 1er septembre 2022", "Dernière mise à jour : Décembre 2025".
 */
export function detectDocumentDate(text: string): { date: string; start: number; end: number } | undefined {
  const lead = String.raw`(?:en vigueur (?:au|a compter du|le)|valables? (?:a partir|a compter) du|applicables? (?:a partir|a compter) du|derniere mise a jour\s*:?|mise a jour (?:le|du)\s*:?)\s*`;
  const numeric = findFirst(text, new RegExp(lead + String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4})`));
  if (numeric) {
    const [d, m, y] = numeric.groups;
    return { date: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`, start: numeric.start, end: numeric.end };
  }
  const words = findFirst(text, new RegExp(lead + String.raw`(?:(\d{1,2})(?:er)?\s+)?(${MONTHS.join("|")})\s+(\d{4})`));
  if (words) {
    const [d, month, y] = words.groups;
    const m = String(MONTHS.indexOf(month!) + 1).padStart(2, "0");
    return { date: `${y}-${m}-${(d || "1").padStart(2, "0")}`, start: words.start, end: words.end };
  }
  return undefined;
}
