import { format, type Catalog, type Locale } from "../model/locale.js";

/** Messages of the api layer (project, compute, atomic writes, the user's legalData, date options): the CLI, serve and the queue word them through the api, so they live here, below all three. */
export const apiMessages = {
  NO_DEFAULT_PATHS: {
    fr: "aucun dossier terms/ ni fixtures/ ici : indiquez les fichiers ou dossiers à traiter",
    en: "no terms/ or fixtures/ folder here: give the files or folders to process",
  },
  ROOT_NOT_A_FOLDER: {
    fr: "--root {root} : ce n'est pas un dossier existant",
    en: "--root {root}: not an existing folder",
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
  LEGAL_DATA_INVALID: {
    fr: "les données juridiques fournies (legalData de {config}) ne sont pas acceptées : corrigez les entrées signalées",
    en: "the supplied legal data (legalData of {config}) is not accepted: correct the entries reported",
  },
  LEGAL_DATA_NO_MATCH: {
    fr: "« {pattern} » (legalData de {config}) ne désigne aucun fichier : corrigez le chemin ou retirez-le",
    en: "\"{pattern}\" (legalData of {config}) names no file: correct the path or remove it",
  },
  DATE_OPTION_INVALID: {
    fr: "{flag} {value} : attendu une date AAAA-MM-JJ",
    en: "{flag} {value}: expected a date YYYY-MM-DD",
  },
  DATE_OPTION_OUT_OF_RANGE: {
    fr: "{flag} {value} : date hors de la plage acceptée, du {min} au {max} ; vérifiez l'année",
    en: "{flag} {value}: date outside the accepted range, {min} to {max}; check the year",
  },
  RATE_ONLY_PENALTIES: {
    fr: "--rate ne s'applique qu'à « compute penalties » (le taux annuel des pénalités de retard)",
    en: "--rate only applies to \"compute penalties\" (the annual late-payment penalty rate)",
  },
  RATE_OPTION_FORMAT: {
    fr: "--rate {value} : donnez un taux annuel en pourcentage, en chiffres avec un point décimal (par exemple --rate 12.4 pour 12,40 %)",
    en: "--rate {value}: give an annual rate in percent, in digits with a decimal point (for example --rate 12.4 for 12.40 %)",
  },
} satisfies Catalog<string>;

/** An api message in the given locale (first, as `t()` in src/cli/messages.ts). */
export function t(locale: Locale, id: keyof typeof apiMessages, data: Record<string, unknown> = {}): string {
  return format(apiMessages, id, data, locale);
}
