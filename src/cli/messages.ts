import { format, type Catalog, type Locale } from "../model/locale.js";

export const cliMessages = {
  NO_DEFAULT_PATHS: {
    fr: "aucun dossier terms/ ni fixtures/ ici : indiquez les fichiers ou dossiers à traiter",
    en: "no terms/ or fixtures/ folder here: give the files or folders to process",
  },
  VALIDATE_SUMMARY_OK: { fr: "✔ {files} fichier(s) valide(s)", en: "✔ {files} valid file(s)" },
  VALIDATE_SUMMARY_ERRORS: {
    fr: "✖ {errors} erreur(s) dans {invalid} fichier(s) sur {files}",
    en: "✖ {errors} error(s) in {invalid} of {files} file(s)",
  },
  WRITE_FAILED: {
    fr: "impossible d'écrire {path} : {detail} (vérifiez le dossier, les droits et la place disque ; le fichier d'avant est intact)",
    en: "cannot write {path}: {detail} (check the folder, the permissions and the disk space; the previous file is intact)",
  },
  WRITE_NOT_A_FILE: {
    fr: "impossible d'écrire {path} : un dossier ou un fichier spécial porte déjà ce nom ; déplacez-le ou choisissez un autre dossier de sortie",
    en: "cannot write {path}: a folder or a special file already has that name; move it or choose another output folder",
  },
  WRITE_IN_PLACE_FAILED: {
    fr: "impossible de réécrire {path} sur place (il a plusieurs liens physiques ou un autre propriétaire) : {detail} ; le contenu complet est dans {copy}, copiez-le sur {path}",
    en: "cannot rewrite {path} in place (it has several hard links or another owner): {detail}; the complete content is in {copy}, copy it onto {path}",
  },
  FOLDER_FAILED: {
    fr: "impossible d'écrire dans {path} : le dossier ne peut pas être créé ({detail}) ; choisissez un dossier où vous pouvez écrire",
    en: "cannot write to {path}: the folder cannot be created ({detail}); choose a folder you can write to",
  },
  NOT_A_FOLDER: {
    fr: "impossible d'écrire dans {path} : {file} existe et n'est pas un dossier ; choisissez un autre dossier de sortie",
    en: "cannot write to {path}: {file} exists and is not a folder; choose another output folder",
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
  ROOT_NOT_A_FOLDER: {
    fr: "--root {root} : ce n'est pas un dossier existant",
    en: "--root {root}: not an existing folder",
  },
  DATE_OPTION_INVALID: {
    fr: "{flag} {value} : attendu une date AAAA-MM-JJ",
    en: "{flag} {value}: expected a date YYYY-MM-DD",
  },
  DATE_OPTION_OUT_OF_RANGE: {
    fr: "{flag} {value} : date hors de la plage acceptée, du {min} au {max} ; vérifiez l'année",
    en: "{flag} {value}: date outside the accepted range, {min} to {max}; check the year",
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
  LEGAL_DATA_INVALID: {
    fr: "les données juridiques fournies (legalData de {config}) ne sont pas acceptées : corrigez les entrées signalées",
    en: "the supplied legal data (legalData of {config}) is not accepted: correct the entries reported",
  },
  LEGAL_DATA_NO_MATCH: {
    fr: "« {pattern} » (legalData de {config}) ne désigne aucun fichier : corrigez le chemin ou retirez-le",
    en: "\"{pattern}\" (legalData of {config}) names no file: correct the path or remove it",
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
  RATE_ONLY_PENALTIES: {
    fr: "--rate ne s'applique qu'à « compute penalties » (le taux annuel des pénalités de retard)",
    en: "--rate only applies to \"compute penalties\" (the annual late-payment penalty rate)",
  },
  RATE_OPTION_FORMAT: {
    fr: "--rate {value} : donnez un taux annuel en pourcentage, en chiffres avec un point décimal (par exemple --rate 12.4 pour 12,40 %)",
    en: "--rate {value}: give an annual rate in percent, in digits with a decimal point (for example --rate 12.4 for 12.40 %)",
  },
} satisfies Catalog<string>;

/** A CLI message in the given locale (first: every call site has one at hand, most have no data). */
export function t(locale: Locale, id: keyof typeof cliMessages, data: Record<string, unknown> = {}): string {
  return format(cliMessages, id, data, locale);
}
