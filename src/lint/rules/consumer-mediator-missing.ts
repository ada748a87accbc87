import { findAll } from "../scan/text.js";
import type { LintClause, Rule } from "../types.js";
import { sentenceAt } from "../scan/sentences.js";
import { MEDIATOR } from "../scan/consumer.js";

// Every consumer may refer a dispute to a consumer mediator, free of charge (C. conso L612-1); the
// professional must give the mediator's name and website in its terms (L616-1, R616-1). "Vous pouvez
// recourir à un médiateur", or a link to the EU ODR platform alone, is not enough (legal-facts §9).

// A website: "www.cm2c.net", "https://www.mediateur-conso.fr", "cm2c.net" (the EU ODR platform does not count).
const WEBSITE = /\b(?:https?:\/\/|www\.)[^\s,;)]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info)\b/g;
const ODR = /europa\.eu|\bodr\b|\brll\b/;

const rule: Rule = {
  meta: {
    id: "consumer-mediator-missing",
    description: {
      fr: "Des conditions destinées à des consommateurs ne donnent pas le nom et le site internet du médiateur de la consommation.",
      en: "Terms for consumers do not give the consumer mediator's name and website.",
    },
    severity: "error",
    category: "consumer",
    legalBasis: ["fr.cconso.L612-1", "fr.cconso.L616-1", "fr.cconso.R616-1"],
    // the duty to offer a consumer mediator: ordonnance 2015-1033, C. conso L152-1 then L612-1
    appliesFrom: "2016-01-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      missing: {
        fr: "aucun médiateur de la consommation n'est indiqué : le consommateur peut recourir gratuitement à un médiateur et les conditions doivent en donner le nom et l'adresse du site internet ; adhérez à un médiateur et ajoutez ses coordonnées (mediator).",
        en: "no consumer mediator is given: consumers may refer disputes to a mediator free of charge and the terms must give the mediator's name and website; join a mediator and add its details (mediator).",
      },
      noContact: {
        fr: "le médiateur est évoqué sans ses coordonnées : les conditions doivent donner son nom et l'adresse de son site internet ; une simple mention de la médiation ou de la plateforme européenne ne suffit pas.",
        en: "a mediator is mentioned without its details: the terms must give its name and website address; merely mentioning mediation or the EU platform is not enough.",
        basis: ["fr.cconso.L616-1", "fr.cconso.R616-1"],
      },
      noWebsite: {
        fr: "le médiateur « {name} » est indiqué sans son site internet : les conditions doivent donner le nom et l'adresse du site du médiateur ; ajoutez-la (mediator.website).",
        en: "the mediator \"{name}\" is given without its website: the terms must give the mediator's name and website address; add it (mediator.website).",
        basis: ["fr.cconso.R616-1"],
      },
    },
  },
  check({ doc, report }) {
    const mediator = doc.mode === "facts" ? doc.seller?.mediator : undefined;
    if (mediator?.website?.trim()) return;
    const mentions = doc.clauses.flatMap((clause) => findAll(clause.body, MEDIATOR).map((m) => ({ clause, ...m })));
    if (mentions.some((m) => withWebsite(m.clause, m.start))) return;
    if (mediator) {
      const range = doc.locateSellerFact(["mediator", "website"]);
      report({ messageId: "noWebsite", data: { name: mediator.name }, range, file: range.file });
      return;
    }
    const first = mentions[0];
    if (first) {
      report({ messageId: "noContact", range: first.clause.locate(first.start, first.end) });
      return;
    }
    const range = doc.locateSellerFact(["mediator"]);
    report({ messageId: "missing", range, file: range.file });
  },
};

/** Whether the sentence that mentions the mediator, or the next one, gives a website other than the EU ODR platform. */
function withWebsite(clause: LintClause, at: number): boolean {
  const sentence = sentenceAt(clause.body, at);
  const next = sentence.end < clause.body.length ? sentenceAt(clause.body, sentence.end) : sentence;
  const text = clause.body.slice(sentence.start, next.end).toLowerCase();
  // An e-mail address ("contact@cm2c.net") is not a website.
  return [...text.matchAll(WEBSITE)].some((w) => !ODR.test(w[0]) && text[w.index - 1] !== "@");
}

export default rule;
