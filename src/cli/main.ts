// Only light modules at the top: `--version` loads nothing else, `--help` only yargs (issue #14).
import { chooseLocale } from "../model/locale.js";
import { UsageError, type Diagnostic } from "../model/diagnostics.js";
import type { FilePolicyOptions } from "../model/index.js";
import { EXIT, processIo, type Io } from "./io.js";
import { t } from "./messages.js";
import { formatDiagnosticsText } from "./text-output.js";
import { VERSION } from "../api/version.js";
import type { ReportFormat } from "./lint-reports.js";
import type { ComputeWhat } from "./commands/compute.js";
import { AUDIENCES, LEGAL_FORMS, VAT_REGIMES } from "./scaffold/answers.js";

// Commands load their modules when run: `validate` does not pay for the linter, nor `lint` for the browser.
const validateCommand = () => import("./commands/validate.js");
const lintCommand = () => import("./commands/lint.js");
const computeCommand = () => import("./commands/compute.js");
const rulesCommand = () => import("./commands/rules.js");
const renderCommand = () => import("./commands/render.js");
const checkEInvoiceCommand = () => import("./commands/check-einvoice.js");
const exportCommand = () => import("./commands/export.js");
const dataCommand = () => import("./commands/data.js");
const initCommand = () => import("./commands/init.js");
const completionCommand = () => import("./commands/completion.js");
const serveCommand = () => import("../serve/command.js");
const workerCommand = () => import("./commands/worker.js");
const enqueueCommand = () => import("./commands/enqueue.js");

/** The global --root, --no-follow-symlinks and --no-ignore, as the commands take them. */
function filesOf(args: { root?: string; "follow-symlinks"?: boolean; ignore?: boolean }): FilePolicyOptions {
  return { root: args.root, followSymlinks: args["follow-symlinks"] ?? true, ignoreFiles: args.ignore ?? true };
}

export { VERSION };

/** --color / --no-color (the last one given wins), read before yargs like --locale: every command's io has it. */
function colorAsked(argv: string[]): boolean | undefined {
  let color: boolean | undefined;
  for (const a of argv) {
    if (a === "--color" || a === "--color=true") color = true;
    else if (a === "--no-color" || a === "--color=false") color = false;
  }
  return color;
}

/**
 * yargs lays out the whole help text (cliui, string-width: ≈ 40 ms) after each command it runs, only
 * to show it if the command later fails with yargs' default failure output. Ours (`.fail` throws,
 * `showHelpOnFail(false)`) never shows it, so that layout is skipped; `--help` and `<command> --help`
 * are laid out when printed, as before. Internal to yargs: if it changes, help is laid out again
 * (slower, same output), which test/cli/cold-start.test.ts catches.
 */
function skipHelpLayoutAfterCommands(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
}

/** Runs the CLI and returns the exit code (0 ok, 1 findings, 2 usage or I/O error). */
/** Options and positionals that take several values (`array: true`); any other given twice is refused. */
const REPEATABLE = new Set(["_", "paths", "files", "format", "output", "rule", "only"]);

export async function main(argv: string[], given: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.OK;
  const run = async (p: Promise<number>): Promise<void> => {
    exitCode = await p;
  };
  // Read before yargs parses: its own messages (help, unknown option) are in this language too.
  const asked = argv.find((a, i) => a.startsWith("--locale=") || argv[i - 1] === "--locale");
  const io: Io = { ...given, locale: chooseLocale(asked?.replace(/^--locale=/, ""), given.env), color: colorAsked(argv) ?? given.color };
  const english = io.locale === "en";
  // yargs drops a lone "-" from the positionals: standard input is asked for here, never the default tree in its place.
  const dash = argv.includes("-");
  // The commonest probe of an installed tool answers before yargs is even loaded.
  if (argv.length === 1 && argv[0] === "--version") {
    io.stdout(`${VERSION}\n`);
    return EXIT.OK;
  }
  const { default: yargs } = await import("yargs");
  const L = (en: string, fr: string) => (english ? en : fr);
  const parser = yargs(argv)
    .scriptName("clausier")
    .locale(english ? "en" : "fr")
    .usage(`$0 <commande> [options]\n\n${L("Terms-as-code for French and EU commercial documents.", "Les conditions générales et documents commerciaux (France, UE) comme du code.")}`)
    .option("locale", { type: "string", choices: ["fr", "en"], global: true, describe: L("Language of the messages (default fr)", "Langue des messages (fr par défaut)") })
    .option("root", { type: "string", global: true, describe: L("Project folder: referenced files (seller, terms, logo…) must lie inside it (default: the folder of clausier.config.yaml, else the working directory or the common folder of the inputs)", "Dossier du projet : les fichiers cités (vendeur, conditions, logo…) doivent s'y trouver (par défaut : le dossier de clausier.config.yaml, sinon le dossier courant ou le dossier commun des entrées)") })
    .option("follow-symlinks", { type: "boolean", default: true, global: true, describe: L("Follow symbolic links that stay inside the project (--no-follow-symlinks: skip them, with a message)", "Suivre les liens symboliques qui restent dans le projet (--no-follow-symlinks : les ignorer, avec un message)") })
    .option("color", { type: "boolean", global: true, describe: L("Colour the output (--no-color: never; default: on a terminal, unless NO_COLOR; FORCE_COLOR forces it)", "Colorer la sortie (--no-color : jamais ; par défaut : sur un terminal, sauf NO_COLOR ; FORCE_COLOR la force)") })
    .option("ignore", { type: "boolean", default: true, global: true, describe: L("Skip what .clausierignore and .gitignore files ignore (--no-ignore: check everything)", "Laisser de côté ce qu'ignorent .clausierignore et les .gitignore (--no-ignore : tout analyser)") })
    .command(
      "validate [paths..]",
      L("Check terms, sellers, quotes, invoices and refunds against the schemas", "Vérifier conditions, vendeurs, devis, factures et avoirs par rapport aux schémas"),
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: L("Files or folders (default: terms/ and fixtures/)", "Fichiers ou dossiers (par défaut : terms/ et fixtures/)") })
          .option("stdin", { type: "boolean", describe: L("Read the text to check from standard input (also: - as the path)", "Lire le texte à vérifier sur l'entrée standard (aussi : - comme chemin)") })
          .option("stdin-filename", { type: "string", describe: L("The file standard input stands for: its kind by its ending, its seller and configuration looked up from it (default stdin.yaml)", "Le fichier que représente l'entrée standard : sa nature par son extension, son vendeur et sa configuration cherchés depuis lui (par défaut stdin.yaml)") })
          .option("format", { alias: "f", choices: ["stylish", "json"] as const, default: "stylish" as const })
          .example("$0 validate", L("Validate the project's terms/ and fixtures/", "Valider terms/ et fixtures/ du projet"))
          .example("$0 validate terms/altairis/cgv.yaml", L("Validate one file and the files it references", "Valider un fichier et ceux auxquels il renvoie"))
          .example('$0 validate "terms/**/*.yaml" "!terms/old/**"', L("Quoted globs, expanded by Clausier; ! leaves out", "Motifs entre guillemets, développés par Clausier ; ! exclut"))
          .example("$0 validate fixtures --format json", L("Machine-readable report", "Rapport pour les machines")),
      (args) =>
        run(validateCommand().then(({ runValidate }) => runValidate({ paths: (args.paths ?? []).map(String), stdin: args.stdin || dash, stdinFilename: args["stdin-filename"], format: args.format, files: filesOf(args) }, io))),
    )
    .command(
      "lint [paths..]",
      L("Find legal defects in terms, quotes, invoices, refunds and prose (.md, .txt) terms", "Trouver les défauts juridiques des conditions, devis, factures, avoirs et textes (.md, .txt)"),
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: L("Files or folders (default: terms/ and fixtures/)", "Fichiers ou dossiers (par défaut : terms/ et fixtures/)") })
          .option("format", { alias: "f", type: "string", array: true, nargs: 1, describe: L("stylish | json | sarif | github | gitlab | junit, or a formatter module (./f.js) (repeatable, each paired with the --output after it)", "stylish | json | sarif | github | gitlab | junit, ou un module de formatage (./f.js) (répétable, chacun avec le --output qui le suit)") })
          .option("output", { alias: "o", type: "string", array: true, nargs: 1, describe: L("Write the preceding --format to this file", "Écrire le --format précédent dans ce fichier") })
          .option("stdin", { type: "boolean", describe: L("Read the text to check from standard input (also: - as the path)", "Lire le texte à vérifier sur l'entrée standard (aussi : - comme chemin)") })
          .option("stdin-filename", { type: "string", describe: L("The file standard input stands for: its kind by its ending, its seller and configuration looked up from it (default stdin.md)", "Le fichier que représente l'entrée standard : sa nature par son extension, son vendeur et sa configuration cherchés depuis lui (par défaut stdin.md)") })
          .option("config", { alias: "c", type: "string", describe: L("Configuration file for every file (default: each file's nearest clausier.config.{yaml,yml,json}, looked up from its folder)", "Fichier de configuration pour tous les fichiers (par défaut : pour chacun, le clausier.config.{yaml,yml,json} le plus proche, cherché depuis son dossier)") })
          .option("print-config", { type: "string", describe: L("Print the configuration that applies to this file (nearest clausier.config.*, extends merged) as JSON, and exit", "Afficher en JSON la configuration qui s'applique à ce fichier (clausier.config.* le plus proche, extends fusionnés), et sortir") })
          .option("rule", { type: "string", array: true, nargs: 1, default: [] as string[], describe: L("Rule severity: --rule id=off|info|warn|error (repeatable)", "Gravité d'une règle : --rule id=off|info|warn|error (répétable)") })
          .option("only", { type: "string", array: true, nargs: 1, default: [] as string[], describe: L("Run only this rule (repeatable)", "N'exécuter que cette règle (répétable)") })
          .option("audience", { choices: ["b2b", "b2c", "mixed"] as const, describe: L("Audience of prose files without front matter", "Public des textes sans front matter") })
          .option("law", { type: "string", describe: L("Law of prose files without front matter: a country code (FR, LU, BE, CH…); default inferred from the text", "Droit des textes sans front matter : un code pays (FR, LU, BE, CH…) ; par défaut déduit du texte") })
          .option("fix", { type: "boolean", default: false, describe: L("Apply safe fixes to the files", "Appliquer les corrections sûres aux fichiers") })
          .option("fix-dry-run", { type: "boolean", default: false, describe: L("Print the fixes as a diff, change nothing", "Afficher les corrections en diff, sans rien modifier") })
          .option("max-warnings", { type: "number", describe: L("Exit 1 when there are more warnings than this", "Sortir en 1 au-delà de ce nombre d'avertissements") })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: L("Report errors only", "Ne signaler que les erreurs") })
          .option("as-of", { type: "string", describe: L("Judge by the law in force on this date (YYYY-MM-DD; default today)", "Juger selon le droit en vigueur à cette date (AAAA-MM-JJ ; par défaut aujourd'hui)") })
          .option("cache", { type: "boolean", default: false, describe: L("Replay the findings of files that did not change (nor their seller, terms, rules, options, data or Clausier's version) from a cache file", "Reprendre d'un fichier cache les constats des fichiers inchangés (ni eux, ni leur vendeur, leurs conditions, les règles, les options, les données ou la version de Clausier)") })
          .option("cache-location", { type: "string", describe: L("The cache file, or a folder to hold it (default .clausiercache in the working directory)", "Le fichier cache, ou le dossier où le mettre (par défaut .clausiercache dans le dossier courant)") })
          .option("concurrency", { type: "string", default: "auto", describe: L("Threads for large sets of files: auto (one per core from 200 files on) or a number; 1 lints in this thread only", "Fils d'exécution pour les grands ensembles de fichiers : auto (un par cœur à partir de 200 fichiers) ou un nombre ; 1 analyse dans un seul fil") })
          .option("suppress-all", { type: "boolean", default: false, describe: L("Record every current error in clausier-suppressions.json", "Enregistrer toutes les erreurs actuelles dans clausier-suppressions.json") })
          .option("prune-suppressions", { type: "boolean", default: false, describe: L("Drop suppressions that no longer occur", "Retirer les suppressions devenues inutiles") })
          .example("$0 lint", L("Lint the project's terms/ and fixtures/", "Analyser terms/ et fixtures/ du projet"))
          .example("$0 lint terms/ -f sarif -o lint.sarif -f stylish", L("SARIF to a file for code scanning, stylish to the terminal", "SARIF dans un fichier pour le code scanning, stylish au terminal"))
          .example("$0 lint cgv.md --audience b2c --as-of 2015-06-01", L("A Word-era CGV judged by the law of 2015", "Des CGV d'époque Word jugées selon le droit de 2015"))
          .example("cat cgv.md | $0 lint - --stdin-filename terms/acme/cgv.md", L("Lint standard input as if it were that file", "Analyser l'entrée standard comme si c'était ce fichier"))
          .example("$0 lint --print-config terms/acme/cgv.md", L("The configuration that applies to a file", "La configuration qui s'applique à un fichier"))
          .example("$0 lint --fix terms/luxoges", L("Rewrite obsolete article numbers in place", "Réécrire sur place les numéros d'articles périmés")),
      (args) =>
        run(
          lintCommand().then(({ runLint, pairReports }) =>
          runLint(
            {
              paths: (args.paths ?? []).map(String),
              stdin: args.stdin || dash,
              stdinFilename: args["stdin-filename"],
              printConfig: args["print-config"],
              reports: pairReports(argv, io.locale) as Array<{ format: ReportFormat; output?: string }>,
              config: args.config,
              rule: (args.rule ?? []).map(String),
              only: (args.only ?? []).map(String),
              audience: args.audience,
              law: args.law,
              fix: args.fix,
              fixDryRun: args["fix-dry-run"],
              maxWarnings: args["max-warnings"],
              quiet: args.quiet,
              asOf: args["as-of"],
              suppressAll: args["suppress-all"],
              pruneSuppressions: args["prune-suppressions"],
              cache: args.cache,
              cacheLocation: args["cache-location"],
              concurrency: args.concurrency,
              localeGiven: Boolean(args.locale),
              toolVersion: VERSION,
              files: filesOf(args),
            },
            io,
          )),
        ),
    )
    .command(
      "compute <what> <file>",
      L(
        "Compute totals, due date, late penalties, a refund, a cancellation fee or billing units, line by line",
        "Calculer totaux, échéance, pénalités de retard, remboursement, frais d'annulation ou unités de facturation, ligne à ligne",
      ),
      (y) =>
        y
          .positional("what", { choices: ["totals", "due-date", "penalties", "refund", "cancellation", "billing-units"] as const, demandOption: true })
          .positional("file", { type: "string", demandOption: true, describe: L("An invoice, quote or refund file", "Une facture, un devis ou un avoir") })
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const })
          .option("paid-on", { type: "string", describe: L("penalties: payment date (default today)", "penalties : date du paiement (par défaut aujourd'hui)") })
          .option("on", { type: "string", describe: L("cancellation: date of the cancellation", "cancellation : date de l'annulation") })
          .option("start", { type: "string", describe: L("cancellation: first day of the service", "cancellation : premier jour de la prestation") })
          .option("policy", { type: "string", describe: L("cancellation: policy id in the terms", "cancellation : identifiant de la politique dans les conditions") })
          .option("hours", { type: "string", describe: L("billing-units: duration of the service in hours (half day / day per the terms)", "billing-units : durée de la prestation en heures (demi-journée / journée selon les conditions)") })
          .option("km", { type: "string", describe: L("billing-units: travel distance in km (with --zone)", "billing-units : distance du déplacement en km (avec --zone)") })
          .option("zone", { type: "string", describe: L("billing-units: travel zone id in the terms", "billing-units : identifiant de la zone de déplacement dans les conditions") })
          .option("end-of-month", { choices: ["days-then-eom", "eom-then-days"] as const, describe: L('due-date: reading of "45 jours fin de mois"', "due-date : lecture de « 45 jours fin de mois »") })
          .option("rate", { type: "string", describe: L("penalties: a one-off annual rate in percent (e.g. 12.4) for the whole period, when the legal data does not reach it", "penalties : un taux annuel ponctuel en pourcentage (ex. 12.4) pour toute la période, quand les données juridiques ne l'atteignent pas") })
          .example("$0 compute totals fixtures/altairis/invoice-fa-2026-0042.yaml", L("VAT breakdown and totals", "Ventilation de la TVA et totaux"))
          .example("$0 compute penalties fixtures/altairis/invoice-fa-2026-0041.yaml --paid-on 2026-06-30", L("Penalties and indemnity for a late payment", "Pénalités et indemnité d'un paiement en retard"))
          .example("$0 compute refund fixtures/livenote/refund-rb-2020-0001.yaml", L("The Livenote refund: 344,00 €", "Le remboursement Livenote : 344,00 €"))
          .example("$0 compute billing-units terms/petillances/cg.yaml --hours 3 --km 44 --zone lu-green", L("3 h billed as a half day, and the travel fee", "3 h facturées comme une demi-journée, et les frais de déplacement")),
      (args) =>
        run(
          computeCommand().then(({ runCompute }) =>
          runCompute(
            {
              what: args.what as ComputeWhat,
              file: String(args.file),
              format: args.format,
              paidOn: args["paid-on"],
              on: args.on,
              start: args.start,
              policy: args.policy,
              endOfMonth: args["end-of-month"],
              rate: args.rate,
              hours: args.hours,
              km: args.km,
              zone: args.zone,
              files: filesOf(args),
            },
            io,
          )),
        ),
    )
    .command(
      "render [files..]",
      L("Render terms, quotes, invoices, credit notes and refund statements to HTML and PDF (Factur-X with --facturx)", "Produire conditions, devis, factures, avoirs et décomptes en HTML et PDF (Factur-X avec --facturx)"),
      (y) =>
        y
          .positional("files", { type: "string", array: true, describe: L("Files or folders (default: terms/ and fixtures/)", "Fichiers ou dossiers (par défaut : terms/ et fixtures/)") })
          .option("to", { choices: ["html", "pdf", "both"] as const, default: "both" as const, describe: L("Output formats", "Formats de sortie") })
          .option("out", { type: "string", default: "out", describe: L("Output folder", "Dossier de sortie") })
          .option("force", { type: "boolean", default: false, describe: L("Render documents with lint errors (never invalid ones)", "Produire aussi les documents en erreur de lint (jamais les invalides)") })
          .option("bind", { type: "boolean", default: false, describe: L("Terms: bind the related documents (CGT + CGU) into one PDF", "Conditions : relier les documents liés (CGT + CGU) en un seul PDF") })
          .option("attach-source", { type: "boolean", default: false, describe: L("Attach the source data file to the PDF", "Joindre au PDF le fichier de données source") })
          .option("facturx", { type: "boolean", describe: L("Invoices and credit notes as Factur-X PDFs (PDF/A-3 carrying their CII XML); default: render.facturx of clausier.config, else no", "Factures et avoirs en PDF Factur-X (PDF/A-3 portant leur XML CII) ; par défaut : render.facturx de clausier.config, sinon non") })
          .option("facturx-profile", { choices: ["minimum", "basicwl", "basic", "en16931"] as const, describe: L("Factur-X profile (implies --facturx; default en16931)", "Profil Factur-X (implique --facturx ; par défaut en16931)") })
          .option("as-of", { type: "string", describe: L("Lint by the law in force on this date before rendering (YYYY-MM-DD; default today)", "Analyser selon le droit en vigueur à cette date avant de produire (AAAA-MM-JJ ; par défaut aujourd'hui)") })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: L("Print only the documents that fail (no progress, no summary)", "N'afficher que les documents en échec (ni progression ni bilan)") })
          .option("cache", {
            type: "boolean",
            default: true,
            describe: L(
              "Skip documents whose outputs are up to date (same inputs, templates, legal data and version; keys in OUT/.clausier-render.json); --no-cache renders all",
              "Sauter les documents dont les fichiers produits sont à jour (mêmes données, modèles, données juridiques et version ; clés dans OUT/.clausier-render.json) ; --no-cache refait tout",
            ),
          })
          .option("rerender", { type: "boolean", default: false, describe: L("Render every document again (as --no-cache)", "Refaire tous les documents (comme --no-cache)") })
          .example("$0 render fixtures/altairis/invoice-fa-2026-0042.yaml", L("out/FA-2026-0042.html and .pdf", "out/FA-2026-0042.html et .pdf"))
          .example("$0 render terms/luxoges/cgt.yaml --bind --to pdf", L("The CGT and the CGU in one PDF", "Les CGT et les CGU en un seul PDF"))
          .example("$0 render fixtures/petillances --facturx --to pdf", L("Invoices and credit notes as Factur-X EN 16931", "Factures et avoirs en Factur-X EN 16931"))
          .example("$0 render --force terms fixtures", L("Every bundled document, lint errors or not", "Tous les documents fournis, erreurs de lint ou non")),
      (args) =>
        run(
          renderCommand().then(({ runRender }) =>
            runRender(
              {
                paths: (args.files ?? []).map(String),
                to: args.to,
                out: args.out,
                asOf: args["as-of"],
                force: args.force,
                bind: args.bind,
                attachSource: args["attach-source"],
                quiet: args.quiet,
                cache: args.cache && !args.rerender,
                facturx: args.facturx,
                facturxProfile: args["facturx-profile"],
                version: VERSION,
                files: filesOf(args),
              },
              io,
            ),
          ),
        ),
    )
    .command(
      "check-einvoice <paths..>",
      L("Check received e-invoices (Factur-X PDF, CII or UBL XML): EN 16931 rules, French mentions, Factur-X container", "Vérifier des factures électroniques reçues (PDF Factur-X, XML CII ou UBL) : règles EN 16931, mentions françaises, conteneur Factur-X"),
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: L("Factur-X PDF or CII/UBL XML files, or folders holding them", "Fichiers PDF Factur-X ou XML CII/UBL, ou dossiers qui les contiennent") })
          .option("format", { alias: "f", type: "string", array: true, nargs: 1, describe: L("stylish | json | sarif | github | gitlab | junit, or a formatter module (./f.js) (repeatable, each paired with the --output after it)", "stylish | json | sarif | github | gitlab | junit, ou un module de formatage (./f.js) (répétable, chacun avec le --output qui le suit)") })
          .option("output", { alias: "o", type: "string", array: true, nargs: 1, describe: L("Write the preceding --format to this file", "Écrire le --format précédent dans ce fichier") })
          .example("$0 check-einvoice inbox/", L("Check the received invoices (.pdf, .xml) of a folder", "Vérifier les factures reçues (.pdf, .xml) d'un dossier"))
          .example("$0 check-einvoice invoice.xml -f sarif -o einvoice.sarif", L("SARIF for code scanning", "SARIF pour le code scanning")),
      (args) =>
        run(
          checkEInvoiceCommand().then(({ runCheckEInvoice, pairReports }) =>
            runCheckEInvoice(
              {
                paths: (args.paths ?? []).map(String),
                reports: pairReports(argv, io.locale) as Array<{ format: ReportFormat; output?: string }>,
                toolVersion: VERSION,
                policy: filesOf(args),
              },
              io,
            ),
          ),
        ),
    )
    .command(
      "export [files..]",
      L("Write invoices and credit notes as EN 16931 XML alone: CII (Factur-X profiles) or UBL 2.1", "Écrire les factures et avoirs en XML EN 16931 seul : CII (profils Factur-X) ou UBL 2.1"),
      (y) =>
        y
          .positional("files", { type: "string", array: true, describe: L("Files or folders (default: terms/ and fixtures/)", "Fichiers ou dossiers (par défaut : terms/ et fixtures/)") })
          .option("format", { choices: ["cii", "ubl"] as const, default: "cii" as const, describe: L("XML syntax", "Syntaxe XML") })
          .option("profile", { choices: ["minimum", "basicwl", "basic", "en16931"] as const, describe: L("CII: Factur-X profile (default en16931)", "CII : profil Factur-X (par défaut en16931)") })
          .option("out", { type: "string", default: "out", describe: L("Output folder", "Dossier de sortie") })
          .option("force", { type: "boolean", default: false, describe: L("Export documents with lint errors (never invalid ones)", "Exporter aussi les documents en erreur de lint (jamais les invalides)") })
          .option("as-of", { type: "string", describe: L("Lint by the law in force on this date before exporting (YYYY-MM-DD; default today)", "Analyser selon le droit en vigueur à cette date avant d'exporter (AAAA-MM-JJ ; par défaut aujourd'hui)") })
          .example("$0 export fixtures/altairis/invoice-fa-2026-0042.yaml", L("out/FA-2026-0042.cii.xml", "out/FA-2026-0042.cii.xml"))
          .example("$0 export fixtures --format ubl --out xml", L("Every invoice as UBL 2.1 in xml/", "Toutes les factures en UBL 2.1 dans xml/")),
      (args) =>
        run(
          exportCommand().then(({ runExport }) =>
            runExport({ paths: (args.files ?? []).map(String), format: args.format, profile: args.profile, out: args.out, force: args.force, asOf: args["as-of"], files: filesOf(args) }, io),
          ),
        ),
    )
    .command(
      "data",
      L("List the legal datasets: coverage, last entry, sources, version; --check fails when one the rules need ends too soon", "Lister les données juridiques : couverture, dernière entrée, sources, version ; --check échoue quand une donnée nécessaire aux règles s'arrête trop tôt"),
      (y) =>
        y
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const })
          .option("check", { type: "boolean", default: false, describe: L("Exit 1 when a dataset the rules need ends before --as-of", "Sortir en 1 quand une donnée nécessaire aux règles s'arrête avant --as-of") })
          .option("as-of", { type: "string", describe: L("--check: the date the data must reach (YYYY-MM-DD; default today)", "--check : la date que les données doivent atteindre (AAAA-MM-JJ ; par défaut aujourd'hui)") })
          .example("$0 data", L("Coverage and sources of every dataset", "Couverture et sources de chaque jeu de données"))
          .example("$0 data --check --as-of 2027-01-01", L("A scheduled CI job: fails before the data runs out", "Une tâche CI planifiée : échoue avant que les données ne s'arrêtent")),
      (args) => run(dataCommand().then(({ runData }) => runData({ format: args.format, check: args.check, asOf: args["as-of"], files: filesOf(args) }, io))),
    )
    .command(
      "serve",
      L("Render, lint and compute over HTTP (docs/serve.md)", "Produire, analyser et calculer par HTTP (docs/serve.md)"),
      (y) =>
        y
          .option("port", { type: "number", default: 8080 })
          .option("host", { type: "string", default: "127.0.0.1", describe: L("Interface to listen on (loopback by default)", "Interface d'écoute (locale par défaut)") })
          .option("token", { type: "string", describe: L("Bearer token required on every request but /healthz (or CLAUSIER_TOKEN)", "Jeton Bearer exigé sur toute demande sauf /healthz (ou CLAUSIER_TOKEN)") })
          .option("concurrency", { type: "number", describe: L("Requests worked on at once, one browser each (default: the cores)", "Demandes traitées à la fois, un navigateur chacune (par défaut : les cœurs)") })
          .option("queue", { type: "number", describe: L("Requests waiting beyond those, then 429 (default 16 × concurrency)", "Demandes en attente au-delà, puis 429 (par défaut 16 × concurrence)") })
          .option("timeout", { type: "number", default: 30_000, describe: L("Per request, in ms", "Par demande, en ms") })
          .option("max-body", { type: "number", default: 1_048_576, describe: L("Largest body accepted, in bytes (then 413)", "Corps de demande maximal, en octets (puis 413)") })
          .option("preview", { type: "boolean", default: false, describe: L("Also serve the live preview page at /preview (reads the project on disk)", "Servir aussi la page d'aperçu en direct sur /preview (lit le projet sur disque)") }),
      (args) =>
        run(
          serveCommand().then(({ runServe }) =>
            runServe({ port: args.port, host: args.host, token: args.token, concurrency: args.concurrency, queue: args.queue, timeout: args.timeout, maxBody: args["max-body"], root: args.root, preview: args.preview }, io),
          ),
        ),
    )
    .command(
      "preview [dir]",
      L("Live preview of a project's documents in the browser, with their findings (docs/serve.md)", "Aperçu en direct des documents d'un projet dans le navigateur, avec leurs constats (docs/serve.md)"),
      (y) =>
        y
          .positional("dir", { type: "string", default: ".", describe: L("The project folder (default: the current folder)", "Le dossier du projet (par défaut : le dossier courant)") })
          .option("port", { type: "number", default: 0, describe: L("0 picks a free port; the address is printed", "0 choisit un port libre ; l'adresse est affichée") })
          .option("token", { type: "string", describe: L("Token required to open the page (or CLAUSIER_TOKEN)", "Jeton exigé pour ouvrir la page (ou CLAUSIER_TOKEN)") }),
      (args) => run(serveCommand().then(({ runPreview }) => runPreview({ dir: String(args.dir ?? "."), port: args.port, token: args.token }, io))),
    )
    .command(
      "worker",
      L("Render jobs from a Redis queue (BullMQ), one browser per worker (docs/scaling.md)", "Produire les tâches d'une file Redis (BullMQ), un navigateur par worker (docs/scaling.md)"),
      (y) =>
        y
          .option("redis", { type: "string", demandOption: true, describe: L("Redis address: redis://host:6379 (rediss:// for TLS)", "Adresse de Redis : redis://hôte:6379 (rediss:// pour TLS)") })
          .option("queue", { type: "string", demandOption: true, describe: L("Queue name", "Nom de la file") })
          .option("prefix", { type: "string", describe: L("BullMQ key prefix ({clausier} on a Redis Cluster; default bull)", "Préfixe des clés BullMQ ({clausier} sur un Redis Cluster ; par défaut bull)") })
          .option("out", { type: "string", describe: L("Folder the outputs are written to (shared); without it they are returned in the jobs' results", "Dossier où écrire les sorties (partagé) ; sans lui elles sont renvoyées dans le résultat des tâches") })
          .option("concurrency", { type: "number", default: 1, describe: L("Jobs worked on at once, one page of the browser each", "Tâches traitées à la fois, une page du navigateur chacune") })
          .option("lock-duration", { type: "number", default: 30_000, describe: L("ms before a job held by a vanished worker is taken over", "ms avant qu'une tâche tenue par un worker disparu soit reprise") })
          .option("stalled-interval", { type: "number", default: 30_000, describe: L("ms between checks for such jobs", "ms entre deux recherches de ces tâches") }),
      (args) =>
        run(
          workerCommand().then(({ runWorker }) =>
            runWorker({ url: args.redis, queue: args.queue, prefix: args.prefix, out: args.out, concurrency: args.concurrency, lockDuration: args["lock-duration"], stalledInterval: args["stalled-interval"] }, io),
          ),
        ),
    )
    .command(
      "enqueue <paths..>",
      L("Add one render job per document to a Redis queue; --wait for the results (docs/scaling.md)", "Ajouter une tâche de rendu par document à une file Redis ; --wait pour attendre les résultats (docs/scaling.md)"),
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: L("Documents to render", "Documents à produire") })
          .option("redis", { type: "string", demandOption: true, describe: L("Redis address: redis://host:6379 (rediss:// for TLS)", "Adresse de Redis : redis://hôte:6379 (rediss:// pour TLS)") })
          .option("queue", { type: "string", demandOption: true, describe: L("Queue name", "Nom de la file") })
          .option("prefix", { type: "string", describe: L("BullMQ key prefix ({clausier} on a Redis Cluster; default bull)", "Préfixe des clés BullMQ ({clausier} sur un Redis Cluster ; par défaut bull)") })
          .option("to", { choices: ["pdf", "html", "facturx"] as const, default: "pdf" as const, describe: L("Output: PDF, HTML or Factur-X PDF", "Sortie : PDF, HTML ou PDF Factur-X") })
          .option("profile", { choices: ["minimum", "basicwl", "basic", "en16931"] as const, describe: L("Factur-X profile (--to facturx; default en16931)", "Profil Factur-X (--to facturx ; par défaut en16931)") })
          .option("force", { type: "boolean", default: false, describe: L("Render despite lint errors, marked as drafts", "Produire malgré les erreurs, marqués comme brouillons") })
          .option("attempts", { type: "number", default: 3, describe: L("Tries per job when the browser or the worker fails (a document's own errors are never retried)", "Essais par tâche si le navigateur ou le worker échoue (les erreurs du document ne sont jamais réessayées)") })
          .option("backoff", { type: "number", default: 1000, describe: L("ms before the first retry, doubled at each next one", "ms avant le premier nouvel essai, doublées à chaque suivant") })
          .option("wait", { type: "boolean", default: false, describe: L("Wait for the jobs; exit 1 if one fails", "Attendre les tâches ; sortir en 1 si l'une échoue") })
          .option("out", { type: "string", describe: L("--wait: folder for the outputs the workers returned", "--wait : dossier des sorties renvoyées par les workers") })
          .example("$0 enqueue fixtures/altairis/*.yaml --redis redis://127.0.0.1:6379 --queue clausier --wait --out out", L("Render on the workers, wait, collect the PDFs", "Produire sur les workers, attendre, récupérer les PDF")),
      (args) =>
        run(
          enqueueCommand().then(({ runEnqueue }) =>
            runEnqueue(
              { paths: (args.paths ?? []).map(String), url: args.redis, queue: args.queue, prefix: args.prefix, to: args.to, profile: args.profile, force: args.force, attempts: args.attempts, backoff: args.backoff, wait: args.wait, out: args.out, files: filesOf(args) },
              io,
            ),
          ),
        ),
    )
    .command(
      "rules [id]",
      L("List the lint rules with their severity and legal basis; with an id, print that rule's documentation", "Lister les règles avec leur gravité et leur fondement juridique ; avec un identifiant, afficher la documentation de cette règle"),
      (y) =>
        y
          .positional("id", { type: "string", describe: L("A rule id, e.g. payment-term-too-long", "Un identifiant de règle, par exemple payment-term-too-long") })
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const })
          .example("$0 rules payment-term-too-long", L("What the rule checks, why, examples and how to fix", "Ce que la règle vérifie, pourquoi, des exemples et comment corriger")),
      (args) => run(rulesCommand().then(({ runRules }) => runRules({ format: args.format, id: args.id }, io))),
    )
    .command(
      "init [dir]",
      L("Start a project: a seller, its CGV, a sample invoice, a configuration, editor settings and a pre-commit configuration", "Démarrer un projet : un vendeur, ses CGV, une facture d'exemple, une configuration, les réglages de l'éditeur et une configuration pre-commit"),
      (y) =>
        y
          .positional("dir", { type: "string", default: ".", describe: L("Folder to write into (default: the current folder)", "Dossier où écrire (par défaut : le dossier courant)") })
          .option("name", { type: "string", describe: L("Company name (or the sole trader's name)", "Dénomination sociale (ou nom de l'entrepreneur individuel)") })
          .option("legal-form", { choices: LEGAL_FORMS, describe: L("Legal form (default SAS)", "Forme juridique (par défaut SAS)") })
          .option("siren", { type: "string", describe: L("SIREN, 9 digits (default: left to fill in)", "SIREN, 9 chiffres (par défaut : à compléter)") })
          .option("city", { type: "string", describe: L("City of the registered office", "Ville du siège social") })
          .option("audience", { choices: AUDIENCES, describe: L("Clients: businesses, consumers or both (default b2b)", "Clientèle : professionnels, consommateurs ou les deux (par défaut b2b)") })
          .option("vat-regime", { choices: VAT_REGIMES, describe: L("normal: charges VAT; franchise: franchise en base, art. 293 B CGI (default normal)", "normal : facture la TVA ; franchise : franchise en base, art. 293 B du CGI (par défaut normal)") })
          .option("yes", { alias: "y", type: "boolean", default: false, describe: L("Ask nothing: defaults for what the options do not give", "Ne rien demander : valeurs par défaut pour ce que les options ne donnent pas") })
          .option("force", { type: "boolean", default: false, describe: L("Replace existing files (default: refuse, write nothing)", "Remplacer les fichiers existants (par défaut : refuser, ne rien écrire)") })
          .example("$0 init", L("Asks the questions in a terminal", "Pose les questions dans un terminal"))
          .example('$0 init mon-projet --name "Atelier Durand" --legal-form SARL --audience mixed --yes', L("Without questions", "Sans questions")),
      (args) =>
        run(
          initCommand().then(({ runInit }) =>
            runInit(
              {
                dir: String(args.dir ?? "."),
                name: args.name,
                legalForm: args["legal-form"],
                siren: args.siren,
                city: args.city,
                audience: args.audience,
                vatRegime: args["vat-regime"],
                yes: args.yes,
                force: args.force,
                interactive: Boolean(process.stdin.isTTY && io.terminal),
              },
              io,
            ),
          ),
        ),
    )
    .command(
      "completion [shell]",
      L("Print the shell completion script (bash or zsh; default: the current shell)", "Afficher le script de complétion du shell (bash ou zsh ; par défaut : le shell courant)"),
      (y) =>
        y
          .positional("shell", { choices: ["bash", "zsh"] as const })
          .example("$0 completion bash >> ~/.bashrc", L("Complete commands and options in bash", "Compléter commandes et options dans bash")),
      (args) => run(completionCommand().then(({ runCompletion }) => runCompletion({ shell: args.shell }, io))),
    )
    .middleware((args) => {
      if (dash && !["lint", "validate"].includes(String(args._[0]))) throw new UsageError(t(io.locale, "STDIN_NOT_SUPPORTED", { command: String(args._[0]) }));
      // yargs turns a one-value option given twice into a list, which the commands would take for a path.
      for (const [key, value] of Object.entries(args)) {
        if (Array.isArray(value) && !REPEATABLE.has(key) && key.length > 1) throw new UsageError(t(io.locale, "OPTION_REPEATED", { option: key, count: value.length }));
      }
    })
    .demandCommand(1, english ? "give a command: init, validate, lint, compute, render, export, check-einvoice, serve, preview, worker, enqueue, data, rules or completion" : "indiquez une commande : init, validate, lint, compute, render, export, check-einvoice, serve, preview, worker, enqueue, data, rules ou completion")
    .strict()
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version(VERSION)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message || "");
    })
    .showHelpOnFail(false);

  skipHelpLayoutAfterCommands(parser);
  try {
    let helpShown = false;
    await parser.parseAsync(argv, {}, (err, _argv, output) => {
      if (output && !err) {
        io.stdout(output.endsWith("\n") ? output : output + "\n");
        helpShown = true;
      }
    });
    return helpShown ? EXIT.OK : exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`clausier: ${error.message}\n`);
      // A configuration or suppressions file that does not load (SetupFileError): each problem at its file:line:column.
      const { diagnostics } = error as { diagnostics?: Diagnostic[] };
      if (diagnostics) io.stderr(`${formatDiagnosticsText(diagnostics, false).trimEnd()}\n`);
      io.stderr(english ? "clausier --help: help and examples\n" : "clausier --help : aide et exemples\n");
      return EXIT.USAGE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`clausier: ${t(io.locale, "INTERNAL_ERROR", { detail })}\n`);
    if (io.env.CLAUSIER_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.USAGE;
  }
}
