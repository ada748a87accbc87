// Messages of `clausier render` about one document that could not be rendered, and about the
// browser. French by default, English with --locale en.
import { format, type Catalog, type Locale } from "../model/locale.js";

export const renderMessages = {
  NO_LEGAL_DATA: {
    fr:
      "{file} : non rendu, les données juridiques de Clausier ne couvrent pas le {date} (jeu de données « {dataset} »). {detail} " +
      "Vérifiez les dates du document (émission, paiement, annulation) ; si elles sont justes, mettez à jour Clausier ou ce jeu de données " +
      "(src/legal/data) puis relancez le rendu.",
    en:
      "{file}: not rendered, Clausier's legal data does not cover {date} (dataset \"{dataset}\"). {detail} " +
      "Check the document's dates (issue, payment, cancellation); if they are right, update Clausier or this dataset " +
      "(src/legal/data), then render again.",
  },
  BROWSER_FAILED_TWICE: {
    fr:
      "{file} : non rendu, Chromium a échoué deux fois en l'imprimant ({reason}), relancé entre les deux essais. " +
      "Relancez le rendu de ce document ; si cela se répète, signalez-le avec ce fichier.",
    en:
      "{file}: not rendered, Chromium failed twice while printing it ({reason}), restarted between the two attempts. " +
      "Render this document again; if it happens again, report it with this file.",
  },
  PRINT_TIMEOUT: {
    fr: "pas de réponse en {seconds} s",
    en: "no answer within {seconds} s",
  },
  BROWSER_CRASHED: {
    fr: "navigateur arrêté : {detail}",
    en: "browser stopped: {detail}",
  },
  DOCUMENT_INTERNAL_ERROR: {
    fr:
      "{file} : non rendu, erreur interne de Clausier : {detail} (relancez avec CLAUSIER_DEBUG=1 pour la trace et signalez-la) ; " +
      "les autres documents sont rendus.",
    en:
      "{file}: not rendered, Clausier internal error: {detail} (run again with CLAUSIER_DEBUG=1 for the trace and report it); " +
      "the other documents are rendered.",
  },
  BROWSER_LAUNCH_TIMEOUT: {
    fr:
      "Chromium ({path}) n'a pas répondu dans les {seconds} s après son lancement ; il a été arrêté. Vérifiez ce navigateur " +
      "(« {path} --headless --version ») ou indiquez-en un autre dans CLAUSIER_CHROMIUM ; « --to html » ne demande pas de navigateur.",
    en:
      "Chromium ({path}) did not answer within {seconds} s of its start; it was stopped. Check this browser " +
      "(\"{path} --headless --version\") or give another one in CLAUSIER_CHROMIUM; \"--to html\" needs no browser.",
  },
  BROWSER_LAUNCH_FAILED: {
    fr: "impossible de démarrer Chromium ({path}) : {detail}",
    en: "cannot start Chromium ({path}): {detail}",
  },
  RUN_STOPPED: {
    fr: "rendu interrompu : {reason}\n{count} document(s) non rendu(s) : {files}",
    en: "rendering stopped: {reason}\n{count} document(s) not rendered: {files}",
  },
  NOT_RENDERABLE: {
    fr: "{file} : un fichier vendeur ou de configuration ne se rend pas ; rendez les conditions ou les documents qui le citent",
    en: "{file}: a seller or configuration file is not rendered; render the terms or the documents that cite it",
  },
  SELLER_NOT_RENDERABLE: {
    fr: "{file} : un fichier vendeur ne se rend pas ; rendez les conditions ou les documents qui le citent",
    en: "{file}: a seller file is not rendered; render the terms or the documents that cite it",
  },
  INVALID_DOCUMENT: {
    fr: "{file} : document invalide, refusé (même avec --force)",
    en: "{file}: invalid document, refused (even with --force)",
  },
  LINT_REFUSED: {
    fr: "{file} : refusé, {count} erreur(s) de lint dans le document ou les fichiers dont il dépend (--force pour le rendre quand même)",
    en: "{file}: refused, {count} lint error(s) in the document or the files it relies on (--force to render it anyway)",
  },
  LINT_FORCED: {
    fr: "{file} : rendu malgré {count} erreur(s) de lint (--force)",
    en: "{file}: rendered despite {count} lint error(s) (--force)",
  },
  NAME_CLASH: {
    fr: "{file} : refusé, ses fichiers auraient le même nom que ceux de {other} (même numéro ?)",
    en: "{file}: refused, its files would have the same names as those of {other} (same number?)",
  },
  SUMMARY: {
    fr: "{rendered} document(s) rendu(s) dans {out}/ ({files} fichier(s))",
    en: "{rendered} document(s) rendered in {out}/ ({files} file(s))",
  },
  SUMMARY_UP_TO_DATE: {
    fr: ", {count} à jour, non refait(s) (mêmes données, modèles et version ; --no-cache pour tout refaire)",
    en: ", {count} up to date, not rendered again (same data, templates and version; --no-cache to render all)",
  },
  SUMMARY_REFUSED: {
    fr: ", {count} refusé(s)",
    en: ", {count} refused",
  },
  REFUSED: {
    fr: "{file} : refusé, {reason}",
    en: "{file}: refused, {reason}",
  },
  LOGO_FORMAT: {
    fr: "logo « {logo} » : formats acceptés PNG, JPEG ou SVG",
    en: "logo \"{logo}\": accepted formats are PNG, JPEG or SVG",
  },
  LOGO_NOT_FOUND: {
    fr: "logo « {logo} » introuvable (chemin relatif au fichier vendeur)",
    en: "logo \"{logo}\" not found (the path is relative to the seller file)",
  },
  LOGO_TOO_LARGE: {
    fr: "logo « {logo} » : plus de {limit} Kio",
    en: "logo \"{logo}\": more than {limit} KiB",
  },
  LOGO_NOT_REGULAR_FILE: {
    fr: "logo « {logo} » : {type}, pas un fichier ordinaire",
    en: "logo \"{logo}\": {type}, not a regular file",
  },
  LOGO_OUTSIDE_ROOT: {
    fr: "logo « {logo} » : hors du dossier du projet ({root}), non lu ; --root pour l'élargir",
    en: "logo \"{logo}\": outside the project folder ({root}), not read; --root to widen it",
  },
  LOGO_SYMLINK_NOT_FOLLOWED: {
    fr: "logo « {logo} » : lien symbolique non suivi (--no-follow-symlinks)",
    en: "logo \"{logo}\": symbolic link not followed (--no-follow-symlinks)",
  },
  LOGO_UNREADABLE: {
    fr: "logo « {logo} » illisible ({code})",
    en: "logo \"{logo}\" unreadable ({code})",
  },
  LOGO_NOT_AN_IMAGE: {
    fr: "logo « {logo} » : le contenu n'est pas une image {mime}",
    en: "logo \"{logo}\": the content is not a {mime} image",
  },
  CHROMIUM_NOT_THERE: {
    fr: "{name}={path} : aucun navigateur à cet emplacement",
    en: "{name}={path}: no browser at this location",
  },
  CHROMIUM_MISSING: {
    fr:
      "aucun navigateur Chromium trouvé pour produire les PDF (cherché : CLAUSIER_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, {paths}). " +
      "Installez-le (« apt-get install chromium » ou « bash scripts/setup.sh ») ou indiquez son chemin dans CLAUSIER_CHROMIUM ; " +
      "« --to html » ne demande pas de navigateur.",
    en:
      "no Chromium browser found to produce the PDFs (looked at: CLAUSIER_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, {paths}). " +
      "Install it (\"apt-get install chromium\" or \"bash scripts/setup.sh\") or give its path in CLAUSIER_CHROMIUM; " +
      "\"--to html\" needs no browser.",
  },
  BAD_PAGES: {
    fr: "{name}={value} : attendu un nombre de pages Chromium imprimant en même temps, entier de 1 à {max}",
    en: "{name}={value}: expected a number of Chromium pages printing at once, a whole number from 1 to {max}",
  },
  BAD_TIMEOUT: {
    fr: "{name}={value} : attendu un nombre de millisecondes (entier positif)",
    en: "{name}={value}: expected a number of milliseconds (a positive integer)",
  },
} satisfies Catalog<string>;

export type RenderMessageId = keyof typeof renderMessages;

/** A render message in the given locale (first, as `t()` in src/cli/messages.ts). */
export function renderMessage(locale: Locale, id: RenderMessageId, data: Record<string, unknown> = {}): string {
  return format(renderMessages, id, data, locale);
}
