import { resolve } from "node:path";
import { VERSION } from "../../api/version.js";
import { todayIso } from "../../legal/dates.js";
import { EXIT, type Io } from "../io.js";
import { checkAnswers, type ScaffoldAnswers } from "../scaffold/answers.js";
import { scaffoldFiles } from "../scaffold/files.js";
import { ts } from "../scaffold/messages.js";
import { writeAll } from "../scaffold/write-all.js";

export interface InitArgs extends Partial<ScaffoldAnswers> {
  dir: string;
  yes: boolean;
  force: boolean;
  /** Prompts allowed: a terminal on both ends and no --yes. */
  interactive: boolean;
  /** The date of the CGV and of the sample invoice (YYYY-MM-DD); default today in Paris. */
  today?: string;
}

export async function runInit(args: InitArgs, io: Io): Promise<number> {
  const { dir, yes, force, interactive, today = todayIso(), ...flags } = args;
  const given = interactive && !yes ? await (await import("../scaffold/prompt.js")).promptAnswers(flags, io.locale) : flags;
  const answers = checkAnswers(given, io.locale);
  const files = scaffoldFiles(answers, today, VERSION);
  const target = resolve(io.cwd, dir);
  writeAll(target, files, force, io.locale);
  io.stdout(`${ts(io.locale, "INIT_WROTE", { count: files.length, dir })}\n${files.map((f) => `  ${f.path}\n`).join("")}\n`);
  const mediator = ts(io.locale, answers.audience === "b2b" ? "INIT_NEXT_NO_MEDIATOR" : "INIT_NEXT_MEDIATOR");
  io.stdout(`${ts(io.locale, "INIT_NEXT", { mediator })}\n`);
  return EXIT.OK;
}
