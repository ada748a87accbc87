// Public surface of src/money: exact money and legal computations, each returning its explanation.
export { D, type Decimal, type DecimalInput, toDecimal, toAmount, roundCents, sum } from "./decimal.js";
export { type Step, type StepText, type WordedStep, type Explained, ComputationError, wordStep, wordStepForDocument, stepText } from "./explain.js";
export { stepMessages, type StepMessageId } from "./step-messages.js";
export { formatAmount, formatUnitPrice, formatDecimal, formatTruncated, formatPercent, formatDate, localizedDate, localizedInstant, amountInWords } from "./format.js";
export { type VatCategory, type VatCategoryCode, type VatGroup, vatGroupOf, vatGroupLabel } from "./vat-group.js";
export {
  computeTotals,
  type TotalsInput,
  type TotalsOptions,
  type Totals,
  type LineTotal,
  type AllowanceChargeTotal,
  type VatBreakdownEntry,
} from "./totals.js";
export { currencyOr } from "./currency.js";
export { splitTtc, allocateHt } from "./ttc.js";
export {
  computeDueDate,
  checkPaymentTermCap,
  type EndOfMonthReading,
  type DueDateOptions,
  type PaymentLaw,
  type PaymentTermFinding,
} from "./due-date.js";
export {
  computeLatePenalty,
  recoveryIndemnity,
  type LatePenaltyInput,
  type LatePenalty,
  type PenaltyLaw,
  type RateDate,
  type ClientType,
  type RecoveryIndemnityOptions,
} from "./penalties.js";
export {
  accrueInterest,
  fixedRate,
  legalRateMultiple,
  ecbPlus,
  type AccrualInput,
  type AnnualRate,
  type RateAt,
  type InterestPart,
  type InterestComputation,
} from "./interest.js";
export {
  imputePayment,
  DEFAULT_IMPUTATION_ORDER,
  type ImputationKind,
  type Debts,
  type OpenInvoice,
  type Allocation,
  type Imputation,
} from "./imputation.js";
export { deposit, schedule, type SchedulePart } from "./deposits.js";
export { epcPayload, epcAmountAccepted, EPC_LIMITS, type EpcTransfer } from "./epc-payload.js";
export {
  computeRefund,
  refundPrepaidPlan,
  refundProRataServices,
  refundEndOfPeriod,
  refundServiceOutcome,
  refundCancellation,
  monthsUsedBetween,
  type RefundPolicy,
  type RefundFacts,
  type InvoiceContext,
  type RefundResult,
} from "./refunds.js";
export {
  computeCancellationFee,
  type CancellationWindowsPolicy,
  type CancellationFacts,
  type CancellationOptions,
  type CancellationFee,
} from "./cancellation.js";
export {
  billableDuration,
  travelFee,
  smallOrderFeeApplies,
  unitFee,
  type DurationRounding,
  type TravelZone,
  type SmallOrderFee,
} from "./billing-units.js";
