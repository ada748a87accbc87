import type { Rule } from "../types.js";
import { ACCOUNT_MEANS, BY_LETTER, CANCELLATION, CONCLUDED_ONLINE, ONLINE_CANCELLATION, ORDERING, SUBSCRIPTION } from "../scan/consumer.js";
import { findFirst } from "../scan/text.js";
import { scopeText, sentencesIn, wordsAt, type Sentence } from "../scan/sentences.js";
import { flexible } from "../scan/text.js";

// Since 1 June 2023, a contract a consumer could conclude online can be cancelled online, through a
// free function of the interface (« résilier votre contrat », C. conso L215-1-1, D215-1 to D215-3).
// Subscription terms of an online seller that give a letter as the way to cancel, or never say the
// contract can be cancelled online, send consumers the wrong way. Whether the function exists on the
// website is not something terms can show: this is a warning about what the terms say.

const rule: Rule = {
  meta: {
    id: "online-cancellation-missing",
    description: {
      fr: "Des conditions d'abonnement conclues en ligne avec des consommateurs ne prévoient pas la résiliation en ligne (« en trois clics »), obligatoire depuis le 1er juin 2023.",
      en: "Subscription terms concluded online with consumers do not provide for cancelling online (\"in three clicks\"), required since 1 June 2023.",
    },
    severity: "warning",
    category: "consumer",
    legalBasis: ["fr.cconso.L215-1-1"],
    appliesFrom: "2023-06-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      byLetter: {
        fr: "la résiliation est prévue par lettre ou courrier, sans la fonctionnalité de résiliation en ligne : un contrat qui peut être conclu en ligne doit pouvoir être résilié en ligne, gratuitement, par une fonctionnalité « résilier votre contrat » accessible depuis le site ou l'application ; indiquez-la dans la clause de résiliation.",
        en: "cancellation is provided by letter or post, without the online cancellation function: a contract that can be concluded online must be cancellable online, free of charge, through a « résilier votre contrat » function reachable from the website or app; state it in the cancellation clause.",
      },
      missing: {
        fr: "abonnement conclu en ligne : les conditions ne disent pas que le consommateur peut le résilier en ligne, gratuitement, par la fonctionnalité « résilier votre contrat » du site ou de l'application ; ajoutez-le à la clause de durée ou de résiliation.",
        en: "subscription concluded online: the terms do not say that the consumer can cancel it online, free of charge, through the « résilier votre contrat » function of the website or app; add it to the duration or cancellation clause.",
      },
    },
  },
  check({ doc, report }) {
    const all = sentencesIn(doc.clauses);
    const subscription = consumerSubscription(all);
    if (!subscription || !all.some(concludesOnline)) return;
    const cancellations = all.filter((s) => findFirst(s.text, CANCELLATION));
    if (cancellations.some((s) => findFirst(s.text, ONLINE_CANCELLATION) || cancelsFromAccount(s.text))) return;
    for (const sentence of cancellations) {
      const letter = findFirst(sentence.text, BY_LETTER);
      if (!letter) continue;
      const words = wordsAt(sentence, letter);
      report({ messageId: "byLetter", range: words.clause.locate(words.start, words.end) });
      return;
    }
    // The terms say how to cancel, never online: the missing function belongs with those words (the message asks to add
    // it to the cancellation clause), not with a price list that names the subscription first.
    const said = cancellations.find((s) => !namesCancellationTermsOnly(s.text));
    const cancelWords = said && findFirst(said.text, CANCELLATION);
    const at = said && cancelWords ? wordsAt(said, cancelWords) : subscription;
    report({ messageId: "missing", range: at.clause.locate(at.start, at.end) });
  },
};

// Subscriptions the terms reserve to firms (« Les entreprises souscrivent un abonnement », « Aux
// professionnels : des abonnements ») while consumers use a free service are not consumer contracts.
const FIRMS = flexible(/\b(?:entreprises?|professionnels?|societes|commercants|annonceurs?)\b/);
const CONSUMERS = flexible(/\b(?:particuliers?|consommateurs?|non-professionnels?|tout client|tous les clients)\b/);
// The contract is formed online: the website or app is where one orders, subscribes, pays or books (« commande
// en ligne », « souscrire sur le site »), not merely where the terms or the tariffs are published.
const FORMED = flexible(/\bpai(?:e|ent|ement)\b|\bpayer\b|\bachat\b|\bacheter\b|\bcreer? (?:un|son|votre) compte\b/);

/** The first subscription words, unless the terms reserve subscriptions to firms: some sentence offers them to firms and none to consumers. */
function consumerSubscription(all: Sentence[]): { clause: Sentence["clause"]; start: number; end: number } | undefined {
  const found = all.flatMap((sentence) => {
    const m = findFirst(sentence.text, SUBSCRIPTION);
    return m ? [{ sentence, m, scope: scopeText(sentence) }] : [];
  });
  const toFirms = found.some((f) => findFirst(f.scope, FIRMS));
  const toConsumers = found.some((f) => findFirst(f.scope, CONSUMERS));
  if (!found.length || (toFirms && !toConsumers)) return undefined;
  // The report goes where the subscription is said to be taken online (« Les abonnements sont souscrits en ligne »),
  // else at the first subscription named (not « Sans abonnement, … », the free service).
  const named = found.filter((f) => !/\bsans\s+$/i.test(f.sentence.text.slice(0, f.m.start)));
  const at = named.find((f) => concludesOnline(f.sentence)) ?? named[0] ?? found[0]!;
  const words = wordsAt(at.sentence, at.m);
  return { clause: words.clause, start: words.start, end: words.end };
}

function concludesOnline(sentence: Sentence): boolean {
  const text = scopeText(sentence);
  return findFirst(text, CONCLUDED_ONLINE) !== undefined && (findFirst(text, ORDERING) !== undefined || findFirst(text, SUBSCRIPTION) !== undefined || findFirst(text, FORMED) !== undefined);
}

// « le client consulte … les modalités de renouvellement et de résiliation » (round T23): the cancellation terms named as
// an item of information say nothing of how to cancel; nor does « en cas de résiliation », a cancellation's
// consequence (a refund, a fee). The missing function is not to be added there.
const TERMS_NAMED = /\b(?:modalites|conditions)\s+(?:de|d')[^.;]{0,40}$|\ben cas de\s+$/;

function namesCancellationTermsOnly(sentence: string): boolean {
  const words = findFirst(sentence, CANCELLATION);
  return words !== undefined && findFirst(sentence.slice(0, words.start), TERMS_NAMED) !== undefined;
}

/** « résilier … via son compte Stripe »: the account is the way to cancel when both stand in the same part of the sentence (not « ; les factures restent sur son compte »). */
function cancelsFromAccount(sentence: string): boolean {
  return sentence.split(/[;:]/).some((part) => findFirst(part, CANCELLATION) !== undefined && findFirst(part, ACCOUNT_MEANS) !== undefined);
}

export default rule;
