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
  SUPPLY: {
    fr: " Période manquante : {period} ; la valeur officielle est publiée dans {published}. Fournissez-la dans un fichier de données juridiques déclaré par « legalData » dans clausier.config (voir docs/legal-data.md), ou donnez le taux de pénalité d'un calcul avec --rate <pourcentage>.",
    en: " Missing period: {period}; the official value is published in {published}. Supply it in a legal-data file named by \"legalData\" in clausier.config (see docs/legal-data.md), or give a computation's penalty rate with --rate <percent>.",
  },
  PUBLISHED_FR_LEGAL_RATE: {
    fr: "l'arrêté semestriel relatif à la fixation du taux de l'intérêt légal, au Journal officiel (legifrance.gouv.fr, fin juin et fin décembre)",
    en: "the half-yearly ministerial order on the legal interest rate, in the Journal officiel (legifrance.gouv.fr, late June and late December)",
  },
  PUBLISHED_ECB: {
    fr: "les communiqués « Monetary policy decisions » de la BCE (ecb.europa.eu), avec la date d'effet",
    en: "the ECB's \"Monetary policy decisions\" press releases (ecb.europa.eu), with their effective date",
  },
  OVERLAY_FR_CONFLICT: {
    fr: "Le taux de l'intérêt légal du semestre {semester} est déjà dans les données intégrées ({professional} % autres cas, {consumer} % particuliers ; {builtInSource}, {file}) : une valeur différente n'est pas acceptée. Retirez cette entrée ou corrigez-la.",
    en: "The legal interest rate for {semester} is already in the built-in data ({professional} % other cases, {consumer} % consumers; {builtInSource}, {file}): a different value is refused. Remove or correct this entry.",
  },
  OVERLAY_FR_DUPLICATE: {
    fr: "Le semestre {semester} est déjà donné avec d'autres valeurs ({other}) : gardez une seule entrée.",
    en: "Semester {semester} is already given with other values ({other}): keep one entry.",
  },
  OVERLAY_ECB_CONFLICT: {
    fr: "Les données intégrées couvrent le taux BCE jusqu'au {vouchedThrough} ({file}) : au {effectiveFrom}, elles donnent {builtIn}, pas {mro} %. Retirez cette entrée ou corrigez-la ; seules les décisions postérieures au {vouchedThrough} peuvent être ajoutées.",
    en: "The built-in data covers the ECB rate until {vouchedThrough} ({file}): on {effectiveFrom} it gives {builtIn}, not {mro} %. Remove or correct this entry; only decisions after {vouchedThrough} can be added.",
  },
  OVERLAY_ECB_DUPLICATE: {
    fr: "Une étape BCE au {effectiveFrom} est déjà donnée avec un autre taux ({other}) : gardez une seule entrée.",
    en: "An ECB step on {effectiveFrom} is already given with another rate ({other}): keep one entry.",
  },
  OVERLAY_ECB_KNOWN_THROUGH: {
    fr: "« knownThrough » ({knownThrough}) précède la date d'effet ({effectiveFrom}) : donnez un jour égal ou postérieur.",
    en: "\"knownThrough\" ({knownThrough}) is before the effective date ({effectiveFrom}): give the same day or a later one.",
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
  DATASET_FR_LEGAL_RATE: { fr: "Taux de l'intérêt légal (France)", en: "French legal interest rate" },
  DATASET_ECB: { fr: "Taux principal de refinancement de la BCE", en: "ECB main refinancing rate" },
  DATASET_VAT_RATES: { fr: "Taux de TVA (FR, LU)", en: "VAT rates (FR, LU)" },
  DATASET_VAT_WORDINGS: { fr: "Mentions d'exonération de TVA (CGI → CIBS)", en: "VAT exemption wordings (CGI → CIBS)" },
  DATASET_HOLIDAYS: { fr: "Jours fériés (FR, LU)", en: "Public holidays (FR, LU)" },
  DATASET_COURTS: { fr: "Juridictions supprimées ou renommées", en: "Abolished or renamed courts" },
  DATASET_RENUMBERING: { fr: "Table de renumérotation d'articles", en: "Article renumbering table" },
  DATASET_IBAN: { fr: "Longueurs d'IBAN par pays", en: "IBAN lengths by country" },
  DATASET_INVOICE_MENTIONS: { fr: "Mentions obligatoires des factures", en: "Mandatory invoice mentions" },
} satisfies Record<string, Record<"fr" | "en", string>>;

export type LegalDataMessageId = keyof typeof legalDataMessages;
