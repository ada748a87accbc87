import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, ROOT, STACK_TRACE } from "../helpers/cli.js";

// luxoges/cgt.yaml cites « l'article 1148 du Code civil » (force majeure), renumbered 1218 in 2016:
// the one fix --fix makes in it, inside a literal block (`|`) a few lines into the clause body.
const FIX = ["--fix", "--only", "obsolete-civil-code-article", "--as-of", "2026-11-23"];
const ORIGINAL = readFileSync(join(ROOT, "terms/luxoges/cgt.yaml"), "utf8");
const FIXED = ORIGINAL.replace("article 1148 du Code civil", "article 1218 du Code civil");

const crlf = (text: string) => text.replace(/\n/g, "\r\n");
/** Every other line ends with CRLF (odd or even ones): what a file edited on two systems looks like. */
const mixed = (parity: 0 | 1) => (text: string) =>
  text
    .split("\n")
    .map((line, i, all) => (i === all.length - 1 ? line : line + (i % 2 === parity ? "\r\n" : "\n")))
    .join("");
const BOM = "\uFEFF";

/** Only a hang reaches this: the child is killed and the exit code assertion fails. */
const HANG = 30_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "clausier-safe-writes-"));
  cpSync(join(ROOT, "terms/luxoges"), join(dir, "luxoges"), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cgt = () => join(dir, "luxoges/cgt.yaml");
const fix = (...paths: string[]) => cli(["lint", ...(paths.length ? paths : ["luxoges/cgt.yaml"]), ...FIX], { cwd: dir });

describe("lint --fix keeps the file's own bytes around the edit", () => {
  it("the expected output differs from the original by the article number only", () => {
    expect(FIXED).not.toBe(ORIGINAL);
    expect(FIXED.length).toBe(ORIGINAL.length);
  });

  it.each([
    ["LF", (t: string) => t],
    ["CRLF", crlf],
    ["mixed LF and CRLF (CRLF on even lines)", mixed(0)],
    ["mixed LF and CRLF (CRLF on odd lines)", mixed(1)],
    ["a UTF-8 BOM", (t: string) => BOM + t],
    ["a UTF-8 BOM and CRLF", (t: string) => BOM + crlf(t)],
  ])("a terms file with %s is fixed byte for byte", (_, convert) => {
    writeFileSync(cgt(), convert(ORIGINAL));
    const r = fix();
    expect(r.stderr).toBe("");
    expect(readFileSync(cgt()).equals(Buffer.from(convert(FIXED)))).toBe(true);
  });

  it("--fix-dry-run shows the same one-line change for a CRLF file", () => {
    writeFileSync(cgt(), crlf(ORIGINAL));
    const r = cli(["lint", "luxoges/cgt.yaml", "--fix-dry-run", "--only", "obsolete-civil-code-article", "--as-of", "2026-11-23"], { cwd: dir });
    expect(r.stdout).toMatch(/^-.*l'article 1148 du Code civil/m);
    expect(r.stdout).toMatch(/^\+.*l'article 1218 du Code civil/m);
    expect(readFileSync(cgt(), "utf8")).toBe(crlf(ORIGINAL));
  });
});

describe("atomic writes keep what the file is", () => {
  it("a symlinked terms file is fixed through the link: the link stays a link, its target changes", () => {
    mkdirSync(join(dir, "store"));
    writeFileSync(join(dir, "store/cgt.yaml"), ORIGINAL);
    rmSync(cgt());
    symlinkSync("../store/cgt.yaml", cgt());
    fix();
    expect(lstatSync(cgt()).isSymbolicLink()).toBe(true);
    expect(readlinkSync(cgt())).toBe("../store/cgt.yaml");
    expect(readFileSync(join(dir, "store/cgt.yaml"), "utf8")).toBe(FIXED);
  });

  it("mode 600 stays 600", () => {
    chmodSync(cgt(), 0o600);
    fix();
    expect(readFileSync(cgt(), "utf8")).toBe(FIXED);
    expect(statSync(cgt()).mode & 0o777).toBe(0o600);
  });

  // Only root may give a file to another owner; without root, such a file is overwritten in place.
  it.skipIf(process.getuid?.() !== 0)("the owner and group stay those of the file, not the user running --fix", () => {
    chownSync(cgt(), 65534, 65534);
    fix();
    expect(readFileSync(cgt(), "utf8")).toBe(FIXED);
    expect([statSync(cgt()).uid, statSync(cgt()).gid]).toEqual([65534, 65534]);
  });

  it("a hard-linked file is fixed in place: every name sees the fix", () => {
    const other = join(dir, "cgt-copy.yaml");
    linkSync(cgt(), other);
    fix();
    expect(readFileSync(cgt(), "utf8")).toBe(FIXED);
    expect(statSync(cgt()).ino).toBe(statSync(other).ino);
    expect(readFileSync(other, "utf8")).toBe(FIXED);
    expect(readdirSync(join(dir, "luxoges")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("temporaries left by a killed run are removed by the next write in their folder; a live run's are kept", () => {
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;
    const stale = join(dir, `luxoges/.cgt.yaml.clausier-${deadPid}-9f3a1c.tmp`);
    const legacy = join(dir, `luxoges/cgt.yaml.${deadPid}.1767225600000.tmp`);
    const live = join(dir, `luxoges/.cgt.yaml.clausier-${process.pid}-a1b2c.tmp`);
    for (const f of [stale, legacy, live]) writeFileSync(f, "half-written");
    fix();
    expect(readFileSync(cgt(), "utf8")).toBe(FIXED);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it("the same in an output folder: a report written to out/ removes a dead run's temporary there", () => {
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid!;
    mkdirSync(join(dir, "out"));
    const stale = join(dir, `out/.report.json.clausier-${deadPid}-0c4e2a.tmp`);
    writeFileSync(stale, "half-written");
    cli(["lint", "luxoges", "-f", "json", "-o", "out/report.json", "--as-of", "2026-11-23"], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, "out/report.json"), "utf8")).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, "out"))).toEqual(["report.json"]);
  });

  it("an output path under a file is exit 2 saying which path is not a folder", () => {
    const r = cli(["lint", "luxoges", "-f", "json", "-o", "luxoges/cgt.yaml/report.json", "--as-of", "2026-11-23"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/luxoges\/cgt\.yaml existe et n'est pas un dossier/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("a folder that cannot be created (under /proc) is exit 2 with a clear message, not an endless loop", () => {
    const lint = cli(["lint", "luxoges", "-f", "json", "-o", "/proc/clausier-x/report.json", "--as-of", "2026-11-23"], { cwd: dir, timeout: HANG });
    expect(lint.code).toBe(2);
    expect(lint.stderr).toMatch(/\/proc\/clausier-x/);
    expect(lint.stderr).not.toMatch(STACK_TRACE);
    const render = cli(["render", join(ROOT, "fixtures/altairis/invoice-fa-2026-0042.yaml"), "--root", ROOT, "--to", "html", "--force", "--out", "/proc/clausier-x"], { cwd: dir, timeout: HANG });
    expect(render.code).toBe(2);
    expect(render.stderr).toMatch(/\/proc\/clausier-x/);
    expect(render.stderr).not.toMatch(STACK_TRACE);
  });
});
