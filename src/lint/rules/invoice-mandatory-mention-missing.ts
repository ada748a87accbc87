// The invoice side of src/documents/invoice-mentions.ts: every applicable mention that the invoice or its
// terms cannot provide is reported where the missing fact belongs. The seller's identity (name,
// address, SIREN, VAT number) is reported by seller-identification-incomplete, once for every document.
// Which law: the one in force on the invoice's issue date (an invoice is judged by the day it was issued).
import { INVOICE_MENTIONS, MENTIONS_COVER_FROM, coverage, type MentionGap } from "../../documents/index.js";
import type { Messages, Rule, RuleContext } from "../types.js";
import { derivedInvoice, locateTermsFact } from "./_documents.js";

const citation = (m: (typeof INVOICE_MENTIONS)[number]) => m.basis.map((b) => `${b.code}, art. ${b.article}`).join(" ; ");

const ownMentions = INVOICE_MENTIONS.filter((m) => !m.lintedBy);

// One message per mention, built once from the list: the label, the article and how to fix.
const mentionMessages: Messages = Object.fromEntries(
  ownMentions.map((m) => [
    m.id,
    {
      fr: `mention obligatoire absente de la facture : ${m.label.fr} (${citation(m)}) ; ${m.howToFix.fr}.`,
      en: `mandatory invoice mention missing: ${m.label.en} (${citation(m)}); ${m.howToFix.en}.`,
    },
  ]),
);

function where(context: RuleContext, gap: MentionGap) {
  const { doc } = context;
  if (gap.file === "seller") return doc.locateSellerFact(gap.path);
  if (gap.file === "terms") return locateTermsFact(doc, gap.path);
  return { ...doc.locateFact(gap.path), file: doc.path };
}

const rule: Rule = {
  meta: {
    id: "invoice-mandatory-mention-missing",
    description: {
      fr: "Une mention obligatoire de la facture ne peut pas être imprimée : ni la facture ni les conditions du vendeur ne la donnent.",
      en: "A mandatory invoice mention cannot be printed: neither the invoice nor the seller's terms provide it.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.ccom.L441-9", "fr.cgi-ann2.242-nonies-A", "fr.decret.2022-1299", "fr.cgi.293B"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["invoice"], modes: ["facts"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      ...mentionMessages,
      noData: {
        fr: "facture émise le {date} : la liste des mentions obligatoires de Clausier commence aux factures émises le {from} (rédaction de 2019) ; vérifiez les mentions de cette facture à la main.",
        en: "invoice issued on {date}: Clausier's list of mandatory mentions starts with invoices issued on {from} (as worded in 2019); check this invoice's mentions by hand.",
        basis: ["fr.ccom.L441-9"],
      },
    },
  },
  check(context) {
    const { doc, report } = context;
    const derived = derivedInvoice(context);
    if (!derived) return;
    const ctx = derived.mentions.context;
    if (coverage(ctx) === "before-data") {
      report({ messageId: "noData", data: { date: ctx.invoice.issueDate, from: MENTIONS_COVER_FROM }, range: doc.locateFact(["issueDate"]) });
      return;
    }
    for (const mention of derived.mentions.applicable.filter((m) => ownMentions.includes(m))) {
      for (const gap of mention.gaps(ctx)) {
        const range = where(context, gap);
        report({ messageId: mention.id, data: gap.data ?? {}, range, file: range.file });
      }
    }
  },
};

export default rule;
