import { renumberingDataset } from "../../legal/renumbering.js";
import type { Rule } from "../types.js";
import { printArticle } from "../scan/citations.js";
import { findObsoleteCitations, localizedDate, instrumentOf, newArticlesOf, renumberFixes } from "../scan/renumbered.js";

// Only citations that name the Code civil ("du Code civil", "C. civ.", "du même code" after it) and
// whose sentence speaks of the old article's subject: new 1134, 1152 and 1184 exist with other meanings.
const rule: Rule = {
  meta: {
    id: "obsolete-civil-code-article",
    description: {
      fr: "Les conditions citent un article du Code civil sous son numéro d'avant la réforme du droit des contrats (1er octobre 2016).",
      en: "The terms cite a Code civil article by its number from before the 2016 contract-law reform.",
    },
    severity: "error",
    category: "citations",
    legalBasis: ["fr.ord.2016-131"],
    fixable: true,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      renumbered: {
        fr: "l'article {old} du Code civil n'a plus ce contenu depuis le {since} ({instrument}) : {subject} relève désormais de l'article {new}. Remplacez « {old} » par « {new} ».",
        en: "Code civil article {old} no longer has this content since {since} ({instrument}): {subject} is now article {new}. Replace \"{old}\" with \"{new}\".",
      },
      split: {
        fr: "l'article {old} du Code civil n'a plus ce contenu depuis le {since} ({instrument}) : {subject} relève désormais des articles {new}. Citez celui qui correspond à la clause.",
        en: "Code civil article {old} no longer has this content since {since} ({instrument}): {subject} is now in articles {new}. Cite the one that fits the clause.",
      },
      replaceWith: {
        fr: "citer l'article {article} ({subject})",
        en: "cite article {article} ({subject})",
      },
    },
  },
  check({ doc, asOf, report }) {
    const { inForceFrom } = renumberingDataset("civil");
    for (const finding of findObsoleteCitations(doc, "civil", asOf, false)) {
      const news = newArticlesOf(finding);
      const data = {
        old: finding.article.number,
        new: news.map(printArticle).join(", "),
        subject: finding.entries.map((e) => e.subject).join(" ; "),
        since: localizedDate(inForceFrom),
        instrument: instrumentOf("civil"),
      };
      report({
        // One new article chosen by the sentence's subject (1348 on copies → 1379): worded as a renumbering, offered as a suggestion.
        messageId: finding.oneToOne || news.length === 1 ? "renumbered" : "split",
        data,
        range: finding.clause.locate(finding.article.start, finding.article.end),
        ...renumberFixes(finding, "replaceWith"),
      });
    }
  },
};

export default rule;
