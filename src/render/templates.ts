// The Handlebars environment: its own instance (Handlebars.create()), templates read from the
// project's templates/ folder only, compiled in strict mode, no prototype access. Data is printed
// with {{…}} (escaped); the only unescaped output is the CSS and the clause HTML that
// markdown.ts produced (objects with toHTML()). Helpers are the functions of src/money/format.ts
// and the French elision of typography.ts.
import { readFileSync, readdirSync } from "node:fs";
import Handlebars from "handlebars";
import { amountInWords, formatAmount, formatDate, formatDecimal, formatPercent, formatUnitPrice, type DecimalInput } from "../money/index.js";
import { brandCss, pageCss, type PageFurniture } from "./css.js";
import { type FontEmbedding, fontFaceCss, fontVariables } from "./fonts.js";
import { frenchSpacing, joinFrench } from "./typography.js";
import { DRAFT_MARK } from "./draft.js";
import type { CreditNoteView } from "./views/credit-note.js";
import type { InvoiceView } from "./views/invoice.js";
import type { QuoteView } from "./views/quote.js";
import type { RefundView } from "./views/refund.js";
import type { TermsView } from "./views/terms.js";

export type DocumentView = InvoiceView | QuoteView | RefundView | CreditNoteView | TermsView;

export const TEMPLATE_DIR = new URL("../../templates/", import.meta.url);
const COMPILE_OPTIONS = { strict: true } as const;
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** CSS written by code, printed unescaped inside <style> like the clause HTML. */
class TrustedCss {
  constructor(private readonly css: string) {}
  toHTML(): string {
    return this.css;
  }
}

/** Handlebars passes its options object last: an optional argument may be that object. */
const currencyArg = (c: unknown): string => (typeof c === "string" ? c : "EUR");

function createEnvironment() {
  const hb = Handlebars.create();
  hb.registerHelper({
    formatAmount: (v: DecimalInput, c: unknown) => formatAmount(v, currencyArg(c)),
    formatUnitPrice: (v: DecimalInput, c: unknown) => formatUnitPrice(v, currencyArg(c)),
    formatPercent: (v: DecimalInput) => formatPercent(v),
    formatDecimal: (v: DecimalInput) => formatDecimal(v, 6),
    formatDate: (iso: string) => formatDate(iso),
    amountInWords: (v: DecimalInput, c: unknown) => amountInWords(v, currencyArg(c)),
    fr: (text: unknown) => (text === null || text === undefined ? "" : frenchSpacing(String(text))),
    /** {{elide "de" name}}: « d'Élodie », « de Marc » (src/render/typography.ts). */
    elide: (word: unknown, text: unknown) => frenchSpacing(joinFrench(String(word), text === null || text === undefined ? "" : String(text))),
    eq: (a: unknown, b: unknown) => a === b,
    join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.map(String).join(typeof separator === "string" ? separator : ", ") : ""),
    /** Which optional columns the lines table needs. */
    lineColumns: (lines: Array<{ discountPercent: unknown }>, pricesInclude: unknown, vatCharged: unknown) => ({
      ttc: pricesInclude === "TTC",
      vat: vatCharged === true,
      discount: lines.some((l) => l.discountPercent !== null),
    }),
  });
  const read = (name: string) => readFileSync(new URL(name, TEMPLATE_DIR), "utf8");
  for (const file of readdirSync(new URL("partials/", TEMPLATE_DIR)).filter((f) => f.endsWith(".hbs"))) {
    hb.registerPartial(file.slice(0, -4), hb.compile(read(`partials/${file}`), COMPILE_OPTIONS));
  }
  for (const kind of ["invoice", "quote", "refund", "credit-note", "terms"]) hb.registerPartial(kind, hb.compile(read(`${kind}.hbs`), COMPILE_OPTIONS));
  return { layout: hb.compile(read("layout.hbs"), COMPILE_OPTIONS), printCss: read("print.css") };
}

let environment: ReturnType<typeof createEnvironment> | undefined;

/**
 * One HTML document: the view in the layout, with fonts, brand colours and page furniture. Fonts
 * "inline" for a file a user keeps, "linked" for the printer (fonts.ts).
 */
export function renderHtml(view: DocumentView, furniture: PageFurniture, fonts: FontEmbedding = "inline"): string {
  environment ??= createEnvironment();
  const css = [fontFaceCss(fonts), brandCss(view.branding, fontVariables(view.branding.font ?? undefined)), pageCss(furniture), environment.printCss].join("\n");
  const title = view.title;
  const space = title.indexOf(" ");
  return environment.layout(
    {
      doc: view,
      css: new TrustedCss(css),
      pageTitle: `${furniture.draft ? `${DRAFT_MARK} — ` : ""}${title} — ${view.seller.name}`,
      draftMark: furniture.draft ? DRAFT_MARK : null,
      isTerms: view.kind === "terms",
      showKindLabel: view.kind === "terms" && view.title.toLowerCase() !== view.kindLabel.toLowerCase(),
      titleKind: space < 0 ? title : title.slice(0, space),
      titleRest: space < 0 ? "" : title.slice(space + 1),
    },
    RUNTIME_OPTIONS,
  );
}
