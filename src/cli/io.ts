import { chooseLocale, type Locale } from "../model/locale.js";

/** Where a command writes: injected so tests run commands in-process and the CLI never calls process.exit. */
export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours only on a terminal, and never when NO_COLOR is set. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  /** The messages' language: --locale, else CLAUSIER_LOCALE, else French (set once by `main`). */
  locale: Locale;
  /** stderr when both outputs are a terminal and not in CI: where a progress bar may redraw; undefined otherwise (pipes, CI, tests). */
  terminal?: NodeJS.WriteStream;
  /** The whole of standard input (`lint -`, `--stdin`); injected by tests. */
  readStdin?: () => Promise<string>;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
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
