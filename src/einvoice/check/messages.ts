// What `check-einvoice` says, in French and English: the findings' messages, the names of the
// business terms (BT) they quote, and each rule's one-line description (SARIF, docs).
import { format, Localized, type Catalog, type Locale } from "../../model/locale.js";
import type { Finding } from "./types.js";

export const checkMessages = {
  XML_NOT_UTF8: {
    fr: "le XML n'est pas en UTF-8 valide : une facture EN 16931 est en UTF-8 ; demandez à l'émetteur de la renvoyer",
    en: "the XML is not valid UTF-8: an EN 16931 invoice is UTF-8; ask the sender to send it again",
  },
  XML_NOT_WELLFORMED: {
    fr: "le XML est mal formé ({detail}) : la facture est inexploitable ; demandez à l'émetteur de la renvoyer",
    en: "the XML is not well-formed ({detail}): the invoice cannot be read; ask the sender to send it again",
  },
  XML_DTD_REFUSED: {
    fr: "le XML contient une déclaration DOCTYPE ou ENTITY, refusée : une facture EN 16931 n'en a jamais et elle peut servir à lire des fichiers (XXE) ; demandez un fichier sans DOCTYPE",
    en: "the XML contains a DOCTYPE or ENTITY declaration, refused: an EN 16931 invoice never has one and it can be used to read files (XXE); ask for a file without DOCTYPE",
  },
  XML_ROOT_UNKNOWN: {
    fr: "l'élément racine {root} n'est ni une facture CII (rsm:CrossIndustryInvoice) ni une facture ou un avoir UBL (Invoice, CreditNote) : ce n'est pas une facture électronique EN 16931",
    en: "the root element {root} is neither a CII invoice (rsm:CrossIndustryInvoice) nor a UBL Invoice or CreditNote: this is not an EN 16931 e-invoice",
  },
  PROFILE_UNKNOWN: {
    fr: "l'identifiant de spécification (BT-24) « {value} » n'est ni EN 16931 ni un profil Factur-X connu : seules les règles EN 16931 sont vérifiées",
    en: "the specification identifier (BT-24) \"{value}\" is neither EN 16931 nor a known Factur-X profile: only the EN 16931 rules are checked",
  },
  MISSING: {
    fr: "{term} ({bt}) manquant : une facture EN 16931 doit l'indiquer ; demandez une facture complétée",
    en: "{term} ({bt}) missing: an EN 16931 invoice must give it; ask for a completed invoice",
  },
  LINE_MISSING: {
    fr: "ligne {line} : {term} ({bt}) manquant ; demandez une facture complétée",
    en: "line {line}: {term} ({bt}) missing; ask for a completed invoice",
  },
  NO_LINES: {
    fr: "aucune ligne de facture (BG-25) : une facture EN 16931 en a au moins une",
    en: "no invoice line (BG-25): an EN 16931 invoice has at least one",
  },
  NO_VAT_BREAKDOWN: {
    fr: "aucune ventilation de TVA (BG-23) : une facture EN 16931 en a au moins une",
    en: "no VAT breakdown (BG-23): an EN 16931 invoice has at least one",
  },
  NOT_DECIMAL: {
    fr: "{term} ({bt}) « {value} » n'est pas un nombre décimal (chiffres, un point : 1234.56)",
    en: "{term} ({bt}) \"{value}\" is not a decimal number (digits and a point: 1234.56)",
  },
  TOO_MANY_DECIMALS: {
    fr: "{term} ({bt}) {value} a plus de 2 décimales : un montant EN 16931 est arrondi au centime",
    en: "{term} ({bt}) {value} has more than 2 decimals: an EN 16931 amount is rounded to the cent",
  },
  NEGATIVE_NET_PRICE: {
    fr: "ligne {line} : prix net (BT-146) {value} négatif ; une remise s'écrit en remise, pas en prix négatif",
    en: "line {line}: net price (BT-146) {value} is negative; a discount is written as an allowance, not as a negative price",
  },
  SUM_MISMATCH: {
    fr: "{term} ({bt}) vaut {actual}, or {formula} donne {expected} : la facture est incohérente (un montant a pu être modifié) ; ne la payez pas avant d'avoir reçu une facture corrigée",
    en: "{term} ({bt}) is {actual}, but {formula} gives {expected}: the invoice is inconsistent (an amount may have been altered); do not pay it before you receive a corrected invoice",
  },
  VAT_BASE_MISMATCH: {
    fr: "TVA {category} {rate} : base imposable (BT-116) {actual}, or les lignes, remises et frais de cette catégorie donnent {expected} ; demandez une facture corrigée",
    en: "VAT {category} {rate}: taxable amount (BT-116) {actual}, but the lines, allowances and charges of this category give {expected}; ask for a corrected invoice",
  },
  VAT_AMOUNT_MISMATCH: {
    fr: "TVA {category} {rate} : montant de TVA (BT-117) {actual}, or base × taux donne {expected} ; demandez une facture corrigée",
    en: "VAT {category} {rate}: VAT amount (BT-117) {actual}, but base × rate gives {expected}; ask for a corrected invoice",
  },
  VAT_AMOUNT_NOT_ZERO: {
    fr: "TVA {category} : montant de TVA (BT-117) {actual} au lieu de 0 pour cette catégorie ; demandez une facture corrigée",
    en: "VAT {category}: VAT amount (BT-117) {actual} instead of 0 for this category; ask for a corrected invoice",
  },
  EXEMPTION_REASON_MISSING: {
    fr: "TVA {category} : motif d'exonération manquant (texte BT-120 ou code BT-121) ; la facture doit dire pourquoi la TVA n'est pas due",
    en: "VAT {category}: exemption reason missing (text BT-120 or code BT-121); the invoice must say why no VAT is due",
  },
  EXEMPTION_REASON_FORBIDDEN: {
    fr: "TVA {category} : un motif d'exonération (BT-120 ou BT-121) est donné pour une catégorie taxée ; retirez-le ou corrigez la catégorie",
    en: "VAT {category}: an exemption reason (BT-120 or BT-121) is given for a taxed category; remove it or correct the category",
  },
  LINE_CATEGORY_WITHOUT_BREAKDOWN: {
    fr: "des lignes sont en TVA {category} mais aucune ventilation de TVA (BG-23) n'a cette catégorie ; demandez une facture corrigée",
    en: "lines are in VAT {category} but no VAT breakdown (BG-23) has this category; ask for a corrected invoice",
  },
  FR_SIREN_MISSING: {
    fr: "SIREN du vendeur (BT-30, schéma 0002) manquant ou pas sur 9 chiffres (« {value} ») : obligatoire pour une facture française",
    en: "seller SIREN (BT-30, scheme 0002) missing or not 9 digits (\"{value}\"): required on a French invoice",
  },
  FR_SIREN_INVALID: {
    fr: "SIREN {value} ({bt}) : clé de contrôle fausse (algorithme de Luhn) ; vérifiez-le sur l'annuaire des entreprises avant de payer",
    en: "SIREN {value} ({bt}): wrong check digit (Luhn algorithm); check it in the company register before paying",
  },
  FR_NOTE_MISSING: {
    fr: "mention obligatoire absente des notes (BT-22, code {code}) : {what}",
    en: "mandatory mention missing from the notes (BT-22, code {code}): {what}",
  },
  FR_NOTE_DUPLICATE: {
    fr: "la note de code {code} (BT-21) apparaît {count} fois : une seule est admise",
    en: "the note with code {code} (BT-21) appears {count} times: only one is allowed",
  },
  PDF_UNREADABLE: {
    fr: "le PDF ne peut pas être lu ({detail}) : demandez à l'émetteur de le renvoyer",
    en: "the PDF cannot be read ({detail}): ask the sender to send it again",
  },
  PDF_ENCRYPTED: {
    fr: "le PDF est chiffré : un Factur-X (PDF/A-3) ne l'est jamais ; demandez un fichier non chiffré",
    en: "the PDF is encrypted: a Factur-X (PDF/A-3) never is; ask for an unencrypted file",
  },
  PDF_NO_ATTACHMENT: {
    fr: "aucune pièce jointe factur-x.xml (pièces jointes : {names}) : ce PDF n'est pas une facture Factur-X",
    en: "no factur-x.xml attachment (attachments: {names}): this PDF is not a Factur-X invoice",
  },
  PDF_OTHER_NAME: {
    fr: "la facture jointe s'appelle {name} au lieu de factur-x.xml (nom imposé par Factur-X 1.0) ; elle est vérifiée quand même",
    en: "the attached invoice is named {name} instead of factur-x.xml (the name Factur-X 1.0 requires); it is checked anyway",
  },
  PDF_EXTRACT: {
    fr: "{name} ne peut pas être extrait (flux illisible ou de plus de {limit} Mio une fois décompressé) : la facture jointe n'est pas vérifiée",
    en: "{name} cannot be extracted (unreadable stream, or over {limit} MiB once decompressed): the attached invoice is not checked",
  },
  PDF_AFRELATIONSHIP_MISSING: {
    fr: "{name} : la pièce jointe n'a pas d'/AFRelationship (PDF/A-3 l'exige ; Factur-X admet Data, Source ou Alternative)",
    en: "{name}: the attachment has no /AFRelationship (PDF/A-3 requires one; Factur-X allows Data, Source or Alternative)",
  },
  PDF_AFRELATIONSHIP_INVALID: {
    fr: "{name} : /AFRelationship /{value} n'est pas admis par Factur-X (Data, Source ou Alternative)",
    en: "{name}: /AFRelationship /{value} is not allowed by Factur-X (Data, Source or Alternative)",
  },
  PDF_AF_MISSING: {
    fr: "{name} : la pièce jointe n'est pas listée dans le tableau /AF du catalogue (fichier associé PDF/A-3)",
    en: "{name}: the attachment is not listed in the catalogue's /AF array (PDF/A-3 associated file)",
  },
  PDF_MIMETYPE: {
    fr: "{name} : type MIME {value} au lieu de text/xml",
    en: "{name}: MIME type {value} instead of text/xml",
  },
  PDF_XMP_MISSING: {
    fr: "le PDF n'a pas de métadonnées XMP : un Factur-X y déclare son profil et sa pièce jointe",
    en: "the PDF has no XMP metadata: a Factur-X declares its profile and attachment there",
  },
  PDF_XMP_NO_FACTURX: {
    fr: "les métadonnées XMP n'ont pas de propriétés Factur-X (espace de noms urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#)",
    en: "the XMP metadata has no Factur-X properties (namespace urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#)",
  },
  PDF_XMP_FIELD_MISSING: {
    fr: "métadonnée XMP fx:{field} manquante",
    en: "XMP fx:{field} missing",
  },
  PDF_XMP_DOCUMENT_TYPE: {
    fr: "métadonnée XMP fx:DocumentType « {value} » au lieu de « INVOICE »",
    en: "XMP fx:DocumentType \"{value}\" instead of \"INVOICE\"",
  },
  PDF_XMP_FILE_NAME: {
    fr: "métadonnée XMP fx:DocumentFileName « {value} » mais la pièce jointe s'appelle {name}",
    en: "XMP fx:DocumentFileName \"{value}\" but the attachment is named {name}",
  },
  PDF_XMP_VERSION: {
    fr: "métadonnée XMP fx:Version « {value} » au lieu de « 1.0 »",
    en: "XMP fx:Version \"{value}\" instead of \"1.0\"",
  },
  PDF_XMP_LEVEL_UNKNOWN: {
    fr: "métadonnée XMP fx:ConformanceLevel « {value} » inconnue (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED)",
    en: "XMP fx:ConformanceLevel \"{value}\" unknown (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED)",
  },
  PDF_XMP_LEVEL_MISMATCH: {
    fr: "métadonnée XMP fx:ConformanceLevel « {value} » mais le XML déclare le profil « {expected} » (BT-24)",
    en: "XMP fx:ConformanceLevel \"{value}\" but the XML declares profile \"{expected}\" (BT-24)",
  },
  PDF_XMP_EXTENSION: {
    fr: "les métadonnées XMP ne déclarent pas le schéma d'extension PDF/A de Factur-X : un lecteur PDF/A-3 rejette ces propriétés",
    en: "the XMP metadata does not declare the Factur-X PDF/A extension schema: a PDF/A-3 reader rejects these properties",
  },
  PDF_PDFA_PART: {
    fr: "pdfaid:part {value} : un Factur-X se déclare PDF/A-3 (pdfaid:part = 3)",
    en: "pdfaid:part {value}: a Factur-X declares PDF/A-3 (pdfaid:part = 3)",
  },
  PDF_PDFA_CONFORMANCE: {
    fr: "pdfaid:conformance {value} : attendu A, B ou U",
    en: "pdfaid:conformance {value}: expected A, B or U",
  },
  PDF_OUTPUT_INTENT: {
    fr: "le catalogue n'a pas d'/OutputIntents : PDF/A exige un profil de couleur (sRGB)",
    en: "the catalogue has no /OutputIntents: PDF/A requires a colour profile (sRGB)",
  },
  PDF_FONTS: {
    fr: "polices non incorporées : {fonts} ; PDF/A exige que toutes les polices soient incorporées",
    en: "fonts not embedded: {fonts}; PDF/A requires every font to be embedded",
  },
  PDF_JAVASCRIPT: {
    fr: "le PDF contient du JavaScript : interdit en PDF/A ; ne l'ouvrez pas dans un lecteur qui l'exécute et demandez un fichier sans script",
    en: "the PDF contains JavaScript: forbidden in PDF/A; do not open it in a reader that runs it and ask for a file without scripts",
  },
  IN_ATTACHMENT: {
    fr: "{attachment}, ligne {line}, colonne {column} : {message}",
    en: "{attachment}, line {line}, column {column}: {message}",
  },
} satisfies Catalog<string>;

const L = (fr: string, en: string) => new Localized({ fr, en });

/** The business terms quoted in messages, named as EN 16931 names them in each language. */
export const terms = {
  "BT-1": L("le numéro de facture", "the invoice number"),
  "BT-2": L("la date d'émission", "the issue date"),
  "BT-3": L("le code de type de facture", "the invoice type code"),
  "BT-5": L("le code de devise", "the currency code"),
  "BT-24": L("l'identifiant de spécification", "the specification identifier"),
  "BT-27": L("le nom du vendeur", "the seller name"),
  "BT-40": L("le code pays du vendeur", "the seller country code"),
  "BT-44": L("le nom de l'acheteur", "the buyer name"),
  "BT-55": L("le code pays de l'acheteur", "the buyer country code"),
  "BG-5": L("l'adresse postale du vendeur", "the seller postal address"),
  "BG-8": L("l'adresse postale de l'acheteur", "the buyer postal address"),
  "BT-92": L("le montant de la remise", "the document-level allowance amount"),
  "BT-99": L("le montant des frais", "the document-level charge amount"),
  "BT-106": L("la somme des montants nets des lignes", "the sum of invoice line net amounts"),
  "BT-107": L("la somme des remises au niveau document", "the sum of document-level allowances"),
  "BT-108": L("la somme des frais au niveau document", "the sum of document-level charges"),
  "BT-109": L("le total HT", "the total without VAT"),
  "BT-110": L("le total de la TVA", "the total VAT amount"),
  "BT-112": L("le total TTC", "the total with VAT"),
  "BT-113": L("le montant déjà payé", "the paid amount"),
  "BT-114": L("l'arrondi", "the rounding amount"),
  "BT-115": L("le montant à payer", "the amount due for payment"),
  "BT-116": L("la base imposable", "the VAT category taxable amount"),
  "BT-117": L("le montant de TVA", "the VAT category tax amount"),
  "BT-118": L("le code de catégorie de TVA", "the VAT category code"),
  "BT-119": L("le taux de TVA", "the VAT category rate"),
  "BT-126": L("l'identifiant de ligne", "the line identifier"),
  "BT-129": L("la quantité facturée", "the invoiced quantity"),
  "BT-130": L("l'unité de quantité", "the unit of measure"),
  "BT-131": L("le montant net de la ligne", "the line net amount"),
  "BT-146": L("le prix net", "the item net price"),
  "BT-151": L("le code de catégorie de TVA de la ligne", "the line VAT category code"),
  "BT-153": L("le nom de l'article", "the item name"),
} as const;

export type TermId = keyof typeof terms;

/** The formulas of the calculation rules, as SUM_MISMATCH quotes them. */
export const formulas = {
  "BR-CO-10": L("la somme des montants nets des lignes (BT-131)", "the sum of the line net amounts (BT-131)"),
  "BR-CO-11": L("la somme des remises au niveau document (BT-92)", "the sum of the document-level allowances (BT-92)"),
  "BR-CO-12": L("la somme des frais au niveau document (BT-99)", "the sum of the document-level charges (BT-99)"),
  "BR-CO-13": L("BT-106 − BT-107 + BT-108", "BT-106 − BT-107 + BT-108"),
  "BR-CO-14": L("la somme des montants de TVA par catégorie (BT-117)", "the sum of the VAT category amounts (BT-117)"),
  "BR-CO-15": L("total HT (BT-109) + TVA (BT-110)", "total without VAT (BT-109) + VAT (BT-110)"),
  "BR-CO-16": L("total TTC (BT-112) − déjà payé (BT-113) + arrondi (BT-114)", "total with VAT (BT-112) − paid (BT-113) + rounding (BT-114)"),
};

/** The French mentions BR-FR-05 requires in the notes, by subject code. */
export const frenchNotes = {
  PMT: L("l'indemnité forfaitaire pour frais de recouvrement (40 €) en cas de retard", "the fixed recovery indemnity (40 €) for late payment"),
  PMD: L("les pénalités de retard (taux et conditions)", "the late-payment penalties (rate and conditions)"),
  AAB: L("l'escompte pour paiement anticipé, ou son absence", "the early-payment discount, or that there is none"),
};

const VAT_CATEGORY_NAMES: Record<string, Localized> = {
  S: L("au taux normal (S)", "standard rated (S)"),
  Z: L("au taux zéro (Z)", "zero rated (Z)"),
  E: L("exonérée (E)", "exempt (E)"),
  AE: L("autoliquidée (AE)", "reverse charge (AE)"),
  K: L("livraison intracommunautaire (K)", "intra-community supply (K)"),
  G: L("export hors UE (G)", "export outside the EU (G)"),
  O: L("hors champ (O)", "not subject to VAT (O)"),
  L: L("IGIC des Canaries (L)", "Canary Islands IGIC (L)"),
  M: L("IPSI de Ceuta et Melilla (M)", "Ceuta and Melilla IPSI (M)"),
};

export function vatCategoryName(code: string): Localized | string {
  return VAT_CATEGORY_NAMES[code] ?? code;
}

/** A finding's message in the reader's language. */
export function describeFinding(finding: Finding, locale: Locale): string {
  return format(checkMessages, finding.messageId, finding.data, locale);
}

/** The message of a finding inside a PDF's attachment: the attachment and the place in it named. */
export function describeInAttachment(finding: Finding, attachment: string, locale: Locale): string {
  const message = describeFinding(finding, locale);
  if (!finding.at) return message;
  return format(checkMessages, "IN_ATTACHMENT", { attachment, line: finding.at.line, column: finding.at.column, message }, locale);
}
