// Issue #15, the file policy in-process: what the loader quotes from a file, and how the policy
// refuses what it must not read. The CLI side (disclosure, FIFOs, symlinks) is test/cli/file-policy.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import * as model from "../../src/model/index.js";

const scratches: string[] = [];
afterAll(() => scratches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "clausier-policy-"));
  scratches.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function diagnosticsOf(dir: string, file: string) {
  const ws = new Workspace(dir, undefined, undefined, "en");
  ws.load(join(dir, file));
  return ws.allDiagnostics();
}

const LONG = "k".repeat(3000) + "END-OF-A-LONG-VALUE";

describe("values quoted in messages are cut short (defect 1)", () => {
  it("NOT_AN_OBJECT quotes at most 60 characters of the value", () => {
    const dir = scratch({ "doc.yaml": `${LONG}\n` });
    const [d] = diagnosticsOf(dir, "doc.yaml");
    expect(d!.code).toBe("NOT_AN_OBJECT");
    expect(d!.message).not.toContain("END-OF-A-LONG-VALUE");
    expect(d!.message.length).toBeLessThan(140);
    expect(d!.message).toMatch(/"k+…"$/);
  });

  it("NOT_AN_OBJECT says what a list or an empty file is in the user's language", () => {
    const dir = scratch({ "list.yaml": "- a\n- b\n", "empty.yaml": "# nothing\n" });
    expect(diagnosticsOf(dir, "list.yaml")[0]!.message).toBe("the document must be an object (key: value pairs), not a list");
    expect(diagnosticsOf(dir, "empty.yaml")[0]!.message).toBe("the document must be an object (key: value pairs), not empty");
  });

  it("an unknown kind, a reference and an unknown key are cut short too", () => {
    const dir = scratch({
      "kind.yaml": `kind: ${LONG}\n`,
      "ref.yaml": `kind: invoice\nnumber: F-1\nterms: ./${LONG}.yaml\n`,
      "key.yaml": `kind: cgv\n${LONG}: 1\n`,
    });
    for (const file of ["kind.yaml", "ref.yaml", "key.yaml"]) {
      const messages = diagnosticsOf(dir, file).map((d) => d.message + (d.hint ?? ""));
      expect(messages.length, file).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m, file).not.toContain("END-OF-A-LONG-VALUE");
        expect(m.length, file).toBeLessThan(400);
      }
    }
  });

  it("a reference cannot forge a line in the output (CI annotations): control characters are escaped", () => {
    const dir = scratch({ "inv.yaml": 'kind: cgv\nid: x\ntitle: T\neffectiveDate: 2026-01-01\nlanguage: fr\naudience: b2b\nseller: ./seller.yaml\nrelated:\n  - "./none\\n::error file=x::forged.yaml"\nclauses:\n  - { id: a, title: A, body: x }\n' });
    const ref = diagnosticsOf(dir, "inv.yaml").find((d) => d.code === "REF_NOT_FOUND" && d.line === 9);
    expect(ref!.message).toContain("./none\\n::error");
    expect(ref!.message).not.toContain("\n");
  });
});

describe("FilePolicy", () => {
  it("quoteValue escapes control and bidirectional characters and cuts to the limit", () => {
    expect(model.quoteValue("a\nb\u202ec")).toBe('"a\\nb\\u202ec"');
    expect(model.quoteValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(model.quoteValue("x".repeat(100), 10)).toBe(`"${"x".repeat(9)}…"`);
  });

  it("maps system errors: permission is not absence", () => {
    expect(model.problemOf(Object.assign(new Error("x"), { code: "EACCES" })).code).toBe("FILE_UNREADABLE");
    expect(model.problemOf(Object.assign(new Error("x"), { code: "EPERM" })).code).toBe("FILE_UNREADABLE");
    expect(model.problemOf(Object.assign(new Error("x"), { code: "ENOENT" })).code).toBe("FILE_NOT_FOUND");
    expect(model.problemOf(Object.assign(new Error("x"), { code: "ELOOP" })).code).toBe("SYMLINK_LOOP");
    expect(model.problemOf(Object.assign(new Error("x"), { code: "EMFILE" }))).toEqual({ code: "FILE_READ_ERROR", data: { errno: "EMFILE" } });
  });

  it("an unreadable file is reported as unreadable by the loader, in French by default", () => {
    const d = model.fileProblemDiagnostic("terms/cgv.yaml", { code: "FILE_UNREADABLE", data: {} }, "fr");
    expect(d).toMatchObject({ code: "FILE_UNREADABLE", file: "terms/cgv.yaml", line: 1, column: 1, severity: "error" });
    expect(d.message).toMatch(/^lecture refusée : terms\/cgv\.yaml existe mais ne peut pas être lu \(permission\)/);
  });

  it("refuses a device before opening it", () => {
    const read = new model.FilePolicy("/", { root: "/" }).read("/dev/zero", 1024);
    expect(read).toEqual({ ok: false, problem: { code: "NOT_REGULAR_FILE", data: { type: "device" } } });
    if (!read.ok) expect(model.fileProblemDiagnostic("/dev/zero", read.problem, "en").message).toContain("a device");
  });

  it("applies the size cap to the bytes actually read, not to the size the file system announces", () => {
    // /proc files announce a size of 0 and hold more.
    const read = new model.FilePolicy("/", { root: "/" }).read("/proc/self/status", 16);
    expect(read).toEqual({ ok: false, problem: { code: "FILE_TOO_LARGE", data: { limit: 16 } } });
  });

  it("a reference outside the root is refused by its real path; inside, it is read", () => {
    const outside = scratch({ "seller.yaml": "kind: seller\n" });
    const inside = scratch({ "seller.yaml": "kind: seller\n" });
    const policy = new model.FilePolicy(inside);
    expect(policy.check(join(outside, "seller.yaml"), true)).toMatchObject({ ok: false, problem: { code: "OUTSIDE_ROOT" } });
    expect(policy.check(join(inside, "..", model.displayPath(tmpdir(), inside), "seller.yaml"), true)).toMatchObject({ ok: true });
    // a file the user names may lie outside the root: only references and symlinks are held to it
    expect(policy.check(join(outside, "seller.yaml"), false)).toMatchObject({ ok: true });
  });
});
