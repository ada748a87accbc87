// The words of `clausier worker` and `clausier enqueue`, in French and English.
import { format, type Catalog, type Locale } from "../model/locale.js";

export const queueMessages = {
  BAD_REDIS_URL: {
    fr: "adresse Redis « {url} » invalide : donnez redis://[utilisateur:motdepasse@]hôte:port[/base] (rediss:// pour TLS)",
    en: 'invalid Redis address "{url}": give redis://[user:password@]host:port[/db] (rediss:// for TLS)',
  },
  REDIS_UNREACHABLE: {
    fr: "Redis injoignable à {url} ({detail}) : vérifiez l'adresse, que Redis tourne et qu'il accepte cette machine",
    en: "Redis unreachable at {url} ({detail}): check the address, that Redis is running and that it accepts this machine",
  },
  BAD_QUEUE_NAME: {
    fr: "nom de file « {name} » invalide : lettres, chiffres, « - », « _ » et « . » seulement",
    en: 'invalid queue name "{name}": letters, digits, "-", "_" and "." only',
  },
  BAD_OPTION: { fr: "option --{name} invalide : {value} ({expected})", en: "invalid option --{name}: {value} ({expected})" },
  NO_FILES: { fr: "aucun document à mettre en file : donnez un ou plusieurs fichiers", en: "no document to enqueue: give one or more files" },
  NOT_RENDERABLE: {
    fr: "{file} est un document « {kind} » : seuls les conditions, devis, factures, avoirs et relevés de remboursement s'impriment",
    en: '{file} is a "{kind}" document: only terms, quotes, invoices, credit notes and refund statements are printed',
  },
  NOT_FACTURX: {
    fr: "{file} est un document « {kind} » : seules les factures et les avoirs se font en Factur-X ; demandez --to pdf",
    en: '{file} is a "{kind}" document: only invoices and credit notes become Factur-X; ask for --to pdf',
  },
  BUNDLE_TOO_LARGE: {
    fr: "{file} et les fichiers qu'il cite font {bytes} octets, plus que la limite d'une tâche ({max}) ; allégez le logo ou les conditions",
    en: "{file} and the files it cites take {bytes} bytes, more than a job's limit ({max}); lighten the logo or the terms",
  },
  ENQUEUED: { fr: "{id}\t{file}", en: "{id}\t{file}" },
  ALREADY_QUEUED: {
    fr: "{file} : déjà en file sous {id} (même contenu), non ajouté une seconde fois",
    en: "{file}: already queued as {id} (same content), not added twice",
  },
  JOB_DONE: { fr: "{file} : fait ({where})", en: "{file}: done ({where})" },
  JOB_RETURNED: { fr: "renvoyé par le worker", en: "returned by the worker" },
  JOB_FAILED: { fr: "{file} : échec ({id}) — {reason}", en: "{file}: failed ({id}) — {reason}" },
  BAD_JOB: {
    fr: "tâche {id} illisible ({detail}) : mettez-la en file avec « clausier enqueue » de la même version",
    en: "job {id} is unreadable ({detail}): enqueue it with the same version's « clausier enqueue »",
  },
  JOB_INVALID_DOCUMENT: {
    fr: "{file} ne se charge pas ({count} problème(s), voir errors) ; corrigez-le puis remettez-le en file",
    en: "{file} does not load ({count} problem(s), see errors); fix it, then enqueue it again",
  },
  OUTPUT_TOO_LARGE: {
    fr: "{name} fait {bytes} octets, plus que ce qu'une tâche peut renvoyer ({max}) : lancez le worker avec --out vers un dossier partagé",
    en: "{name} takes {bytes} bytes, more than a job may return ({max}): start the worker with --out to a shared folder",
  },
  WORKER_READY: {
    fr: "clausier worker : file « {queue} » sur {url}, concurrence {concurrency}, sorties {out}",
    en: "clausier worker: queue \"{queue}\" on {url}, concurrency {concurrency}, outputs {out}",
  },
  OUT_RETURNED: { fr: "renvoyées dans le résultat des tâches", en: "returned in the jobs' results" },
  WORKER_ACTIVE: { fr: "tâche {id} en cours ({file})", en: "job {id} started ({file})" },
  WORKER_COMPLETED: { fr: "tâche {id} faite : {where}", en: "job {id} done: {where}" },
  WORKER_FAILED: { fr: "tâche {id} en échec (essai {attempt}) : {reason}", en: "job {id} failed (attempt {attempt}): {reason}" },
  WORKER_STOPPING: { fr: "arrêt : fin de la tâche en cours, puis fermeture…", en: "stopping: finishing the current job, then closing…" },
  WAIT_SUMMARY: {
    fr: "{done} tâche(s) faite(s), {failed} en échec",
    en: "{done} job(s) done, {failed} failed",
  },
} satisfies Catalog<string>;

export type QueueMessageId = keyof typeof queueMessages;

export function queueMessage(locale: Locale, id: QueueMessageId, data: Record<string, unknown> = {}): string {
  return format(queueMessages, id, data, locale);
}
