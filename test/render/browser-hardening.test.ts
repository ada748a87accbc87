// The browser of `clausier render` cannot call home, hang the run or leave its profile behind
// (issue #15, defects 8, 10, 13, 14). Every test works in its own temporary folder (TMPDIR for
// the CLI), so the profiles it looks for are only its own.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { afterAll, describe, expect, it } from "vitest";
import { Workspace } from "../../src/model/index.js";
import { chromiumArgs, findChromium, NO_NAME_RESOLUTION, PdfPrinter } from "../../src/render/browser.js";
import { DocumentRenderer, type RenderableDocument } from "../../src/render/render.js";
import { BIN, ROOT, STACK_TRACE } from "../helpers/cli.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const scratch = mkdtempSync(join(tmpdir(), "clausier-browser-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let seq = 0;
const freshDir = (name: string) => {
  const dir = join(scratch, `${name}-${++seq}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

const profilesIn = (dir: string) => readdirSync(dir).filter((n) => n.startsWith("clausier-chromium-"));

/** Processes whose command line mentions `text` (a browser left running). */
function processesMentioning(text: string): number[] {
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Running: it exists and is not a zombie waiting to be reaped. */
const isRunning = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/** Waits (bounded) for killed processes to be gone: the kernel tears a browser down in its own time. */
async function settled<T>(probe: () => T, done: (value: T) => boolean): Promise<T> {
  let value = probe();
  for (let i = 0; i < 100 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = probe();
  }
  return value;
}

/** The compiled CLI with its own TMPDIR; the spawn timeout is a safety net for the old hanging behaviour, not an assertion. */
function clausier(args: string[], tmp: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", TMPDIR: tmp, ...env },
    timeout: 50_000,
    killSignal: "SIGKILL",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function load(path: string): RenderableDocument {
  const doc = new Workspace(ROOT).load(join(ROOT, path));
  if (!doc || doc.kind === "seller" || doc.kind === "config") throw new Error(`${path} ne se charge pas`);
  return doc;
}

const pdfOnly = { html: false, pdf: true, bind: false, attachSource: false, version: "test" };
const INVOICE = "fixtures/altairis/invoice-fa-2026-0042.yaml";

describe.skipIf(!chromium)("no DNS: Chromium resolves no host name", () => {
  it("the printer's browser is started with the resolver rule", async () => {
    const printer = await PdfPrinter.start();
    try {
      expect(printer.browserProcess()?.spawnargs).toContain(NO_NAME_RESOLUTION);
    } finally {
      await printer.close();
    }
  });

  it("with its arguments, a page without request interception reaches no loopback server by name", async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end("atteint");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await puppeteer.launch({ executablePath: chromium!, headless: true, pipe: true, args: chromiumArgs() });
    try {
      const page = await browser.newPage();
      // Without the rule, both names lead to the loopback server (Chromium resolves *.localhost itself).
      for (const url of [`http://localhost:${port}/`, `http://clausier-probe.localhost:${port}/`]) {
        await expect(page.goto(url)).rejects.toThrow("net::ERR_NAME_NOT_RESOLVED");
      }
    } finally {
      await browser.close();
      server.close();
    }
    expect(requests).toBe(0);
  });
});

describe("a browser that never answers", () => {
  it("a launch that does not finish ends with a clear message, exit 2, the fake browser killed and no profile left", async () => {
    const tmp = freshDir("hang");
    const pidFile = join(tmp, "fake.pid");
    const fake = join(tmp, "chromium");
    // Starts, never opens the DevTools pipe, never exits.
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 600\n`);
    chmodSync(fake, 0o755);
    const r = clausier(["render", INVOICE, "--force", "--to", "pdf", "--out", join(tmp, "out")], tmp, { CLAUSIER_CHROMIUM: fake, CLAUSIER_BROWSER_TIMEOUT_MS: "1000" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Chromium (${fake}) n'a pas répondu dans les 1 s après son lancement`);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const fakePid = Number(readFileSync(pidFile, "utf8"));
    expect(await settled(() => isRunning(fakePid), (running) => !running)).toBe(false);
    expect(readdirSync(tmp).sort()).toEqual(["chromium", "fake.pid", "out"]);
    expect(readdirSync(join(tmp, "out"))).toEqual([]);
  });

  it("a bad timeout setting is a usage error", () => {
    const tmp = freshDir("bad-timeout");
    const r = clausier(["render", INVOICE, "--force", "--to", "pdf", "--out", join(tmp, "out")], tmp, { CLAUSIER_PRINT_TIMEOUT_MS: "vite" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("CLAUSIER_PRINT_TIMEOUT_MS=vite : attendu un nombre de millisecondes");
  });

  it.skipIf(!chromium)("a browser frozen mid-run is killed when the print times out, and the document printed by a new one", async () => {
    const printer = await PdfPrinter.start(process.env, { printMs: 3000 });
    try {
      const frozen = printer.browserProcess()!;
      process.kill(-frozen.pid!, "SIGSTOP");
      const result = await new DocumentRenderer(printer, pdfOnly).render(load(INVOICE));
      const pdf = result.outputs[0]!.content as Uint8Array;
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(printer.browserProcess()!.pid).not.toBe(frozen.pid);
      expect(await settled(() => isRunning(frozen.pid!), (running) => !running)).toBe(false);
    } finally {
      await printer.close();
    }
  });
});

describe.skipIf(!chromium)("a browser that dies mid-run", () => {
  it("is restarted and the document retried: it is printed, the dead browser's profile removed", async () => {
    const printer = await PdfPrinter.start();
    try {
      const renderer = new DocumentRenderer(printer, pdfOnly);
      await renderer.render(load(INVOICE));
      const dead = printer.browserProcess()!;
      const deadProfile = dead.spawnargs.find((a) => a.startsWith("--user-data-dir="))!.slice("--user-data-dir=".length);
      const exited = new Promise((resolve) => dead.once("exit", resolve));
      process.kill(-dead.pid!, "SIGKILL");
      await exited;
      const result = await renderer.render(load(INVOICE));
      expect(result.outputs.map((o) => o.name)).toEqual(["FA-2026-0042.pdf"]);
      expect(printer.browserProcess()!.pid).not.toBe(dead.pid);
      expect(existsSync(deadProfile)).toBe(false);
    } finally {
      await printer.close();
    }
  });
});

describe.skipIf(!chromium)("the temporary profile", () => {
  it("a profile left by a killed run (its pid no longer runs) is removed by the next run; a live run's stays", () => {
    const tmp = freshDir("stale");
    const dead = spawnSync("true").pid!;
    const stale = join(tmp, `clausier-chromium-${dead}-AbC123`);
    const live = join(tmp, `clausier-chromium-${process.pid}-DeF456`);
    for (const dir of [stale, live]) {
      mkdirSync(join(dir, "Default"), { recursive: true });
      writeFileSync(join(dir, "Default", "Preferences"), "{}");
    }
    // Chromium's singleton socket, in a folder of its own in the temp folder.
    const socketDir = join(tmp, "org.chromium.Chromium.XyZ789");
    mkdirSync(socketDir);
    symlinkSync(join(socketDir, "SingletonSocket"), join(stale, "SingletonSocket"));
    const r = clausier(["render", INVOICE, "--force", "--to", "pdf", "--out", join(tmp, "out")], tmp);
    expect(r.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(socketDir)).toBe(false);
    expect(profilesIn(tmp)).toEqual([`clausier-chromium-${process.pid}-DeF456`]);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("%s during a render: Chromium stopped, its profile removed, exit 130 / 143", async (signal) => {
    const tmp = freshDir(signal);
    const child = spawn(process.execPath, [BIN, "render", "--force", "terms", "fixtures", "--to", "pdf", "--out", join(tmp, "out")], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", TMPDIR: tmp },
      stdio: "ignore",
    });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, sig) => resolve({ code, signal: sig })));
    // Wait for the browser to run (its profile exists), then interrupt.
    while (!profilesIn(tmp).some((n) => n.startsWith(`clausier-chromium-${child.pid}-`))) {
      if (child.exitCode !== null) throw new Error("le rendu s'est terminé avant le signal");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill(signal);
    const end = await ended;
    expect(end).toEqual({ code: signal === "SIGINT" ? 130 : 143, signal: null });
    // Nothing of the browser left: no profile, none of Chromium's own temporary folders, no process.
    expect(readdirSync(tmp)).toEqual(["out"]);
    expect(await settled(() => processesMentioning(tmp), (pids) => !pids.length)).toEqual([]);
  });
});
