import type { Catalog } from "./locale.js";

// Messages of the loader and of schema validation. `{path}` is a dotted path into the document.
export const loaderMessages = {
  FILE_NOT_FOUND: { fr: "fichier introuvable : {path}", en: "file not found: {path}" },
  NO_MATCH: {
    fr: "Aucun fichier ne correspond à « {pattern} » (fichiers traités : {extensions}) : vérifiez le chemin ou le motif",
    en: "No files match \"{pattern}\" (files handled: {extensions}): check the path or the pattern",
  },
  ALL_IGNORED: {
    fr: "Tous les fichiers de « {pattern} » sont ignorés ({by}) ; --no-ignore pour les analyser",
    en: "All the files of \"{pattern}\" are ignored ({by}); use --no-ignore to check them",
  },
  FILE_IGNORED: {
    fr: "fichier ignoré par {by} : {path} ; --no-ignore pour l'analyser",
    en: "file ignored by {by}: {path}; use --no-ignore to check it",
  },
  NOT_A_FILE: { fr: "{path} n'est ni un fichier ni un dossier lisible", en: "{path} is not a readable file or folder" },
  FILE_TOO_LARGE: {
    fr: "fichier trop volumineux : {size} octets (limite {limit} octets)",
    en: "file too large: {size} bytes (limit {limit} bytes)",
  },
  FILE_TOO_LARGE_READ: {
    fr: "fichier trop volumineux : plus de {limit} octets lus (limite {limit} octets)",
    en: "file too large: more than {limit} bytes read (limit {limit} bytes)",
  },
  FILE_UNREADABLE: {
    fr: "lecture refusée : {path} existe mais ne peut pas être lu (permission) ; donnez le droit de lecture à l'utilisateur qui lance Clausier",
    en: "read refused: {path} exists but cannot be read (permission); give read access to the user running Clausier",
  },
  FILE_READ_ERROR: { fr: "lecture impossible de {path} (erreur système {errno})", en: "cannot read {path} (system error {errno})" },
  FOLDER_UNREADABLE: {
    fr: "dossier illisible : {path} ne peut pas être parcouru (permission) ; ses fichiers ne sont pas vérifiés",
    en: "unreadable folder: {path} cannot be listed (permission); its files are not checked",
  },
  NOT_REGULAR_FILE: {
    fr: "{path} est {type}, pas un fichier ordinaire : Clausier ne le lit pas",
    en: "{path} is {type}, not a regular file: Clausier does not read it",
  },
  OUTSIDE_ROOT: {
    fr: "{path} est un lien symbolique qui mène hors du dossier du projet ({root}) : fichier non lu",
    en: "{path} is a symbolic link leading outside the project folder ({root}): file not read",
  },
  SYMLINK_LOOP: {
    fr: "{path} : boucle de liens symboliques, le lien ne mène à aucun fichier",
    en: "{path}: symbolic link loop, the link leads to no file",
  },
  SYMLINK_NOT_FOLLOWED: {
    fr: "{path} est un lien symbolique : ignoré (--no-follow-symlinks)",
    en: "{path} is a symbolic link: skipped (--no-follow-symlinks)",
  },
  BINARY_FILE: {
    fr: "fichier binaire (octet nul à l'octet {offset}) : un fichier Clausier est du texte YAML ou JSON",
    en: "binary file (NUL byte at offset {offset}): a Clausier file is YAML or JSON text",
  },
  NOT_UTF8: {
    fr: "encodage invalide : le fichier n'est pas en UTF-8",
    en: "invalid encoding: the file is not UTF-8",
  },
  YAML_SYNTAX: { fr: "erreur de syntaxe YAML : {detail}", en: "YAML syntax error: {detail}" },
  YAML_DUPLICATE_KEY: { fr: "clé en double : chaque clé ne peut figurer qu'une fois à ce niveau", en: "duplicate key: a key may appear only once at this level" },
  YAML_TAB_AS_INDENT: { fr: "tabulation dans l'indentation : YAML n'accepte que des espaces", en: "tab in indentation: YAML accepts spaces only" },
  YAML_BAD_INDENT: { fr: "indentation incorrecte : alignez cette ligne sur les clés de même niveau", en: "bad indentation: align this line with the keys of its level" },
  YAML_BLOCK_AS_IMPLICIT_KEY: { fr: "indentation incorrecte : cette ligne est plus indentée que la clé précédente sans en être une valeur", en: "bad indentation: this line is indented more than the previous key without being its value" },
  YAML_MULTILINE_IMPLICIT_KEY: { fr: "indentation incorrecte ou « : » manquant : une clé doit tenir sur une ligne", en: "bad indentation or missing \":\": a key must fit on one line" },
  YAML_MISSING_CHAR: {
    fr: "guillemet, crochet ou accolade jamais refermé : la valeur qui commence ici (ou plus haut) n'est pas close",
    en: "missing closing quote, bracket or brace: the value that starts here (or above) is never closed",
  },
  MULTIPLE_DOCUMENTS: {
    fr: "un fichier ne doit contenir qu'un seul document YAML (séparateur --- en trop)",
    en: "a file must hold a single YAML document (extra --- separator)",
  },
  NEGATIVE_UNIT_PRICE: {
    fr: "{path} : un prix unitaire ne peut pas être négatif (trouvé {value}) ; une déduction s'écrit avec une quantité négative et un prix positif (quantity: \"-1\"), une remise comme remise de pied de facture (allowancesCharges), une annulation comme avoir (kind: credit-note)",
    en: "{path}: a unit price cannot be negative (found {value}); a deduction is written with a negative quantity and a positive price (quantity: \"-1\"), a discount as a document allowance (allowancesCharges), a cancellation as a credit note (kind: credit-note)",
  },
  CREDIT_NOTE_NEGATIVE: {
    fr: "{path} : les lignes d'un avoir s'écrivent en positif, l'avoir les déduit lui-même (trouvé {value})",
    en: "{path}: a credit note's lines are written as positive amounts, the credit note itself deducts them (found {value})",
  },
  HINT_WRITE_POSITIVE: { fr: "écrivez : \"{value}\"", en: "write: \"{value}\"" },
  NUMBER_TOO_PRECISE: {
    fr: "le nombre {value} a {digits} chiffres significatifs : écrit sans guillemets, il est lu comme un nombre à virgule flottante, qui n'en garde que 15 (il deviendrait {read}) ; écrivez-le entre guillemets pour qu'il soit lu exactement",
    en: "the number {value} has {digits} significant digits: written without quotes, it is read as a floating-point number, which keeps only 15 (it would become {read}); quote it to have it read exactly",
  },
  NUMBER_NOT_FINITE: {
    fr: "{value} n'est pas un nombre utilisable dans un document Clausier : écrivez un nombre décimal, par exemple \"29.90\"",
    en: "{value} is not a number a Clausier document can use: write a decimal number, e.g. \"29.90\"",
  },
  HINT_QUOTE_NUMBER: { fr: "écrivez : {quoted}", en: "write: {quoted}" },
  ALIAS_NOT_ALLOWED: {
    fr: "les alias et ancres YAML (*{name}, &{name}) sont refusés dans les fichiers Clausier",
    en: "YAML aliases and anchors (*{name}, &{name}) are refused in Clausier files",
  },
  MERGE_KEY_NOT_ALLOWED: {
    fr: "la clé de fusion YAML << est refusée dans les fichiers Clausier",
    en: "the YAML merge key << is refused in Clausier files",
  },
  NOT_AN_OBJECT: {
    fr: "le document doit être un objet (des paires clé: valeur), pas {found}",
    en: "the document must be an object (key: value pairs), not {found}",
  },
  UNKNOWN_KIND: {
    fr: "type de document inconnu : kind vaut {found} (attendu : {allowed})",
    en: "unknown document type: kind is {found} (expected: {allowed})",
  },
  MISSING_KIND: {
    fr: "type de document absent : ajoutez « kind: » ({allowed})",
    en: "missing document type: add \"kind:\" ({allowed})",
  },
  REF_NOT_FOUND: {
    fr: "{path} renvoie à un fichier introuvable : {ref}",
    en: "{path} refers to a file that does not exist: {ref}",
  },
  REF_WRONG_KIND: {
    fr: "{path} doit renvoyer à un document {expected}, mais {ref} est un document {found}",
    en: "{path} must refer to a {expected} document, but {ref} is a {found} document",
  },
  REF_INVALID: {
    fr: "{path} renvoie à {ref}, qui est invalide (voir ses erreurs)",
    en: "{path} refers to {ref}, which is invalid (see its errors)",
  },
  REF_OUTSIDE_ROOT: {
    fr: "{path} renvoie à {ref}, hors du dossier du projet ({root}) : fichier non lu",
    en: "{path} refers to {ref}, outside the project folder ({root}): file not read",
  },
  REF_REFUSED: { fr: "{path} renvoie à {ref} : {reason}", en: "{path} refers to {ref}: {reason}" },
  REF_TOO_DEEP: {
    fr: "{path} renvoie à {ref}, au-delà de {limit} renvois en chaîne : non suivi",
    en: "{path} refers to {ref}, beyond {limit} chained references: not followed",
  },
  REF_CYCLE: { fr: "référence circulaire : {chain}", en: "circular reference: {chain}" },
  FACT_UNKNOWN: {
    fr: "{{{ref}}} ne correspond à aucun fait de ce document",
    en: "{{{ref}}} does not match any fact of this document",
  },
  FACT_NOT_SCALAR: {
    fr: "{{{ref}}} désigne un groupe de faits, pas une valeur",
    en: "{{{ref}}} names a group of facts, not a value",
  },
  DUPLICATE_CLAUSE_ID: {
    fr: "identifiant de clause en double : {id}",
    en: "duplicate clause id: {id}",
  },
  MARKDOWN_TOO_COMPLEX: {
    fr: "clause {id} : trop de délimiteurs Markdown ({count} crochets « [ » ou suites de « * », « _ », « ` » ; limite {limit}), le texte ne peut pas être mis en forme",
    en: "clause {id}: too many Markdown delimiters ({count} \"[\" brackets or runs of \"*\", \"_\", \"`\"; limit {limit}), the text cannot be formatted",
  },
  HINT_MARKDOWN_TOO_COMPLEX: {
    fr: "découpez la clause, ou échappez les caractères qui ne sont pas de la mise en forme (\\[, \\*, \\_)",
    en: "split the clause, or escape the characters that are not formatting (\\[, \\*, \\_)",
  },
  POLICY_CLAUSE_UNKNOWN: {
    fr: "{path} renvoie à la clause {id}, qui n'existe pas dans ce document",
    en: "{path} refers to clause {id}, which does not exist in this document",
  },
  REFUND_POLICY_UNKNOWN: {
    fr: "la politique de remboursement {id} n'existe pas dans les conditions {ref} (disponibles : {allowed})",
    en: "refund policy {id} does not exist in the terms {ref} (available: {allowed})",
  },
  CREDIT_NOTE_SCOPE: {
    fr: "l'avoir doit dire ce qu'il crédite : soit « cancels: whole » (toute la facture), soit « lines » (les lignes créditées), pas les deux ni aucun",
    en: "the credit note must say what it credits: either \"cancels: whole\" (the whole invoice) or \"lines\" (the lines credited), not both and not neither",
  },
  TOO_MANY_ERRORS: {
    fr: "{count} autre(s) erreur(s) à partir d'ici, non affichées (au-delà de {limit} par fichier)",
    en: "{count} more error(s) from here on, not shown (beyond {limit} per file)",
  },
  DOCUMENT_ROOT: { fr: "(racine)", en: "(root)" },
  HINT_TOO_MANY_ERRORS: {
    fr: "corrigez les erreurs affichées (souvent la même, répétée), puis validez de nouveau",
    en: "fix the errors shown (often one mistake, repeated), then validate again",
  },
  // Schema validation
  SCHEMA_REQUIRED: { fr: "{path} : clé obligatoire absente « {key} »", en: "{path}: missing required key \"{key}\"" },
  SCHEMA_UNKNOWN_KEY: { fr: "{path} : clé inconnue « {key} »", en: "{path}: unknown key \"{key}\"" },
  SCHEMA_TYPE: { fr: "{path} doit être {expected} (trouvé {found})", en: "{path} must be {expected} (found {found})" },
  SCHEMA_MAXIMUM: { fr: "{path} doit valoir au plus {limit} (trouvé {found})", en: "{path} must be at most {limit} (found {found})" },
  SCHEMA_MINIMUM: { fr: "{path} doit valoir au moins {limit} (trouvé {found})", en: "{path} must be at least {limit} (found {found})" },
  SCHEMA_ENUM: { fr: "{path} doit être l'une des valeurs : {allowed} (trouvé {found})", en: "{path} must be one of: {allowed} (found {found})" },
  SCHEMA_PATTERN: { fr: "{path} a un format invalide (trouvé {found}){expected}", en: "{path} has an invalid format (found {found}){expected}" },
  SCHEMA_DECIMAL: {
    fr: "{path} doit être un nombre décimal de moins de 1 000 milliards (12 chiffres avant la virgule au plus), par exemple 29.90 (trouvé {found})",
    en: "{path} must be a decimal number below 1,000 billion (at most 12 digits before the decimal point), e.g. 29.90 (found {found})",
  },
  SCHEMA_AMOUNT: {
    fr: "{path} doit être un montant positif ou nul de moins de 1 000 milliards (12 chiffres avant la virgule au plus), par exemple 29.90 (trouvé {found})",
    en: "{path} must be a non-negative amount below 1,000 billion (at most 12 digits before the decimal point), e.g. 29.90 (found {found})",
  },
  SCHEMA_PERCENT: {
    fr: "{path} doit être un pourcentage entre 0 et 100, sans le signe %, par exemple 5.5 pour 5,5 % (trouvé {found})",
    en: "{path} must be a percentage between 0 and 100, without the % sign, e.g. 5.5 for 5.5 % (found {found})",
  },
  SCHEMA_DATE_RANGE: {
    fr: "{path} : date hors de la plage acceptée, du {min} au {max} (trouvé {found}) ; vérifiez l'année",
    en: "{path}: date outside the accepted range, {min} to {max} (found {found}); check the year",
  },
  SCHEMA_FORMAT: { fr: "{path} doit être {expected} (trouvé {found})", en: "{path} must be {expected} (found {found})" },
  SCHEMA_MIN_ITEMS: { fr: "{path} doit contenir au moins {limit} élément(s)", en: "{path} must contain at least {limit} item(s)" },
  SCHEMA_MIN_LENGTH: { fr: "{path} ne doit pas être vide", en: "{path} must not be empty" },
  SCHEMA_OTHER: { fr: "{path} : {detail}", en: "{path}: {detail}" },
  HINT_DID_YOU_MEAN: { fr: "vouliez-vous dire « {suggestion} » ?", en: "did you mean \"{suggestion}\"?" },
  HINT_ALLOWED_KEYS: { fr: "clés possibles : {allowed}", en: "allowed keys: {allowed}" },
  HINT_EXPECTED: { fr: "attendu : {expected}", en: "expected: {expected}" },
  HINT_EXAMPLE: { fr: "exemple : {example}", en: "e.g. {example}" },
  HINT_WRITE_EXAMPLE: { fr: "écrivez par exemple : {example}", en: "write for instance: {example}" },
  // What a schema expects (src/model/schema-shapes.ts)
  SHAPE_VALUES: { fr: "l'une des valeurs : {values}", en: "one of: {values}" },
  SHAPE_VALUE: { fr: "la valeur « {value} »", en: "the value \"{value}\"" },
  SHAPE_TAGGED: { fr: "un objet avec {tag} : {values}", en: "an object with {tag}: {values}" },
  SHAPE_OBJECT_WITH: { fr: "un objet avec {keys}", en: "an object with {keys}" },
  SHAPE_OBJECT_KEYS: { fr: "un objet avec les clés {keys}", en: "an object with the keys {keys}" },
  SHAPE_REQUIRED_KEY: { fr: "{key} (obligatoire)", en: "{key} (required)" },
  HINT_ADD_KEY: { fr: "ajoutez la clé « {key} » sous {path}", en: "add the key \"{key}\" under {path}" },
  HINT_UTF8: { fr: "réenregistrez le fichier en UTF-8", en: "save the file again as UTF-8" },
  HINT_ALIAS: { fr: "recopiez la valeur au lieu d'utiliser un alias", en: "write the value out instead of using an alias" },
  HINT_ROOT: {
    fr: "les fichiers cités doivent être dans le projet ; pour en élargir le dossier : --root <dossier>",
    en: "cited files must be inside the project; to widen its folder: --root <folder>",
  },
  HINT_REF_TOO_DEEP: {
    fr: "raccourcissez la chaîne, par exemple en citant directement le document voulu",
    en: "shorten the chain, e.g. by citing the wanted document directly",
  },
  HINT_REF: { fr: "vérifiez le chemin, relatif au fichier qui le cite", en: "check the path, which is relative to the file that cites it" },
} satisfies Catalog<string>;

export type LoaderMessageId = keyof typeof loaderMessages;

export const typeNames = {
  string: { fr: "un texte", en: "a string" },
  number: { fr: "un nombre", en: "a number" },
  integer: { fr: "un nombre entier", en: "an integer" },
  boolean: { fr: "true ou false", en: "true or false" },
  object: { fr: "un objet (des paires clé: valeur)", en: "an object (key: value pairs)" },
  array: { fr: "une liste", en: "a list" },
  null: { fr: "vide", en: "empty" },
  date: { fr: "une date AAAA-MM-JJ", en: "a date YYYY-MM-DD" },
  "date-time": { fr: "une date et heure ISO 8601", en: "an ISO 8601 date-time" },
  email: { fr: "une adresse e-mail", en: "an e-mail address" },
} satisfies Catalog<string>;

/** What a non-regular file is, in NOT_REGULAR_FILE. */
export const fileTypeNames = {
  fr: { directory: "un dossier", fifo: "un tube nommé (FIFO)", device: "un périphérique", socket: "une socket", other: "un fichier spécial" },
  en: { directory: "a folder", fifo: "a named pipe (FIFO)", device: "a device", socket: "a socket", other: "a special file" },
} as const;

/** Why a reference was refused, in REF_REFUSED. */
export const refusalReasons = {
  FILE_UNREADABLE: { fr: "fichier illisible (permission)", en: "unreadable file (permission)" },
  FILE_READ_ERROR: { fr: "fichier illisible", en: "unreadable file" },
  NOT_REGULAR_FILE: { fr: "pas un fichier ordinaire", en: "not a regular file" },
  FILE_TOO_LARGE: { fr: "fichier trop volumineux", en: "file too large" },
  SYMLINK_LOOP: { fr: "boucle de liens symboliques", en: "symbolic link loop" },
  SYMLINK_NOT_FOLLOWED: { fr: "lien symbolique non suivi (--no-follow-symlinks)", en: "symbolic link not followed (--no-follow-symlinks)" },
} satisfies Catalog<string>;
