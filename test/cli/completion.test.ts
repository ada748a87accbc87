import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, cli } from "../helpers/cli.js";

const bash = spawnSync("bash", ["--version"]).status === 0;
const bin = mkdtempSync(join(tmpdir(), "clausier-completion-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
// The script calls `clausier` from PATH, as an installed package provides it.
writeFileSync(join(bin, "clausier"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, "clausier"), 0o755);

/** What bash completes after the words typed (the last one being completed). */
function complete(script: string, words: string[]): string[] {
  const run = `source /dev/stdin <<'EOS'\n${script}\nEOS\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _clausier_yargs_completions; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync("bash", ["-c", run], { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").filter(Boolean);
}

describe("clausier completion", () => {
  it("yargs' --get-yargs-completions lists the commands, lint among them, and a command's options", () => {
    const commands = cli(["--get-yargs-completions", "lin"]);
    expect(commands.code).toBe(0);
    expect(commands.stdout.split("\n")).toContain("lint");
    const options = cli(["--get-yargs-completions", "clausier", "lint", "--q"]).stdout.split("\n");
    expect(options).toEqual(expect.arrayContaining(["--quiet", "--max-warnings", "--format"]));
  });

  it.skipIf(!bash)("prints a bash script that is valid and completes commands and options", () => {
    const r = cli(["completion", "bash"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(spawnSync("bash", ["-n"], { input: r.stdout }).status).toBe(0);
    expect(complete(r.stdout, ["clausier", "lin"])).toEqual(["lint"]);
    expect(complete(r.stdout, ["clausier", "lint", "--qu"])).toEqual(["--quiet"]);
  });

  it("prints the zsh script when asked, and the current shell's by default", () => {
    expect(cli(["completion", "zsh"]).stdout).toMatch(/^#compdef clausier\n/);
    expect(cli(["completion"], { env: { SHELL: "/usr/bin/zsh" } }).stdout).toMatch(/^#compdef clausier\n/);
    expect(cli(["completion"], { env: { SHELL: "/bin/bash" } }).stdout).toContain("complete -o bashdefault");
    const fish = cli(["completion", "fish"]);
    expect(fish.code).toBe(2);
    expect(fish.stdout).toBe("");
  });
});
