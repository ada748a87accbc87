// Invoice numbers of one seller's series, among the invoices linted together: no duplicate, no gap,
// and a higher number never issued before a lower one. A series is the number up to its last group
// of digits (FA-2026-0041 → "FA-2026-"), within the invoice's `series` when the seller keeps several.
// Credit notes are invoices in law (CGI art. 289 I-5): they take their numbers in the same series
// (the invoices' or one of their own) and are checked with the invoices.
import { compareDates } from "../../legal/dates.js";
import { localizedDate } from "../../money/format.js";
import type { CreditNote, Invoice } from "../../model/documents.js";
import type { LintDocument, Rule } from "../types.js";

interface Numbered {
  number: string;
  series: string;
  value: bigint;
  width: number;
  prefix: string;
  suffix: string;
  issueDate: string;
  path: string;
}

const LAST_DIGITS = /^(.*?)(\d+)(\D*)$/;

function numbered(invoice: Pick<Invoice | CreditNote, "number" | "series" | "issueDate">, path: string): Numbered | undefined {
  const m = LAST_DIGITS.exec(invoice.number);
  if (!m) return undefined;
  const [, prefix = "", digits = "", suffix = ""] = m;
  return { number: invoice.number, series: `${invoice.series ?? ""}|${prefix}|${suffix}`, value: BigInt(digits), width: digits.length, prefix, suffix, issueDate: invoice.issueDate, path };
}

/** An invoice or a credit note: the documents numbered in the seller's invoice series. */
function invoiceLike(doc: LintDocument): Numbered | undefined {
  // Once per document: each invoice is compared with every other of its seller.
  if (numberedCache.has(doc)) return numberedCache.get(doc);
  const data = doc.kind === "invoice" ? doc.invoice : doc.kind === "credit-note" ? doc.creditNote : undefined;
  const n = data && numbered(data, doc.path);
  numberedCache.set(doc, n);
  return n;
}

const numberedCache = new WeakMap<LintDocument, Numbered | undefined>();

function numberOf(n: Numbered, value: bigint): string {
  return `${n.prefix}${value.toString().padStart(n.width, "0")}${n.suffix}`;
}

// The version cited is the one in force since 1 Jan 2023; the numbering rule itself is older.
const CGI_7 = {
  code: "CGI, annexe II",
  article: "242 nonies A, I, 7°",
  source: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046086694",
  inForce: { from: "2023-01-01" },
};

const rule: Rule = {
  meta: {
    id: "invoice-number-sequence",
    description: {
      fr: "Les numéros des factures et des avoirs d'une série doivent être uniques, continus et suivre l'ordre des dates.",
      en: "Invoice and credit-note numbers in a series must be unique, continuous and follow the order of the dates.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cgi-ann2.242-nonies-A", "eu.dir.2006-112.art-226"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["invoice", "credit-note"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      duplicate: {
        fr: "le numéro {number} est aussi celui de la facture {other} : chaque facture porte un numéro unique ; donnez à l'une d'elles le numéro suivant de la série.",
        en: "number {number} is also the number of invoice {other}: each invoice has a unique number; give one of them the next number of the series.",
      },
      gap: {
        fr: "la série saute de {previous} à {number} : {missing} manque (la numérotation doit être continue) ; une facture émise ne se supprime pas : si elle a été annulée, gardez-la avec l'avoir qui l'annule.",
        en: "the series jumps from {previous} to {number}: {missing} is missing (numbering must be continuous); an issued invoice is never deleted: if it was cancelled, keep it with the credit note that cancels it.",
      },
      outOfOrder: {
        fr: "la facture {number} est datée du {date}, avant la facture {lower} du {lowerDate} qui porte un numéro inférieur : la numérotation suit l'ordre chronologique ; corrigez la date ou le numéro.",
        en: "invoice {number} is dated {date}, before invoice {lower} of {lowerDate}, which has a lower number: numbering follows the order of the dates; fix the date or the number.",
      },
    },
  },
  check({ doc, related, report }) {
    const own = invoiceLike(doc);
    if (!own) return;
    const others = related.map(invoiceLike).filter((n): n is Numbered => n?.series === own.series);
    const range = doc.locateFact(["number"]);

    const same = others.find((n) => n.value === own.value);
    if (same) report({ messageId: "duplicate", data: { number: own.number, other: same.path }, range });

    const lower = others.filter((n) => n.value < own.value);
    const previous = lower.reduce<Numbered | undefined>((best, n) => (!best || n.value > best.value ? n : best), undefined);
    if (previous && own.value - previous.value > 1n) {
      const first = numberOf(own, previous.value + 1n);
      const last = numberOf(own, own.value - 1n);
      report({ messageId: "gap", data: { previous: previous.number, number: own.number, missing: first === last ? first : `${first} … ${last}` }, range });
    }

    const laterLower = lower.filter((n) => compareDates(n.issueDate, own.issueDate) > 0).sort((a, b) => compareDates(b.issueDate, a.issueDate))[0];
    if (laterLower) {
      report({
        messageId: "outOfOrder",
        data: {
          number: own.number,
          lower: laterLower.number,
          date: localizedDate(own.issueDate),
          lowerDate: localizedDate(laterLower.issueDate),
        },
        range: doc.locateFact(["issueDate"]),
      });
    }
  },
};

export default rule;
