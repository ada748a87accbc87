// Why an e-invoice cannot be written for a document, in French and English: thrown as data
// (EinvoiceError with a code and values), worded where it is printed.
import { format, type Catalog, type Locale } from "../model/locale.js";

export const einvoiceMessages = {
  IBAN_INVALID: {
    fr: "l'IBAN « {iban} » du compte choisi est invalide ({reason}) : recopiez-le depuis le RIB dans le fichier vendeur (bankAccounts) ; un e-invoice ne porte jamais un IBAN faux",
    en: "the IBAN \"{iban}\" of the chosen account is invalid ({reason}): copy it again from the bank details into the seller file (bankAccounts); an e-invoice never carries a wrong IBAN",
  },
  NOT_AN_INVOICE: {
    fr: "{kind} : seules les factures (et les avoirs) s'exportent en CII ou UBL",
    en: "{kind}: only invoices (and credit notes) are exported as CII or UBL",
  },
  PROFILE_NOT_UBL: {
    fr: "le profil {profile} est un profil Factur-X (CII) : l'export UBL suit toujours EN 16931",
    en: "profile {profile} is a Factur-X (CII) profile: the UBL export always follows EN 16931",
  },
} satisfies Catalog<string>;

export type EinvoiceErrorCode = keyof typeof einvoiceMessages;

export class EinvoiceError extends Error {
  override name = "EinvoiceError";

  constructor(
    readonly code: EinvoiceErrorCode,
    readonly data: Record<string, string> = {},
  ) {
    super("");
    this.message = this.describe("fr");
  }

  describe(locale: Locale): string {
    return format(einvoiceMessages, this.code, this.data, locale);
  }
}
