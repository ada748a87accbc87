import type { Catalog } from "../model/locale.js";

export const engineMessages = {
  RULE_CRASHED: {
    fr: "la règle {rule} a échoué sur ce document ({detail}) : signalez-le",
    en: "rule {rule} failed on this document ({detail}): please report it",
  },
  DISABLE_NO_REASON: {
    fr: "désactivation de {rules} sans justification : ajoutez « -- raison »",
    en: "disable of {rules} without a reason: add \"-- reason\"",
  },
  DISABLE_UNUSED: {
    fr: "désactivation inutile : {rules} ne signale rien ici",
    en: "unused disable: {rules} reports nothing here",
  },
} satisfies Catalog<string>;
