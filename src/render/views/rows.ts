// Total rows of quotes and refund statements, in the shape of the invoice mention list's rows
// ("Total HT : 3 520,00 €"), so the three documents read alike.
import { type Decimal, formatAmount, formatPercent, type Totals } from "../../money/index.js";
import { emphasiseLast, type MentionLine, type TotalRow } from "./invoice.js";

export function quoteTotalRows(totals: Totals, currency: string): TotalRow[] {
  const fa = (d: Decimal) => formatAmount(d, currency);
  const rows: MentionLine[] = [];
  if (totals.allowancesCharges.length) {
    rows.push({ label: `Total des lignes ${totals.pricesInclude}`, value: fa(totals.lineTotal) });
    for (const a of totals.allowancesCharges) {
      rows.push({ label: `${a.kind === "allowance" ? "Remise" : "Frais"} : ${a.reason}`, value: fa(a.kind === "allowance" ? a.amount.negated() : a.amount) });
    }
  }
  rows.push({ label: "Total HT", value: fa(totals.totalNet) });
  for (const v of totals.vatBreakdown) {
    if (v.category === "standard" && !v.rate.isZero()) rows.push({ label: `TVA ${formatPercent(v.rate)}`, value: fa(v.vat) });
  }
  rows.push({ label: "Total TTC", value: fa(totals.totalGross) });
  return emphasiseLast(rows);
}
