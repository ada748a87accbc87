// `clausier serve` as users start it (the compiled CLI, `npm run build` first): SIGTERM while PDFs
// print lets them finish, refuses what comes after, closes the browsers and exits 0.
import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { BIN, cli, STACK_TRACE } from "../helpers/cli.js";
import { INVOICE, makeProject } from "./project.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();

const project = makeProject();
afterAll(() => project.remove());

describe.skipIf(!chromium)("clausier serve, stopped by SIGTERM", () => {
  it("finishes the renders in flight, refuses new requests, exits 0", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--concurrency", "2"], { cwd: project.root, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      while (!/http:\/\/127\.0\.0\.1:\d+/.test(stderr)) {
        if (child.exitCode !== null) throw new Error(stderr);
        await new Promise((r) => setTimeout(r, 50));
      }
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stderr)![0];
      const pending = [1, 2, 3].map(() => fetch(`${url}/render?to=pdf&filename=${INVOICE}`, { method: "POST", headers: { "content-type": "application/yaml" }, body: project.invoice }));
      // Stop once a render is being worked on.
      for (;;) {
        const health = (await (await fetch(`${url}/healthz`)).json()) as { running: number };
        if (health.running > 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill("SIGTERM");
      const responses = await Promise.all(pending);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      for (const response of responses)
        expect(
          Buffer.from(await response.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe("%PDF-");
      const late = await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => "refused",
      );
      expect([503, "refused"]).toContain(late);
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/arrêt : fin des \d+ demande\(s\) en cours/);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 120_000);
});

describe("clausier serve options", () => {
  it("refuses a bad option with exit 2 and a message, before listening", () => {
    for (const [args, text] of [
      [["--concurrency", "0"], "--concurrency"],
      [["--max-body", "2000000"], "≤ 1048576"],
    ] as const) {
      const run = cli(["serve", ...args], { cwd: project.root, timeout: 20_000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(text);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });
});
