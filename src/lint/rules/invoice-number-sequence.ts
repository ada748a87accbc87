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
  /** The document's place in its seller's group: ties are resolved in the run's order. */
  order: number;
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

function numbered(invoice: Pick<Invoice | CreditNote, "number" | "series" | "issueDate">, path: string, order: number): Numbered | undefined {
  const m = LAST_DIGITS.exec(invoice.number);
  if (!m) return undefined;
  const [, prefix = "", digits = "", suffix = ""] = m;
  return { order, number: invoice.number, series: `${invoice.series ?? ""}|${prefix}|${suffix}`, value: BigInt(digits), width: digits.length, prefix, suffix, issueDate: invoice.issueDate, path };
}

/** An invoice or a credit note: the documents numbered in the seller's invoice series. */
function invoiceLike(doc: LintDocument, order: number): Numbered | undefined {
  const data = doc.kind === "invoice" ? doc.invoice : doc.kind === "credit-note" ? doc.creditNote : undefined;
  return data && numbered(data, doc.path, order);
}

/**
 * One series of a seller's group, sorted by number (the run's order among equal numbers), with, at
 * each place, the latest-dated document up to it: each document's neighbours are then found by
 * binary search, so a seller's 10 000 invoices cost n log n, not n².
 */
interface Series {
  sorted: Numbered[];
  latestUpTo: Numbered[];
}

interface GroupIndex {
  byDoc: Map<LintDocument, Numbered>;
  series: Map<string, Series>;
}

const indexes = new WeakMap<readonly LintDocument[], GroupIndex>();

function indexOf(group: readonly LintDocument[]): GroupIndex {
  let index = indexes.get(group);
  if (index) return index;
  const byDoc = new Map<LintDocument, Numbered>();
  const bySeries = new Map<string, Numbered[]>();
  group.forEach((doc, order) => {
    const n = invoiceLike(doc, order);
    if (!n) return;
    byDoc.set(doc, n);
    const list = bySeries.get(n.series);
    if (list) list.push(n);
    else bySeries.set(n.series, [n]);
  });
  const series = new Map<string, Series>();
  for (const [key, list] of bySeries) {
    const sorted = list.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.order - b.order));
    const latestUpTo: Numbered[] = [];
    sorted.forEach((n, i) => {
      const best = latestUpTo[i - 1];
      const later = best && (compareDates(best.issueDate, n.issueDate) > 0 || (compareDates(best.issueDate, n.issueDate) === 0 && best.order < n.order));
      latestUpTo.push(later ? best : n);
    });
    series.set(key, { sorted, latestUpTo });
  }
  index = { byDoc, series };
  indexes.set(group, index);
  return index;
}

/** The first place whose number is not below `value`. */
function firstAtLeast(sorted: Numbered[], value: bigint): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
  check({ doc, group, report }) {
    const index = indexOf(group);
    const own = index.byDoc.get(doc);
    if (!own) return;
    const { sorted, latestUpTo } = index.series.get(own.series)!;
    const range = doc.locateFact(["number"]);
    const firstEqual = firstAtLeast(sorted, own.value);

    // Another document with this number: the first of them in the run's order.
    for (let i = firstEqual; i < sorted.length && sorted[i]!.value === own.value; i++) {
      const same = sorted[i]!;
      if (same === own) continue;
      report({ messageId: "duplicate", data: { number: own.number, other: same.path }, range });
      break;
    }

    // The highest lower number (the first of its equals), and the latest-dated of the lower ones.
    const below = sorted[firstEqual - 1];
    const previous = below && sorted[firstAtLeast(sorted, below.value)];
    if (previous && own.value - previous.value > 1n) {
      const first = numberOf(own, previous.value + 1n);
      const last = numberOf(own, own.value - 1n);
      report({ messageId: "gap", data: { previous: previous.number, number: own.number, missing: first === last ? first : `${first} … ${last}` }, range });
    }

    const latestLower = firstEqual > 0 ? latestUpTo[firstEqual - 1] : undefined;
    const laterLower = latestLower && compareDates(latestLower.issueDate, own.issueDate) > 0 ? latestLower : undefined;
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
