// Which mandatory mentions an invoice needs and what it prints for them, from the list in
// invoice-mentions.ts and the context derive() builds once per invoice.
import type { Invoice, Seller, Terms } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { type IsoDate, compareDates } from "../legal/dates.js";
import { governingLaw, type Law } from "../legal/law.js";
import { invoiceAmounts, type InvoiceAmounts } from "./amounts.js";
import { INVOICE_MENTIONS, MENTION_PROFILES, mentionProfileOf, type InvoiceMention, type InvoiceMentionContext, type InvoiceMentionId, type IssuerSize, type MentionProfile } from "./invoice-mentions.js";

export interface MentionContextInput {
  invoice: Invoice;
  seller: Seller;
  terms: Terms;
  /** Default: the terms' governing law, else the seller's country. */
  law?: Law;
  /** Default "pme": the later e-invoicing date (the seller file has no size field). */
  issuerSize?: IssuerSize;
}

/** The context of an invoice's mentions; its amounts are derive()'s when given, else worked out the same way. */
export function mentionContext(input: MentionContextInput, amounts: InvoiceAmounts = invoiceAmounts(input.invoice, input.terms)): InvoiceMentionContext {
  const { invoice, seller, terms } = input;
  const law = input.law ?? governingLaw(terms.governingLaw, seller.country);
  const profile = mentionProfileOf(seller.country, law);
  return { invoice, seller, terms, law, profile, issuerSize: input.issuerSize ?? "pme", currency: amounts.currency, totals: amounts.totals.value, dueDate: amounts.dueDate };
}

/** The list of mentions that judges this invoice (French or Luxembourg VAT law), if Clausier has one. */
export function profileOf(ctx: InvoiceMentionContext): MentionProfile | undefined {
  return ctx.profile && MENTION_PROFILES[ctx.profile];
}

/** The date from which invoices of this issuer must carry the mention. */
export function inForceFrom(mention: InvoiceMention, issuerSize: IssuerSize): IsoDate {
  const small = issuerSize === "pme" || issuerSize === "micro";
  return small && mention.inForce.fromForSmallIssuers ? mention.inForce.fromForSmallIssuers : mention.inForce.from;
}

/** Whether a list speaks for this invoice: a French or Luxembourg seller, issued on or after its profile's first date. */
export function coverage(ctx: InvoiceMentionContext): "covered" | "before-data" | "other-law" {
  const profile = profileOf(ctx);
  if (!profile) return "other-law";
  return compareDates(ctx.invoice.issueDate, profile.coverFrom) < 0 ? "before-data" : "covered";
}

/** In force on the invoice's issue date (the law of the day the invoice is issued) and relevant to it. */
export function isApplicable(mention: InvoiceMention, ctx: InvoiceMentionContext): boolean {
  return coverage(ctx) === "covered" && compareDates(ctx.invoice.issueDate, inForceFrom(mention, ctx.issuerSize)) >= 0 && mention.appliesWhen(ctx);
}

export function applicableMentions(ctx: InvoiceMentionContext): InvoiceMention[] {
  return (profileOf(ctx)?.mentions ?? []).filter((m) => isApplicable(m, ctx));
}

/** For the generator and its test: every applicable mention the data provides, with the texts to print. */
export function printedMentions(ctx: InvoiceMentionContext): Array<{ id: InvoiceMentionId; label: Record<Locale, string>; texts: string[] }> {
  return applicableMentions(ctx)
    .filter((m) => m.present(ctx))
    .map((m) => ({ id: m.id, label: m.label, texts: m.printed(ctx) }));
}

/**
 * What the generator prints: every mention the invoice calls for and its data provides, whatever
 * the date or the law (an invoice under Luxembourg law or from 2020 still states its due date and
 * penalties), in the order of the list.
 */
export function mentionsToPrint(ctx: InvoiceMentionContext): ReadonlyMap<InvoiceMentionId, string[]> {
  const printed = new Map<InvoiceMentionId, string[]>();
  for (const m of profileOf(ctx)?.printable ?? INVOICE_MENTIONS) if (m.appliesWhen(ctx) && m.present(ctx)) printed.set(m.id, m.printed(ctx));
  return printed;
}

/** Any run of spaces (including non-breaking and narrow ones) and line breaks counts as one space. */
function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
}

/** Whether extracted text (pdftotext output) contains a printed mention, spacing and line breaks aside. */
export function containsPrinted(extractedText: string, printed: string): boolean {
  return squash(extractedText).includes(squash(printed));
}
