/** The laws Clausier knows; anything else is judged as French law. */
export type Law = "FR" | "LU";

/** The law of a seller's documents: the governing law the terms choose, else the seller's country, else a default. */
export function governingLaw(chosen: string | undefined, sellerCountry: string | undefined, fallback?: string): Law {
  return (chosen ?? sellerCountry ?? fallback) === "LU" ? "LU" : "FR";
}
