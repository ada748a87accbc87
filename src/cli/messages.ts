import { format, type Catalog, type Locale } from "../model/locale.js";

export const cliMessages = {
  VALIDATE_SUMMARY_OK: { fr: "✔ {files} fichier(s) valide(s)", en: "✔ {files} valid file(s)" },
  VALIDATE_SUMMARY_ERRORS: {
    fr: "✖ {errors} erreur(s) dans {invalid} fichier(s) sur {files}",
    en: "✖ {errors} error(s) in {invalid} of {files} file(s)",
  },
  OUTPUT_WITHOUT_FORMAT: {
    fr: "--output {output} : chaque --output suit son --format",
    en: "--output {output}: each --output follows its --format",
  },
  EXPORT_PROFILE_NOT_UBL: {
    fr: "--profile {profile} : c'est un profil Factur-X (CII) ; l'export UBL suit toujours EN 16931 (retirez --profile ou choisissez --format cii)",
    en: "--profile {profile}: this is a Factur-X (CII) profile; the UBL export always follows EN 16931 (drop --profile or choose --format cii)",
  },
  FORMATTER_NOT_FOUND: {
    fr: "--format {format} : module de formatage introuvable (un chemin depuis le dossier courant, ou un paquet npm installé)",
    en: "--format {format}: formatter module not found (a path from the working folder, or an installed npm package)",
  },
  FORMATTER_BROKEN: {
    fr: "--format {format} : le module de formatage ne se charge pas : {detail}",
    en: "--format {format}: the formatter module does not load: {detail}",
  },
  FORMATTER_NOT_A_FUNCTION: {
    fr: "--format {format} : le module doit exporter par défaut une fonction (résultats, contexte) → texte",
    en: "--format {format}: the module must export a default function (results, context) → text",
  },
  FORMATTER_BAD_OUTPUT: {
    fr: "--format {format} : la fonction de formatage doit renvoyer un texte",
    en: "--format {format}: the formatter function must return a string",
  },
  UNKNOWN_FORMAT: {
    fr: "--format {format} : formats possibles {formats}, ou le chemin d'un module de formatage (./mon-format.js)",
    en: "--format {format}: possible formats {formats}, or the path of a formatter module (./my-format.js)",
  },
  CONCURRENCY_OPTION: {
    fr: "--concurrency {value} : attendu « auto » ou un nombre de fils d'exécution (1 : un seul, sans fil supplémentaire)",
    en: "--concurrency {value}: expected \"auto\" or a number of threads (1: this thread only)",
  },
  LAW_OPTION: {
    fr: "--law {value} : attendu un code pays ISO 3166-1 alpha-2 (FR, LU, BE, CH…)",
    en: "--law {value}: expected an ISO 3166-1 alpha-2 country code (FR, LU, BE, CH…)",
  },
  FIX_AND_DRY_RUN: {
    fr: "--fix et --fix-dry-run s'excluent : choisissez l'un des deux",
    en: "--fix and --fix-dry-run exclude each other: choose one",
  },
  UNUSED_SUPPRESSIONS: {
    fr: "{count} suppression(s) ne correspondent plus à rien : relancez avec --prune-suppressions",
    en: "{count} suppression(s) no longer match anything: run again with --prune-suppressions",
  },
  TOO_MANY_WARNINGS: {
    fr: "{warnings} avertissement(s), plus que --max-warnings {max}",
    en: "{warnings} warning(s), more than --max-warnings {max}",
  },
  NO_FILES: {
    fr: "aucun fichier Clausier (.yaml, .yml, .json) vérifié ({skipped} ignoré(s)) : rien n'est validé",
    en: "no Clausier file (.yaml, .yml, .json) checked ({skipped} skipped): nothing is validated",
  },
  NOTHING_TO_RENDER: {
    fr: "aucun document à produire (conditions, devis, facture, avoir, décompte) dans {paths} : indiquez les fichiers ou dossiers des documents",
    en: "no document to render (terms, quote, invoice, credit note, statement) in {paths}: give the files or folders of the documents",
  },
  STDIN_WITH_PATHS: {
    fr: "l'entrée standard (- ou --stdin) s'analyse seule : retirez {paths} ou lancez une seconde commande",
    en: "standard input (- or --stdin) is checked on its own: drop {paths} or run a second command",
  },
  STDIN_FILENAME_ALONE: {
    fr: "--stdin-filename nomme le texte lu sur l'entrée standard : ajoutez - ou --stdin",
    en: "--stdin-filename names the text read from standard input: add - or --stdin",
  },
  OPTION_REPEATED: {
    fr: "--{option} est donné {count} fois : il ne prend qu'une valeur ; gardez-en une",
    en: "--{option} is given {count} times: it takes one value; keep one",
  },
  STDIN_NOT_SUPPORTED: {
    fr: "« - » (l'entrée standard) : seuls lint et validate la lisent ; pour {command}, indiquez des fichiers",
    en: "\"-\" (standard input): only lint and validate read it; for {command}, give files",
  },
  CACHE_NOT_WRITTEN: {
    fr: "le cache de lint n'a pas été enregistré ({detail}) : les résultats sont justes, la prochaine analyse sera seulement plus lente ; vérifiez --cache-location",
    en: "the lint cache was not saved ({detail}): the results are right, the next lint will only be slower; check --cache-location",
  },
  STDIN_FIX: {
    fr: "--fix et --fix-dry-run corrigent des fichiers : sur l'entrée standard, enregistrez d'abord le texte dans un fichier",
    en: "--fix and --fix-dry-run correct files: for standard input, save the text to a file first",
  },
  NO_EINVOICE_FILES: {
    fr: "aucune facture électronique (.pdf, .xml) dans {paths} : indiquez les fichiers ou dossiers à vérifier",
    en: "no e-invoice (.pdf, .xml) in {paths}: give the files or folders to check",
  },
  RULE_APPLIES_FROM: { fr: "depuis le {date}", en: "since {date}" },
  RULES_COUNT: { fr: "{count} règles", en: "{count} rules" },
  RULE_DOCS_UNTRANSLATED: { fr: "cette page n'existe qu'en anglais", en: "this page exists in English only" },
  INTERNAL_ERROR: {
    fr: "erreur interne de Clausier : {detail}\n(relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la)",
    en: "Clausier internal error: {detail}\n(run again with CLAUSIER_DEBUG=1 for the trace and report it)",
  },
  RENDER_PROGRESS: {
    // {bar}, {value}, {total}, {eta_formatted} are filled in by the progress bar, {rate} per update.
    fr: "{bar} {value}/{total} document(s) · {rate} par seconde · reste {eta_formatted}",
    en: "{bar} {value}/{total} document(s) · {rate} per second · {eta_formatted} left",
  },
  DATA_HEADER: { fr: "Données juridiques de Clausier · version {version}", en: "Clausier legal data · version {version}" },
  DATA_USER_FILES: { fr: "Données fournies par l'utilisateur (legalData) : {files}", en: "User-supplied data (legalData): {files}" },
  DATA_OPEN_END: { fr: "sans fin connue", en: "no known end" },
  DATA_NOT_CHECKED: { fr: "non vérifié par --check", en: "not judged by --check" },
  DATA_COVERAGE: { fr: "couverture : {from} → {to}", en: "coverage: {from} → {to}" },
  DATA_LAST_ENTRY: { fr: "dernière entrée : {entry}", en: "last entry: {entry}" },
  DATA_SOURCES: { fr: "sources : {count} (dernière : {last})", en: "sources: {count} (last: {last})" },
  DATA_FILE_VERSION: { fr: "fichier : {file} · version {version}", en: "file: {file} · version {version}" },
  DATA_USER_ENTRIES: { fr: "entrées de l'utilisateur : {entries}", en: "user entries: {entries}" },
  DATA_ENDS_BEFORE: {
    fr: "{id} ({title}) s'arrête au {to}, avant le {asOf} : les calculs et règles qui en dépendent s'arrêteront sur une donnée manquante. Ajoutez la valeur officielle à {file} (voir docs/legal-data.md) ou fournissez-la par « legalData » dans clausier.config.",
    en: "{id} ({title}) ends on {to}, before {asOf}: the computations and rules that need it will stop on missing data. Add the official value to {file} (see docs/legal-data.md) or supply it through \"legalData\" in clausier.config.",
  },
  DATA_CHECK_OK: { fr: "✔ données nécessaires aux règles couvertes au {asOf}", en: "✔ the data the rules need covers {asOf}" },
} satisfies Catalog<string>;

/** A CLI message in the given locale (first: every call site has one at hand, most have no data). */
export function t(locale: Locale, id: keyof typeof cliMessages, data: Record<string, unknown> = {}): string {
  return format(cliMessages, id, data, locale);
}
