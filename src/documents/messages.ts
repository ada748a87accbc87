// The usage errors of `clausier compute` found in the document (wrong kind, no policy chosen), in
// French and English: thrown as data (ComputeUsageError), worded by the command in the user's locale.
import { UsageError } from "../model/diagnostics.js";
import { format, type Catalog, type Locale } from "../model/locale.js";

export const computeUsageMessages = {
  WRONG_KIND: {
    fr: "compute {what} : attendu un document {expected}, pas {kind} ({path})",
    en: "compute {what}: expected a document of kind {expected}, not {kind} ({path})",
  },
  KINDS_JOIN: { fr: " ou ", en: " or " },
  CHOOSE_POLICY: {
    fr: "compute cancellation : choisissez la politique d'annulation avec --policy ({policies})",
    en: "compute cancellation: choose the cancellation policy with --policy ({policies})",
  },
  NO_POLICY: { fr: "aucune dans ces conditions", en: "none in these terms" },
  CANCELLATION_DATES: {
    fr: "compute cancellation : indiquez la date d'annulation (--on) et le début de la prestation (--start)",
    en: "compute cancellation: give the cancellation date (--on) and the first day of the service (--start)",
  },
  BILLING_UNITS_INPUT: {
    fr: "compute billing-units : indiquez la durée de la prestation en heures (--hours 3.5) et/ou la distance et la zone du déplacement (--km 44 --zone {zones})",
    en: "compute billing-units: give the service's duration in hours (--hours 3.5) and/or the travel distance and zone (--km 44 --zone {zones})",
  },
  BILLING_UNITS_NUMBER: {
    fr: "compute billing-units : {option} attend un nombre décimal positif d'au plus 6 chiffres avant la virgule, par exemple 3.5 (trouvé « {value} »)",
    en: "compute billing-units: {option} expects a non-negative decimal number of at most 6 digits before the point, e.g. 3.5 (found \"{value}\")",
  },
  BILLING_UNITS_ZONE: {
    fr: "compute billing-units : zone de déplacement inconnue « {value} » ; zones des conditions : {zones}",
    en: "compute billing-units: unknown travel zone \"{value}\"; the terms' zones: {zones}",
  },
} satisfies Catalog<string>;

type ComputeUsageId = "WRONG_KIND" | "CHOOSE_POLICY" | "CANCELLATION_DATES" | "BILLING_UNITS_INPUT" | "BILLING_UNITS_NUMBER" | "BILLING_UNITS_ZONE";

/** A usage error (exit 2) with a code and its values; `message` is the French wording. */
export class ComputeUsageError extends UsageError {
  override name = "ComputeUsageError";

  constructor(
    readonly code: ComputeUsageId,
    readonly data: { what?: string; kinds?: string[]; kind?: string; path?: string; policies?: string[]; option?: string; value?: string; zones?: string } = {},
  ) {
    super("");
    this.message = this.describe("fr");
  }

  describe(locale: Locale): string {
    const { kinds, policies, ...rest } = this.data;
    const word = (id: keyof typeof computeUsageMessages) => format(computeUsageMessages, id, {}, locale);
    return format(
      computeUsageMessages,
      this.code,
      { ...rest, expected: kinds?.join(word("KINDS_JOIN")), policies: policies?.length ? policies.join(", ") : word("NO_POLICY") },
      locale,
    );
  }
}

export const documentMessages = {
  BANK_ACCOUNT_UNKNOWN: {
    fr: "le compte bancaire « {id} » choisi par le document (bankAccount) n'existe pas dans le fichier vendeur ; comptes déclarés : {ids}. Corrigez bankAccount ou ajoutez ce compte à bankAccounts",
    en: "the bank account \"{id}\" the document chooses (bankAccount) is not in the seller file; accounts declared: {ids}. Fix bankAccount or add this account to bankAccounts",
  },
  NO_ACCOUNT: { fr: "aucun", en: "none" },
} satisfies Catalog<string>;

/** A document names a bank account its seller does not declare. */
export class BankAccountError extends Error {
  override name = "BankAccountError";
  readonly code = "BANK_ACCOUNT_UNKNOWN";

  constructor(
    readonly id: string,
    readonly known: readonly string[],
  ) {
    super("");
    this.message = this.describe("fr");
  }

  describe(locale: Locale): string {
    const ids = this.known.length ? this.known.join(", ") : format(documentMessages, "NO_ACCOUNT", {}, locale);
    return format(documentMessages, "BANK_ACCOUNT_UNKNOWN", { id: this.id, ids }, locale);
  }
}
