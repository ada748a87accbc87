import type { Catalog } from "../model/locale.js";

export const engineMessages = {
  // A finding about an absent mention, placed at the document's title because no clause is about its subject.
  AT_TITLE: {
    fr: "{message} (signalé au titre du document : aucune clause ne traite de ce point)",
    en: "{message} (reported at the document's title: no clause deals with this)",
  },
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

// How a prose document's law and audience were decided (src/lint/scope/, docs/scope.md).
export const scopeMessages = {
  SCOPE_INFERRED: {
    fr: "Droit applicable : {law} ({lawWhy}) ; public : {audience} ({audienceWhy}). Pour forcer : front matter law/audience, --law, --audience.",
    en: "Governing law: {law} ({lawWhy}); audience: {audience} ({audienceWhy}). To force them: front matter law/audience, --law, --audience.",
  },
  LAW_WITHOUT_PROFILE: {
    fr: "Ces conditions relèvent du droit {law} ({lawWhy}) : Clausier n'en a pas le profil ; seules les vérifications indépendantes du droit national ont été faites.",
    en: "These terms fall under {law} law ({lawWhy}): Clausier has no profile for it; only the checks that do not depend on national law were made.",
  },
  FROM_TEXT: {
    fr: "déduit de « {text} », l. {line}",
    en: "inferred from \"{text}\", line {line}",
  },
  FROM_TWO_TEXTS: {
    fr: "déduit de « {text} », l. {line}, et de « {text2} », l. {line2}",
    en: "inferred from \"{text}\", line {line}, and \"{text2}\", line {line2}",
  },
  LAW_AGAINST: {
    fr: "{why} ; indice contraire écarté : « {text} », l. {line}",
    en: "{why}; clue to the contrary set aside: \"{text}\", line {line}",
  },
  LAW_CONFLICT: {
    fr: "indices contraires, « {text} », l. {line}, et « {text2} », l. {line2} : droit français présumé",
    en: "conflicting clues, \"{text}\", line {line}, and \"{text2}\", line {line2}: French law assumed",
  },
  FROM_FRONT_MATTER: { fr: "front matter", en: "front matter" },
  FROM_LAW_OPTION: { fr: "--law", en: "--law" },
  FROM_AUDIENCE_OPTION: { fr: "--audience", en: "--audience" },
  FROM_CONFIG: { fr: "configuration", en: "configuration" },
  DEFAULT_LAW: { fr: "aucun indice : droit français présumé", en: "no clue: French law assumed" },
  NO_LAW_CLUE: {
    fr: "aucun indice de pays, pas même français : seules les vérifications indépendantes du droit national ont été faites ; indiquez law: FR (ou --law FR) si ces conditions relèvent du droit français",
    en: "no clue of any country, not even France: only the checks that do not depend on national law were made; set law: FR (or --law FR) if these terms fall under French law",
  },
  DEFAULT_AUDIENCE: {
    fr: "aucun indice : les vérifications propres aux professionnels (pénalités, indemnité de 40 €, escompte) et aux consommateurs (rétractation, médiateur, garanties légales) n'ont pas été faites ; indiquez audience: b2b, b2c ou mixed",
    en: "no clue: the checks that depend on the audience (business: penalties, 40 € indemnity, discount; consumers: withdrawal, mediator, legal guarantees) were not run; set audience: b2b, b2c or mixed",
  },
  PRESUMED_AUDIENCE: {
    fr: "public présumé : aucun indice de clientèle professionnelle ; si les conditions visent aussi ou seulement des professionnels, indiquez audience: mixed ou b2b",
    en: "audience assumed: no sign of business customers; if the terms are also or only for businesses, set audience: mixed or b2b",
  },
  AUDIENCE_UNKNOWN: { fr: "indéterminé", en: "unknown" },
  AUDIENCE_B2B: { fr: "professionnels", en: "business customers" },
  AUDIENCE_B2C: { fr: "consommateurs", en: "consumers" },
  AUDIENCE_MIXED: { fr: "consommateurs et professionnels", en: "consumers and business customers" },
} satisfies Catalog<string>;

// The setup of a lint run: the files it reads before any document.
export const linterMessages = {
  INVALID_CONFIG: {
    fr: "configuration invalide : {path} ; corrigez ce qui suit (le schéma est schemas/clausier.config.schema.json)",
    en: "invalid configuration: {path}; fix what follows (the schema is schemas/clausier.config.schema.json)",
  },
  INVALID_SUPPRESSIONS: {
    fr: "fichier de suppressions invalide : {path} ; corrigez ce qui suit, ou supprimez-le et relancez clausier lint --suppress-all",
    en: "invalid suppressions file: {path}; fix what follows, or delete it and run clausier lint --suppress-all again",
  },
  CONFIG_SCRIPT_FAILED: {
    fr: "la configuration {path} ne s'exécute pas : {detail} ; elle doit exporter par défaut un objet (ou une fonction qui en renvoie un)",
    en: "the configuration {path} does not run: {detail}; it must export a default object (or a function returning one)",
  },
  EXTENDS_CYCLE: {
    fr: "configurations qui s'étendent en boucle : {chain} ; retirez l'un de ces « extends »",
    en: "configurations extending each other in a loop: {chain}; remove one of these \"extends\"",
  },
  EXTENDS_NOT_FOUND: {
    fr: "« extends: {entry} » de {config} ne mène à aucun fichier ni paquet npm installé : un chemin commence par ./ ou ../ (relatif à ce fichier), un paquet s'installe avec npm install",
    en: "\"extends: {entry}\" of {config} leads to no file nor installed npm package: a path starts with ./ or ../ (relative to that file), a package is installed with npm install",
  },
  EXTENDS_NOT_DATA: {
    fr: "« extends: {entry} » : le paquet n'a pas de clausier.config.yaml/.yml/.json et son point d'entrée {main} n'est pas du YAML ou du JSON ; Clausier ne lit pas de configuration JavaScript",
    en: "\"extends: {entry}\": the package has no clausier.config.yaml/.yml/.json and its entry point {main} is not YAML or JSON; Clausier does not read JavaScript configurations",
  },
  PRINT_CONFIG_NONE: {
    fr: "aucun clausier.config.yaml/.yml/.json ne s'applique à {path} (cherché de son dossier jusqu'à la racine du dépôt) : réglages par défaut",
    en: "no clausier.config.yaml/.yml/.json applies to {path} (looked up from its folder to the repository root): default settings",
  },
  NOT_A_CONFIG: {
    fr: "{path} n'est pas un fichier de configuration Clausier (clausier.config.yaml)",
    en: "{path} is not a Clausier configuration file (clausier.config.yaml)",
  },
  RULE_OPTION_FORMAT: {
    fr: "--rule {value} : attendu --rule <id>=off|info|warn|error",
    en: "--rule {value}: expected --rule <id>=off|info|warn|error",
  },
  UNKNOWN_RULE: {
    fr: "{where} : règle inconnue « {id} »{suggestion} — « clausier rules » les liste",
    en: "{where}: unknown rule \"{id}\"{suggestion} — \"clausier rules\" lists them",
  },
  DID_YOU_MEAN: {
    fr: " (vouliez-vous dire « {id} » ?)",
    en: " (did you mean \"{id}\"?)",
  },
} satisfies Catalog<string>;

// Prose documents: what the reader of a Word-era text must correct in it.
export const proseMessages = {
  FRONT_MATTER_SYNTAX: {
    fr: "front matter YAML invalide : {detail}",
    en: "invalid front matter YAML: {detail}",
  },
  FRONT_MATTER_KEY: {
    fr: "clé inconnue « {key} » dans le front matter (possibles : {allowed})",
    en: "unknown key \"{key}\" in the front matter (allowed: {allowed})",
  },
  FRONT_MATTER_AUDIENCE: {
    fr: "audience doit valoir b2b, b2c ou mixed (trouvé {found})",
    en: "audience must be b2b, b2c or mixed (found {found})",
  },
  FRONT_MATTER_LAW: {
    fr: "law doit être un code pays ISO 3166-1 alpha-2 : FR, LU, BE, CH… (trouvé {found})",
    en: "law must be an ISO 3166-1 alpha-2 country code: FR, LU, BE, CH… (found {found})",
  },
  FRONT_MATTER_DATE: {
    fr: "effectiveDate doit être une date AAAA-MM-JJ (trouvé {found})",
    en: "effectiveDate must be a YYYY-MM-DD date (found {found})",
  },
  DATE_OUT_OF_RANGE: {
    fr: "date {date} hors de la plage acceptée, du {min} au {max} : vérifiez l'année (la date n'est pas prise en compte)",
    en: "date {date} outside the accepted range, {min} to {max}: check the year (the date is not used)",
  },
  MARKDOWN_TOO_COMPLEX: {
    fr: "« {title} » : trop de délimiteurs Markdown ({count} crochets « [ » ou suites de « * », « _ », « ` » ; limite {limit}) ; le texte est lu tel quel, sans mise en forme : découpez-le ou échappez ces caractères (\\[, \\*)",
    en: "\"{title}\": too many Markdown delimiters ({count} \"[\" brackets or runs of \"*\", \"_\", \"`\"; limit {limit}); the text is read as written, without formatting: split it or escape those characters (\\[, \\*)",
  },
} satisfies Catalog<string>;
