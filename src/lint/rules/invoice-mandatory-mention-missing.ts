// The invoice side of src/documents/invoice-mentions.ts: every applicable mention that the invoice or its
// terms cannot provide is reported where the missing fact belongs. The seller's identity (name,
// address, SIREN, VAT number) is reported by seller-identification-incomplete, once for every document.
// Which law: the one in force on the invoice's issue date (an invoice is judged by the day it was issued),
// in the profile of the seller's country (French or Luxembourg VAT law: mentionProfileOf).
import { MENTION_PROFILES, coverage, profileOf, type InvoiceMention, type MentionGap, type MentionProfileId } from "../../documents/index.js";
import type { Messages, Rule, RuleContext } from "../types.js";
import { derivedInvoice, locateTermsFact } from "./_documents.js";

const citation = (m: InvoiceMention) => m.basis.map((b) => `${b.code}, art. ${b.article}`).join(" ; ");

const own = (profile: MentionProfileId) => MENTION_PROFILES[profile].mentions.filter((m) => !m.lintedBy);

/** French messages keep the mention's id; the Luxembourg ones are prefixed (their article and fix differ). */
const messageId = (profile: MentionProfileId, m: InvoiceMention) => (profile === "FR" ? m.id : `lu-${m.id}`);

// One message per mention and profile, built once from the lists: the label, the article and how to fix.
const mentionMessages: Messages = Object.fromEntries(
  (["FR", "LU"] as const).flatMap((profile) =>
    own(profile).map((m) => [
      messageId(profile, m),
      {
        fr: `mention obligatoire absente de la facture : ${m.label.fr} (${citation(m)}) ; ${m.howToFix.fr}.`,
        en: `mandatory invoice mention missing: ${m.label.en} (${citation(m)}); ${m.howToFix.en}.`,
        ...(profile === "LU" && { basis: ["lu.ltva.art-63" as const] }),
      },
    ]),
  ),
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
    legalBasis: ["fr.ccom.L441-9", "fr.cgi-ann2.242-nonies-A", "fr.decret.2022-1299", "fr.cgi.293B", "lu.ltva.art-63"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["invoice"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      ...mentionMessages,
      noData: {
        fr: "facture émise le {date} : la liste des mentions obligatoires de Clausier commence aux factures émises le {from} ; vérifiez les mentions de cette facture à la main.",
        en: "invoice issued on {date}: Clausier's list of mandatory mentions starts with invoices issued on {from}; check this invoice's mentions by hand.",
        basis: ["fr.ccom.L441-9"],
      },
    },
  },
  check(context) {
    const { doc, report } = context;
    const derived = derivedInvoice(context);
    if (!derived) return;
    const ctx = derived.mentions.context;
    const profile = profileOf(ctx);
    if (!profile) return;
    if (coverage(ctx) === "before-data") {
      report({ messageId: "noData", data: { date: ctx.invoice.issueDate, from: profile.coverFrom }, range: doc.locateFact(["issueDate"]) });
      return;
    }
    for (const mention of derived.mentions.applicable.filter((m) => !m.lintedBy)) {
      for (const gap of mention.gaps(ctx)) {
        const range = where(context, gap);
        report({ messageId: messageId(profile.id, mention), data: gap.data ?? {}, range, file: range.file });
      }
    }
  },
};

export default rule;
