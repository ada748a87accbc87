import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

// The schemas' titles are French words for editors; the generated TypeScript names must not follow
// them (scripts/gen-types.mjs keeps the English names). Every name generated before the French
// titles, per file, is still exported (run after `npm run gen`, which `npm run build` does).
const NAMES: Record<string, string[]> = {
  "clausier.config.ts": ["ClausierConfiguration", "Rules", "Severity"],
  "credit-note.ts": ["CreditNote", "Date", "Decimal", "Decimal1", "DocumentLine", "FileReference", "FileReference1", "Identifier", "Percent", "VATTreatmentOfALine"],
  "invoice.ts": ["Amount", "Client", "Country", "Currency", "Date", "Date1", "Date2", "Decimal", "Decimal1", "DocumentLevelAllowanceRemiseOrChargeFrais", "DocumentLine", "FileReference", "FileReference1", "Identifier", "Identifier1", "Invoice", "PaymentReceived", "Percent", "PostalAddress", "VATTreatmentOfALine"],
  "legal-data.ts": ["ClausierUserSuppliedLegalData", "Percent", "Source"],
  "quote.ts": ["Amount", "Client", "Country", "Currency", "Date", "Date1", "Decimal", "Decimal1", "DocumentLevelAllowanceRemiseOrChargeFrais", "DocumentLine", "FileReference", "Identifier", "Percent", "Percent1", "PostalAddress", "Quote", "VATTreatmentOfALine"],
  "refund.ts": ["Amount", "Amount1", "Amount2", "Date", "FileReference", "FileReference1", "Identifier", "Identifier1", "RefundStatement"],
  "seller.ts": ["Amount", "Country", "Currency", "Identifier", "Identifier1", "PostalAddress", "PostalAddress1", "Seller"],
  "suppressions.ts": ["ClausierSuppressions"],
  "terms.ts": ["Amount", "Amount1", "Amount2", "BillingRules", "Clause", "Country", "Country1", "Currency", "Date", "Date1", "Decimal", "Decimal1", "Decimal2", "DepositAcompte", "FileReference", "Identifier", "Identifier1", "Jurisdiction", "LatePayment", "LatePaymentPenaltyRate", "PaymentConditions", "Percent", "Percent1", "Percent2", "PostalAddress", "PostalAddress1", "PriceList", "RecoveryIndemnity", "RefundOrCancellationPolicy", "Seller", "Terms"],
};

describe("generated type names", () => {
  it.each(Object.entries(NAMES))("src/model/generated/%s keeps its names", (file, names) => {
    const text = readFileSync(join(ROOT, "src/model/generated", file), "utf8");
    const exported = new Set([...text.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]));
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
  });
});
