// The wording of every explanation step (explain.ts) and of the sections `clausier compute` prints,
// in both languages. A step carries an id from here and its data; the text is made where it is
// printed (compute in the user's locale, the refund PDF in French). The French templates are the
// wording the documents and the tests pin: change them only on purpose.
// Document content in data (a line description, a VAT exemption reason, an outcome label) is quoted
// in English (“…”): it stays French in every locale.
import type { Catalog } from "../model/locale.js";

export const stepMessages = {
  // ---- totals.ts (EN 16931 business terms) ----
  LINE_AMOUNT: { fr: "Ligne {line} ({description}) : montant {tax}", en: "Line {line} (“{description}”): amount {tax}" },
  TAX_HT: { fr: "HT", en: "excl. VAT" },
  TAX_TTC: { fr: "TTC", en: "incl. VAT" },
  DOCUMENT_ALLOWANCE: { fr: "Remise « {reason} » ({group}), {tax}", en: "Allowance “{reason}” ({group}), {tax}" },
  DOCUMENT_CHARGE: { fr: "Frais « {reason} » ({group}), {tax}", en: "Charge “{reason}” ({group}), {tax}" },
  GROUP_TTC_TOTAL: { fr: "{group} : total TTC du groupe", en: "{group}: group total incl. VAT" },
  GROUP_TTC_NET: { fr: "{group} : HT = TTC ÷ (1 + {rate}), arrondi au centime", en: "{group}: net = gross ÷ (1 + {rate}), rounded to the cent" },
  GROUP_TTC_VAT: { fr: "{group} : TVA = TTC − HT", en: "{group}: VAT = gross − net" },
  GROUP_BASE: { fr: "{group} : base HT du groupe (BT-116)", en: "{group}: group taxable amount (BT-116)" },
  GROUP_VAT: { fr: "{group} : montant de TVA du groupe (BT-117), arrondi au centime", en: "{group}: group VAT amount (BT-117), rounded to the cent" },
  LINES_TOTAL: { fr: "Total des lignes HT (BT-106)", en: "Sum of the line net amounts (BT-106)" },
  TOTAL_NET_ADJUSTED: { fr: "Total HT (BT-109) = lignes − remises + frais", en: "Total excl. VAT (BT-109) = lines − allowances + charges" },
  TOTAL_NET: { fr: "Total HT (BT-109)", en: "Total excl. VAT (BT-109)" },
  TOTAL_VAT: { fr: "Total TVA (BT-110) = somme des TVA par groupe", en: "Total VAT (BT-110) = sum of the groups' VAT" },
  TOTAL_GROSS: { fr: "Total TTC (BT-112) = HT + TVA", en: "Total incl. VAT (BT-112) = excl. VAT + VAT" },
  PAID: { fr: "Déjà payé (BT-113)", en: "Paid amount (BT-113)" },
  AMOUNT_DUE_AFTER_PAID: { fr: "Net à payer (BT-115) = TTC − déjà payé", en: "Amount due for payment (BT-115) = incl. VAT − paid" },
  AMOUNT_DUE: { fr: "Net à payer (BT-115)", en: "Amount due for payment (BT-115)" },

  // ---- vat-group.ts: a VAT group's name ----
  VAT_GROUP_STANDARD: { fr: "TVA {rate}", en: "VAT {rate}" },
  VAT_GROUP_exempt: { fr: "Exonération ({reason})", en: "Exemption (“{reason}”)" },
  "VAT_GROUP_reverse-charge": { fr: "Autoliquidation ({reason})", en: "Reverse charge (“{reason}”)" },
  "VAT_GROUP_out-of-scope": { fr: "Hors champ de la TVA ({reason})", en: "Outside the scope of VAT (“{reason}”)" },
  "VAT_GROUP_intra-eu-goods": { fr: "Livraison intracommunautaire exonérée ({reason})", en: "Exempt intra-EU supply of goods (“{reason}”)" },

  // ---- ttc.ts ----
  TTC_NET: { fr: "HT = TTC ÷ (1 + {rate}), arrondi au centime", en: "Net = gross ÷ (1 + {rate}), rounded to the cent" },
  TTC_VAT: { fr: "TVA = TTC − HT", en: "VAT = gross − net" },

  // ---- due-date.ts ----
  DUE_FROM_INVOICE_DATE: { fr: "Échéance : {days} jours à compter de la date de facture", en: "Due date: {days} days from the invoice date" },
  DATE_PLUS_DAYS: { fr: "{date} + {days} jours = {result}", en: "{date} + {days} days = {result}" },
  EOM_DAYS_THEN_EOM: {
    fr: "{days} jours fin de mois (lecture : date de facture + {days} jours, puis fin de mois)",
    en: "{days} days end of month (read as: invoice date + {days} days, then end of month)",
  },
  EOM_REACHED: { fr: "Fin du mois atteint", en: "End of the month reached" },
  ARROW_DATE: { fr: "→ {date}", en: "→ {date}" },
  EOM_THEN_DAYS: {
    fr: "{days} jours fin de mois (lecture : fin du mois de facture, puis + {days} jours)",
    en: "{days} days end of month (read as: end of the invoice's month, then + {days} days)",
  },
  INVOICE_MONTH_END: { fr: "fin du mois de facture : {date}", en: "end of the invoice's month: {date}" },
  PLUS_DAYS: { fr: "Plus {days} jours", en: "Plus {days} days" },
  PAYABLE_AT_ONCE: { fr: "Paiement {when} : échéance à la date de facture", en: "Payment {when}: due on the invoice date" },
  PAYABLE_AT_ONCE_TERM_IGNORED: {
    fr: "Paiement {when} : échéance à la date de facture (le délai de {days} jours indiqué n'est pas appliqué à ce mode de paiement)",
    en: "Payment {when}: due on the invoice date (the term of {days} days stated is not applied to this way of payment)",
  },
  "WHEN_on-order": { fr: "à la commande", en: "on order" },
  "WHEN_on-receipt": { fr: "à réception de la facture", en: "on receipt of the invoice" },
  "WHEN_period-start": { fr: "au début de chaque période", en: "at the start of each period" },
  DATE: { fr: "{date}", en: "{date}" },
  NO_CAP_IMMEDIATE: { fr: "Paiement immédiat : aucun plafond légal ne peut être dépassé", en: "Immediate payment: no legal cap can be exceeded" },
  CAP_FR_FROM_INVOICE: { fr: "Plafond légal ({basis}) : 60 jours à compter de la date de facture", en: "Legal cap ({basis}): 60 days from the invoice date" },
  CAP_FR_EOM: { fr: "Plafond légal ({basis}) : 45 jours fin de mois", en: "Legal cap ({basis}): 45 days end of month" },
  CAP_LU: {
    fr: "Plafond légal (loi luxembourgeoise du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE, art. 3) : 60 jours",
    en: "Legal cap (Luxembourg law of 18 April 2004 as amended, art. 3; Directive 2011/7/EU, art. 3): 60 days",
  },
  AGREED_TERM: { fr: "délai convenu : {days} jours", en: "agreed term: {days} days" },
  AGREED_TERM_EOM: { fr: "délai convenu : {days} jours fin de mois", en: "agreed term: {days} days end of month" },
  EOM_UP_TO: { fr: "{days} jours fin de mois = jusqu'à {days} + 30 = {longest} jours", en: "{days} days end of month = up to {days} + 30 = {longest} days" },
  FINDING_OVER_45_EOM: {
    fr: "Délai de {days} jours fin de mois supérieur au maximum légal de 45 jours fin de mois ({basis}).",
    en: "A term of {days} days end of month, above the legal maximum of 45 days end of month ({basis}).",
  },
  FINDING_OVER_60: {
    fr: "Délai de {days} jours à compter de la facture supérieur au maximum légal de 60 jours ({basis}).",
    en: "A term of {days} days from the invoice, above the legal maximum of 60 days ({basis}).",
  },
  FINDING_LU_AGREED: {
    fr: "Délai pouvant atteindre {days} jours, au-delà de 60 jours : admis car expressément convenu, à condition de ne pas être manifestement abusif pour le créancier.",
    en: "A term of up to {days} days, beyond 60 days: allowed because expressly agreed, provided it is not grossly unfair to the creditor.",
  },
  FINDING_LU: {
    fr: "Délai pouvant atteindre {days} jours, au-delà du maximum de 60 jours sans accord exprès (loi du 18 avril 2004 modifiée, art. 3 ; directive 2011/7/UE).",
    en: "A term of up to {days} days, beyond the maximum of 60 days without express agreement (Luxembourg law of 18 April 2004 as amended, art. 3; Directive 2011/7/EU).",
  },

  // ---- interest.ts: accrual and rates ----
  FROM_TO_DAYS: { fr: "du {from} au {to} = {days} jours", en: "from {from} to {to} = {days} days" },
  INTEREST_PART_DAYS: { fr: "Du {from} au {to} ({days} jours) au taux annuel de {rate}", en: "From {from} to {to} ({days} days) at the annual rate of {rate}" },
  MONTHS_STARTED_SINCE: { fr: "Mois commencés, comptés depuis le {date}, chacun compté en entier", en: "Months started, counted from {date}, each charged in full" },
  MONTHS_COUNT: { fr: "{months} mois", en: "{months} months" },
  INTEREST_PART_MONTHS: { fr: "Du {from} au {to} ({months} mois) au taux annuel de {rate}", en: "From {from} to {to} ({months} months) at the annual rate of {rate}" },
  RATE_FIXED: { fr: "taux fixe de {rate} l'an", en: "fixed rate of {rate} a year" },
  RATE_LEGAL_MULTIPLE: {
    fr: "{multiple} × {legal} (taux de l'intérêt légal, {creditor}, {period}) = {rate}",
    en: "{multiple} × {legal} (legal interest rate, {creditor}, {period}) = {rate}",
  },
  CREDITOR_CONSUMER: { fr: "créancier particulier", en: "creditor who is a private individual" },
  CREDITOR_OTHER: { fr: "autres cas", en: "other cases" },
  PERIOD_FROM: { fr: "du {from}", en: "from {from}" },
  PERIOD_FROM_TO: { fr: "du {from} au {to}", en: "from {from} to {to}" },
  RATE_ECB_PLUS: {
    fr: "{ecb} (taux de référence BCE du semestre commençant le {from}) + {points} points = {rate} ({origin})",
    en: "{ecb} (ECB reference rate of the half-year starting on {from}) + {points} points = {rate} ({origin})",
  },

  // ---- penalties.ts ----
  ORIGIN_TERMS: { fr: "conditions générales", en: "terms" },
  ORIGIN_RATE_OPTION: { fr: "taux donné avec --rate", en: "rate given with --rate" },
  RATE_GIVEN_BY_USER: {
    fr: "Taux annuel donné avec --rate : {rate}, appliqué à toute la période (ni les conditions ni les données juridiques ne sont lues)",
    en: "Annual rate given with --rate: {rate}, applied to the whole period (neither the terms nor the legal data are read)",
  },
  USER_DATA_USED: {
    fr: "Taux lu dans les données fournies par l'utilisateur (legalData) : {origins}",
    en: "Rate read from user-supplied data (legalData): {origins}",
  },
  ORIGIN_FR_DEFAULT: { fr: "taux par défaut, {basis} II", en: "default rate, {basis} II" },
  ORIGIN_LU_DEFAULT: { fr: "taux légal, loi LU du 18 avril 2004 modifiée", en: "statutory rate, Luxembourg law of 18 April 2004 as amended" },
  LATE_PERIOD: { fr: "Période de retard : du lendemain de l'échéance au paiement inclus", en: "Late period: from the day after the due date to the payment date inclusive" },
  LATE_PENALTIES_TOTAL: { fr: "Pénalités de retard, arrondies au centime sur le total", en: "Late-payment penalties, rounded to the cent on the total" },
  PAID_ON_TIME: {
    fr: "Paiement le {paidOn}, au plus tard à l'échéance du {dueDate} : aucune pénalité",
    en: "Paid on {paidOn}, no later than the due date of {dueDate}: no penalty",
  },
  RATE_FIXED_ON: { fr: "Taux fixé au {date} pour toute la période (conditions générales)", en: "Rate fixed on {date} for the whole period (terms)" },
  INDEMNITY_CONSUMER: {
    fr: "Client consommateur : aucune indemnité forfaitaire de recouvrement (réservée aux transactions entre professionnels, {basis} ; directive 2011/7/UE)",
    en: "Consumer client: no fixed compensation for recovery costs (only due between businesses, {basis}; Directive 2011/7/EU)",
  },
  INDEMNITY_NOT_LATE: { fr: "Aucun retard : aucune indemnité forfaitaire", en: "Not late: no fixed compensation" },
  BASIS_FR_INDEMNITY: { fr: "{basis} II et {amountArticle}", en: "{basis} II and {amountArticle}" },
  BASIS_EU_INDEMNITY: { fr: "directive 2011/7/UE, art. 6", en: "Directive 2011/7/EU, art. 6" },
  INDEMNITY_CONDITION_IGNORED: {
    fr: "Condition des conditions générales (« {condition} ») non appliquée : l'indemnité est due dès le premier jour de retard, sans rappel ({basis})",
    en: "Condition in the terms (“{condition}”) not applied: the compensation is due from the first day of delay, without reminder ({basis})",
  },
  CONDITION_MIN_DAYS_LATE: { fr: "retard d'au moins {days} jours", en: "at least {days} days late" },
  CONDITION_FORMAL_NOTICE: { fr: "après mise en demeure", en: "after formal notice" },
  CONDITION_THIRD_PARTY: { fr: "en cas de recouvrement par un tiers", en: "when a third party recovers the debt" },
  INDEMNITY_LEGAL: {
    fr: "Indemnité forfaitaire légale ({basis}), montant non fixé par les conditions générales",
    en: "Statutory fixed compensation ({basis}), amount not set by the terms",
  },
  INDEMNITY_FROM_TERMS: { fr: "Indemnité forfaitaire fixée par les conditions générales", en: "Fixed compensation set by the terms" },
  INDEMNITY_PERCENT_OF_BALANCE: { fr: "{percent} du solde restant dû, arrondi au centime", en: "{percent} of the balance still due, rounded to the cent" },
  INDEMNITY_HIGHER: { fr: "Indemnité due : le plus élevé des deux (minimum {minimum})", en: "Compensation due: the higher of the two (at least {minimum})" },

  // ---- refunds.ts ----
  REFUND_NEGATIVE: {
    fr: "Le calcul donne un montant négatif : rien n'est remboursé (le client ne doit rien de plus au titre du remboursement)",
    en: "The computation gives a negative amount: nothing is refunded (the client owes nothing more on account of the refund)",
  },
  REFUND_CAPPED_AT_PAID: { fr: "Remboursement limité à ce qui a été payé ({paid})", en: "Refund limited to what was paid ({paid})" },
  MONTHS_USED: { fr: "Mois utilisés : {used}", en: "Months used: {used}" },
  MONTHS_USED_STARTED_DUE: { fr: "Mois utilisés (tout mois commencé est dû) : {used}", en: "Months used (every month started is due): {used}" },
  MONTHS_STARTED_BETWEEN: { fr: "Mois commencés du {from} à la fin d'abonnement le {to} : {used}", en: "Months started from {from} to the end of the subscription on {to}: {used}" },
  MONTHS_ELAPSED_BETWEEN: {
    fr: "Mois entiers écoulés du {from} à la fin d'abonnement le {to} : {used}",
    en: "Whole months elapsed from {from} to the end of the subscription on {to}: {used}",
  },
  MONTHS_USED_CAPPED: { fr: "Mois utilisés ramenés à la durée du forfait ({months})", en: "Months used brought down to the plan's duration ({months})" },
  UNUSED_MONTHS: { fr: "Mois non utilisés au tarif du forfait", en: "Unused months at the plan price" },
  USED_MONTHS_DISCOUNT: {
    fr: "Moins la réduction consentie sur les mois utilisés (tarif de base − tarif du forfait)",
    en: "Less the discount granted on the months used (base price − plan price)",
  },
  REFUND: { fr: "Remboursement", en: "Refund" },
  PAID_LESS_SERVICES_RENDERED: { fr: "Sommes versées moins prestations fournies", en: "Sums paid less the services rendered" },
  REFUND_INTEREST_PERIOD: {
    fr: "Intérêts au taux légal sur {amount}, du lendemain du paiement au remboursement inclus",
    en: "Interest at the legal rate on {amount}, from the day after the payment to the refund inclusive",
  },
  REFUND_INTEREST_TOTAL: { fr: "Intérêts au taux légal, arrondis au centime sur le total", en: "Interest at the legal rate, rounded to the cent on the total" },
  REFUND_TOTAL_WITH_INTEREST: { fr: "Total remboursé, intérêts compris", en: "Total refunded, interest included" },
  END_OF_PERIOD_NO_REFUND: {
    fr: "Résiliation à la fin de la période en cours : la période payée est due en entier, aucun remboursement",
    en: "Termination at the end of the current period: the period paid is due in full, no refund",
  },
  OUTCOME_REFUNDED: { fr: "Issue : {outcome} → {percent} remboursés", en: "Outcome: “{outcome}” → {percent} refunded" },
  LESS_PROVIDER_FEES: { fr: "Moins les frais des prestataires de paiement", en: "Less the payment providers' fees" },
  PAID_LESS_CANCELLATION_FEE: { fr: "Déjà payé moins frais d'annulation : à rembourser", en: "Paid less the cancellation fee: to refund" },
  CANCELLATION_FEE_STILL_DUE: { fr: "Frais d'annulation restant dus par le client", en: "Cancellation fee still owed by the client" },

  // ---- cancellation.ts ----
  NOTICE_HOURS: { fr: "Préavis en heures", en: "Notice in hours" },
  FROM_TO_HOURS: { fr: "du {from} au {to} = {hours} heures", en: "from {from} to {to} = {hours} hours" },
  NOTICE_CALENDAR_DAYS: { fr: "Préavis en jours calendaires", en: "Notice in calendar days" },
  NOTICE_WORKING_DAYS: {
    fr: "Préavis en {kind}, hors jours fériés {calendar}, du jour d'annulation inclus à la veille du début",
    en: "Notice in {kind}, not counting the {calendar} public holidays, from the day of cancellation inclusive to the day before the start",
  },
  WORKING_DAYS_OUVRABLES: { fr: "jours ouvrables (lundi à samedi)", en: "working days (Monday to Saturday)" },
  WORKING_DAYS_OUVRES: { fr: "jours ouvrés (lundi à vendredi)", en: "business days (Monday to Friday)" },
  FROM_TO_EXCLUDED_DAYS: { fr: "du {from} au {to} (exclu) = {days} jours", en: "from {from} to {to} (excluded) = {days} days" },
  WINDOW_APPLIES: {
    fr: "Fenêtre applicable : préavis d'au moins {minNotice} {unit} → frais de {percent}",
    en: "Window that applies: notice of at least {minNotice} {unit} → fee of {percent}",
  },
  CANCELLATION_FEE: { fr: "Frais d'annulation, arrondis au centime", en: "Cancellation fee, rounded to the cent" },
  NOTICE_ANY: { fr: "quel que soit le préavis", en: "whatever the notice" },
  NOTICE_AT_LEAST: { fr: "pour un préavis d'au moins {minNotice} {unit}", en: "for a notice of at least {minNotice} {unit}" },

  // ---- deposits.ts ----
  DEPOSIT: { fr: "Acompte de {percent}, arrondi au centime", en: "Deposit of {percent}, rounded to the cent" },
  SCHEDULE_PART: { fr: "{label} ({percent}), arrondi au centime", en: "“{label}” ({percent}), rounded to the cent" },
  SCHEDULE_LAST_PART: { fr: "{label} ({percent}) : le solde, qui absorbe l'arrondi", en: "“{label}” ({percent}): the balance, which absorbs the rounding" },
  SCHEDULE_TOTAL: { fr: "Total de l'échéancier", en: "Total of the schedule" },

  // ---- billing-units.ts ----
  DURATION_FULL_DAY: { fr: "{hours} > {threshold} : facturé comme une journée complète", en: "{hours} > {threshold}: billed as a full day" },
  DURATION_HALF_DAY: { fr: "{hours} > {threshold} : facturé comme une demi-journée", en: "{hours} > {threshold}: billed as a half day" },
  DURATION_HOURS: { fr: "{hours} ≤ {threshold} : facturé à l'heure", en: "{hours} ≤ {threshold}: billed by the hour" },
  TRAVEL_FEE: { fr: "Frais de déplacement, {zone}", en: "Travel fee, “{zone}”" },
  SMALL_ORDER_NO_FEE: { fr: "Commande de {total}, pas inférieure à {threshold} : pas de frais administratifs", en: "Order of {total}, not below {threshold}: no administrative fee" },
  SMALL_ORDER_FEE_UNSET: {
    fr: "Commande de {total} inférieure à {threshold} : frais administratifs applicables, montant non fixé par les conditions générales",
    en: "Order of {total} below {threshold}: administrative fee due, amount not set by the terms",
  },
  SMALL_ORDER_FEE: { fr: "Commande de {total} inférieure à {threshold} : frais administratifs", en: "Order of {total} below {threshold}: administrative fee" },
  UNIT_FEE: { fr: "Frais unitaires", en: "Unit fees" },
  UNIT_FEE_NAMED: { fr: "{label}", en: "“{label}”" },

  // ---- imputation.ts ----
  PAYMENT_TO_ALLOCATE: { fr: "Paiement à imputer", en: "Payment to allocate" },
  ALLOCATED_TO_INVOICE: { fr: "Facture {invoice} du {date}", en: "Invoice {invoice} of {date}" },
  ALLOCATED_LEFT: { fr: "{applied} imputés, reste {left}", en: "{applied} allocated, {left} left" },
  ALLOCATED_TO_INTEREST: { fr: "Imputation sur les intérêts de retard", en: "Allocated to late-payment interest" },
  ALLOCATED_TO_INDEMNITIES: { fr: "Imputation sur les indemnités forfaitaires", en: "Allocated to fixed compensations" },
  ALLOCATED_TO_FEES: { fr: "Imputation sur les frais (recouvrement, avocat)", en: "Allocated to fees (recovery, lawyer)" },
  STILL_DUE_AFTER_ALLOCATION: { fr: "Reste dû après imputation", en: "Still due after allocation" },
  PAYMENT_SURPLUS: { fr: "Excédent de paiement non imputé", en: "Surplus of the payment, not allocated" },

  // ---- the sections of `clausier compute` (src/documents/computations.ts) ----
  SECTION_INVOICE_TOTALS: { fr: "Totaux de la facture {number}", en: "Totals of invoice {number}" },
  SECTION_CREDIT_NOTE_TOTALS: { fr: "Totaux de l'avoir {number} (facture rectifiée n° {corrects})", en: "Totals of credit note {number} (corrects invoice {corrects})" },
  SECTION_QUOTE_TOTALS: { fr: "Totaux du devis {number}", en: "Totals of quote {number}" },
  SECTION_DEPOSIT: { fr: "Acompte", en: "Deposit" },
  SECTION_SCHEDULE: { fr: "Échéancier", en: "Payment schedule" },
  SECTION_DUE_DATE: { fr: "Échéance de la facture {number}", en: "Due date of invoice {number}" },
  SECTION_PENALTIES: {
    fr: "Pénalités de retard — facture {number}, solde {balance}, payée le {paidOn}",
    en: "Late-payment penalties — invoice {number}, balance {balance}, paid on {paidOn}",
  },
  SECTION_INDEMNITY: { fr: "Indemnité forfaitaire pour frais de recouvrement", en: "Fixed compensation for recovery costs" },
  SECTION_CLAIMABLE: { fr: "Total réclamable", en: "Total claimable" },
  SECTION_REFUND: { fr: "Remboursement {number} (politique {policy}) — facture {invoice}", en: "Refund {number} (policy {policy}) — invoice {invoice}" },
  SECTION_BILLING_UNITS: { fr: "Unités de facturation des conditions {terms}", en: "Billing units of the terms {terms}" },
  SECTION_CANCELLATION: { fr: "Frais d'annulation ({policy}) sur {total}", en: "Cancellation fee ({policy}) on {total}" },
  // The amount in words is what the French document prints: quoted as it is in English.
  AMOUNT_DUE_IN_WORDS: { fr: "Montant dû en toutes lettres : {words}", en: "Amount due in words, as the document prints it: “{words}”" },
  CREDIT_NOTE_AMOUNT_IN_WORDS: { fr: "Montant de l'avoir en toutes lettres : {words}", en: "Credit note amount in words, as the document prints it: “{words}”" },
  TOTAL_GROSS_IN_WORDS: { fr: "Total TTC en toutes lettres : {words}", en: "Total incl. VAT in words, as the document prints it: “{words}”" },
  FINDING_WARNING: { fr: "⚠ {message} ({basis})", en: "⚠ {message} ({basis})" },
  STATED_DUE_DATE_DIFFERS: {
    fr: "⚠ La facture indique l'échéance du {date}, différente de celle des conditions",
    en: "⚠ The invoice states a due date of {date}, not the one the terms give",
  },
  PENALTIES_PLUS_INDEMNITY: { fr: "Pénalités + indemnité", en: "Penalties + compensation" },
  STATED_REFUND_DIFFERS: { fr: "⚠ Le relevé annonce {stated}, la politique donne {computed}", en: "⚠ The statement announces {stated}, the policy gives {computed}" },
} satisfies Catalog<string>;

export type StepMessageId = keyof typeof stepMessages;

/**
 * The same steps as a client document prints them: plain sentences, no formula, arrow, max(…) or
 * ISO timestamp (issue #10). A step whose id is not here prints its label above, without its
 * formula. The values are the step's data and its formula's data, merged: the numbers come from
 * the computation, once.
 */
export const documentStepMessages = {
  UNUSED_MONTHS: { fr: "{unused} mois non utilisés, au tarif du forfait de {plan} par mois", en: "{unused} unused months, at the plan price of {plan} a month" },
  USED_MONTHS_DISCOUNT: {
    fr: "Moins la réduction consentie sur les {used} mois utilisés, facturés au tarif de base de {base} par mois au lieu de {plan}",
    en: "Less the discount granted on the {used} months used, charged at the base price of {base} a month instead of {plan}",
  },
  PAID_LESS_SERVICES_RENDERED: { fr: "Sommes versées ({paid}) moins les prestations fournies ({rendered})", en: "Sums paid ({paid}) less the services rendered ({rendered})" },
  REFUND_INTEREST_PERIOD: {
    fr: "Intérêts au taux légal sur {amount}, du {from} au {to} inclus ({days} jours)",
    en: "Interest at the legal rate on {amount}, from {from} to {to} inclusive ({days} days)",
  },
  INTEREST_PART_DAYS: { fr: "Du {from} au {to} ({days} jours), au taux annuel de {annualRate}", en: "From {from} to {to} ({days} days), at the annual rate of {annualRate}" },
  INTEREST_PART_MONTHS: { fr: "Du {from} au {to} ({months} mois), au taux annuel de {annualRate}", en: "From {from} to {to} ({months} months), at the annual rate of {annualRate}" },
  MONTHS_STARTED_SINCE: { fr: "{months} mois commencés depuis le {date}, chacun compté en entier", en: "{months} months started since {date}, each charged in full" },
  OUTCOME_REFUNDED: {
    fr: "Issue de la prestation : {outcome}. Remboursement de {percent} des sommes versées ({paid})",
    en: "Outcome of the service: “{outcome}”. Refund of {percent} of the sums paid ({paid})",
  },
  LESS_PROVIDER_FEES: { fr: "Après déduction des frais des prestataires de paiement ({fees})", en: "After deducting the payment providers' fees ({fees})" },
  PAID_LESS_CANCELLATION_FEE: {
    fr: "À rembourser : les sommes versées ({paid}) moins les frais d'annulation ({fee}), rien si les frais les dépassent",
    en: "To refund: the sums paid ({paid}) less the cancellation fee ({fee}), nothing if the fee is higher",
  },
  CANCELLATION_FEE_STILL_DUE: {
    fr: "Frais d'annulation ({fee}) restant dus par le client après imputation des sommes versées ({paid})",
    en: "Cancellation fee ({fee}) still owed by the client once the sums paid ({paid}) are set against it",
  },
  NOTICE_HOURS: { fr: "Préavis : annulation le {cancelled}, début de la prestation le {starts}, soit {hours} heures", en: "Notice: cancelled on {cancelled}, service starting on {starts}, that is {hours} hours" },
  NOTICE_CALENDAR_DAYS: { fr: "Préavis : du {from} au {to}, soit {days} jours calendaires", en: "Notice: from {from} to {to}, that is {days} calendar days" },
  NOTICE_WORKING_DAYS: {
    fr: "Préavis : {days} {kind} du {from} au {to} exclu, hors jours fériés ({calendar})",
    en: "Notice: {days} {kind} from {from} to {to} excluded, not counting public holidays ({calendar})",
  },
  WINDOW_APPLIES: { fr: "Frais d'annulation de {percent} du montant de la commande {notice}", en: "Cancellation fee of {percent} of the order amount {notice}" },
  CANCELLATION_FEE: { fr: "Frais d'annulation : {percent} de {total}, arrondis au centime", en: "Cancellation fee: {percent} of {total}, rounded to the cent" },
} satisfies Partial<Catalog<StepMessageId>>;

/**
 * How a document prints a step's amount when not as computed: a deduction is negative (−16,00 €,
 * never 16,00 € beside « Moins … »); an unrounded part of a sum (2,308471… €) is not printed, the
 * rounded total that follows is.
 */
export const documentStepAmounts: Partial<Record<StepMessageId, "deducted" | "omitted">> = {
  USED_MONTHS_DISCOUNT: "deducted",
  INTEREST_PART_DAYS: "omitted",
  INTEREST_PART_MONTHS: "omitted",
};
