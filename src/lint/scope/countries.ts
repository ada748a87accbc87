// Countries whose law or seller a French-language text may name: the adjective a clause uses
// (« droit belge ») and the words for messages in each locale.
import { Localized } from "../../model/locale.js";

interface CountryWords {
  /** Folded adjectives a choice-of-law clause uses, masculine singular (« droit québécois »); an irregular feminine is listed too (« grecque »). */
  adjectives: string[];
  /** Folded names a clause uses after « droit de / du / de la (République de) » (« droit du Sénégal »). */
  names?: string[];
  fr: string;
  en: string;
}

// The adjective's regular feminine and plural (« camerounaise », « ivoirienne », « malgaches ») are
// read by the pattern that uses this table (law.ts), so only the masculine singular is listed.
const COUNTRIES: Record<string, CountryWords> = {
  FR: { adjectives: ["francais"], names: ["france"], fr: "français", en: "French" },
  LU: { adjectives: ["luxembourgeois"], fr: "luxembourgeois", en: "Luxembourg" },
  BE: { adjectives: ["belge"], names: ["belgique"], fr: "belge", en: "Belgian" },
  CH: { adjectives: ["suisse", "helvetique"], names: ["suisse", "confederation suisse"], fr: "suisse", en: "Swiss" },
  CA: { adjectives: ["canadien", "quebecois"], names: ["canada"], fr: "canadien", en: "Canadian" },
  MC: { adjectives: ["monegasque"], fr: "monégasque", en: "Monegasque" },
  DE: { adjectives: ["allemand"], names: ["allemagne"], fr: "allemand", en: "German" },
  AT: { adjectives: ["autrichien"], names: ["autriche"], fr: "autrichien", en: "Austrian" },
  IT: { adjectives: ["italien"], names: ["italie"], fr: "italien", en: "Italian" },
  ES: { adjectives: ["espagnol"], names: ["espagne"], fr: "espagnol", en: "Spanish" },
  PT: { adjectives: ["portugais"], names: ["portugal"], fr: "portugais", en: "Portuguese" },
  NL: { adjectives: ["neerlandais", "hollandais"], names: ["pays-bas"], fr: "néerlandais", en: "Dutch" },
  IE: { adjectives: ["irlandais"], names: ["irlande"], fr: "irlandais", en: "Irish" },
  GB: { adjectives: ["anglais", "britannique", "ecossais"], names: ["angleterre", "royaume-uni"], fr: "anglais", en: "English" },
  US: { adjectives: ["americain"], names: ["etats-unis"], fr: "américain", en: "American" },
  // The rest of Europe.
  AD: { adjectives: ["andorran"], names: ["andorre"], fr: "andorran", en: "Andorran" },
  LI: { adjectives: ["liechtensteinois"], names: ["liechtenstein"], fr: "liechtensteinois", en: "Liechtenstein" },
  PL: { adjectives: ["polonais"], names: ["pologne"], fr: "polonais", en: "Polish" },
  RO: { adjectives: ["roumain"], names: ["roumanie"], fr: "roumain", en: "Romanian" },
  BG: { adjectives: ["bulgare"], names: ["bulgarie"], fr: "bulgare", en: "Bulgarian" },
  GR: { adjectives: ["grec", "grecque"], names: ["grece"], fr: "grec", en: "Greek" },
  CY: { adjectives: ["chypriote"], names: ["chypre"], fr: "chypriote", en: "Cypriot" },
  MT: { adjectives: ["maltais"], names: ["malte"], fr: "maltais", en: "Maltese" },
  CZ: { adjectives: ["tcheque"], names: ["republique tcheque"], fr: "tchèque", en: "Czech" },
  SK: { adjectives: ["slovaque"], names: ["slovaquie"], fr: "slovaque", en: "Slovak" },
  HU: { adjectives: ["hongrois"], names: ["hongrie"], fr: "hongrois", en: "Hungarian" },
  SI: { adjectives: ["slovene"], names: ["slovenie"], fr: "slovène", en: "Slovenian" },
  HR: { adjectives: ["croate"], names: ["croatie"], fr: "croate", en: "Croatian" },
  SE: { adjectives: ["suedois"], names: ["suede"], fr: "suédois", en: "Swedish" },
  DK: { adjectives: ["danois"], names: ["danemark"], fr: "danois", en: "Danish" },
  NO: { adjectives: ["norvegien"], names: ["norvege"], fr: "norvégien", en: "Norwegian" },
  FI: { adjectives: ["finlandais"], names: ["finlande"], fr: "finlandais", en: "Finnish" },
  EE: { adjectives: ["estonien"], names: ["estonie"], fr: "estonien", en: "Estonian" },
  LV: { adjectives: ["letton"], names: ["lettonie"], fr: "letton", en: "Latvian" },
  LT: { adjectives: ["lituanien"], names: ["lituanie"], fr: "lituanien", en: "Lithuanian" },
  UA: { adjectives: ["ukrainien"], names: ["ukraine"], fr: "ukrainien", en: "Ukrainian" },
  RU: { adjectives: ["russe"], names: ["russie"], fr: "russe", en: "Russian" },
  TR: { adjectives: ["turc", "turque"], names: ["turquie"], fr: "turc", en: "Turkish" },
  // Africa, the Indian Ocean and the Middle East (many French-speaking sellers; OHADA states).
  MA: { adjectives: ["marocain"], names: ["maroc", "royaume du maroc"], fr: "marocain", en: "Moroccan" },
  DZ: { adjectives: ["algerien"], names: ["algerie"], fr: "algérien", en: "Algerian" },
  TN: { adjectives: ["tunisien"], names: ["tunisie"], fr: "tunisien", en: "Tunisian" },
  EG: { adjectives: ["egyptien"], names: ["egypte"], fr: "égyptien", en: "Egyptian" },
  SN: { adjectives: ["senegalais"], names: ["senegal"], fr: "sénégalais", en: "Senegalese" },
  CI: { adjectives: ["ivoirien"], names: ["cote d'ivoire"], fr: "ivoirien", en: "Ivorian" },
  CM: { adjectives: ["camerounais"], names: ["cameroun"], fr: "camerounais", en: "Cameroonian" },
  // « congolais » is said of both Congos; the larger, Kinshasa's, is taken (a law without profile either way).
  CD: { adjectives: ["congolais"], names: ["republique democratique du congo", "rdc"], fr: "congolais", en: "Congolese" },
  CG: { adjectives: [], names: ["congo", "republique du congo"], fr: "congolais (Brazzaville)", en: "Congolese (Brazzaville)" },
  GA: { adjectives: ["gabonais"], names: ["gabon"], fr: "gabonais", en: "Gabonese" },
  BJ: { adjectives: ["beninois"], names: ["benin"], fr: "béninois", en: "Beninese" },
  TG: { adjectives: ["togolais"], names: ["togo"], fr: "togolais", en: "Togolese" },
  BF: { adjectives: ["burkinabe"], names: ["burkina faso", "burkina"], fr: "burkinabè", en: "Burkinabe" },
  ML: { adjectives: ["malien"], names: ["mali"], fr: "malien", en: "Malian" },
  NE: { adjectives: ["nigerien"], names: ["niger"], fr: "nigérien", en: "Nigerien" },
  GN: { adjectives: ["guineen"], names: ["guinee"], fr: "guinéen", en: "Guinean" },
  TD: { adjectives: ["tchadien"], names: ["tchad"], fr: "tchadien", en: "Chadian" },
  CF: { adjectives: ["centrafricain"], names: ["centrafrique", "republique centrafricaine"], fr: "centrafricain", en: "Central African" },
  MR: { adjectives: ["mauritanien"], names: ["mauritanie"], fr: "mauritanien", en: "Mauritanian" },
  DJ: { adjectives: ["djiboutien"], names: ["djibouti"], fr: "djiboutien", en: "Djiboutian" },
  KM: { adjectives: ["comorien"], names: ["comores"], fr: "comorien", en: "Comorian" },
  RW: { adjectives: ["rwandais"], names: ["rwanda"], fr: "rwandais", en: "Rwandan" },
  BI: { adjectives: ["burundais"], names: ["burundi"], fr: "burundais", en: "Burundian" },
  MG: { adjectives: ["malgache"], names: ["madagascar"], fr: "malgache", en: "Malagasy" },
  MU: { adjectives: ["mauricien"], names: ["maurice", "ile maurice"], fr: "mauricien", en: "Mauritian" },
  SC: { adjectives: ["seychellois"], names: ["seychelles"], fr: "seychellois", en: "Seychellois" },
  ZA: { adjectives: ["sud-africain"], names: ["afrique du sud"], fr: "sud-africain", en: "South African" },
  NG: { adjectives: ["nigerian"], names: ["nigeria"], fr: "nigérian", en: "Nigerian" },
  LB: { adjectives: ["libanais"], names: ["liban"], fr: "libanais", en: "Lebanese" },
  IL: { adjectives: ["israelien"], names: ["israel"], fr: "israélien", en: "Israeli" },
  AE: { adjectives: ["emirien"], names: ["emirats arabes unis"], fr: "émirien", en: "Emirati" },
  // France's Pacific communities: their own law in most of what the rules check (principle of legislative
  // speciality; RIDET and numéro TAHITI instead of the SIREN, francs CFP): no profile, never French law presumed.
  NC: { adjectives: ["neo-caledonien", "caledonien"], names: ["nouvelle-caledonie"], fr: "néo-calédonien", en: "New Caledonian" },
  PF: { adjectives: ["polynesien"], names: ["polynesie francaise"], fr: "polynésien", en: "French Polynesian" },
  // The Americas, Asia and Oceania.
  HT: { adjectives: ["haitien"], names: ["haiti"], fr: "haïtien", en: "Haitian" },
  MX: { adjectives: ["mexicain"], names: ["mexique"], fr: "mexicain", en: "Mexican" },
  BR: { adjectives: ["bresilien"], names: ["bresil"], fr: "brésilien", en: "Brazilian" },
  AR: { adjectives: ["argentin"], names: ["argentine"], fr: "argentin", en: "Argentine" },
  CL: { adjectives: ["chilien"], names: ["chili"], fr: "chilien", en: "Chilean" },
  CO: { adjectives: ["colombien"], names: ["colombie"], fr: "colombien", en: "Colombian" },
  PE: { adjectives: ["peruvien"], names: ["perou"], fr: "péruvien", en: "Peruvian" },
  JP: { adjectives: ["japonais"], names: ["japon"], fr: "japonais", en: "Japanese" },
  CN: { adjectives: ["chinois"], names: ["chine"], fr: "chinois", en: "Chinese" },
  IN: { adjectives: ["indien"], names: ["inde"], fr: "indien", en: "Indian" },
  VN: { adjectives: ["vietnamien"], names: ["vietnam", "viet nam"], fr: "vietnamien", en: "Vietnamese" },
  SG: { adjectives: ["singapourien"], names: ["singapour"], fr: "singapourien", en: "Singaporean" },
  KR: { adjectives: ["coreen", "sud-coreen"], names: ["coree du sud"], fr: "coréen", en: "Korean" },
  AU: { adjectives: ["australien"], names: ["australie"], fr: "australien", en: "Australian" },
  NZ: { adjectives: ["neo-zelandais"], names: ["nouvelle-zelande"], fr: "néo-zélandais", en: "New Zealand" },
};

/** Folded adjective → country code. */
export const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRIES).flatMap(([code, c]) => c.adjectives.map((a) => [a, code] as const)));

/** Folded country name → country code (« cameroun », « cote d'ivoire »). */
export const COUNTRY_OF_NAME: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRIES).flatMap(([code, c]) => (c.names ?? []).map((n) => [n, code] as const)));

/** The member states of OHADA (Traité de Port-Louis, 1993), whose uniform acts are their business law. */
export const OHADA_MEMBERS: ReadonlySet<string> = new Set(["BJ", "BF", "CM", "CF", "KM", "CG", "CI", "GA", "GN", "GW", "GQ", "ML", "NE", "CD", "SN", "TD", "TG"]);

/** The CFA franc zones (UEMOA: XOF; CEMAC: XAF) and the CFP franc's (XPF): a currency shared by several states. */
export const XOF_MEMBERS: ReadonlySet<string> = new Set(["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]);
export const XAF_MEMBERS: ReadonlySet<string> = new Set(["CM", "CF", "CG", "GA", "GQ", "TD"]);
export const XPF_MEMBERS: ReadonlySet<string> = new Set(["NC", "PF", "WF"]);

/** The law's adjective in each locale (« belge », "Belgian"); a code without one is quoted as given (« JP »). */
export function lawName(country: string): Localized {
  // The law of a text that shows no country's sign (resolve.ts, UNKNOWN_LAW).
  if (country === "unknown") return new Localized({ fr: "indéterminé", en: "undetermined" });
  const c = COUNTRIES[country];
  return new Localized(c ? { fr: c.fr, en: c.en } : { fr: `« ${country} »`, en: `"${country}"` });
}

/** An ISO 3166-1 alpha-2 code as a user types it (« BE », « be »): two letters. */
export function isCountryCode(value: string): boolean {
  return /^[A-Za-z]{2}$/.test(value);
}
