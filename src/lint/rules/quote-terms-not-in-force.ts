// A quote appends its seller's terms and the client accepts them by signing it: they must be the
// version in force on the quote's date. Two cases: the terms came into force after the quote (the
// 2020 Livenote quote appending the CGV of 1 September 2022), or a later version of the same terms
// (same `id`, linted in the same run) was already in force on that date.
import { compareDates, isIsoDate } from "../../legal/dates.js";
import { localizedDate } from "../../money/format.js";
import type { Rule } from "../types.js";

const rule: Rule = {
  meta: {
    id: "quote-terms-not-in-force",
    description: {
      fr: "Les conditions jointes au devis ne sont pas celles en vigueur à la date du devis.",
      en: "The terms appended to the quote are not those in force on the quote's date.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cciv.1119", "fr.ccom.L441-1"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["quote"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      notYetInForce: {
        fr: "le devis du {date} joint les conditions {terms} entrées en vigueur le {effective}, après la date du devis : le client n'accepte que des conditions qui existent et qui lui sont communiquées ; joignez la version en vigueur au {date}, ou établissez un nouveau devis daté du {effective} au plus tôt.",
        en: "the quote of {date} appends the terms {terms}, in force from {effective}, after the quote's date: the client can only accept terms that exist and were communicated to him; append the version in force on {date}, or issue a new quote dated {effective} or later.",
      },
      superseded: {
        fr: "le devis du {date} joint les conditions {terms} (en vigueur au {effective}), remplacées le {laterDate} par {later} : ce sont ces dernières qui étaient en vigueur à la date du devis ; faites référence à {later} dans `terms`.",
        en: "the quote of {date} appends the terms {terms} (in force from {effective}), replaced on {laterDate} by {later}: those were in force on the quote's date; refer to {later} in `terms`.",
      },
    },
  },
  check({ doc, related, report }) {
    const quote = doc.quote;
    const loaded = doc.loaded;
    if (!quote || loaded?.kind !== "quote" || !isIsoDate(quote.issueDate)) return;
    const terms = loaded.terms;
    const effective = terms.data.effectiveDate;
    // An undated terms file is document-dates-inconsistent's finding, not this one's.
    if (!effective || !isIsoDate(effective)) return;
    const date = localizedDate(quote.issueDate);
    const range = doc.locateFact(["terms"]);
    if (compareDates(effective, quote.issueDate) > 0) {
      report({ messageId: "notYetInForce", data: { date, terms: terms.path, effective: localizedDate(effective) }, range });
      return;
    }
    // The latest other version of the same terms already in force on the quote's date.
    const later = related
      .filter((r) => r.kind === "terms" && r.terms?.id === terms.data.id && r.absPath !== terms.absPath)
      .map((r) => ({ path: r.path, date: r.terms!.effectiveDate }))
      .filter((r): r is { path: string; date: string } => !!r.date && isIsoDate(r.date) && compareDates(r.date, effective) > 0 && compareDates(r.date, quote.issueDate) <= 0)
      .sort((a, b) => compareDates(b.date, a.date))[0];
    if (later) {
      report({
        messageId: "superseded",
        data: { date, terms: terms.path, effective: localizedDate(effective), later: later.path, laterDate: localizedDate(later.date) },
        range,
      });
    }
  },
};

export default rule;
