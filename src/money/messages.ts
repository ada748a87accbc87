// Why a computation cannot be made (ComputationError codes), in both languages. `{what}` is the
// caller's name for the value (a French label today, see the issue #8 report).
import type { Catalog } from "../model/locale.js";

export const moneyMessages = {
  AMOUNT_PAID_UNKNOWN: { fr: "Montant payé inconnu : indiquez facts.amountPaid ou le total de la facture.", en: "Amount paid unknown: give facts.amountPaid or the invoice total." },
  MONTHS_USED_MISSING: {
    fr: "Indiquez le nombre de mois utilisés (facts.monthsUsed) ou les dates de début et de fin (facts.startDate, facts.cancelledOn).",
    en: "Give the number of months used (facts.monthsUsed) or the start and end dates (facts.startDate, facts.cancelledOn).",
  },
  SERVICES_RENDERED_MISSING: { fr: "Indiquez la valeur des prestations déjà fournies (facts.servicesRendered).", en: "Give the value of the services already provided (facts.servicesRendered)." },
  INTEREST_DATES_MISSING: {
    fr: "Intérêts au taux légal : indiquez la date de paiement (facts.paidOn) et la date du remboursement.",
    en: "Interest at the legal rate: give the payment date (facts.paidOn) and the refund date.",
  },
  UNKNOWN_OUTCOME: {
    fr: "Issue « {outcome} » inconnue pour la politique « {policy} » (attendu : {expected}).",
    en: "Unknown outcome \"{outcome}\" for policy \"{policy}\" (expected: {expected}).",
  },
  PROVIDER_FEES_MISSING: {
    fr: "Cette issue déduit les frais des prestataires de paiement : indiquez-les (facts.providerFees).",
    en: "This outcome deducts the payment providers' fees: give them (facts.providerFees).",
  },
  ORDER_TOTAL_MISSING: { fr: "Frais d'annulation : indiquez le total de la commande.", en: "Cancellation fee: give the order total." },
  PAYMENT_NOT_POSITIVE: { fr: "Le paiement à imputer doit être positif.", en: "The payment to allocate must be positive." },
  DATE_INVALID: { fr: "Date invalide : « {date} » (attendu AAAA-MM-JJ).", en: "Invalid date: \"{date}\" (expected YYYY-MM-DD)." },
  AMOUNT_TOO_LARGE_FOR_WORDS: { fr: "Montant trop grand pour être écrit en toutes lettres.", en: "Amount too large to be written in words." },
  WORDS_EUR_ONLY: {
    fr: "Montant en toutes lettres : seule la devise EUR est prise en charge (reçu {currency}).",
    en: "Amount in words: only the EUR currency is supported (got {currency}).",
  },
  NEGATIVE_DURATION: { fr: "Durée négative.", en: "Negative duration." },
  DEPOSIT_ABOVE_CEILING: {
    fr: "Acompte de {percent} supérieur au plafond de {ceiling} fixé par les conditions générales.",
    en: "Deposit of {percent} above the ceiling of {ceiling} set by the terms.",
  },
  SCHEDULE_EMPTY: { fr: "Échéancier vide : indiquez au moins une échéance.", en: "Empty payment schedule: give at least one instalment." },
  SCHEDULE_NOT_100: { fr: "Les échéances totalisent {sum} au lieu de 100 %.", en: "The instalments add up to {sum} instead of 100 %." },
  TTC_NOT_IN_CENTS: {
    fr: "Le montant TTC {what} ({amount}) doit être au centime avant d'être ventilé.",
    en: "The VAT-inclusive amount {what} ({amount}) must be in cents before it is split.",
  },
  CANCELLATION_DATE_MISSING: { fr: "Date d'annulation manquante (cancelledOn).", en: "Cancellation date missing (cancelledOn)." },
  START_DATE_MISSING: { fr: "Date de début de la prestation manquante (startDate).", en: "Start date of the service missing (startDate)." },
  INSTANT_INVALID: {
    fr: "{what} manquante ou invalide (date et heure attendues, ex. 2026-03-02T09:00:00+01:00).",
    en: "{what} missing or invalid (a date and time expected, e.g. 2026-03-02T09:00:00+01:00).",
  },
  POLICY_CALENDAR_MISSING: {
    fr: "La politique « {policy} » compte en jours ouvrables : indiquez son calendrier (FR ou LU).",
    en: "Policy \"{policy}\" counts working days: give its calendar (FR or LU).",
  },
  CANCELLED_AFTER_START: {
    fr: "Annulation notifiée le {cancelled}, après le début de la prestation ({start}) : aucun préavis ne peut être calculé, ce n'est plus une annulation au sens de la politique « {policy} » ; vérifiez la date d'annulation (cancelledOn, --on) et la date de début (startDate, --start).",
    en: "Cancellation notified on {cancelled}, after the service started ({start}): no notice can be computed, it is no longer a cancellation under policy \"{policy}\"; check the cancellation date (cancelledOn, --on) and the start date (startDate, --start).",
  },
  NO_CANCELLATION_WINDOW: {
    fr: "Préavis de {notice} {unit} : aucune fenêtre de la politique « {policy} » ne s'applique (annulation après le début ?).",
    en: "Notice of {notice} {unit}: no window of policy \"{policy}\" applies (cancelled after the start?).",
  },
  RATE_NEEDS_INVOICE_DATE: { fr: "Le taux est celui de la date de facture : indiquez la date de facture.", en: "The rate is the one of the invoice date: give the invoice date." },
  RATE_NEEDS_DELIVERY_DATE: { fr: "Le taux est celui de la date de livraison : indiquez la date de livraison.", en: "The rate is the one of the delivery date: give the delivery date." },
  DECIMAL_INVALID: { fr: "Valeur décimale invalide pour {what} : « {value} ».", en: "Invalid decimal value for {what}: \"{value}\"." },
  DECIMAL_NOT_FINITE: { fr: "Valeur décimale invalide pour {what} : « {value} » n'est pas un nombre fini.", en: "Invalid decimal value for {what}: \"{value}\" is not a finite number." },
  AMOUNT_BEYOND_CENTS: {
    fr: "Le montant {what} (« {value} ») a plus de deux décimales : indiquez-le au centime.",
    en: "The amount {what} (\"{value}\") has more than two decimals: give it in cents.",
  },
  TERMS_WITHOUT_BILLING_RULES: {
    fr: "les conditions {terms} ne fixent pas d'unités de facturation (billing.durationRounding, billing.travel) : rien à calculer",
    en: "the terms {terms} set no billing units (billing.durationRounding, billing.travel): nothing to compute",
  },
  TERMS_WITHOUT_PAYMENT_TERM: {
    fr: "les conditions {terms} ne fixent pas de délai de paiement (payment) : échéance incalculable",
    en: "the terms {terms} set no payment term (payment): the due date cannot be computed",
  },
  DUE_DATE_UNKNOWN: { fr: "échéance inconnue : ni la facture ni les conditions ne la fixent", en: "due date unknown: neither the invoice nor the terms set it" },
  EPC_NAME_TOO_LONG: {
    fr: "QR code de virement : le nom du bénéficiaire « {name} » dépasse 70 caractères ; indiquez un titulaire plus court (bankAccounts[].holder) ou retirez paymentQrCode.",
    en: "Transfer QR code: the beneficiary name \"{name}\" is longer than 70 characters; give a shorter holder (bankAccounts[].holder) or drop paymentQrCode.",
  },
  TRANSFER_IBAN_INVALID: {
    fr: "Virement : l'IBAN « {iban} » est invalide ({reason}) ; aucun paiement ne peut y être demandé. Corrigez bankAccounts[].iban dans le fichier vendeur.",
    en: "Transfer: the IBAN \"{iban}\" is invalid ({reason}); no payment can be asked to it. Fix bankAccounts[].iban in the seller file.",
  },
  EPC_BIC_INVALID: {
    fr: "QR code de virement : le BIC « {bic} » est invalide ({reason}) ; corrigez bankAccounts[].bic dans le fichier vendeur.",
    en: "Transfer QR code: the BIC \"{bic}\" is invalid ({reason}); fix bankAccounts[].bic in the seller file.",
  },
  EPC_REFERENCE_TOO_LONG: {
    fr: "QR code de virement : la référence « {reference} » dépasse {max} caractères.",
    en: "Transfer QR code: the reference \"{reference}\" is longer than {max} characters.",
  },
  EPC_PAYLOAD_TOO_LONG: {
    fr: "QR code de virement : {bytes} octets, au-delà des 331 permis par la norme EPC069-12 ; raccourcissez le nom du titulaire ou la référence.",
    en: "Transfer QR code: {bytes} bytes, beyond the 331 the EPC069-12 standard allows; shorten the holder's name or the reference.",
  },
  RF_REFERENCE_IMPOSSIBLE: {
    fr: "Référence de paiement RF impossible : le numéro « {number} » doit compter de 1 à 21 lettres ou chiffres (séparateurs ignorés) ; choisissez paymentReference: number.",
    en: "RF payment reference impossible: the number \"{number}\" must have 1 to 21 letters or digits (separators ignored); choose paymentReference: number.",
  },
  "UNIT_working-days": { fr: "jours ouvrables", en: "working days" },
  "UNIT_calendar-days": { fr: "jours calendaires", en: "calendar days" },
  UNIT_hours: { fr: "heures", en: "hours" },
} satisfies Catalog<string>;

export type MoneyMessageId = keyof typeof moneyMessages;
