// clausier serve on a real loopback socket with Chromium: a PDF over HTTP, 429 when the queue is
// full, 503/504 past the time, and a browser killed mid-run that fails no request.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { buildService, type Service, type ServeOptions } from "../../src/serve/app.js";
import { printedIn, textOf } from "../helpers/pdf-text.js";
import { INVOICE, makeProject } from "./project.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
if (!chromium) console.warn("test/serve/listen.test.ts : aucun Chromium : tests ignorés");

const project = makeProject();
const scratch = mkdtempSync(join(tmpdir(), "clausier-serve-pdf-"));
afterAll(() => {
  project.remove();
  rmSync(scratch, { recursive: true, force: true });
});

async function listening(over: Partial<ServeOptions>): Promise<{ service: Service; url: string }> {
  const service = buildService({ root: project.root, concurrency: 1, queue: 4, timeoutMs: 60_000, maxBody: 1_000_000, env: process.env, ...over });
  const url = await service.app.listen({ port: 0, host: "127.0.0.1" });
  return { service, url };
}

const renderPdf = (url: string) => fetch(`${url}/render?to=pdf&filename=${INVOICE}`, { method: "POST", headers: { "content-type": "application/yaml" }, body: project.invoice });

describe.skipIf(!chromium)("clausier serve on loopback, with Chromium", () => {
  it("renders a PDF whose text holds the invoice", async () => {
    const { service, url } = await listening({});
    try {
      const response = await renderPdf(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toContain("FP-2026-0118.pdf");
      const file = join(scratch, "served.pdf");
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const text = textOf(file);
      expect(printedIn(text, "FP-2026-0118")).toBe(true);
      expect(printedIn(text, "Kirchberg Conseil")).toBe(true);
      const facturx = await fetch(`${url}/render?to=facturx&filename=${INVOICE}`, { method: "POST", headers: { "content-type": "application/yaml" }, body: project.invoice });
      expect(facturx.status).toBe(200);
      expect(Buffer.from(await facturx.arrayBuffer()).includes("factur-x.xml")).toBe(true);
    } finally {
      await service.shutdown();
    }
  }, 120_000);

  it("answers 429 with Retry-After once the slot and the queue are taken", async () => {
    const { service, url } = await listening({ concurrency: 1, queue: 1 });
    try {
      const responses = await Promise.all([1, 2, 3, 4].map(() => renderPdf(url)));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 429, 429]);
      const refused = responses.find((r) => r.status === 429)!;
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(await refused.json()).toMatchObject({ status: 429, code: "QUEUE_FULL" });
    } finally {
      await service.shutdown();
    }
  }, 120_000);

  it("drops a waiting request whose client left: it is never worked on", async () => {
    const { service, url } = await listening({ concurrency: 1, queue: 4 });
    try {
      const first = renderPdf(url);
      while (service.queue.running === 0) await new Promise((r) => setTimeout(r, 10));
      const leaving = new AbortController();
      const second = fetch(`${url}/render?to=pdf&filename=${INVOICE}`, { method: "POST", headers: { "content-type": "application/yaml" }, body: project.invoice, signal: leaving.signal }).catch(
        () => "aborted",
      );
      while (service.queue.queued === 0) await new Promise((r) => setTimeout(r, 10));
      leaving.abort();
      expect(await second).toBe("aborted");
      expect((await first).status).toBe(200);
      await service.queue.idle();
      expect(service.metrics.abandoned).toBe(1);
      expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/^clausier_requests_abandoned_total 1$/m);
    } finally {
      await service.shutdown();
    }
  }, 120_000);

  it("answers 504 for a request stuck in a frozen browser, 503 for the one still waiting behind it", async () => {
    // The frozen print is killed after 4 s and retried on a new browser, so the shutdown is bounded.
    const { service, url } = await listening({ concurrency: 1, queue: 4, timeoutMs: 1500, env: { ...process.env, CLAUSIER_PRINT_TIMEOUT_MS: "4000" } });
    try {
      await service.printers.with(async () => undefined);
      const browser = service.printers.processes()[0]!;
      process.kill(-browser.pid!, "SIGSTOP");
      const responses = await Promise.all([renderPdf(url), renderPdf(url)]);
      const bodies = await Promise.all(responses.map((r) => r.json()));
      expect(bodies.map((b) => `${b.status} ${b.code}`).sort()).toEqual(["503 QUEUE_TIMEOUT", "504 TIMEOUT"]);
    } finally {
      await service.shutdown();
    }
  }, 120_000);

  it("restarts a browser killed mid-run without failing any request", async () => {
    const { service, url } = await listening({ concurrency: 2, queue: 16 });
    try {
      const pending = Array.from({ length: 8 }, () => renderPdf(url));
      // As soon as a browser runs, kill it and its children: its print fails and is retried on a new one.
      let victim;
      while (!(victim = service.printers.processes()[0])) await new Promise((r) => setTimeout(r, 20));
      process.kill(-victim.pid!, "SIGKILL");
      const responses = await Promise.all(pending);
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
      for (const response of responses)
        expect(
          Buffer.from(await response.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe("%PDF-");
      const metrics = await (await fetch(`${url}/metrics`)).text();
      expect(Number(/^clausier_browser_restarts_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    } finally {
      await service.shutdown();
    }
  }, 180_000);
});
