// Countries whose law or seller a French-language text may name: the adjective a clause uses
// (« droit belge ») and the words for messages in each locale.
import { Localized } from "../../model/locale.js";

interface CountryWords {
  /** Folded adjectives a choice-of-law clause uses, masculine singular (« droit québécois »). */
  adjectives: string[];
  fr: string;
  en: string;
}

const COUNTRIES: Record<string, CountryWords> = {
  FR: { adjectives: ["francais"], fr: "français", en: "French" },
  LU: { adjectives: ["luxembourgeois"], fr: "luxembourgeois", en: "Luxembourg" },
  BE: { adjectives: ["belge"], fr: "belge", en: "Belgian" },
  CH: { adjectives: ["suisse", "helvetique"], fr: "suisse", en: "Swiss" },
  CA: { adjectives: ["canadien", "quebecois"], fr: "canadien", en: "Canadian" },
  MC: { adjectives: ["monegasque"], fr: "monégasque", en: "Monegasque" },
  DE: { adjectives: ["allemand"], fr: "allemand", en: "German" },
  AT: { adjectives: ["autrichien"], fr: "autrichien", en: "Austrian" },
  IT: { adjectives: ["italien"], fr: "italien", en: "Italian" },
  ES: { adjectives: ["espagnol"], fr: "espagnol", en: "Spanish" },
  PT: { adjectives: ["portugais"], fr: "portugais", en: "Portuguese" },
  NL: { adjectives: ["neerlandais"], fr: "néerlandais", en: "Dutch" },
  IE: { adjectives: ["irlandais"], fr: "irlandais", en: "Irish" },
  GB: { adjectives: ["anglais", "britannique"], fr: "anglais", en: "English" },
  US: { adjectives: ["americain"], fr: "américain", en: "American" },
};

/** Folded adjective → country code. */
export const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRIES).flatMap(([code, c]) => c.adjectives.map((a) => [a, code] as const)));

/** The law's adjective in each locale (« belge », "Belgian"); a code without one is quoted as given (« JP »). */
export function lawName(country: string): Localized {
  const c = COUNTRIES[country];
  return new Localized(c ? { fr: c.fr, en: c.en } : { fr: `« ${country} »`, en: `"${country}"` });
}

/** An ISO 3166-1 alpha-2 code as a user types it (« BE », « be »): two letters. */
export function isCountryCode(value: string): boolean {
  return /^[A-Za-z]{2}$/.test(value);
}
