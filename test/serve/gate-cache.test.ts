// The render gate's cache (src/lint/gate-cache.ts) is an optimisation only: a service that keeps
// parsed project files and per-document findings answers exactly as one that keeps nothing, request
// after request, while the terms and seller files change on disk (even with their modification time
// put back) and posted documents carry errors. HTML renders only: the gate is the same for a PDF.
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/render/browser.js";
import { buildService, type ServeOptions, type Service } from "../../src/serve/app.js";
import { INVOICE, makeProject } from "./project.js";

const chromium = (() => {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
})();
const project = makeProject();
const base = (over: Partial<ServeOptions>): ServeOptions => ({ root: project.root, concurrency: 1, queue: 8, timeoutMs: 60_000, maxBody: 1_000_000, env: process.env, ...over });
const cached = buildService(base({}));
const uncached = buildService(base({ gateCache: false }));
afterAll(async () => {
  await Promise.all([cached.shutdown(), uncached.shutdown()]);
  project.remove();
});

const TERMS = join(project.root, "terms/petillances/cg.yaml");
const SELLER = join(project.root, "terms/petillances/seller.yaml");
const OTHER = "fixtures/petillances/invoice-fp-2026-0119.yaml";
const original = { terms: readFileSync(TERMS, "utf8"), seller: readFileSync(SELLER, "utf8") };
if (!/^ {4}amount: "40"$/m.test(original.terms) || !/^ {2}termDays: 30$/m.test(original.terms)) throw new Error("the terms fixture changed: update the edits below");

/** Writes a file and puts its modification time back: only its content says it changed. */
function rewrite(path: string, text: string): void {
  const { atime, mtime } = statSync(path);
  writeFileSync(path, text);
  utimesSync(path, atime, mtime);
}

/** What a client sees of a render: status, draft mark, and the HTML or the problem without its request id. */
async function render(service: Service, filename: string, text: string, query = ""): Promise<unknown> {
  const response = await service.app.inject({ method: "POST", url: `/render?to=html&filename=${filename}${query}`, headers: { "content-type": "application/yaml" }, payload: text });
  const body = response.statusCode === 200 ? response.body : { ...response.json(), instance: undefined };
  return { status: response.statusCode, draft: response.headers["x-clausier-draft"], body };
}

const invoice = project.invoice;
const other = readFileSync(join(project.root, OTHER), "utf8");
// A due date the terms' payment terms do not give: an error of the posted document.
const wrongDueDate = invoice.replace(/^issueDate: "2026-11-23"$/m, 'issueDate: "2026-11-23"\ndueDate: "2026-11-24"');
// As bundled: the seller's VAT and RCS numbers missing, errors of the seller file.
const sellerWithout = readFileSync(join(project.root, "terms/as-bundled/seller.yaml"), "utf8");
// A recovery indemnity below the legal 40 €: errors of the terms file.
const termsLowIndemnity = original.terms.replace(/^ {4}amount: "40"$/m, '    amount: "20"');
// Payment within 45 days rather than 30: the printed due date moves.
const termsLonger = original.terms.replace(/^ {2}termDays: 30$/m, "  termDays: 45");

const steps: Array<{ name: string; before?: () => void; filename: string; text: string; query?: string }> = [
  { name: "an invoice that passes", filename: INVOICE, text: invoice },
  { name: "the same again (served from the cache)", filename: INVOICE, text: invoice },
  { name: "another invoice of the same terms", filename: OTHER, text: other },
  { name: "a posted invoice with an error", filename: INVOICE, text: wrongDueDate },
  { name: "the same, forced (a draft)", filename: INVOICE, text: wrongDueDate, query: "&force=true" },
  { name: "seller file edited on disk: its errors", before: () => rewrite(SELLER, sellerWithout), filename: INVOICE, text: invoice },
  { name: "seller file put back", before: () => rewrite(SELLER, original.seller), filename: INVOICE, text: invoice },
  { name: "terms edited on disk: indemnity too low", before: () => rewrite(TERMS, termsLowIndemnity), filename: INVOICE, text: invoice },
  { name: "terms edited on disk: longer payment term", before: () => rewrite(TERMS, termsLonger), filename: OTHER, text: other },
  { name: "terms put back", before: () => rewrite(TERMS, original.terms), filename: INVOICE, text: invoice },
  { name: "the posted error again", filename: INVOICE, text: wrongDueDate },
];

describe("serve: the render gate's cache", () => {
  it("answers each request exactly as the uncached gate, files edited on disk between requests", { timeout: 120_000 }, async () => {
    const statuses: number[] = [];
    for (const step of steps) {
      step.before?.();
      const withCache = await render(cached, step.filename, step.text, step.query);
      const without = await render(uncached, step.filename, step.text, step.query);
      expect(withCache, step.name).toEqual(without);
      statuses.push((without as { status: number }).status);
    }
    // The sequence does exercise both answers (else it would prove little).
    expect(statuses).toContain(200);
    expect(statuses).toContain(422);
    expect(statuses[5]).toBe(422);
    expect(statuses[6]).toBe(200);
    expect(statuses[7]).toBe(422);
    expect(statuses[9]).toBe(200);
  });

  // One browser (the cached service's). Terms content never seen before: the first print's gate works
  // everything out; the same content again later is replayed from the cache and prints the same bytes.
  it.skipIf(!chromium)("prints the same PDF bytes from the cache as without it", { timeout: 120_000 }, async () => {
    const pdf = async () => {
      const response = await cached.app.inject({ method: "POST", url: `/render?to=pdf&filename=${OTHER}`, headers: { "content-type": "application/yaml" }, payload: other });
      expect(response.statusCode).toBe(200);
      return response.rawPayload;
    };
    const longerTerms = termsLonger.replace(/^title: .*$/m, "title: Conditions générales (45 jours)");
    rewrite(TERMS, longerTerms);
    const worked = await pdf();
    rewrite(TERMS, original.terms);
    const otherTerms = await pdf();
    rewrite(TERMS, longerTerms);
    const replayed = await pdf();
    rewrite(TERMS, original.terms);
    expect(Buffer.compare(worked, replayed)).toBe(0);
    // The terms print another due date: a cache keyed by file name alone would have printed the same bytes.
    expect(Buffer.compare(worked, otherTerms)).not.toBe(0);
  });

  it("counts what it served from memory in /metrics", async () => {
    const metrics = (await cached.app.inject({ method: "GET", url: "/metrics" })).body;
    const hits = Number(/^clausier_gate_cache_hits_total (\d+)$/m.exec(metrics)?.[1]);
    const misses = Number(/^clausier_gate_cache_misses_total (\d+)$/m.exec(metrics)?.[1]);
    expect(hits).toBeGreaterThan(0);
    expect(misses).toBeGreaterThan(0);
  });
});
