// Issue #15, the file policy, through the compiled CLI as CI runs it: references and symlinks never
// make Clausier read (and print) a file outside the project, special files are refused at once,
// symlinks inside the project are followed, and a long reference chain is a diagnostic, not a crash.
import { spawnSync, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, STACK_TRACE } from "../helpers/cli.js";

const SECRET = "CLAUSIER-TEST-SECRET-7f3a9c";
const scratches: string[] = [];

afterAll(() => {
  // `rm -rf` rather than rmSync: it also removes the over-long path built below.
  for (const dir of scratches) execFileSync("rm", ["-rf", dir]);
});

/** A project (proj/) with the Altairis terms and fixtures, and a secret file beside it, outside the project. */
function project(): { base: string; proj: string; secret: string } {
  const base = mkdtempSync(join(tmpdir(), "clausier-files-"));
  scratches.push(base);
  const proj = join(base, "proj");
  cpSync(join(ROOT, "terms/altairis"), join(proj, "terms/altairis"), { recursive: true });
  cpSync(join(ROOT, "fixtures/altairis"), join(proj, "fixtures/altairis"), { recursive: true });
  mkdirSync(join(base, "outside"));
  const secret = join(base, "outside", "secret.yaml");
  writeFileSync(secret, `${SECRET} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPrivatePartOfTheKey\n`);
  return { base, proj, secret };
}

function edit(path: string, from: RegExp, to: string): void {
  const text = readFileSync(path, "utf8");
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
}

/**
 * Runs the CLI. The timeout only turns a hang (a FIFO read before the fix) into a failure instead
 * of a stuck run; nothing asserts on time.
 */
function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GITHUB_ACTIONS: "" }, timeout: 45_000 });
  return { code: r.status, out: (r.stdout ?? "") + (r.stderr ?? "") };
}

// Each way a document names another file, with the document that holds it.
const references: Array<[string, string, RegExp, (ref: string) => string]> = [
  ["seller:", "terms/altairis/cgv.yaml", /^seller: \.\/seller\.yaml$/m, (ref) => `seller: ${ref}`],
  ["related:", "terms/altairis/cgv.yaml", /^seller: \.\/seller\.yaml$/m, (ref) => `seller: ./seller.yaml\nrelated:\n  - ${ref}`],
  ["terms:", "fixtures/altairis/invoice-fa-2026-0042.yaml", /^terms: .*$/m, (ref) => `terms: ${ref}`],
  ["invoice:", "fixtures/altairis/refund-av-2026-0003.yaml", /^invoice: .*$/m, (ref) => `invoice: ${ref}`],
];

const commands: Array<[string, string[]]> = [
  ["validate", ["validate", "terms", "fixtures"]],
  ["validate --format json", ["validate", "terms", "fixtures", "--format", "json"]],
  ["lint (stylish)", ["lint", "terms", "fixtures"]],
  ["lint --format json", ["lint", "terms", "fixtures", "--format", "json"]],
  ["lint --format github", ["lint", "terms", "fixtures", "--format", "github"]],
];

describe("a reference never discloses a file outside the project (defect 1)", () => {
  for (const [field, holder, line, write] of references) {
    it(`${field} by absolute path: refused, never printed, in every output format`, () => {
      const { proj, secret } = project();
      edit(join(proj, holder), line, write(secret));
      for (const [name, args] of commands) {
        const r = run(args, proj);
        expect(r.out, name).not.toContain(SECRET);
        expect(r.out, name).not.toContain("ssh-ed25519");
        expect(r.code, name).toBe(1);
        expect(r.out, name).toMatch(/hors du dossier du projet/);
      }
    });

    it(`${field} through a symlink leading outside: refused, never printed`, () => {
      const { proj, secret } = project();
      const dir = join(proj, holder, "..");
      symlinkSync(secret, join(dir, "innocent.yaml"));
      edit(join(proj, holder), line, write("./innocent.yaml"));
      for (const [name, args] of commands) {
        const r = run(args, proj);
        expect(r.out, name).not.toContain(SECRET);
        expect(r.code, name).toBe(1);
        expect(r.out, name).toMatch(/hors du dossier du projet/);
      }
    });
  }

  it("names the reference and the root, positioned on the reference, with the --root hint", () => {
    const { proj, secret } = project();
    edit(join(proj, "terms/altairis/cgv.yaml"), /^seller: \.\/seller\.yaml$/m, `seller: ${secret}`);
    const r = run(["validate", "terms", "--format", "json", "--locale", "en"], proj);
    const report = JSON.parse(r.out.slice(0, r.out.lastIndexOf("}") + 1));
    const d = report.files.flatMap((f: { diagnostics: Array<Record<string, unknown>> }) => f.diagnostics).find((x: { code: string }) => x.code === "REF_OUTSIDE_ROOT");
    expect(d).toMatchObject({ file: "terms/altairis/cgv.yaml", line: 14, column: 9 });
    expect(d.message).toContain("secret.yaml");
    expect(d.message).toContain("outside the project folder");
    expect(d.hint).toContain("--root");
  });

  it("a file the reference is allowed to reach with --root is read again", () => {
    const { base, proj } = project();
    edit(join(proj, "fixtures/altairis/invoice-fa-2026-0042.yaml"), /^terms: .*$/m, `terms: ${join(proj, "terms/altairis/cgv.yaml")}`);
    expect(run(["validate", "fixtures/altairis/invoice-fa-2026-0042.yaml"], proj).code).toBe(0);
    expect(run(["validate", "--root", base, join(proj, "fixtures/altairis/invoice-fa-2026-0042.yaml")], join(base, "outside")).code).toBe(0);
  });
});

describe("special files are refused at once (defect 3)", () => {
  it("a FIFO as compute's argument: exit 2 with the reason, no hang", () => {
    const { proj } = project();
    execFileSync("mkfifo", [join(proj, "fifo.yaml")]);
    const r = run(["compute", "totals", "fifo.yaml"], proj);
    expect(r.code).toBe(2);
    expect(r.out).toContain("tube nommé (FIFO)");
    expect(r.out).not.toMatch(STACK_TRACE);
  });

  it("a FIFO among the files of a folder: reported, the other files still checked", () => {
    const { proj } = project();
    execFileSync("mkfifo", [join(proj, "terms/altairis/pipe.yaml")]);
    const r = run(["validate", "terms", "--locale", "en"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/terms\/altairis\/pipe\.yaml:1:1 .*named pipe \(FIFO\)/);
    expect(r.out).toContain("1 error(s) in 1 of 3 file(s)");
  });

  it("a FIFO named by a reference: refused where it is cited, never opened", () => {
    const { proj } = project();
    execFileSync("mkfifo", [join(proj, "terms/altairis/pipe.yaml")]);
    edit(join(proj, "terms/altairis/cgv.yaml"), /^seller: \.\/seller\.yaml$/m, "seller: ./pipe.yaml");
    const r = run(["validate", "terms/altairis/cgv.yaml", "--locale", "en"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^terms\/altairis\/cgv\.yaml:14:9  seller refers to \.\/pipe\.yaml: not a regular file  \[REF_NOT_REGULAR_FILE\]$/m);
  });

  it.each([
    ["a FIFO", (logo: string) => execFileSync("mkfifo", [logo]), /tube nommé \(FIFO\), pas un fichier ordinaire/],
    ["a symlink to /dev/zero", (logo: string) => symlinkSync("/dev/zero", logo), /hors du dossier du projet/],
  ])("a logo that is %s: the document is refused with the reason, no hang", (_, make, reason) => {
    const { proj } = project();
    mkdirSync(join(proj, "terms/altairis/assets"));
    make(join(proj, "terms/altairis/assets/logo.png"));
    writeFileSync(join(proj, "terms/altairis/seller.yaml"), readFileSync(join(proj, "terms/altairis/seller.yaml"), "utf8") + "branding:\n  logo: assets/logo.png\n");
    const r = run(["render", "--force", "--to", "html", "--out", "out", "terms"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(reason);
    expect(r.out).not.toMatch(STACK_TRACE);
  });

  it("a logo symlinked to /dev/zero with --root /: refused as a device, not read", () => {
    const { proj } = project();
    mkdirSync(join(proj, "terms/altairis/assets"));
    symlinkSync("/dev/zero", join(proj, "terms/altairis/assets/logo.png"));
    writeFileSync(join(proj, "terms/altairis/seller.yaml"), readFileSync(join(proj, "terms/altairis/seller.yaml"), "utf8") + "branding:\n  logo: assets/logo.png\n");
    const r = run(["render", "--root", "/", "--force", "--to", "html", "--out", "out", "terms"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/logo « assets\/logo\.png » : un périphérique, pas un fichier ordinaire/);
  });

  it("a terms file symlinked to /dev/zero: refused, not read", () => {
    const { proj } = project();
    symlinkSync("/dev/zero", join(proj, "terms/altairis/zero.yaml"));
    const r = run(["validate", "terms"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/terms\/altairis\/zero\.yaml:1:1 .*hors du dossier du projet/);
    const device = run(["validate", "--root", "/", "terms/altairis/zero.yaml"], proj);
    expect(device.code).toBe(1);
    expect(device.out).toContain("un périphérique, pas un fichier ordinaire");
  });
});

describe("symlinks inside the project (defect 7)", () => {
  function withLinkedInvalidFile() {
    const { proj } = project();
    mkdirSync(join(proj, "linked"));
    writeFileSync(join(proj, "terms/altairis/broken.yaml"), "kind: cgv\nid: [\n");
    symlinkSync("../terms/altairis/broken.yaml", join(proj, "linked/broken.yaml"));
    return proj;
  }

  it("a symlinked file in a folder is validated, not skipped", () => {
    const r = run(["validate", "linked"], withLinkedInvalidFile());
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^linked\/broken\.yaml:\d+:\d+ /m);
    expect(r.out).not.toContain("0 fichier(s) valide(s)");
  });

  it("--no-follow-symlinks skips it with a message, and nothing validated is not a success", () => {
    const r = run(["validate", "linked", "--no-follow-symlinks"], withLinkedInvalidFile());
    expect(r.out).toMatch(/linked\/broken\.yaml.*lien symbolique : ignoré \(--no-follow-symlinks\)/);
    expect(r.out).toContain("aucun fichier Clausier");
    expect(r.code).toBe(2);
  });

  it("--no-follow-symlinks refuses a symlinked reference", () => {
    const { proj } = project();
    symlinkSync("seller.yaml", join(proj, "terms/altairis/seller-link.yaml"));
    edit(join(proj, "terms/altairis/cgv.yaml"), /^seller: \.\/seller\.yaml$/m, "seller: ./seller-link.yaml");
    expect(run(["validate", "terms/altairis/cgv.yaml"], proj).code).toBe(0);
    const r = run(["validate", "terms/altairis/cgv.yaml", "--no-follow-symlinks"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/seller renvoie à \.\/seller-link\.yaml : lien symbolique non suivi/);
  });

  it("a symlink loop between folders ends, each real folder walked once", () => {
    const { proj } = project();
    symlinkSync("..", join(proj, "terms/altairis/up"));
    symlinkSync("loop-b.yaml", join(proj, "terms/altairis/loop-a.yaml"));
    symlinkSync("loop-a.yaml", join(proj, "terms/altairis/loop-b.yaml"));
    const r = run(["validate", "terms", "--locale", "en"], proj);
    expect(r.out).toMatch(/loop-a\.yaml:1:1 .*symbolic link loop/);
    expect(r.out).toContain("in 2 of 4 file(s)");
    expect(r.code).toBe(1);
  });
});

describe("folders and files that cannot be read, reference chains (defect 15)", () => {
  it("a folder that cannot be listed is a diagnostic, not an internal error", () => {
    // As root chmod cannot forbid a listing: a path longer than PATH_MAX does, with ENAMETOOLONG.
    const { proj } = project();
    const deep = join(proj, "terms", ...Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(250, "d")));
    execFileSync("mkdir", ["-p", deep]);
    const r = run(["validate", "terms"], proj);
    expect(r.out).not.toContain("erreur interne");
    expect(r.out).toMatch(/lecture impossible de terms\/0d+.*\(erreur système ENAMETOOLONG\)/);
    expect(r.code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file says it cannot be read, not that it is missing", () => {
    const { proj } = project();
    execFileSync("chmod", ["000", join(proj, "terms/altairis/seller.yaml")]);
    const r = run(["validate", "terms/altairis/seller.yaml"], proj);
    expect(r.code).toBe(1);
    expect(r.out).toContain("lecture refusée");
    expect(r.out).not.toContain("introuvable");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable sub-folder says it cannot be listed", () => {
    const { proj } = project();
    execFileSync("chmod", ["000", join(proj, "terms/altairis")]);
    const r = run(["validate", "terms"], proj);
    execFileSync("chmod", ["755", join(proj, "terms/altairis")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("dossier illisible : terms/altairis");
  });

  it("a chain of 1,000 related: files is a positioned diagnostic, not a stack overflow", () => {
    const { proj } = project();
    const dir = join(proj, "terms/chain");
    mkdirSync(dir);
    cpSync(join(ROOT, "terms/altairis/seller.yaml"), join(dir, "seller.yaml"));
    const name = (i: number) => `t${String(i).padStart(4, "0")}.yaml`;
    for (let i = 0; i < 1000; i++) {
      const related = i < 999 ? `related:\n  - ./${name(i + 1)}\n` : "";
      writeFileSync(join(dir, name(i)), `kind: cgv\nid: t${i}\ntitle: T\neffectiveDate: 2026-01-01\nlanguage: fr\naudience: b2b\nseller: ./seller.yaml\n${related}clauses:\n  - { id: a, title: A, body: x }\n`);
    }
    const r = run(["validate", "terms/chain/t0000.yaml", "--locale", "en"], proj);
    expect(r.out).not.toMatch(/Maximum call stack|internal error|RangeError/);
    expect(r.out).toMatch(/^terms\/chain\/t0063\.yaml:9:5  related\[0\] refers to \.\/t0064\.yaml, beyond 64 chained references: not followed  \[REF_TOO_DEEP\]$/m);
    expect(r.code).toBe(1);
  });
});
