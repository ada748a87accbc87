// The words of `clausier serve`: each problem's title and detail (RFC 9457), in French and English.
import { format, type Catalog, type Locale } from "../model/locale.js";

export const serveMessages = {
  UNAUTHORIZED_TITLE: { fr: "Authentification requise", en: "Authentication required" },
  UNAUTHORIZED: {
    fr: "ce service demande un jeton : envoyez l'en-tête « Authorization: Bearer <jeton> » avec le jeton donné au lancement (--token ou CLAUSIER_TOKEN)",
    en: 'this service requires a token: send the header "Authorization: Bearer <token>" with the token it was started with (--token or CLAUSIER_TOKEN)',
  },
  QUEUE_FULL_TITLE: { fr: "Service saturé", en: "Service busy" },
  QUEUE_FULL: {
    fr: "{running} demande(s) en cours et {queued} en attente : la file est pleine ; réessayez dans {seconds} s ou ajoutez des instances",
    en: "{running} request(s) running and {queued} waiting: the queue is full; retry in {seconds} s or add instances",
  },
  QUEUE_TIMEOUT_TITLE: { fr: "Attente trop longue", en: "Waited too long" },
  QUEUE_TIMEOUT: {
    fr: "la demande a attendu {ms} ms dans la file sans commencer ; réessayez plus tard ou ajoutez des instances",
    en: "the request waited {ms} ms in the queue without starting; retry later or add instances",
  },
  TIMEOUT_TITLE: { fr: "Délai dépassé", en: "Timed out" },
  TIMEOUT: {
    fr: "la demande n'a pas abouti en {ms} ms (--timeout) ; réessayez, ou découpez le document s'il est très long",
    en: "the request did not complete in {ms} ms (--timeout); retry, or split the document if it is very long",
  },
  SHUTTING_DOWN_TITLE: { fr: "Arrêt en cours", en: "Shutting down" },
  SHUTTING_DOWN: {
    fr: "cette instance s'arrête et ne prend plus de demande ; envoyez-la à une autre instance",
    en: "this instance is shutting down and takes no new request; send it to another instance",
  },
  BODY_TOO_LARGE_TITLE: { fr: "Document trop volumineux", en: "Document too large" },
  BODY_TOO_LARGE: {
    fr: "le corps de la demande dépasse {bytes} octets (--max-body) ; envoyez un document plus petit",
    en: "the request body exceeds {bytes} bytes (--max-body); send a smaller document",
  },
  MEDIA_TYPE_TITLE: { fr: "Type de contenu non pris en charge", en: "Unsupported content type" },
  MEDIA_TYPE: {
    fr: "type de contenu « {type} » non pris en charge ; envoyez {accepted}",
    en: 'content type "{type}" is not supported; send {accepted}',
  },
  BAD_REQUEST_TITLE: { fr: "Demande invalide", en: "Bad request" },
  BAD_FILENAME: {
    fr: "filename « {name} » refusé : donnez un chemin relatif sous la racine du projet, avec l'extension .yaml, .yml, .json, .md ou .txt",
    en: 'filename "{name}" refused: give a relative path under the project root, with the extension .yaml, .yml, .json, .md or .txt',
  },
  BAD_QUERY: { fr: "paramètre « {name} » invalide : {detail}", en: 'invalid parameter "{name}": {detail}' },
  QUERY_TWICE: { fr: "paramètre « {name} » donné plusieurs fois : donnez-le une seule fois", en: 'parameter "{name}" given several times: give it once' },
  EMPTY_BODY: { fr: "le corps de la demande est vide : envoyez le document", en: "the request body is empty: send the document" },
  INVALID_DOCUMENT_TITLE: { fr: "Document invalide", en: "Invalid document" },
  INVALID_DOCUMENT: {
    fr: "{file} ne se charge pas ({count} problème(s), voir errors) ; corrigez-les et renvoyez-le",
    en: "{file} does not load ({count} problem(s), see errors); fix them and send it again",
  },
  NOT_RENDERABLE_TITLE: { fr: "Document non imprimable", en: "Document not printable" },
  NOT_RENDERABLE: {
    fr: "{file} est un document « {kind} » : seuls les conditions, devis, factures, avoirs et relevés de remboursement s'impriment",
    en: '{file} is a "{kind}" document: only terms, quotes, invoices, credit notes and refund statements are printed',
  },
  NOT_FACTURX: {
    fr: "{file} est un document « {kind} » : seules les factures et les avoirs se font en Factur-X ; demandez to=pdf",
    en: '{file} is a "{kind}" document: only invoices and credit notes become Factur-X; ask for to=pdf',
  },
  LINT_ERRORS_TITLE: { fr: "Erreurs juridiques", en: "Legal errors" },
  LINT_ERRORS: {
    fr: "{file} a {count} erreur(s) (voir errors) : corrigez-les, ou ajoutez force=true pour un brouillon marqué comme tel",
    en: "{file} has {count} error(s) (see errors): fix them, or add force=true for a draft marked as such",
  },
  REFUSED_TITLE: { fr: "Document refusé", en: "Document refused" },
  NOT_FOUND_TITLE: { fr: "Introuvable", en: "Not found" },
  NOT_FOUND: { fr: "pas de route {method} {url} ; voir GET /openapi.json", en: "no route {method} {url}; see GET /openapi.json" },
  BROWSER_TITLE: { fr: "Navigateur indisponible", en: "Browser unavailable" },
  INTERNAL_TITLE: { fr: "Erreur interne", en: "Internal error" },
  INTERNAL: {
    fr: "erreur interne de Clausier (référence {id}) ; signalez-la avec le document qui la produit",
    en: "Clausier internal error (reference {id}); report it with the document that causes it",
  },
  LISTENING: { fr: "clausier serve à l'écoute sur {url} (concurrence {concurrency}, file {queue})", en: "clausier serve listening on {url} (concurrency {concurrency}, queue {queue})" },
  STOPPING: { fr: "arrêt : fin des {count} demande(s) en cours…", en: "stopping: finishing {count} request(s) in flight…" },
  NOT_LOOPBACK: {
    fr: "attention : {host} n'est pas l'interface locale et aucun jeton n'est donné ; tout le réseau peut appeler ce service (ajoutez --token)",
    en: "warning: {host} is not loopback and no token is set; the whole network can call this service (add --token)",
  },
  PREVIEW_BAD_PATH: {
    fr: "chemin « {path} » refusé : donnez le chemin d'un document de la liste, relatif à la racine du projet, sans « .. »",
    en: 'path "{path}" refused: give the path of a document of the list, relative to the project root, without ".."',
  },
  PREVIEW_NO_SUCH_DOCUMENT: {
    fr: "« {path} » n'est pas un document du projet (absent, ignoré par .clausierignore ou .gitignore, ou hors de la racine) ; choisissez-en un dans la liste",
    en: '"{path}" is not a document of the project (missing, ignored by .clausierignore or .gitignore, or outside the root); pick one in the list',
  },
  PREVIEW_BUSY: {
    fr: "{max} pages d'aperçu sont déjà ouvertes sur ce service ; fermez-en une, puis rechargez celle-ci",
    en: "{max} preview pages are already open on this service; close one, then reload this one",
  },
  PREVIEW_URL: { fr: "Aperçu : {url}", en: "Preview: {url}" },
  PREVIEW_PAGE_TITLE: { fr: "Aperçu des documents", en: "Document preview" },
  PREVIEW_DOCUMENTS: { fr: "Documents", en: "Documents" },
  PREVIEW_FINDINGS: { fr: "Constats", en: "Findings" },
  PREVIEW_PICK: { fr: "Choisissez un document dans la liste : il s'affiche tel qu'il sera imprimé, avec ses constats à côté.", en: "Pick a document in the list: it is shown as it will print, with its findings beside it." },
  PREVIEW_NO_FINDINGS: { fr: "Aucun constat sur ce document ni sur les fichiers dont il dépend.", en: "No findings on this document or on the files it relies on." },
  PREVIEW_LOAD_ERRORS: {
    fr: "Ce fichier ne se charge pas : corrigez les erreurs ci-dessous ; l'aperçu se met à jour à l'enregistrement.",
    en: "This file does not load: fix the errors below; the preview updates when you save.",
  },
  PREVIEW_NOT_PRINTED: {
    fr: "Ce fichier ne s'imprime pas (fiche vendeur ou texte libre) : seuls ses constats sont affichés.",
    en: "This file is not printed (a seller file or free text): only its findings are shown.",
  },
  PREVIEW_FAILED: { fr: "Affichage impossible : {detail}", en: "Cannot show it: {detail}" },
  PREVIEW_WATCHING: { fr: "Mis à jour à chaque enregistrement", en: "Updated on every save" },
  PREVIEW_CONNECTING: { fr: "Connexion…", en: "Connecting…" },
  PREVIEW_DISCONNECTED: { fr: "Connexion perdue : nouvel essai…", en: "Connection lost: retrying…" },
  PREVIEW_BASIS: { fr: "Fondement", en: "Legal basis" },
  PREVIEW_SEVERITY_ERROR: { fr: "erreur", en: "error" },
  PREVIEW_SEVERITY_WARNING: { fr: "avertissement", en: "warning" },
  PREVIEW_SEVERITY_INFO: { fr: "information", en: "info" },
  PREVIEW_KIND_TERMS: { fr: "conditions", en: "terms" },
  PREVIEW_KIND_INVOICE: { fr: "facture", en: "invoice" },
  PREVIEW_KIND_QUOTE: { fr: "devis", en: "quote" },
  PREVIEW_KIND_REFUND: { fr: "relevé de remboursement", en: "refund statement" },
  PREVIEW_KIND_CREDIT_NOTE: { fr: "avoir", en: "credit note" },
  PREVIEW_KIND_SELLER: { fr: "vendeur", en: "seller" },
  PREVIEW_KIND_PROSE: { fr: "texte", en: "text" },
  PREVIEW_KIND_INVALID: { fr: "invalide", en: "invalid" },
  BAD_OPTION: { fr: "option --{name} invalide : {value} ({expected})", en: "invalid option --{name}: {value} ({expected})" },
} satisfies Catalog<string>;

export type ServeMessageId = keyof typeof serveMessages;

export function serveMessage(locale: Locale, id: ServeMessageId, data: Record<string, unknown> = {}): string {
  return format(serveMessages, id, data, locale);
}
