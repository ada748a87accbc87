/** The laws Clausier has a profile for (rates, mentions, courts); anything else is judged as French law by the documents layer. */
export type Law = "FR" | "LU";

export const PROFILE_LAWS: readonly Law[] = ["FR", "LU"];

/** Whether Clausier has a profile for a country's law (an ISO 3166-1 alpha-2 code). */
export function hasProfile(country: string): country is Law {
  return (PROFILE_LAWS as readonly string[]).includes(country);
}

/**
 * A country code as a profile law, for code that computes by the French or Luxembourg rules (rates,
 * terms): reaching it under another law is a programming error (a rule that should not have run).
 */
export function profileLaw(country: string): Law {
  if (!hasProfile(country)) throw new Error(`no ${country} profile: this computation needs FR or LU law`);
  return country;
}

/** The law of a seller's documents: the governing law the terms choose, else the seller's country, else a default. */
export function governingLaw(chosen: string | undefined, sellerCountry: string | undefined, fallback?: string): Law {
  return (chosen ?? sellerCountry ?? fallback) === "LU" ? "LU" : "FR";
}
