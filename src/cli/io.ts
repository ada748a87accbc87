import { chooseLocale, type Locale } from "../model/locale.js";

/** Where a command writes: injected so tests run commands in-process and the CLI never calls process.exit. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours: --color/--no-color, else FORCE_COLOR, else on a terminal unless NO_COLOR is set. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  /** The messages' language: --locale, else CLAUSIER_LOCALE, else French (set once by `main`). */
  locale: Locale;
  /** stderr when both outputs are a terminal and not in CI: where a progress bar may redraw; undefined otherwise (pipes, CI, tests). */
  terminal?: NodeJS.WriteStream;
  /** The whole of standard input (`lint -`, `--stdin`); injected by tests. */
  readStdin?: () => Promise<string>;
}

/** Streams whose reader has gone (`clausier rules | head -1`): written to no more. */
const closed = new Set<NodeJS.WriteStream>();

/**
 * A reader that stops early (head, less quit) is not an error: EPIPE ends the output quietly, without
 * a stack trace, and the command ends with its usual exit code. Other write errors stay errors.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): (text: string) => void {
  if (stream.listenerCount("error") === 0)
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      closed.add(stream);
    });
  return (text) => {
    if (!closed.has(stream)) stream.write(text);
  };
}

/** Colours: --color / --no-color first (main), else FORCE_COLOR, else NO_COLOR, else on a terminal. */
export function colorFromEnv(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR) return false;
  return isTTY;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: quietOnClosedPipe(process.stdout),
    stderr: quietOnClosedPipe(process.stderr),
    color: colorFromEnv(process.env, Boolean(process.stdout.isTTY)),
    env: process.env,
    locale: chooseLocale(undefined, process.env),
    terminal: process.stdout.isTTY && process.stderr.isTTY && !process.env.CI ? process.stderr : undefined,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** Exit codes of every command: 0 ok, 1 findings, 2 usage or I/O error. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;
