// The legal facts a terms document must state for its audience (payment term, late-payment
// penalties, the 40 € indemnity, escompte, withdrawal, mediator, governing law and court), printed
// in a generated section when no clause already says them. "Already says" is read the way the
// linter reads the rendered text (its prose scanners on the clauses with their facts filled in), so
// the PDF never lacks a fact its data holds and never says one twice. The wording is the one
// src/documents gives (the same lines as on invoices).
import { earlyPaymentDiscountLine, latePenaltyLine, paymentTermText, recoveryIndemnityLine, type DerivedTerms } from "../../documents/index.js";
import type { LoadedTerms } from "../../model/documents.js";
import type { Terms } from "../../model/generated/terms.js";
import { buildClause } from "../../lint/documents/clause.js";
import { mentionsMediator, mentionsWithdrawal } from "../../lint/scan/consumer.js";
import { findCourtMentions, isCourtChoice, jurisdictionWords, lawAdjective, statesGoverningLaw } from "../../lint/scan/courts.js";
import { indemnityStatements } from "../../lint/scan/indemnity.js";
import { mentionsEscompte, paymentTermStatements } from "../../lint/scan/payment-term.js";
import { penaltyStatements } from "../../lint/scan/penalty.js";
import { fold } from "../../lint/scan/text.js";
import type { LintClause } from "../../lint/types.js";
import { substituteClauseFacts } from "../fact-values.js";
import { paymentMeansOf } from "./payment.js";
import { TERMS_KIND_LABELS } from "./terms.js";

export interface LegalFactsView {
  anchor: string;
  title: string;
  /** Plain sentences, each printed as a paragraph. */
  lines: string[];
}

const PAYMENT_CLAUSE = /paiement|reglement/;
export const LEGAL_FACTS_TITLE = "Informations légales";
const NOWHERE = { line: 1, column: 1, endLine: 1, endColumn: 1 };
/** C. conso R631-3: the consumer may always sue before the court of the place where they lived. */
const CONSUMER_COURT = "le consommateur peut saisir, à son choix, la juridiction du lieu où il demeurait au moment de la conclusion du contrat ou de la survenance du fait dommageable";

/** The clauses of a terms document as their reader sees them: facts filled in, Markdown as plain text. */
export function printedClauses(terms: LoadedTerms, currency: string): LintClause[] {
  const facts = { ...terms.data, seller: terms.seller.data };
  return terms.data.clauses.map((c, index) => {
    const markdown = substituteClauseFacts(c.body, facts, currency);
    return buildClause({
      index,
      id: c.id,
      number: c.number,
      title: c.title,
      markdown,
      locateMarkdown: () => NOWHERE,
      markdownToFile: () => undefined,
      fileText: markdown,
      titleRange: NOWHERE,
    });
  });
}

/**
 * A fact of these terms, else of the other documents of the same contract (a CGU takes its CGT's),
 * with where it comes from; not one of a document printed in the same file, which states its own.
 */
function fromContract<T>(derived: DerivedTerms, printedWith: readonly LoadedTerms[], pick: (terms: Terms) => T | undefined): { value: T; from?: string } | undefined {
  const own = pick(derived.loaded.data);
  if (own !== undefined) return { value: own };
  const printed = new Set(printedWith.map((t) => t.absPath));
  for (const partner of derived.references.related.filter((r) => !printed.has(r.absPath))) {
    const value = pick(partner.data);
    if (value !== undefined) return { value, from: TERMS_KIND_LABELS[partner.data.kind].toLowerCase() };
  }
  return undefined;
}

/** "… (conditions générales tarifaires)" when the fact is the bound document's. */
const sourced = (line: string, from: string | undefined) => (from ? `${line} (selon les ${from})` : line);

export function legalFactsView(derived: DerivedTerms, printedWith: readonly LoadedTerms[] = []): LegalFactsView | null {
  const terms = derived.loaded;
  const { audience } = terms.data;
  const clauses = printedClauses(terms, derived.currency);
  const professionals = audience !== "b2c";
  const consumers = audience !== "b2b";
  const lines: string[] = [];

  const payment = terms.data.payment;
  // No prose rule asks for the term itself: a clause about payment is taken to give it, or a term in days anywhere.
  const paymentSaid = paymentTermStatements(clauses).length > 0 || clauses.some((c) => PAYMENT_CLAUSE.test(fold(c.title)));
  if (payment && !paymentSaid) {
    const means = paymentMeansOf(payment);
    lines.push(`Échéance : paiement ${paymentTermText(payment)}${means.length ? ` ; moyens de paiement acceptés : ${means.join(", ")}` : ""}`);
  }
  const penalty = fromContract(derived, printedWith, (t) => t.latePayment?.penalty);
  if (penalty && !penaltyStatements(clauses).length) lines.push(sourced(latePenaltyLine(penalty.value), penalty.from));
  const indemnity = fromContract(derived, printedWith, (t) => t.latePayment?.recoveryIndemnity);
  if (professionals && indemnity && !indemnityStatements(clauses).some((s) => s.amount)) {
    lines.push(sourced(recoveryIndemnityLine(indemnity.value, derived.currency, consumers), indemnity.from));
  }
  const discount = fromContract(derived, printedWith, (t) => t.payment?.earlyPaymentDiscount);
  if (professionals && discount && !mentionsEscompte(clauses)) lines.push(sourced(earlyPaymentDiscountLine(discount.value), discount.from));

  const withdrawal = terms.data.consumer?.withdrawal;
  if (consumers && withdrawal && !mentionsWithdrawal(clauses)) lines.push(withdrawalLine(withdrawal));
  const mediator = terms.seller.data.mediator;
  if (consumers && mediator && !mentionsMediator(clauses)) {
    lines.push(`Médiation : le consommateur peut recourir gratuitement au médiateur de la consommation ${mediator.name}${mediator.website ? ` (${mediator.website})` : ""} en vue de la résolution amiable d'un litige`);
  }

  const law = fromContract(derived, printedWith, (t) => t.governingLaw);
  if (law && !statesGoverningLaw(clauses)) lines.push(sourced(`Droit applicable : les présentes conditions sont soumises au ${lawAdjective(law.value)}`, law.from));
  const jurisdiction = terms.data.jurisdiction;
  const courtChosen = clauses.some((c) => findCourtMentions(c).some(isCourtChoice));
  if (jurisdiction && !courtChosen) lines.push(courtLine(jurisdictionWords(jurisdiction), audience));

  return lines.length ? { anchor: "informations-legales", title: LEGAL_FACTS_TITLE, lines } : null;
}

function withdrawalLine(withdrawal: NonNullable<NonNullable<Terms["consumer"]>["withdrawal"]>): string {
  if (!withdrawal.applies) {
    return `Droit de rétractation : il ne s'applique pas${withdrawal.exception?.trim() ? ` (${withdrawal.exception.trim().replace(/\.$/, "")})` : ""}`;
  }
  // Without a period in the data, the legal one (C. conso L221-18).
  const days = withdrawal.days ?? 14;
  return `Droit de rétractation : le consommateur dispose d'un délai de ${days} jours pour exercer son droit de rétractation, sans avoir à motiver sa décision`;
}

/** A court chosen for professionals only: a consumer keeps the court of their home (CPC art. 48, C. conso R631-3). */
function courtLine(court: string, audience: Terms["audience"]): string {
  const tribunal = /^(?:tribunaux|juridictions)\b/i.test(court) ? `aux ${court}` : /^(?:cour|chambre|juridiction)\b/i.test(court) ? `à la ${court}` : `au ${court}`;
  if (audience === "b2b") return `Juridiction compétente : tout litige est soumis ${tribunal}`;
  if (audience === "mixed") return `Juridiction compétente : tout litige entre professionnels est soumis ${tribunal} ; ${CONSUMER_COURT}`;
  return `Juridiction compétente : ${CONSUMER_COURT}`;
}
