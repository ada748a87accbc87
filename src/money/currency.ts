// The currency of an amount nobody gave a currency to: Clausier's one fallback, so that no two
// places can pick a different one (a document's own currency is resolved by src/documents).
export function currencyOr(currency: string | undefined): string {
  return currency ?? "EUR";
}
