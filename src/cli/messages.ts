import { format, type Catalog } from "../model/locale.js";

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
  DATE_OPTION_INVALID: {
    fr: "{flag} {value} : attendu une date AAAA-MM-JJ",
    en: "{flag} {value}: expected a date YYYY-MM-DD",
  },
  DATE_OPTION_OUT_OF_RANGE: {
    fr: "{flag} {value} : date hors de la plage acceptée, du {min} au {max} ; vérifiez l'année",
    en: "{flag} {value}: date outside the accepted range, {min} to {max}; check the year",
  },
  INTERNAL_ERROR: {
    fr: "erreur interne de Clausier : {detail}\n(relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la)",
    en: "Clausier internal error: {detail}\n(run again with CLAUSIER_DEBUG=1 for the trace and report it)",
  },
} satisfies Catalog<string>;

export function t(id: keyof typeof cliMessages, data: Record<string, unknown> = {}): string {
  return format(cliMessages, id, data);
}
