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
  BAD_TIMEOUT: {
    fr: "{name}={value} : attendu un nombre de millisecondes (entier positif)",
    en: "{name}={value}: expected a number of milliseconds (a positive integer)",
  },
} satisfies Catalog<string>;

export type RenderMessageId = keyof typeof renderMessages;

export function renderMessage(id: RenderMessageId, data: Record<string, unknown> = {}): string {
  return format(renderMessages, id, data);
}
