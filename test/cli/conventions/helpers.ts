// A temporary project and the CLI run in-process (faster than spawning): the conventions tests' tools.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../../src/cli/main.js";
import { ROOT } from "../../helpers/cli.js";

/** A folder in tmp with these files (path → text); `copy` brings files of the repository (path in repo → path in project). */
export function project(files: Record<string, string>, copy: Record<string, string> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "clausier-conventions-"));
  for (const [from, to] of Object.entries(copy)) cpSync(join(ROOT, from), join(dir, to), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `clausier …argv` in `cwd`, French unless --locale says otherwise; `stdin` is what standard input holds. */
export async function run(argv: string[], cwd: string, options: { stdin?: string; env?: NodeJS.ProcessEnv; color?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    color: options.color ?? false,
    env: options.env ?? {},
    locale: "fr",
    readStdin: async () => options.stdin ?? "",
  });
  return { code, stdout, stderr };
}

/** A prose CGV with one clear defect (no recovery indemnity) and nothing else the tests rely on. */
export const PROSE = "# Conditions générales de vente\n\nLes factures sont payables à 30 jours.\n";

/** Terms and seller of Altairis, and two of its invoices, laid out as in the repository. */
export const ALTAIRIS = {
  "terms/altairis": "terms/altairis",
  "fixtures/altairis/invoice-fa-2026-0041.yaml": "fixtures/altairis/invoice-fa-2026-0041.yaml",
  "fixtures/altairis/invoice-fa-2026-0042.yaml": "fixtures/altairis/invoice-fa-2026-0042.yaml",
};
