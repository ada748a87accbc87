// Messages of `clausier render` about one document that could not be rendered, and about the
// browser. French by default, English with --locale en.
import { format, type Catalog } from "../model/locale.js";

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
  SUMMARY_REFUSED: {
    fr: ", {count} refusé(s)",
    en: ", {count} refused",
  },
  BAD_TIMEOUT: {
    fr: "{name}={value} : attendu un nombre de millisecondes (entier positif)",
    en: "{name}={value}: expected a number of milliseconds (a positive integer)",
  },
} satisfies Catalog<string>;

export type RenderMessageId = keyof typeof renderMessages;

export function renderMessage(id: RenderMessageId, data: Record<string, unknown> = {}): string {
  return format(renderMessages, id, data);
}
