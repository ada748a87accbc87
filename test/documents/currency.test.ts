// An invoice that states no currency is in its terms' price-list currency: the printed mentions
// (« Total HT : … ») and the rest of the totals box must say the same one. Regression: the mention
// list fell back to EUR on its own while the totals used the terms' currency.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { viewOf } from "../../src/render/render.js";
import { ROOT } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "clausier-currency-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an invoice without a currency, under terms priced in CHF", () => {
  it("prints every total in CHF, the mentions' rows included", () => {
    cpSync(join(ROOT, "terms", "voguezen"), join(dir, "terms", "voguezen"), { recursive: true });
    cpSync(join(ROOT, "fixtures", "voguezen", "invoice-fv-2026-0057.yaml"), join(dir, "fixtures", "voguezen", "invoice-fv-2026-0057.yaml"));
    const terms = join(dir, "terms", "voguezen", "cgv.yaml");
    writeFileSync(terms, readFileSync(terms, "utf8").replace("\n  currency: EUR\n", "\n  currency: CHF\n"));
    const invoice = new Workspace(dir).load(join(dir, "fixtures", "voguezen", "invoice-fv-2026-0057.yaml"));
    if (!invoice || invoice.kind !== "invoice") throw new Error("invoice expected");
    expect(invoice.data.currency).toBeUndefined();

    const view = viewOf(invoice);
    if (view.kind !== "invoice") throw new Error("invoice view expected");
    expect(view.currency).toBe("CHF");
    const values = view.totalRows.map((r) => r.value ?? "");
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) expect(value).toMatch(/CHF$/);
  });
});
