import { renumberingDataset } from "../../legal/renumbering.js";
import type { Rule } from "../types.js";
import { printArticle } from "../scan/citations.js";
import { findObsoleteCitations, localizedDate, instrumentOf, newArticlesOf, renumberFixes } from "../scan/renumbered.js";

// The 2016 recodification reused old numbers (the new L132-1 is about sanctions, not unfair terms):
// a citation is reported only when its sentence speaks of the old article's subject.
const rule: Rule = {
  meta: {
    id: "obsolete-consumer-code-article",
    description: {
      fr: "Les conditions citent un article du Code de la consommation sous son numéro d'avant la recodification du 1er juillet 2016.",
      en: "The terms cite a Code de la consommation article by its number from before the recodification of 1 July 2016.",
    },
    severity: "warning",
    category: "citations",
    legalBasis: ["fr.ord.2016-301"],
    fixable: true,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      renumbered: {
        fr: "l'article {old} du Code de la consommation a été renuméroté le {since} ({instrument}) : {subject} relève désormais de l'article {new}. Remplacez « {old} » par « {new} ».",
        en: "Code de la consommation article {old} was renumbered on {since} ({instrument}): {subject} is now article {new}. Replace \"{old}\" with \"{new}\".",
      },
      split: {
        fr: "l'article {old} du Code de la consommation a été renuméroté le {since} ({instrument}) : {subject} relève désormais des articles {new} et suivants. Citez celui qui correspond à la clause.",
        en: "Code de la consommation article {old} was renumbered on {since} ({instrument}): {subject} is now in articles {new} and following. Cite the one that fits the clause.",
      },
      rewritten: {
        fr: "l'article {old} du Code de la consommation a été renuméroté le {since} ({instrument}) : son contenu ({subject}) est devenu l'article {new}, que l'{rewrittenBy} a réécrit pour les contrats conclus depuis le {rewrittenFrom}. Vérifiez que l'article {new} couvre toujours cette clause avant de le citer.",
        en: "Code de la consommation article {old} was renumbered on {since} ({instrument}): its content ({subject}) became article {new}, which the {rewrittenBy} rewrote for contracts concluded from {rewrittenFrom}. Check that article {new} still covers this clause before citing it.",
      },
      replaceWith: {
        fr: "citer l'article {article} ({subject})",
        en: "cite article {article} ({subject})",
      },
    },
  },
  check({ doc, asOf, report }) {
    const { inForceFrom } = renumberingDataset("consommation");
    for (const finding of findObsoleteCitations(doc, "consommation", asOf, true)) {
      // One entry whose new article a later reform rewrote: say so rather than "and following".
      const rewrite = finding.entries.length === 1 ? finding.entries[0]!.rewrittenBy : undefined;
      report({
        messageId: finding.oneToOne ? "renumbered" : rewrite ? "rewritten" : "split",
        data: {
          ...(rewrite ? { rewrittenBy: rewrite.instrument, rewrittenFrom: localizedDate(rewrite.from) } : {}),
          old: printArticle(finding.article.number),
          new: newArticlesOf(finding).map(printArticle).join(", "),
          subject: finding.entries.map((e) => e.subject).join(" ; "),
          since: localizedDate(inForceFrom),
          instrument: instrumentOf("consommation"),
        },
        range: finding.clause.locate(finding.article.start, finding.article.end),
        ...renumberFixes(finding, "replaceWith"),
      });
    }
  },
};

export default rule;
