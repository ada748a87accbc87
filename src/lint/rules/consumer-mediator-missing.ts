import { findAll, fold } from "../scan/text.js";
import type { SourceRange } from "../../model/diagnostics.js";
import type { LintClause, Rule } from "../types.js";
import { sentenceAround, sentences } from "../scan/sentences.js";
import { MEDIATOR } from "../scan/consumer.js";
import { sellsNothing } from "../scan/offer.js";

// Every consumer may refer a dispute to a consumer mediator, free of charge (C. conso L612-1); the
// professional must give the mediator's name and website in its terms (L616-1, R616-1). "Vous pouvez
// recourir à un médiateur", or a link to the EU ODR platform alone, is not enough (legal-facts §9).

// A website: "www.cm2c.net", "https://www.mediateur-conso.fr", "cm2c.net" (the EU ODR platform does not count).
const WEBSITE = /\b(?:https?:\/\/|www\.)[^\s,;)]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|com|org|net|eu|info)\b/g;
// Nor the State's pages on mediation (« economie.gouv.fr/mediation-conso », service-public.fr): a directory of mediators
// is not the mediator R616-1 asks the terms to name (round T17).
const ODR = /europa\.eu|\bodr\b|\brll\b|\bgouv\.fr\b|\bservice-public\.fr\b|\blegifrance\b/;

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
    // Nothing sold to the user: no contract of sale or of services for a price, no consumer dispute to mediate (L611-1).
    if (doc.mode === "prose" && sellsNothing(doc.clauses)) return;
    const mentions = doc.clauses
      .flatMap((clause) => findAll(clause.body, MEDIATOR).map((m) => ({ clause, ...m })))
      .filter((m) => !mediatesItself(m.clause, m.start) && !otherMediation(m.clause, m.start, m.text) && !forProfessionalsOnly(m.clause, m.start));
    if (mentions.some((m) => withWebsite(m.clause, m.start) || blockBelowHasWebsite(doc.clauses, m.clause))) return;
    if (doc.clauses.some(headingOverWebsite)) return;
    if (mediator) {
      const range = doc.locateSellerFact(["mediator", "website"]);
      report({ messageId: "noWebsite", data: { name: mediator.name }, range, file: range.file });
      return;
    }
    // « Coordonnées du Médiateur : AME CONSO, 11 place Dauphine… »: a mediator named after a colon is the one the
    // terms give, and what it lacks is its website; a bare « médiation » mentioned before it is not the place.
    const named = mentions.map((m) => ({ m, name: namedAfterColon(m.clause.body, m.end) })).find((n) => n.name);
    if (named?.name) {
      report({ messageId: "noWebsite", data: { name: named.name.text }, range: named.m.clause.locate(named.name.start, named.name.end) });
      return;
    }
    // « Le médiateur dont relève le vendeur est : » above a block left empty or as a placeholder (round T23): what is
    // missing is the block's content, where the name and the website are to be written, not the mention above it.
    const block = mentions.map((m) => announcedBlock(m.clause, m.end)).find((b) => b);
    if (block) {
      report({ messageId: "noContact", range: block });
      return;
    }
    // « La possibilité de recourir à une médiation » in a list of what the seller tells before the contract (L221-5),
    // then « recourir à une médiation … » in the disputes clause: the recourse is offered, and the mediator is to be
    // named, in the clause titled for disputes or mediation; the first mention lands only when no such clause has one.
    const first = mentions.find((m) => DISPUTE_TITLE.test(fold(m.clause.title ?? ""))) ?? mentions[0];
    if (first) {
      report({ messageId: "noContact", range: first.clause.locate(first.start, first.end) });
      return;
    }
    const range = doc.locateSellerFact(["mediator"]);
    report({ messageId: "missing", range, file: range.file });
  },
};

// The seller or platform mediating itself (« la plateforme peut intervenir à titre de médiateur », « écrire au
// service client pour une tentative de médiation ») offers no consumer mediator: the consumer's recourse is to an
// independent body (C. conso L613-1), so such a mention is not one and the mediator is still missing.
const OWN_MEDIATION = /\b(?:a titre de|en qualite de|en tant que|role de|intervenir en|intervient en|agir en) mediat(?:eur|rice)\b|\btentative de mediation\b/;
// A clause titled for disputes or mediation: where the terms offer the recourse (« Litiges », « Règlement des différends »,
// « Médiation », « Réclamations », « Droit applicable et juridiction »).
const DISPUTE_TITLE = /\blitiges?\b|\bdifferends?\b|\breclamations?\b|\bmediat|\bcontestations?\b|\bjuridictions?\b|\b(?:droit|loi) applicable\b|\breglement amiable\b/;
const CONSUMER_MEDIATION = /\bconsommation\b|\bconsommateurs?\b/;

// « une médiation ludique et de facilitation du dialogue » offered by a game: « médiation » as what the service does,
// with no dispute, claim or consumer in the sentence or the clause's title, is no recourse for the consumer.
const DISPUTE_CONTEXT = /\blitiges?\b|\bdifferends?\b|\breclamations?\b|\bcontestations?\b|\bconsommat|\brecours\b|\bjuridiction|\bmediat(?:eur|rice)s?\b/;

function otherMediation(clause: LintClause, at: number, words: string): boolean {
  if (!/^m[ée]diation$/i.test(words)) return false;
  const sentence = fold(sentenceAround(clause.body, at, at + 1).text);
  return !DISPUTE_CONTEXT.test(sentence) && !DISPUTE_CONTEXT.test(fold(clause.title ?? ""));
}

// « Pour les clients professionnels, tout litige est soumis au médiateur de la CCI »: a mediator offered to the
// professional clients of mixed terms is no consumer mediator (C. conso L612-1 is the consumer's recourse); the
// consumers still lack one. A sentence that names consumers or private clients too is theirs.
const PROFESSIONALS_ONLY = /\b(?:clients?|acheteurs?|utilisateurs?|membres?) professionnels?\b|\bentre professionnels\b|\b(?:pour|aux|avec) (?:les )?professionnels\b/;
const CONSUMERS_TOO = /\bconsommat|\bparticuliers?\b|\bnon[- ]professionnels?\b|\bpersonnes? physiques?\b/;

function forProfessionalsOnly(clause: LintClause, at: number): boolean {
  const sentence = fold(sentenceAround(clause.body, at, at + 1).text);
  return PROFESSIONALS_ONLY.test(sentence) && !CONSUMERS_TOO.test(sentence);
}

/**
 * A heading that names the mediator (« ### Médiateur de la consommation », « 12.2 Médiation ») over the block that
 * gives it: the name and website on the short lines under the heading, in any layout (a sentence, a label, a list).
 */
function headingOverWebsite(clause: LintClause): boolean {
  if (!clause.title || !MEDIATOR.test(fold(clause.title)) || OWN_MEDIATION.test(fold(clause.title))) return false;
  const lines = clause.body.split("\n").filter((l) => l.trim()).slice(0, BLOCK_LINES);
  const block: string[] = [];
  for (const line of lines) {
    // A paragraph of prose ends the block: a website further down is the shop's, not the mediator's.
    if (line.trim().length > BLOCK_LINE_LENGTH) break;
    block.push(line);
  }
  return givesWebsite(block.join(" "));
}

function mediatesItself(clause: LintClause, at: number): boolean {
  const sentence = fold(sentenceAround(clause.body, at, at + 1).text);
  return OWN_MEDIATION.test(sentence) && !CONSUMER_MEDIATION.test(sentence);
}

/** Whether the sentence that mentions the mediator, the next one or the contact block below it gives a website other than the EU ODR platform. */
function withWebsite(clause: LintClause, at: number): boolean {
  const all = sentences(clause.body);
  const i = all.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return false;
  // The next sentence is the next one with words (blank lines between paragraphs are not sentences).
  const taken = all.slice(i, i + 2);
  // A contact block: the mediator announced with a colon (« Le médiateur compétent est : ») or named on a
  // line of its own (no full stop), then its name, address, telephone and website on short lines below, in any order.
  const own = clause.body.slice(all[i]!.start, all[i]!.end).trim();
  if (/:$/.test(own) || (isShortLine(clause.body, all[i]!) && !/[.!?]$/.test(own))) {
    for (let j = i + 2; j < all.length && j <= i + BLOCK_LINES && isShortLine(clause.body, all[j - 1]!); j++) taken.push(all[j]!);
  }
  return givesWebsite(taken.map((s) => clause.body.slice(s.start, s.end)).join(" "));
}

function givesWebsite(words: string): boolean {
  const text = words.toLowerCase();
  // An e-mail address ("contact@cm2c.net") is not a website.
  return [...text.matchAll(WEBSITE)].some((w) => !ODR.test(w[0]) && text[w.index - 1] !== "@");
}

/**
 * A clause that ends announcing the mediator (« Le médiateur compétent est : ») whose name, in bold on a line
 * of its own, was read as the next clause's heading: that heading and the short lines under it are the block.
 */
function blockBelowHasWebsite(clauses: readonly LintClause[], clause: LintClause): boolean {
  const next = clauses[clauses.indexOf(clause) + 1];
  if (!next || !/:\s*$/.test(clause.body)) return false;
  const lines = next.body.split("\n").filter((l) => l.trim()).slice(0, BLOCK_LINES);
  return givesWebsite([next.title, ...lines.filter((l) => l.trim().length <= 100)].join(" "));
}

/** The first line below a mention whose line ends with a colon, in the same clause: the announced contact block. */
function announcedBlock(clause: LintClause, end: number): SourceRange | undefined {
  const lineEnd = clause.body.indexOf("\n", end);
  if (lineEnd < 0 || !/:\s*$/.test(clause.body.slice(end, lineEnd))) return undefined;
  const next = /\S[^\n]*/.exec(clause.body.slice(lineEnd));
  if (!next) return undefined;
  const start = lineEnd + next.index;
  return clause.locate(start, start + next[0].trimEnd().length);
}

/** The name written after « Médiateur : » on the same line, up to its first comma, dash or line end. */
function namedAfterColon(body: string, end: number): { text: string; start: number; end: number } | undefined {
  const m = /^[^\S\n]*(?:\*\*)?[^\S\n]*:[^\S\n]*(?:\*\*)?[^\S\n]*(\p{Lu}[^,;\n–—(]{1,60}?)[^\S\n]*(?:[,;–—(]|\n|$)/u.exec(body.slice(end));
  if (!m) return undefined;
  const start = end + m[0].indexOf(m[1]!);
  return { text: m[1]!.replace(/\*+$/, "").trim(), start, end: start + m[1]!.length };
}

/** The lines of a contact block below the mediator's name: name, address, telephone, website. */
const BLOCK_LINES = 5;
const BLOCK_LINE_LENGTH = 100;
function isShortLine(body: string, span: { start: number; end: number }): boolean {
  const text = body.slice(span.start, span.end).trim();
  return text.length <= 100 && !text.includes("\n\n");
}

export default rule;
