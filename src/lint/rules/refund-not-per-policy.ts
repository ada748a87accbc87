// A refund statement announces what the seller's refund policy gives (the derived refund of src/documents:
// src/money computeRefund with the refunded invoice's total, the client type and the statement's date)
// and never more than the invoice.
import { LegalDataGapError } from "../../legal/errors.js";
import { formatAmount, toDecimal, type Decimal } from "../../money/index.js";
import type { Rule } from "../types.js";
import { derivedRefund, replaceValue } from "./_documents.js";

const rule: Rule = {
  meta: {
    id: "refund-not-per-policy",
    description: {
      fr: "Le montant annoncé par l'avoir ou le relevé de remboursement ne suit pas la politique de remboursement des conditions, ou dépasse la facture.",
      en: "The amount a refund statement announces does not follow the terms' refund policy, or exceeds the invoice.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cciv.1103", "fr.cgi.289"],
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["refund"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      differs: {
        fr: "le relevé annonce {stated} alors que la politique « {policy} » des conditions donne {expected} : le remboursement doit suivre les conditions acceptées ; corrigez statedAmount (ou les faits : mois utilisés, montant payé, dates).",
        en: "the statement announces {stated} while the terms' policy \"{policy}\" gives {expected}: the refund must follow the accepted terms; fix statedAmount (or the facts: months used, amount paid, dates).",
        basis: ["fr.cciv.1103"],
      },
      exceedsInvoice: {
        fr: "remboursement de {refund} supérieur au total de la facture remboursée ({invoice}, {total}{interest}) : un avoir ne peut pas rendre plus que ce qui a été facturé ; vérifiez le montant et les faits.",
        en: "refund of {refund} larger than the total of the refunded invoice ({invoice}, {total}{interest}): a credit note cannot give back more than was invoiced; check the amount and the facts.",
        basis: ["fr.cgi.289"],
      },
      cannotCompute: {
        fr: "le remboursement ne peut pas être calculé selon la politique « {policy} » : {reason}",
        en: "the refund cannot be computed with the policy \"{policy}\": {reason}",
      },
      noData: {
        fr: "pas de données légales au {date} pour calculer le remboursement (intérêts au taux légal ou jours fériés) : vérifiez le montant à la main.",
        en: "no legal data for {date} to compute the refund (legal interest or public holidays): check the amount by hand.",
      },
      usePolicyAmount: { fr: "annoncer le montant de la politique ({expected})", en: "announce the policy's amount ({expected})" },
    },
  },
  check(context) {
    const { doc, report } = context;
    const refund = doc.refund;
    const derived = derivedRefund(context);
    if (!refund || !derived) return;
    const invoice = derived.references.invoice.data;
    const policy = derived.policy;
    if (!policy) return; // the loader reports an unknown policy
    const totals = derived.invoice.totals.value;
    const fa = (d: Decimal) => formatAmount(d, derived.currency);

    // The same computation as `clausier compute refund` and the printed statement.
    const computed = derived.statement.value;
    if (!computed) {
      const error = derived.statement.error;
      const range = doc.locateFact(["facts"]);
      if (error instanceof LegalDataGapError) report({ messageId: "noData", data: { date: error.date }, range });
      else report({ messageId: "cannotCompute", data: { policy: policy.id, reason: (error as Error).message }, range });
      return;
    }

    const stated = refund.statedAmount === undefined ? undefined : toDecimal(refund.statedAmount, "le montant annoncé");
    const refunded = stated ?? computed.total;
    // Legal interest comes on top of the principal: only the principal is bounded by the invoice.
    if (totals && refunded.greaterThan(totals.totalGross.plus(computed.interest))) {
      report({
        messageId: "exceedsInvoice",
        data: {
          refund: fa(refunded),
          invoice: invoice.number,
          total: fa(totals.totalGross),
          interest: computed.interest.isZero() ? "" : ` + ${fa(computed.interest)}`,
        },
        range: stated ? doc.locateFact(["statedAmount"]) : doc.locateFact(["facts"]),
      });
      return;
    }
    if (!stated || stated.eq(computed.total)) return;
    const expected = computed.total.toFixed(2);
    const fix = replaceValue(doc, ["statedAmount"], refund.statedAmount!, expected);
    report({
      messageId: "differs",
      data: { stated: fa(stated), expected: fa(computed.total), policy: policy.id },
      range: doc.locateFact(["statedAmount"]),
      ...(fix ? { suggestions: [{ messageId: "usePolicyAmount", data: { expected: fa(computed.total) }, fix }] } : {}),
    });
  },
};

export default rule;
