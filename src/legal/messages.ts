// Why a dated legal value is missing (LegalDataGapError), in French and English. src/legal imports
// nothing from the other layers, so this catalogue is a plain object of the same shape as the others.

export const legalDataMessages = {
  RATE_BEFORE: {
    fr: "Aucune donnée pour {what} au {date} : les données commencent au {boundary} ({file}).",
    en: "No data for {what} on {date}: the data starts on {boundary} ({file}).",
  },
  RATE_AFTER: {
    fr: "Aucune donnée pour {what} au {date} : les données vont jusqu'au {boundary} ({file}).",
    en: "No data for {what} on {date}: the data runs until {boundary} ({file}).",
  },
  WHAT_FR_LEGAL_RATE: { fr: "le taux de l'intérêt légal", en: "the French legal interest rate" },
  WHAT_ECB_REFERENCE: { fr: "le taux de référence BCE (semestre)", en: "the ECB reference rate (half-year)" },
  WHAT_ECB_MRO: { fr: "le taux principal de refinancement de la BCE", en: "the ECB main refinancing rate" },
  LU_LEGAL_RATE: {
    fr: "Aucune donnée pour le taux d'intérêt légal luxembourgeois au {date} : seul le taux légal français est connu ({file}).",
    en: "No data for the Luxembourg legal interest rate on {date}: only the French legal rate is known ({file}).",
  },
  VAT_RATES: {
    fr: "Aucune donnée pour les taux de TVA ({country}) au {date} : les données commencent au {boundary} ({file}).",
    en: "No data for the VAT rates ({country}) on {date}: the data starts on {boundary} ({file}).",
  },
  VAT_EXEMPTION_WORDING: {
    fr: "Aucune mention d'exonération de TVA connue pour le régime {regime} au {date} (par exemple après la fin de la tolérance des références du CGI) : complétez {file}.",
    en: "No VAT exemption wording known for the {regime} regime on {date} (for instance after the old CGI references stop being tolerated): complete {file}.",
  },
  PUBLIC_HOLIDAYS: {
    fr: "Aucune donnée pour les jours fériés ({country}) en {year} : les données commencent en {fromYear} ({file}).",
    en: "No data for the public holidays ({country}) in {year}: the data starts in {fromYear} ({file}).",
  },
} satisfies Record<string, Record<"fr" | "en", string>>;

export type LegalDataMessageId = keyof typeof legalDataMessages;
