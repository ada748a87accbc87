import { compareDates } from "../../legal/dates.js";
import { Localized } from "../../model/locale.js";
import { normalizeArticle, renumberingDataset, statuteCitationIn } from "../../legal/renumbering.js";
import { findAll } from "../scan/text.js";
import type { LintClause, Rule, RuleContext } from "../types.js";
import { findCitations, printArticle } from "../scan/citations.js";
import { findObsoleteCitations, localizedDate, instrumentOf, newArticlesOf, renumberFixes } from "../scan/renumbered.js";
import { sentenceAround } from "../scan/sentences.js";

// Old numbers are judged by the subject of their sentence: the new L441-3 (convention unique) is not
// the old L441-3 (invoices). L441-10 itself is never reported: it existed with another content from
// 11 December 2016 to 25 April 2019, and since then it is the right number for payment terms.
const rule: Rule = {
  meta: {
    id: "obsolete-commercial-code-article",
    description: {
      fr: "Les conditions citent un article du Code de commerce sous son numéro d'avant l'ordonnance du 24 avril 2019, ou la loi de 2012 sur l'indemnité de recouvrement au lieu des articles qui la portent.",
      en: "The terms cite a Code de commerce article by its number from before the ordonnance of 24 April 2019, or the 2012 statute instead of the articles that now carry the recovery indemnity.",
    },
    severity: "warning",
    category: "citations",
    legalBasis: ["fr.ord.2019-359"],
    fixable: true,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      renumbered: {
        fr: "l'article {old} du Code de commerce a été renuméroté le {since} ({instrument}) : {subject} relève désormais de l'article {new}. Remplacez « {old} » par « {new} ».",
        en: "Code de commerce article {old} was renumbered on {since} ({instrument}): {subject} is now article {new}. Replace \"{old}\" with \"{new}\".",
      },
      split: {
        fr: "l'article {old} du Code de commerce a été renuméroté le {since} ({instrument}) et son contenu réparti : pour {subject}, citez l'article {new}.",
        en: "Code de commerce article {old} was renumbered on {since} ({instrument}) and its content split: for {subject}, cite article {new}.",
      },
      statute: {
        fr: "la « {citation} » ne se cite plus seule ; depuis le {since}, la règle qu'elle a posée ({subject}) figure aux articles {articles} du Code de commerce. Citez ces articles.",
        en: "information: \"{citation}\" is no longer cited on its own; since {since}, the rule it laid down (“{subject}”) is in articles {articles} of the Code de commerce. Cite those articles.",
      },
      replaceWith: {
        fr: "citer l'article {article} ({subject})",
        en: "cite article {article} ({subject})",
      },
      citeArticles: {
        fr: "remplacer par « {text} »",
        en: "replace with \"{text}\"",
      },
    },
  },
  check(context) {
    const { doc, asOf, report } = context;
    const { inForceFrom } = renumberingDataset("commerce");
    for (const finding of findObsoleteCitations(doc, "commerce", asOf, true)) {
      const old = finding.article.part && finding.byPart ? `${printArticle(finding.article.number)} ${finding.article.part}` : printArticle(finding.article.number);
      report({
        messageId: finding.oneToOne ? "renumbered" : "split",
        data: {
          old,
          new: newArticlesOf(finding).map(printArticle).join(" ou "),
          subject: finding.entries.map((e) => e.subject).join(" ; "),
          since: localizedDate(inForceFrom),
          instrument: instrumentOf("commerce"),
        },
        range: finding.clause.locate(finding.article.start, finding.byPart ? (finding.article.partEnd ?? finding.article.end) : finding.article.end),
        ...renumberFixes(finding, "replaceWith"),
      });
    }
    for (const clause of doc.clauses) reportStatuteCitations(context, clause);
  },
};

/**
 * "Loi n° 2012-387 du 22 mars 2012" cited alone for the recovery indemnity: informational (the engine
 * gives one severity per rule, so the message says it is information).
 */
function reportStatuteCitations({ asOf, report }: RuleContext, clause: LintClause): void {
  const statute = statuteCitationIn(clause.body);
  if (!statute || compareDates(asOf, statute.since) < 0) return;
  const [year, number] = statute.number.split("-");
  const pattern = new RegExp(String.raw`(?<![\p{L}])loi\s*(?:n\s*[°o]\.?\s*)?${year}\s*-\s*${number}(?![\p{N}])(?:\s+du\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})?`, "u");
  const current = new Set(statute.currentArticles.map(normalizeArticle));
  const cited = findCitations([clause]);
  const articles = statute.currentArticles.map(printArticle).join(" et ");
  for (const m of findAll(clause.body, pattern)) {
    const sentence = sentenceAround(clause.body, m.start, m.end);
    // Not bare when the sentence also cites the current articles.
    const alsoCitesCurrent = cited.some((c) => c.start >= sentence.start && c.end <= sentence.end && c.articles.some((a) => current.has(a.number)));
    if (alsoCitesCurrent) continue;
    const { start, end } = clause.fileRange(m.start, m.end) ?? {};
    const replacement = `articles ${articles} du Code de commerce`;
    report({
      messageId: "statute",
      severity: "info",
      data: {
        citation: m.text,
        since: localizedDate(statute.since),
        subject: statute.subject.split(" (")[0],
        articles: new Localized({ fr: articles, en: statute.currentArticles.map(printArticle).join(" and ") }),
      },
      range: clause.locate(m.start, m.end),
      ...(start !== undefined && end !== undefined
        ? { suggestions: [{ messageId: "citeArticles", data: { text: replacement }, fix: { start, end, text: replacement } }] }
        : {}),
    });
  }
}

export default rule;
