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
  UNKNOWN_FORMAT: {
    fr: "--format {format} : formats possibles {formats}",
    en: "--format {format}: possible formats {formats}",
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
  INTERNAL_ERROR: {
    fr: "erreur interne de Clausier : {detail}\n(relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la)",
    en: "Clausier internal error: {detail}\n(run again with CLAUSIER_DEBUG=1 for the trace and report it)",
  },
  RENDER_PROGRESS: {
    // {bar}, {value}, {total}, {eta_formatted} are filled in by the progress bar, {rate} per update.
    fr: "{bar} {value}/{total} document(s) · {rate} par seconde · reste {eta_formatted}",
    en: "{bar} {value}/{total} document(s) · {rate} per second · {eta_formatted} left",
  },
} satisfies Catalog<string>;

/** A CLI message in the given locale (first: every call site has one at hand, most have no data). */
export function t(locale: Locale, id: keyof typeof cliMessages, data: Record<string, unknown> = {}): string {
  return format(cliMessages, id, data, locale);
}
