import type { Rule } from "../types.js";
import { ACCOUNT_MEANS, BY_LETTER, CANCELLATION, CONCLUDED_ONLINE, ONLINE_CANCELLATION, SUBSCRIPTION, firstIn, mentions } from "../scan/consumer.js";
import { findFirst } from "../scan/text.js";
import { sentencesIn, wordsAt } from "../scan/sentences.js";

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
    const subscription = firstIn(doc.clauses, SUBSCRIPTION);
    if (!subscription || !mentions(doc.clauses, CONCLUDED_ONLINE)) return;
    const cancellations = sentencesIn(doc.clauses).filter((s) => findFirst(s.text, CANCELLATION));
    if (cancellations.some((s) => findFirst(s.text, ONLINE_CANCELLATION) || cancelsFromAccount(s.text))) return;
    for (const sentence of cancellations) {
      const letter = findFirst(sentence.text, BY_LETTER);
      if (!letter) continue;
      const words = wordsAt(sentence, letter);
      report({ messageId: "byLetter", range: words.clause.locate(words.start, words.end) });
      return;
    }
    report({ messageId: "missing", range: subscription.clause.locate(subscription.start, subscription.end) });
  },
};

/** « résilier … via son compte Stripe »: the account is the way to cancel when both stand in the same part of the sentence (not « ; les factures restent sur son compte »). */
function cancelsFromAccount(sentence: string): boolean {
  return sentence.split(/[;:]/).some((part) => findFirst(part, CANCELLATION) !== undefined && findFirst(part, ACCOUNT_MEANS) !== undefined);
}

export default rule;
