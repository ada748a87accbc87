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
  NO_FILES: {
    fr: "aucun fichier Clausier (.yaml, .yml, .json) vérifié ({skipped} ignoré(s)) : rien n'est validé",
    en: "no Clausier file (.yaml, .yml, .json) checked ({skipped} skipped): nothing is validated",
  },
  ROOT_NOT_A_FOLDER: {
    fr: "--root {root} : ce n'est pas un dossier existant",
    en: "--root {root}: not an existing folder",
  },
  INTERNAL_ERROR: {
    fr: "erreur interne de Clausier : {detail}\n(relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la)",
    en: "Clausier internal error: {detail}\n(run again with CLAUSIER_DEBUG=1 for the trace and report it)",
  },
} satisfies Catalog<string>;

export function t(id: keyof typeof cliMessages, data: Record<string, unknown> = {}): string {
  return format(cliMessages, id, data);
}
