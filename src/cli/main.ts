import yargs from "yargs";
import { setLocale, UsageError } from "../model/index.js";
import { EXIT, processIo, type Io } from "./io.js";
import { t } from "./messages.js";
import { runValidate } from "./commands/validate.js";

/** Runs the CLI and returns the exit code (0 ok, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.OK;
  const run = async (p: Promise<number>): Promise<void> => {
    exitCode = await p;
  };
  const parser = yargs(argv)
    .scriptName("clausier")
    .usage("$0 <command> [options]\n\nTerms-as-code for French and EU commercial documents.")
    .option("locale", { type: "string", choices: ["fr", "en"], default: "fr", global: true, describe: "Language of the messages" })
    .middleware((args) => setLocale(args.locale === "en" ? "en" : "fr"))
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
    .demandCommand(1, "")
    .strict()
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
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
    if (helpShown) return EXIT.OK;
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`clausier: ${error.message}\n`);
      io.stderr("clausier --help: aide et exemples\n");
      return EXIT.USAGE;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`clausier: ${t("INTERNAL_ERROR", { detail })}\n`);
    if (io.env.CLAUSIER_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.USAGE;
  }
}
