// clausier serve's routes in-process (fastify inject): no socket, no browser (HTML renders only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildService, type Service, type ServeOptions } from "../../src/serve/app.js";
import { INVOICE, makeProject } from "./project.js";

const project = makeProject();
const base = (over: Partial<ServeOptions> = {}): ServeOptions => ({ root: project.root, concurrency: 2, queue: 8, timeoutMs: 30_000, maxBody: 1_000_000, env: process.env, ...over });
const yaml = { "content-type": "application/yaml" };

let service: Service;
beforeAll(() => {
  service = buildService(base());
});
afterAll(async () => {
  await service.shutdown();
  project.remove();
});

/** RFC 9457's members, and ours: a stable code the type URI ends with. */
function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({ status, code, type: `urn:clausier:problem:${code.toLowerCase().replace(/_/g, "-")}` });
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail).toEqual(expect.any(String));
  expect(body.instance).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  return body;
}

describe("clausier serve routes", () => {
  it("renders an invoice to HTML, its references resolved from filename under the root", async () => {
    const response = await service.app.inject({ method: "POST", url: `/render?to=html&filename=${INVOICE}`, headers: yaml, payload: project.invoice });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toContain("FP-2026-0118");
    expect(response.headers["x-clausier-draft"]).toBeUndefined();
  });

  it("refuses a document that does not load: 422 with each problem at its line and column", async () => {
    const broken = project.invoice.replace(/^number: .*$/m, "number: 42");
    const body = expectProblem(await service.app.inject({ method: "POST", url: `/render?to=html&filename=${INVOICE}`, headers: yaml, payload: broken }), 422, "INVALID_DOCUMENT");
    const line = project.invoice.split("\n").findIndex((l) => l.startsWith("number:")) + 1;
    expect(body.errors).toContainEqual(expect.objectContaining({ file: INVOICE, line, column: expect.any(Number), code: expect.any(String), message: expect.any(String) }));
  });

  it("keeps the lint gate: 422 with the errors, a draft with force=true", async () => {
    const withError = project.invoice.replace("../../terms/petillances/cg.yaml", "../../terms/as-bundled/cg.yaml");
    const refused = await service.app.inject({ method: "POST", url: `/render?to=html&filename=${INVOICE}`, headers: yaml, payload: withError });
    const body = expectProblem(refused, 422, "LINT_ERRORS");
    expect(body.errors).toContainEqual({
      file: "terms/as-bundled/seller.yaml",
      line: expect.any(Number),
      column: expect.any(Number),
      code: "seller-identification-incomplete",
      message: expect.any(String),
    });
    const draft = await service.app.inject({ method: "POST", url: `/render?to=html&force=true&filename=${INVOICE}`, headers: yaml, payload: withError });
    expect(draft.statusCode).toBe(200);
    expect(draft.headers["x-clausier-draft"]).toBe("true");
  });

  it("makes Factur-X of invoices and credit notes only", async () => {
    const quote = readFileSync(join(project.root, "fixtures/petillances/quote-of-2026-0031.yaml"), "utf8");
    expectProblem(await service.app.inject({ method: "POST", url: "/render?to=facturx&filename=fixtures/petillances/quote-of-2026-0031.yaml", headers: yaml, payload: quote }), 422, "NOT_FACTURX");
  });

  it("accepts JSON bodies, and refuses a filename outside the root", async () => {
    const json = JSON.stringify({ ...(await import("yaml")).parse(project.invoice) });
    const ok = await service.app.inject({ method: "POST", url: "/render?to=html&filename=fixtures/petillances/sent.json", headers: { "content-type": "application/json" }, payload: json });
    expect(ok.statusCode).toBe(200);
    expectProblem(await service.app.inject({ method: "POST", url: "/render?to=html&filename=../x.yaml", headers: yaml, payload: project.invoice }), 400, "BAD_FILENAME");
  });

  it("lints prose as the CLI's JSON and SARIF", async () => {
    const prose = "# Conditions générales de vente\n\nTout retard de paiement entraîne des pénalités au taux de 1 % par an.\n";
    const json = await service.app.inject({ method: "POST", url: "/lint", headers: { "content-type": "text/markdown" }, payload: prose });
    expect(json.statusCode).toBe(200);
    const results = json.json();
    expect(results).toHaveLength(1);
    expect(results[0].messages.length).toBeGreaterThan(0);
    const sarif = await service.app.inject({ method: "POST", url: "/lint?format=sarif&filename=cgv.md", headers: { "content-type": "text/markdown" }, payload: prose });
    expect(sarif.headers["content-type"]).toMatch(/^application\/sarif\+json/);
    expect(sarif.json().version).toBe("2.1.0");
  });

  it("computes totals as `compute --format json`, and refuses an unknown kind", async () => {
    const response = await service.app.inject({ method: "POST", url: `/compute/totals?filename=${INVOICE}`, headers: yaml, payload: project.invoice });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ computation: "totals", file: INVOICE, sections: expect.any(Array) });
    expectProblem(await service.app.inject({ method: "POST", url: "/compute/nope", headers: yaml, payload: project.invoice }), 400, "BAD_QUERY");
    expectProblem(await service.app.inject({ method: "POST", url: `/compute/refund?filename=${INVOICE}`, headers: yaml, payload: project.invoice }), 422, "WRONG_KIND");
  });

  it("answers problems for an unknown route, a wrong content type and an empty body, in English when asked", async () => {
    const missing = expectProblem(await service.app.inject({ method: "GET", url: "/nowhere", headers: { "accept-language": "en-GB,en;q=0.9" } }), 404, "NOT_FOUND");
    expect(missing.title).toBe("Not found");
    expectProblem(await service.app.inject({ method: "POST", url: "/render", headers: { "content-type": "application/pdf" }, payload: "%PDF" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    expectProblem(await service.app.inject({ method: "POST", url: "/render", headers: { "content-type": "text/markdown" }, payload: "# x" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    expectProblem(await service.app.inject({ method: "POST", url: "/render", headers: yaml, payload: "  \n" }), 400, "EMPTY_BODY");
  });

  it("refuses a query parameter given twice with 400, not an internal error", async () => {
    const twice = await service.app.inject({ method: "POST", url: `/render?to=html&filename=${INVOICE}&filename=other.yaml`, headers: yaml, payload: project.invoice });
    expect(expectProblem(twice, 400, "BAD_QUERY").detail).toContain("filename");
    expectProblem(
      await service.app.inject({ method: "POST", url: `/compute/penalties?paid-on=2026-01-01&paid-on=2026-02-01&filename=${INVOICE}`, headers: yaml, payload: project.invoice }),
      400,
      "BAD_QUERY",
    );
  });

  it("serves /healthz and an OpenAPI 3.1 description of every route", async () => {
    expect((await service.app.inject({ method: "GET", url: "/healthz" })).json()).toMatchObject({ status: "ok" });
    const spec = (await service.app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths).sort()).toEqual(["/compute/{kind}", "/healthz", "/lint", "/metrics", "/openapi.json", "/render"]);
  });

  it("exposes Prometheus text: requests by route and status, a cumulative histogram, queue depth, browser restarts", async () => {
    await service.app.inject({ method: "GET", url: "/healthz" });
    const text = (await service.app.inject({ method: "GET", url: "/metrics" })).body;
    const samples = new Map<string, number>();
    for (const line of text.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample: ${line}`);
      samples.set(match[1]!, Number(match[2]));
    }
    expect(samples.get('clausier_http_requests_total{route="/healthz",method="GET",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(samples.get('clausier_http_requests_total{route="/render",method="POST",status="422"}')).toBeGreaterThanOrEqual(1);
    const buckets = [...samples].filter(([k]) => k.startsWith('clausier_http_request_duration_seconds_bucket{route="/healthz"')).map(([, v]) => v);
    expect(buckets.length).toBeGreaterThan(2);
    expect([...buckets].sort((a, b) => a - b)).toEqual(buckets);
    expect(samples.get("clausier_queue_depth")).toBe(0);
    expect(samples.get("clausier_browser_restarts_total")).toBe(0);
  });
});

describe("clausier serve limits", () => {
  it("asks for the bearer token on every route but /healthz, compared whole", async () => {
    const guarded = buildService(base({ token: "s3cret-token" }));
    try {
      const none = expectProblem(await guarded.app.inject({ method: "GET", url: "/metrics" }), 401, "UNAUTHORIZED");
      expect(none.detail).toContain("Authorization");
      expectProblem(await guarded.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer s3cret-toke" } }), 401, "UNAUTHORIZED");
      expectProblem(await guarded.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer s3cret-token2" } }), 401, "UNAUTHORIZED");
      expect((await guarded.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer s3cret-token" } })).statusCode).toBe(200);
      expect((await guarded.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    } finally {
      await guarded.shutdown();
    }
  });

  it("answers 503 with the reason when no browser can be used, not an internal error", async () => {
    const without = buildService(base({ env: { ...process.env, CLAUSIER_CHROMIUM: "/nonexistent/chromium" } }));
    try {
      const body = expectProblem(await without.app.inject({ method: "POST", url: `/render?filename=${INVOICE}`, headers: yaml, payload: project.invoice }), 503, "BROWSER_SETUP");
      expect(body.detail).toContain("/nonexistent/chromium");
    } finally {
      await without.shutdown();
    }
  });

  it("refuses a body over --max-body with 413", async () => {
    const small = buildService(base({ maxBody: 1000 }));
    try {
      const body = expectProblem(await small.app.inject({ method: "POST", url: "/render", headers: yaml, payload: project.invoice }), 413, "BODY_TOO_LARGE");
      expect(body.detail).toContain("1000");
    } finally {
      await small.shutdown();
    }
  });
});
