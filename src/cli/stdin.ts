// Standard input as a file (`clausier lint -`, `--stdin`, `--stdin-filename`): the text is read
// whole and handed to the API as an overlay, so it is judged as if it were that file (its seller,
// terms and configuration looked up from there). Never the default tree in its place.
import { resolve } from "node:path";
import { UsageError } from "../model/index.js";
import type { Io } from "./io.js";
import { t } from "./messages.js";

export interface StdinArgs {
  paths: string[];
  stdin?: boolean;
  stdinFilename?: string;
}

export interface StdinInput {
  /** The path the text stands for, as given (relative to cwd). */
  path: string;
  /** Absolute path → text: the API's overlay. */
  overlay: ReadonlyMap<string, string>;
}

/** The text of standard input when `-` or --stdin asks for it; undefined otherwise. */
export async function stdinInput(args: StdinArgs, io: Io, defaultName: string): Promise<StdinInput | undefined> {
  const asked = args.stdin === true || args.paths.includes("-");
  if (!asked) {
    if (args.stdinFilename !== undefined) throw new UsageError(t(io.locale, "STDIN_FILENAME_ALONE"));
    return undefined;
  }
  const others = args.paths.filter((p) => p !== "-");
  if (others.length) throw new UsageError(t(io.locale, "STDIN_WITH_PATHS", { paths: others.join(" ") }));
  const path = args.stdinFilename ?? defaultName;
  const text = (await io.readStdin?.()) ?? "";
  return { path, overlay: new Map([[resolve(io.cwd, path), text]]) };
}
