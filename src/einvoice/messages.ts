// Why an e-invoice cannot be written for a document, in French and English: thrown as data
// (EinvoiceError with a code and values), worded where it is printed.
import { format, type Catalog, type Locale } from "../model/locale.js";

export const einvoiceMessages = {
  IBAN_INVALID: {
    fr: "l'IBAN « {iban} » du compte choisi est invalide ({reason}) : recopiez-le depuis le RIB dans le fichier vendeur (bankAccounts) ; un e-invoice ne porte jamais un IBAN faux",
    en: "the IBAN \"{iban}\" of the chosen account is invalid ({reason}): copy it again from the bank details into the seller file (bankAccounts); an e-invoice never carries a wrong IBAN",
  },
} satisfies Catalog<string>;

/** What `clausier export` says about each document and the run. */
export const exportMessages = {
  INVALID_DOCUMENT: {
    fr: "{file} : document invalide, non exporté",
    en: "{file}: invalid document, not exported",
  },
  NOT_EXPORTABLE: {
    fr: "{file} : un document « {kind} » ne s'exporte pas ; seules les factures (et les avoirs) s'exportent en CII ou UBL",
    en: "{file}: a \"{kind}\" document is not exported; only invoices (and credit notes) are exported as CII or UBL",
  },
  LINT_REFUSED: {
    fr: "{file} : non exporté, {count} erreur(s) de lint dans le document ou les fichiers dont il dépend (--force pour l'exporter quand même)",
    en: "{file}: not exported, {count} lint error(s) in the document or the files it relies on (--force to export it anyway)",
  },
  LINT_FORCED: {
    fr: "{file} : exporté malgré {count} erreur(s) de lint (--force)",
    en: "{file}: exported despite {count} lint error(s) (--force)",
  },
  REFUSED: {
    fr: "{file} : non exporté, {reason}",
    en: "{file}: not exported, {reason}",
  },
  INTERNAL_ERROR: {
    fr: "{file} : non exporté, erreur interne de Clausier : {detail} (relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la) ; les autres documents sont exportés",
    en: "{file}: not exported, Clausier internal error: {detail} (run again with CLAUSIER_DEBUG=1 for the trace and report it); the other documents are exported",
  },
  NAME_CLASH: {
    fr: "{file} : non exporté, son fichier aurait le même nom que celui de {other} (même numéro ?)",
    en: "{file}: not exported, its file would have the same name as that of {other} (same number?)",
  },
  SUMMARY: {
    fr: "{count} facture(s) et avoir(s) exporté(s) en {format} dans {out}",
    en: "{count} invoice(s) and credit note(s) exported as {format} to {out}",
  },
  SUMMARY_REFUSED: {
    fr: " ; {count} document(s) refusé(s)",
    en: "; {count} document(s) refused",
  },
  NOTHING_TO_EXPORT: {
    fr: "aucune facture ni aucun avoir à exporter dans {paths}",
    en: "no invoice nor credit note to export in {paths}",
  },
} satisfies Catalog<string>;

export function exportMessage(locale: Locale, id: keyof typeof exportMessages, data: Record<string, unknown>): string {
  return format(exportMessages, id, data, locale);
}

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
