// What each rule id of check-einvoice checks, in one line per language (SARIF rule metadata,
// docs/einvoicing.md, « Checking received e-invoices »). Ids are the standard's where one exists: EN 16931 (BR-…), XP Z12-012
// (BR-FR-…), and the official validator's for the Factur-X container (PDF-…).
import type { Locale } from "../../model/locale.js";

type Description = Record<Locale, string>;
export type RuleFamily = "structure" | "container" | "mandatory" | "totals" | "vat" | "french";

const d = (fr: string, en: string): Description => ({ fr, en });

const EXACT: Record<string, { family: RuleFamily; text: Description }> = {
  "XML-ENCODING": { family: "structure", text: d("Le XML est en UTF-8.", "The XML is UTF-8.") },
  "XML-WELLFORMED": { family: "structure", text: d("Le XML est bien formé.", "The XML is well-formed.") },
  "XML-DTD": { family: "structure", text: d("Le XML n'a ni DOCTYPE ni déclaration d'entité (protection XXE).", "The XML has no DOCTYPE nor entity declaration (XXE protection).") },
  "XML-DOCTYPE": { family: "structure", text: d("La racine est une facture CII ou une facture ou un avoir UBL.", "The root is a CII invoice or a UBL Invoice or CreditNote.") },
  XSD: { family: "structure", text: d("Les montants, taux et quantités sont des nombres décimaux.", "Amounts, rates and quantities are decimal numbers.") },
  "PROFILE-UNKNOWN": { family: "structure", text: d("L'identifiant de spécification (BT-24) est EN 16931 ou un profil Factur-X connu.", "The specification identifier (BT-24) is EN 16931 or a known Factur-X profile.") },
  "PDF-READ": { family: "container", text: d("Le PDF peut être lu.", "The PDF can be read.") },
  "PDF-ENCRYPTED": { family: "container", text: d("Le PDF n'est pas chiffré.", "The PDF is not encrypted.") },
  "PDF-FX-ATTACHMENT": { family: "container", text: d("Le PDF joint la facture sous le nom factur-x.xml.", "The PDF embeds the invoice as factur-x.xml.") },
  "PDF-FX-EXTRACT": { family: "container", text: d("La facture jointe peut être extraite (flux lisible, moins de 20 Mio décompressé).", "The attached invoice can be extracted (readable stream, under 20 MiB decompressed).") },
  "PDF-AFRELATIONSHIP": { family: "container", text: d("La pièce jointe a une /AFRelationship Data, Source ou Alternative.", "The attachment has an /AFRelationship Data, Source or Alternative.") },
  "PDF-AF": { family: "container", text: d("La pièce jointe est listée dans le /AF du catalogue.", "The attachment is listed in the catalogue's /AF.") },
  "PDF-MIMETYPE": { family: "container", text: d("La pièce jointe est de type text/xml.", "The attachment's type is text/xml.") },
  "PDF-XMP": { family: "container", text: d("Le PDF a des métadonnées XMP Factur-X.", "The PDF has Factur-X XMP metadata.") },
  "PDF-XMP-DocumentType": { family: "container", text: d("fx:DocumentType vaut INVOICE.", "fx:DocumentType is INVOICE.") },
  "PDF-XMP-DocumentFileName": { family: "container", text: d("fx:DocumentFileName est le nom de la pièce jointe.", "fx:DocumentFileName is the attachment's name.") },
  "PDF-XMP-Version": { family: "container", text: d("fx:Version vaut 1.0.", "fx:Version is 1.0.") },
  "PDF-XMP-ConformanceLevel": { family: "container", text: d("fx:ConformanceLevel est connu et correspond au profil du XML (BT-24).", "fx:ConformanceLevel is known and matches the XML's profile (BT-24).") },
  "PDF-XMP-EXTENSION": { family: "container", text: d("Le XMP déclare le schéma d'extension PDF/A de Factur-X.", "The XMP declares the Factur-X PDF/A extension schema.") },
  "PDF-PDFA-ID": { family: "container", text: d("Le XMP déclare PDF/A-3 (pdfaid:part 3, conformance A, B ou U).", "The XMP declares PDF/A-3 (pdfaid:part 3, conformance A, B or U).") },
  "PDF-OUTPUTINTENT": { family: "container", text: d("Le catalogue a un /OutputIntents.", "The catalogue has /OutputIntents.") },
  "PDF-FONTS": { family: "container", text: d("Toutes les polices des pages sont incorporées (PDF/A).", "Every font of the pages is embedded (PDF/A).") },
  "PDF-JAVASCRIPT": { family: "container", text: d("Le PDF ne contient pas de JavaScript (PDF/A).", "The PDF contains no JavaScript (PDF/A).") },
  "BR-16": { family: "mandatory", text: d("La facture a au moins une ligne.", "The invoice has at least one line.") },
  "BR-27": { family: "mandatory", text: d("Le prix net d'un article (BT-146) n'est pas négatif.", "The item net price (BT-146) is not negative.") },
  "BR-CO-10": { family: "totals", text: d("BT-106 = somme des montants nets des lignes (BT-131).", "BT-106 = sum of the line net amounts (BT-131).") },
  "BR-CO-11": { family: "totals", text: d("BT-107 = somme des remises au niveau document (BT-92).", "BT-107 = sum of the document-level allowances (BT-92).") },
  "BR-CO-12": { family: "totals", text: d("BT-108 = somme des frais au niveau document (BT-99).", "BT-108 = sum of the document-level charges (BT-99).") },
  "BR-CO-13": { family: "totals", text: d("BT-109 = BT-106 − BT-107 + BT-108.", "BT-109 = BT-106 − BT-107 + BT-108.") },
  "BR-CO-14": { family: "totals", text: d("BT-110 = somme des montants de TVA par catégorie (BT-117).", "BT-110 = sum of the VAT category amounts (BT-117).") },
  "BR-CO-15": { family: "totals", text: d("BT-112 = BT-109 + BT-110.", "BT-112 = BT-109 + BT-110.") },
  "BR-CO-16": { family: "totals", text: d("BT-115 = BT-112 − BT-113 + BT-114.", "BT-115 = BT-112 − BT-113 + BT-114.") },
  "BR-CO-17": { family: "vat", text: d("BT-117 = BT-116 × BT-119 / 100, arrondi au centime.", "BT-117 = BT-116 × BT-119 / 100, rounded to the cent.") },
  "BR-CO-18": { family: "vat", text: d("La facture a au moins une ventilation de TVA (BG-23).", "The invoice has at least one VAT breakdown (BG-23).") },
  "BR-FR-10_BT-30": { family: "french", text: d("Le vendeur français a un SIREN (BT-30, schéma 0002) à 9 chiffres.", "A French seller has a 9-digit SIREN (BT-30, scheme 0002).") },
  "FR-SIREN-LUHN": { family: "french", text: d("Un SIREN (schéma 0002) a une clé de Luhn correcte.", "A SIREN (scheme 0002) has a valid Luhn check digit.") },
};

/** The rule family and one-line description of an id, including the generated per-category and per-note ids. */
export function ruleInfo(id: string): { family: RuleFamily; text: Description } {
  const exact = EXACT[id];
  if (exact) return exact;
  // CII names the note by its code, UBL by its rank.
  let m = /^BR-FR-0([56])_BT-2[12][_-](PMT|PMD|AAB|1|2|3)$/.exec(id);
  if (m) {
    const code = { "1": "PMT", "2": "PMD", "3": "AAB" }[m[2]!] ?? m[2];
    return m[1] === "5"
      ? { family: "french", text: d(`Les notes portent la mention obligatoire de code ${code}.`, `The notes carry the mandatory mention with code ${code}.`) }
      : { family: "french", text: d(`Une seule note de code ${code}.`, `Only one note with code ${code}.`) };
  }
  m = /^BR-DEC-\d+$/.exec(id);
  if (m) return { family: "totals", text: d(`${id} : ce montant a au plus 2 décimales.`, `${id}: this amount has at most 2 decimals.`) };
  if (id === "BR-S-09") return { family: "vat", text: d("Catégorie S : le montant de TVA (BT-117) est la base (BT-116) × le taux (BT-119).", "Category S: the VAT amount (BT-117) is the base (BT-116) × the rate (BT-119).") };
  m = /^BR-(S|Z|E|AE|IC|G|O|IG|IP)-(01|08|09|10)$/.exec(id);
  if (m) {
    const texts: Record<string, Description> = {
      "01": d(`Catégorie de TVA ${m[1]} utilisée : une ventilation de TVA de cette catégorie existe.`, `VAT category ${m[1]} used: a VAT breakdown of this category exists.`),
      "08": d(`Catégorie ${m[1]} : la base imposable (BT-116) est la somme des lignes, frais et remises de la catégorie.`, `Category ${m[1]}: the taxable amount (BT-116) is the sum of the category's lines, charges and allowances.`),
      "09": d(`Catégorie ${m[1]} : le montant de TVA (BT-117) est 0.`, `Category ${m[1]}: the VAT amount (BT-117) is 0.`),
      "10": ["S", "Z"].includes(m[1]!)
        ? d(`Catégorie ${m[1]} : pas de motif d'exonération (BT-120, BT-121).`, `Category ${m[1]}: no exemption reason (BT-120, BT-121).`)
        : d(`Catégorie ${m[1]} : un motif d'exonération (BT-120 ou BT-121) est donné.`, `Category ${m[1]}: an exemption reason (BT-120 or BT-121) is given.`),
    };
    return { family: "vat", text: texts[m[2]!]! };
  }
  return { family: "mandatory", text: d(`${id} : un terme métier obligatoire d'EN 16931 est présent.`, `${id}: a mandatory EN 16931 business term is present.`) };
}
