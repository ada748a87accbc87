// Public surface of src/documents: the derived document of every loaded terms file, quote, invoice
// and refund statement, and the invoice mentions policy it applies.
export { derive, type DerivableDocument } from "./derive.js";
export { valueOf, type Outcome, type QuoteAmounts } from "./amounts.js";
export type { DerivedCreditNote, DerivedDocument, DerivedInvoice, DerivedQuote, DerivedRefund, RefundAccount, DerivedTerms, DeriveOptions, LatePaymentTerms, Party } from "./types.js";
export {
  INVOICE_MENTIONS,
  MENTION_PROFILES,
  MENTIONS_COVER_FROM,
  mentionProfileOf,
  type MentionProfile,
  type MentionProfileId,
  type InvoiceMention,
  type InvoiceMentionContext,
  type InvoiceMentionId,
  type IssuerSize,
  type MentionBasis,
  type MentionGap,
  vatExemptionTexts,
} from "./invoice-mentions.js";
export { applicableMentions, containsPrinted, coverage, inForceFrom, isApplicable, mentionContext, printedMentions, profileOf, type MentionContextInput } from "./mention-use.js";
export { chosenBankAccount, paymentTermText, transferRequest, type SellerBankAccount, type TransferRequest } from "./payment.js";
export { BankAccountError } from "./messages.js";
export { earlyPaymentDiscountLine, FRANCHISE_WORDING, latePenaltyLine, penaltyRateText, recoveryIndemnityLine, recoveryIndemnityText } from "./mention-facts.js";
