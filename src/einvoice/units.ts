// BT-130: the unit a line is counted in, as a UN/ECE Recommendation 20 code (the list EN 16931
// checks, BR-CL-23). Documents write units in words (« heure », « jour »…); a word not listed here
// is written as C62 ("one"), the unit of things counted.
import { fold } from "../legal/text-match.js";

const CODES: Record<string, string> = {
  heure: "HUR",
  heures: "HUR",
  h: "HUR",
  hour: "HUR",
  jour: "DAY",
  jours: "DAY",
  journee: "DAY",
  day: "DAY",
  "demi-journee": "C62",
  semaine: "WEE",
  week: "WEE",
  mois: "MON",
  month: "MON",
  an: "ANN",
  annee: "ANN",
  year: "ANN",
  minute: "MIN",
  minutes: "MIN",
  km: "KMT",
  kilometre: "KMT",
  kilometres: "KMT",
  m: "MTR",
  metre: "MTR",
  m2: "MTK",
  m3: "MTQ",
  kg: "KGM",
  kilogramme: "KGM",
  g: "GRM",
  l: "LTR",
  litre: "LTR",
  piece: "H87",
  pieces: "H87",
  unite: "C62",
  forfait: "C62",
  seance: "C62",
  lot: "C62",
};

export function unitCodeOf(unit: string | undefined): string {
  if (!unit) return "C62";
  return CODES[fold(unit).trim()] ?? "C62";
}
