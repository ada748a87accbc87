import type { LintClause, Rule } from "../types.js";
import { CANCELLATION, RENEWAL_REMINDER, TACIT_RENEWAL } from "../scan/consumer.js";
import { findAll, findFirst, flexible } from "../scan/text.js";
import { sentencesIn } from "../scan/sentences.js";
import { sellsNothing } from "../scan/offer.js";

// A consumer service contract of fixed term renewed tacitly obliges the provider to remind the
// consumer in writing, by a dedicated letter or e-mail, one to three months before the deadline to
// refuse renewal, with that date in a box; otherwise the consumer may end the contract free of
// charge at any time from the renewal (C. conso L215-1). The duty is a letter, not a clause: terms
// need not say it, so this is information for whoever runs the contract, unless the terms already
// describe the reminder.

// « résilier à tout moment, sans frais »: the consumer already holds what L215-1 gives him when the
// reminder is not sent (ending the contract free of charge at any time), so the note would teach nothing.
const AT_ANY_TIME = flexible(/\ba tout moment\b/);
// « à tout moment, sans préavis » (a monthly subscription stopped from the account): no fee, no notice, the same exit.
const FREE_OF_CHARGE = flexible(/\bsans (?:frais|penalite|indemnite|cout|preavis)\b|\bgratuitement\b/);

// L215-1 is about contracts « conclus pour une durée déterminée » renewed tacitly (round T35b): a subscription « sans
// engagement (de durée) » that runs « jusqu'à résiliation », or a contract « à durée indéterminée », has no term to renew
// and no deadline to refuse renewal; the words « se renouvelle automatiquement chaque mois » only say how it is billed.
const OPEN_ENDED = flexible(/\bsans (?:aucun )?engagement(?: de duree)?\b|\bjusqu'a (?:sa |la |leur )?resiliation\b|\ba duree indeterminee\b/);

// « sans reconduction tacite », « n'est pas reconduit tacitement », « ne se renouvelle pas par tacite
// reconduction »: a negation a few words before, in the same phrase (no comma between), denies the renewal.
const NEGATED_BEFORE = flexible(/\b(?:sans|pas|aucune?|jamais|ni|exclut|exclue?)\b(?:\s+[^\s,;:.]+){0,4}\s*$/);

// Where the renewal is written (round T28): « 12 mois, renouvellement automatique » in a price table's row or an offer's
// list item says what each formula costs; the clause that renews (« Durée et renouvellement », « Renouvellement
// automatique ») is where the reminder is planned. Its own clause first, then a line that prices nothing, then any.
const RENEWAL_TITLE = flexible(/\brenouvel[a-z]*\b|\breconduc[a-z]*\b|\breconduit[a-z]*\b|\bduree\b/);
const PRICED = flexible(/\d(?:[\d\s.,]*\d)?\s?(?:€|euros?\b|eur\b)|\|/);

function firstRenewal(clauses: readonly LintClause[]): { clause: LintClause; start: number; end: number } | undefined {
  let best: { clause: LintClause; start: number; end: number; rank: number } | undefined;
  for (const clause of clauses) {
    const ownClause = clause.title !== undefined && findFirst(clause.title, RENEWAL_TITLE) !== undefined;
    for (const m of findAll(clause.body, TACIT_RENEWAL)) {
      if (findFirst(clause.body.slice(Math.max(0, m.start - 60), m.start), NEGATED_BEFORE)) continue;
      // The line, not the sentence: a table row has no full stop and runs into the sentence below it.
      const line = clause.body.slice(clause.body.lastIndexOf("\n", m.start) + 1, clause.body.indexOf("\n", m.end) < 0 ? undefined : clause.body.indexOf("\n", m.end));
      const rank = ownClause ? 0 : findFirst(line, PRICED) ? 2 : 1;
      if (!best || rank < best.rank) best = { clause, start: m.start, end: m.end, rank };
    }
  }
  return best;
}

const rule: Rule = {
  meta: {
    id: "tacit-renewal-reminder",
    description: {
      fr: "Des conditions pour consommateurs prévoient une reconduction tacite : le prestataire doit envoyer un rappel écrit un à trois mois avant la date limite de non-reconduction.",
      en: "Terms for consumers provide for tacit renewal: the provider must send a written reminder one to three months before the non-renewal deadline.",
    },
    severity: "info",
    category: "consumer",
    legalBasis: ["fr.cconso.L215-1"],
    appliesFrom: "2016-07-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      reminder: {
        fr: "reconduction tacite d'un contrat de service avec des consommateurs : au plus tôt trois mois et au plus tard un mois avant la date limite pour refuser la reconduction, le prestataire doit en informer le consommateur par lettre nominative ou courrier électronique dédiés, la date limite figurant dans un encadré apparent ; à défaut, le consommateur peut mettre fin gratuitement au contrat à tout moment après la reconduction. Prévoyez ce rappel, et vous pouvez le décrire dans la clause de durée.",
        en: "tacit renewal of a service contract with consumers: no earlier than three months and no later than one month before the deadline to refuse renewal, the provider must tell the consumer by a dedicated named letter or e-mail, with the deadline in a conspicuous box; otherwise the consumer may end the contract free of charge at any time after the renewal. Plan this reminder; you may describe it in the duration clause.",
      },
    },
  },
  check({ doc, report }) {
    const renewal = firstRenewal(doc.clauses);
    if (!renewal) return;
    if (sentencesIn(doc.clauses).some((s) => findFirst(s.text, RENEWAL_REMINDER))) return;
    // The sentence that renews, or the words before it on its line up to a semicolon (« conclu à durée indéterminée ;
    // l'abonnement se renouvelle … »), say the contract has no fixed term. Not a sentence before it: « Les forfaits sont
    // sans engagement. La maintenance se renouvelle par tacite reconduction, sauf demande … avant l'échéance » renews a term.
    const body = renewal.clause.body;
    const lead = body.slice(body.lastIndexOf("\n", renewal.start) + 1, renewal.start);
    const renewing = sentencesIn([renewal.clause]).find((s) => s.start <= renewal.start && renewal.end <= s.end);
    if ((renewing && findFirst(renewing.text, OPEN_ENDED)) || (!/[.!?]/.test(lead) && findFirst(lead, OPEN_ENDED))) return;
    // A free service (« le programme est gratuit », nothing paid to the provider anywhere in the text): L215-1 protects a
    // consumer from paying for a period he did not choose; a renewal that costs nothing binds him to no price, and the
    // note would teach nothing (a « contrat de prestation de services » is a service the consumer pays for: C. conso article liminaire, Dir. 2011/83 art. 2(6)).
    if (doc.mode === "prose" && sellsNothing(doc.clauses)) return;
    if (sentencesIn(doc.clauses).some((s) => findFirst(s.text, CANCELLATION) && findFirst(s.text, AT_ANY_TIME) && findFirst(s.text, FREE_OF_CHARGE))) return;
    report({ messageId: "reminder", range: renewal.clause.locate(renewal.start, renewal.end) });
  },
};

export default rule;
