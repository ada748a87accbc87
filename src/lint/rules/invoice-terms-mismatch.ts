import { profileLaw } from "../../legal/law.js";
// An invoice must say what its seller's terms say: the due date computed from the payment terms
// (the derived invoice of src/documents), the penalty rate and the recovery indemnity of latePayment. The notes
// and the lines billing an indemnity are read for stated rates and amounts.
import { addDays } from "../../legal/dates.js";
import { LegalDataGapError } from "../../legal/errors.js";
import { locateInString } from "../../model/positions.js";
import type { LatePaymentPenaltyRate } from "../../model/generated/terms.js";
import { penaltyRateText, valueOf } from "../../documents/index.js";
import { computeLatePenalty, formatAmount, formatPercent, recoveryIndemnity, toDecimal, type Decimal, type EndOfMonthReading } from "../../money/index.js";
import { localizedDate } from "../../money/format.js";
import { NUMBER_PATTERN, numberValue } from "../scan/numbers.js";
import { findAll, findFirst, type TextMatch } from "../scan/text.js";
import type { LintDocument, Rule, RuleContext } from "../types.js";
import { derivedInvoice, replaceValue } from "./_documents.js";

const N = `(${NUMBER_PATTERN})`;
// Patterns for folded text (lower case, no accents).
const MULTIPLE = new RegExp(`${N}\\s*(?:fois|x|×)\\s+(?:le\\s+)?taux\\s+(?:de\\s+l'|d')\\s*interet\\s+legal`);
const ECB = new RegExp(`(?:bce|banque\\s+centrale\\s+europeenne)[^.;]{0,60}?(?:majore\\s+de|\\+)\\s*${N}\\s*points?`);
const PENALTY_PERCENT = new RegExp(`penalites?\\s+de\\s+retard[^.;%]{0,80}?${N}\\s*%`);
const INDEMNITY = new RegExp(`indemnite\\s+forfaitaire[^.;]{0,80}?${N}\\s*(?:€|euros?\\b|eur\\b)`);
const INDEMNITY_LINE = /indemnite\s+forfaitaire/;

type StatedPenalty = { kind: "legal-rate-multiple"; value: Decimal } | { kind: "ecb-plus"; value: Decimal } | { kind: "fixed"; value: Decimal };

function statedPenalty(notes: string): { stated: StatedPenalty; match: TextMatch } | undefined {
  for (const [kind, pattern] of [["legal-rate-multiple", MULTIPLE], ["ecb-plus", ECB], ["fixed", PENALTY_PERCENT]] as const) {
    const match = findFirst(notes, pattern);
    const value = match && numberValue(match.groups[0] ?? "");
    if (match && value) return { stated: { kind, value: toDecimal(value, "le taux indiqué") }, match };
  }
  return undefined;
}

function statedText(stated: StatedPenalty): string {
  return stated.kind === "fixed" ? `${formatPercent(stated.value)} l'an` : penaltyRateText(stated.kind === "ecb-plus" ? { kind: "ecb-plus", points: stated.value.toString() } : { kind: "legal-rate-multiple", multiple: stated.value.toString() });
}

/** The annual rate of the terms' penalty on the day after the due date, from src/money. */
function termsRateOn(doc: LintDocument, penalty: LatePaymentPenaltyRate, dueDate: string): Decimal | undefined {
  const late = computeLatePenalty({
    amount: "100",
    dueDate,
    paidOn: addDays(dueDate, 1),
    penalty,
    law: profileLaw(doc.law),
    rateDate: doc.terms?.latePayment?.rateDate,
    invoiceDate: doc.invoice?.issueDate,
    deliveryDate: doc.invoice?.saleDate ?? doc.invoice?.issueDate,
  });
  return late.parts[0]?.rate.rate;
}

/** Whether a stated penalty says the same as the terms. A stated percent is compared with the terms' rate of the day, to its own decimals. */
function samePenalty(doc: LintDocument, stated: StatedPenalty, penalty: LatePaymentPenaltyRate, dueDate: string): boolean {
  if (stated.kind === "legal-rate-multiple") return penalty.kind === "legal-rate-multiple" && toDecimal(penalty.multiple, "le multiple").eq(stated.value);
  if (stated.kind === "ecb-plus") return penalty.kind === "ecb-plus" && toDecimal(penalty.points, "les points").eq(stated.value);
  if (penalty.kind === "fixed") return toDecimal(penalty.annualRate, "le taux").eq(stated.value);
  const rate = termsRateOn(doc, penalty, dueDate);
  return rate !== undefined && rate.toDecimalPlaces(stated.value.decimalPlaces()).eq(stated.value);
}

function checkDueDate(context: RuleContext): void {
  const { doc, report } = context;
  const invoice = doc.invoice!;
  const payment = doc.terms?.payment;
  if (!invoice.dueDate || !payment) return;
  // « N jours fin de mois » has two readings in use: either one agrees with the terms.
  const readings: EndOfMonthReading[] = payment.termBasis === "end-of-month" ? ["days-then-eom", "eom-then-days"] : ["days-then-eom"];
  const expected = readings.map((r) => valueOf(derivedInvoice(context, { endOfMonthReading: r })!.dueDateComputed)!.dueDate);
  if (expected.includes(invoice.dueDate)) return;
  const fix = replaceValue(doc, ["dueDate"], invoice.dueDate, expected[0]!);
  report({
    messageId: "dueDate",
    data: { stated: localizedDate(invoice.dueDate), expected: localizedDate(expected[0]!) },
    range: doc.locateFact(["dueDate"]),
    ...(fix ? { suggestions: [{ messageId: "useTermsDueDate", data: { expected: expected[0]! }, fix }] } : {}),
  });
}

function checkPenalty(context: RuleContext, notes: string): void {
  const { doc, report } = context;
  const found = statedPenalty(notes);
  if (!found) return;
  const penalty = doc.terms?.latePayment?.penalty;
  const range = locateInString(doc.loaded!.source, ["notes"], found.match.start, found.match.end);
  if (!penalty) {
    report({ messageId: "penaltyNotInTerms", data: { stated: statedText(found.stated) }, range });
    return;
  }
  const invoice = doc.invoice!;
  const dueDate = derivedInvoice(context)!.dueDate ?? invoice.issueDate;
  try {
    if (samePenalty(doc, found.stated, penalty, dueDate)) return;
  } catch (error) {
    if (!(error instanceof LegalDataGapError)) throw error;
    report({ messageId: "noData", data: { date: error.date }, range });
    return;
  }
  report({ messageId: "penalty", data: { stated: statedText(found.stated), terms: penaltyRateText(penalty) }, range });
}

function checkIndemnity(context: RuleContext, notes: string | undefined): void {
  const { doc, report } = context;
  const invoice = doc.invoice!;
  const terms = doc.terms?.latePayment?.recoveryIndemnity;
  // A consumer owes no indemnity and a percentage of the balance has no single amount to compare with.
  if (invoice.client.type === "consumer" || terms?.percentOfBalance !== undefined) return;
  const expected = recoveryIndemnity(terms, 0, invoice.client.type, { law: profileLaw(doc.law) }).amount;
  const currency = derivedInvoice(context)!.currency;
  const data = (stated: Decimal) => ({ stated: formatAmount(stated, currency), expected: formatAmount(expected, currency) });

  const match = notes === undefined ? undefined : findAll(notes, INDEMNITY).find((m) => numberValue(m.groups[0] ?? "") !== undefined);
  if (match) {
    const stated = toDecimal(numberValue(match.groups[0] ?? "")!, "l'indemnité indiquée");
    if (!stated.eq(expected)) report({ messageId: "indemnity", data: data(stated), range: locateInString(doc.loaded!.source, ["notes"], match.start, match.end) });
    return;
  }
  const index = invoice.lines.findIndex((l) => findFirst(l.description, INDEMNITY_LINE) && !toDecimal(l.unitPrice, "le prix unitaire").eq(expected));
  const line = invoice.lines[index];
  if (line) report({ messageId: "indemnity", data: data(toDecimal(line.unitPrice, "le prix unitaire")), range: doc.locateFact(["lines", index, "unitPrice"]) });
}

const rule: Rule = {
  meta: {
    id: "invoice-terms-mismatch",
    description: {
      fr: "La facture contredit les conditions du vendeur : échéance, taux des pénalités de retard ou indemnité forfaitaire.",
      en: "The invoice contradicts the seller's terms: due date, late-payment penalty rate or recovery indemnity.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.ccom.L441-9", "fr.ccom.L441-10", "eu.dir.2011-7.art-3", "eu.dir.2011-7.art-6"],
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["invoice"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      dueDate: {
        fr: "échéance du {stated} alors que les conditions de paiement du vendeur donnent le {expected} : l'échéance imprimée doit suivre les conditions convenues ; corrigez dueDate ou retirez-le pour qu'il soit calculé.",
        en: "due date {stated} while the seller's payment terms give {expected}: the printed due date must follow the agreed terms; fix dueDate or remove it to have it computed.",
        basis: ["fr.ccom.L441-9"],
      },
      useTermsDueDate: { fr: "remplacer par l'échéance des conditions ({expected})", en: "use the terms' due date ({expected})" },
      penalty: {
        fr: "la facture annonce des pénalités de retard à {stated} alors que les conditions prévoient {terms} : le taux imprimé doit être celui des conditions.",
        en: "the invoice states late-payment penalties of {stated} while the terms provide {terms}: the printed rate must be the terms' rate.",
        basis: ["fr.ccom.L441-9", "fr.ccom.L441-10"],
      },
      penaltyNotInTerms: {
        fr: "la facture annonce des pénalités de retard à {stated} mais les conditions ne fixent aucun taux : ajoutez ce taux aux conditions (latePayment.penalty) ou retirez-le de la facture.",
        en: "the invoice states late-payment penalties of {stated} but the terms set no rate: add the rate to the terms (latePayment.penalty) or remove it from the invoice.",
        basis: ["fr.ccom.L441-10"],
      },
      indemnity: {
        fr: "indemnité forfaitaire pour frais de recouvrement de {stated} alors que les conditions (ou, à défaut, la loi) donnent {expected} : corrigez le montant.",
        en: "fixed recovery indemnity of {stated} while the terms (or else the law) give {expected}: fix the amount.",
        basis: ["fr.ccom.D441-5"],
      },
      noData: {
        fr: "pas de données sur les taux légaux au {date} : le taux annoncé par la facture ne peut pas être comparé à celui des conditions ; vérifiez-le à la main.",
        en: "no legal-rate data for {date}: the rate the invoice states cannot be compared with the terms' rate; check it by hand.",
      },
    },
  },
  check(context) {
    const invoice = context.doc.invoice;
    if (!invoice || !derivedInvoice(context)) return;
    checkDueDate(context);
    if (invoice.notes !== undefined) checkPenalty(context, invoice.notes);
    checkIndemnity(context, invoice.notes);
  },
};

export default rule;
