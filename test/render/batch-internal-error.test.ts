// An unexpected error inside one document (a bug, not the user's data) is isolated too: the file
// is named as an internal error with the CLAUSIER_DEBUG=1 hint, the batch goes on, exit 1, not 2.
// The bug is injected into the refund view, in-process.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runRender } from "../../src/cli/commands/render.js";
import type { Io } from "../../src/cli/io.js";
import { Workspace } from "../../src/model/index.js";
import { ROOT, STACK_TRACE } from "../helpers/cli.js";
import { MANIFEST_NAME } from "../../src/render/render-cache.js";

vi.mock("../../src/render/views/refund.js", () => ({
  refundView: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'amount')");
  },
}));

const scratch = mkdtempSync(join(tmpdir(), "clausier-batch-bug-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(env: NodeJS.ProcessEnv) {
  const root = join(scratch, String(readdirSync(scratch).length));
  cpSync(join(ROOT, "terms", "altairis"), join(root, "terms", "altairis"), { recursive: true });
  cpSync(join(ROOT, "fixtures", "altairis"), join(root, "fixtures", "altairis"), { recursive: true });
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd: root, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, env, locale: "fr" };
  const args = { paths: ["fixtures"], to: "html" as const, out: "out", force: true, bind: false, attachSource: false, version: "test" };
  return runRender(args, io).then((code) => ({ code, stdout, stderr, outputs: readdirSync(join(root, "out")).filter((f) => f !== MANIFEST_NAME).sort() }));
}

describe("render: a bug in one document", () => {
  it("is reported as an internal error for that file only; the others are rendered; exit 1", async () => {
    const r = await run({});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "✖ fixtures/altairis/refund-av-2026-0003.yaml : non rendu, erreur interne de Clausier : Cannot read properties of undefined (reading 'amount') (relancez avec CLAUSIER_DEBUG=1",
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // FA-2026-0043: the avoir of FA-2026-0041.
    expect(r.outputs).toEqual(["DEV-2026-0012.html", "FA-2026-0041.html", "FA-2026-0042.html", "FA-2026-0043.html"]);
    expect(r.stdout).toContain("4 document(s) rendu(s) dans out/ (4 fichier(s)), 1 refusé(s)");
  });

  it("with CLAUSIER_DEBUG=1, its stack follows", async () => {
    const r = await run({ CLAUSIER_DEBUG: "1" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(STACK_TRACE);
  });

  it("a loader that throws on one file: that file is named, the others rendered", async () => {
    const load = Workspace.prototype.load;
    const spy = vi.spyOn(Workspace.prototype, "load").mockImplementation(function (this: Workspace, abs: string) {
      if (abs.endsWith("invoice-fa-2026-0041.yaml")) throw new RangeError("Maximum call stack size exceeded");
      return load.call(this, abs);
    });
    try {
      const r = await run({});
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("✖ fixtures/altairis/invoice-fa-2026-0041.yaml : non rendu, erreur interne de Clausier : Maximum call stack size exceeded");
      expect(r.outputs).toEqual(["DEV-2026-0012.html", "FA-2026-0042.html"]);
    } finally {
      spy.mockRestore();
    }
  });
});
