import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/clausier.js", import.meta.url));

/** Runs the compiled CLI in a child process, as users and CI do. */
/** `timeout` (ms) kills a child that hangs, so a regression fails instead of blocking the run. */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    timeout: options.timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A Node stack trace line: must never reach a user. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;
