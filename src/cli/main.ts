import { readFileSync } from "node:fs";
import yargs from "yargs";
import { setLocale, UsageError } from "../model/index.js";
import { EXIT, processIo, type Io } from "./io.js";
import { t } from "./messages.js";
import { runValidate } from "./commands/validate.js";
import type { ReportFormat } from "./commands/lint.js";
import type { ComputeWhat } from "./commands/compute.js";

// Commands load their modules when run: `validate` does not pay for the linter, nor `lint` for the browser.
const lintCommand = () => import("./commands/lint.js");
const computeCommand = () => import("./commands/compute.js");
const rulesCommand = () => import("./commands/rules.js");
const renderCommand = () => import("./commands/render.js");

export const VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

/** Runs the CLI and returns the exit code (0 ok, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.OK;
  const run = async (p: Promise<number>): Promise<void> => {
    exitCode = await p;
  };
  const parser = yargs(argv)
    .scriptName("clausier")
    .usage("$0 <command> [options]\n\nTerms-as-code for French and EU commercial documents.")
    .option("locale", { type: "string", choices: ["fr", "en"], global: true, describe: "Language of the messages (default fr)" })
    .middleware((args) => {
      if (args.locale) setLocale(args.locale === "en" ? "en" : "fr");
    })
    .command(
      "validate [paths..]",
      "Check terms, sellers, quotes, invoices and refunds against the schemas",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: "Files or folders (default: terms/ and fixtures/)" })
          .option("format", { alias: "f", choices: ["stylish", "json"] as const, default: "stylish" as const })
          .example("$0 validate", "Validate the project's terms/ and fixtures/")
          .example("$0 validate terms/altairis/cgv.yaml", "Validate one file and the files it references")
          .example("$0 validate fixtures --format json", "Machine-readable report"),
      (args) => run(runValidate({ paths: (args.paths ?? []).map(String), format: args.format }, io)),
    )
    .command(
      "lint [paths..]",
      "Find legal defects in terms, quotes, invoices, refunds and prose (.md, .txt) terms",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, describe: "Files or folders (default: terms/ and fixtures/)" })
          .option("format", { alias: "f", type: "string", array: true, describe: "stylish | json | sarif | github (repeatable, each paired with the --output after it)" })
          .option("output", { alias: "o", type: "string", array: true, describe: "Write the preceding --format to this file" })
          .option("config", { alias: "c", type: "string", describe: "Configuration file (default: clausier.config.yaml)" })
          .option("rule", { type: "string", array: true, default: [] as string[], describe: "Rule severity: --rule id=off|info|warn|error (repeatable)" })
          .option("only", { type: "string", array: true, default: [] as string[], describe: "Run only this rule (repeatable)" })
          .option("audience", { choices: ["b2b", "b2c", "mixed"] as const, describe: "Audience of prose files without front matter" })
          .option("law", { choices: ["FR", "LU"] as const, describe: "Law of prose files without front matter" })
          .option("fix", { type: "boolean", default: false, describe: "Apply safe fixes to the files" })
          .option("fix-dry-run", { type: "boolean", default: false, describe: "Print the fixes as a diff, change nothing" })
          .option("max-warnings", { type: "number", describe: "Exit 1 when there are more warnings than this" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Report errors only" })
          .option("as-of", { type: "string", describe: "Judge by the law in force on this date (YYYY-MM-DD; default today)" })
          .option("suppress-all", { type: "boolean", default: false, describe: `Record every current error in clausier-suppressions.json` })
          .option("prune-suppressions", { type: "boolean", default: false, describe: "Drop suppressions that no longer occur" })
          .example("$0 lint", "Lint the project's terms/ and fixtures/")
          .example("$0 lint terms/ -f sarif -o lint.sarif -f stylish", "SARIF to a file for code scanning, stylish to the terminal")
          .example("$0 lint cgv.md --audience b2c --as-of 2015-06-01", "A Word-era CGV judged by the law of 2015")
          .example("$0 lint --fix terms/luxoges", "Rewrite obsolete article numbers in place"),
      (args) =>
        run(
          lintCommand().then(({ runLint, pairReports }) =>
          runLint(
            {
              paths: (args.paths ?? []).map(String),
              reports: pairReports(argv) as Array<{ format: ReportFormat; output?: string }>,
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
              localeGiven: Boolean(args.locale),
              toolVersion: VERSION,
            },
            io,
          )),
        ),
    )
    .command(
      "compute <what> <file>",
      "Compute totals, due date, late penalties, a refund or a cancellation fee, line by line",
      (y) =>
        y
          .positional("what", { choices: ["totals", "due-date", "penalties", "refund", "cancellation"] as const, demandOption: true })
          .positional("file", { type: "string", demandOption: true, describe: "An invoice, quote or refund file" })
          .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const })
          .option("paid-on", { type: "string", describe: "penalties: payment date (default today)" })
          .option("on", { type: "string", describe: "cancellation: date of the cancellation" })
          .option("start", { type: "string", describe: "cancellation: first day of the service" })
          .option("policy", { type: "string", describe: "cancellation: policy id in the terms" })
          .option("end-of-month", { choices: ["days-then-eom", "eom-then-days"] as const, describe: "due-date: reading of \"45 jours fin de mois\"" })
          .example("$0 compute totals fixtures/altairis/invoice-fa-2026-0042.yaml", "VAT breakdown and totals")
          .example("$0 compute penalties fixtures/altairis/invoice-fa-2026-0041.yaml --paid-on 2026-06-30", "Penalties and indemnity for a late payment")
          .example("$0 compute refund fixtures/livenote/refund-rb-2020-0001.yaml", "The Livenote refund: 344,00 €"),
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
            },
            io,
          )),
        ),
    )
    .command(
      "render [files..]",
      "Render terms, quotes, invoices and refund statements to HTML and PDF",
      (y) =>
        y
          .positional("files", { type: "string", array: true, describe: "Files or folders (default: terms/ and fixtures/)" })
          .option("to", { choices: ["html", "pdf", "both"] as const, default: "both" as const, describe: "Output formats" })
          .option("out", { type: "string", default: "out", describe: "Output folder" })
          .option("force", { type: "boolean", default: false, describe: "Render documents with lint errors (never invalid ones)" })
          .option("bind", { type: "boolean", default: false, describe: "Terms: bind the related documents (CGT + CGU) into one PDF" })
          .option("attach-source", { type: "boolean", default: false, describe: "Attach the source data file to the PDF" })
          .option("as-of", { type: "string", describe: "Lint by the law in force on this date before rendering (YYYY-MM-DD; default today)" })
          .example("$0 render fixtures/altairis/invoice-fa-2026-0042.yaml", "out/FA-2026-0042.html and .pdf")
          .example("$0 render terms/luxoges/cgt.yaml --bind --to pdf", "The CGT and the CGU in one PDF")
          .example("$0 render --force terms fixtures", "Every bundled document, lint errors or not"),
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
                version: VERSION,
              },
              io,
            ),
          ),
        ),
    )
    .command(
      "rules",
      "List the lint rules with their severity and legal basis",
      (y) => y.option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const }),
      (args) => run(rulesCommand().then(({ runRules }) => runRules({ format: args.format }, io))),
    )
    .demandCommand(1, "")
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
      io.stderr("clausier --help : aide et exemples\n");
      return EXIT.USAGE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`clausier: ${t("INTERNAL_ERROR", { detail })}\n`);
    if (io.env.CLAUSIER_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.USAGE;
  }
}
