// The preview's routes in-process (fastify inject; the event streams on a loopback socket): the
// list, a document's findings and render, files that do not load, paths refused, the token, the
// bound on event streams and a shutdown that ends them.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildService, type Service, type ServeOptions } from "../../src/serve/app.js";
import { MAX_EVENT_CLIENTS } from "../../src/serve/preview/events.js";
import { PAGE_CSP, RENDER_CSP } from "../../src/serve/preview/page.js";
import { BIN, cli, STACK_TRACE } from "../helpers/cli.js";
import { INVOICE, makeProject } from "./project.js";

const project = makeProject();
const outside = mkdtempSync(join(tmpdir(), "clausier-preview-outside-"));
const base = (over: Partial<ServeOptions> = {}): ServeOptions => ({
  root: project.root,
  concurrency: 2,
  queue: 8,
  timeoutMs: 60_000,
  maxBody: 1_000_000,
  env: process.env,
  preview: { locale: "fr" },
  ...over,
});
/** An invoice on the terms as bundled: the seller's missing numbers are findings of its seller file. */
const DRAFT = "fixtures/petillances/invoice-draft.yaml";
const BROKEN = "fixtures/petillances/broken.yaml";
const ON_BROKEN_TERMS = "fixtures/petillances/invoice-on-broken-terms.yaml";

let service: Service;
beforeAll(() => {
  writeFileSync(join(project.root, DRAFT), project.invoice.replace("../../terms/petillances/cg.yaml", "../../terms/as-bundled/cg.yaml"));
  writeFileSync(join(project.root, BROKEN), "kind: invoice\nnumber: [unclosed\n");
  mkdirSync(join(project.root, "terms/broken"));
  writeFileSync(join(project.root, "terms/broken/seller.yaml"), readFileSync(join(project.root, "terms/petillances/seller.yaml")));
  writeFileSync(join(project.root, "terms/broken/cg.yaml"), readFileSync(join(project.root, "terms/petillances/cg.yaml"), "utf8").replace("  termDays: 30", "  termDays: trente"));
  writeFileSync(join(project.root, ON_BROKEN_TERMS), project.invoice.replace("../../terms/petillances/cg.yaml", "../../terms/broken/cg.yaml"));
  writeFileSync(join(outside, "secret.yaml"), "kind: seller\nname: Ailleurs\n");
  symlinkSync(join(outside, "secret.yaml"), join(project.root, "fixtures/petillances/escape.yaml"));
  writeFileSync(join(project.root, "fixtures/petillances/hidden.yaml"), project.invoice);
  writeFileSync(join(project.root, ".clausierignore"), "fixtures/petillances/hidden.yaml\n");
  service = buildService(base());
});
afterAll(async () => {
  await service.shutdown();
  project.remove();
  rmSync(outside, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => service.app.inject({ method: "GET", url, headers });
const q = (path: string) => encodeURIComponent(path);

describe("clausier serve --preview", () => {
  it("serves the page in French under a strict Content-Security-Policy, its script and style from the service", async () => {
    const page = await get("/preview");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.headers["content-security-policy"]).toBe(PAGE_CSP);
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain("Aperçu des documents");
    // Nothing from elsewhere, no inline code: only this origin's assets.
    expect(page.body).not.toMatch(/https?:\/\//);
    expect(page.body).not.toMatch(/<script>|<style>|\son[a-z]+=/);
    expect((await get("/preview/page.js")).headers["content-type"]).toMatch(/^text\/javascript/);
    expect((await get("/preview/page.css")).headers["content-type"]).toMatch(/^text\/css/);
  });

  it("speaks English with --locale en", async () => {
    const english = buildService(base({ preview: { locale: "en" } }));
    try {
      const page = await english.app.inject({ method: "GET", url: "/preview" });
      expect(page.body).toContain('<html lang="en">');
      expect(page.body).toContain("Document preview");
      const missing = await english.app.inject({ method: "GET", url: "/preview/document?path=fixtures/none.yaml", headers: { "accept-language": "fr" } });
      expect(missing.json().detail).toContain("is not a document of the project");
    } finally {
      await english.shutdown();
    }
  });

  it("lists the documents a lint of the root finds, with their kinds, ignore files respected", async () => {
    const response = await get("/preview/documents");
    expect(response.statusCode).toBe(200);
    const { documents } = response.json() as { documents: Array<{ path: string; kind: string }> };
    expect(documents).toContainEqual({ path: "terms/petillances/cg.yaml", kind: "terms" });
    expect(documents).toContainEqual({ path: "terms/petillances/seller.yaml", kind: "seller" });
    expect(documents).toContainEqual({ path: INVOICE, kind: "invoice" });
    expect(documents).toContainEqual({ path: BROKEN, kind: "invalid" });
    const paths = documents.map((d) => d.path);
    expect(paths).not.toContain("fixtures/petillances/hidden.yaml");
    expect(paths).not.toContain("fixtures/petillances/escape.yaml");
  });

  it("gives a document's findings and those of the files it relies on, each with its rule, basis and position", async () => {
    const response = await get(`/preview/document?path=${q(DRAFT)}`);
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc).toMatchObject({ path: DRAFT, kind: "invoice", renderable: true, loadErrors: [] });
    expect(doc.dependsOn).toEqual(expect.arrayContaining([DRAFT, "terms/as-bundled/cg.yaml", "terms/as-bundled/seller.yaml"]));
    expect(doc.findings).toContainEqual({
      file: "terms/as-bundled/seller.yaml",
      line: expect.any(Number),
      column: expect.any(Number),
      severity: "error",
      ruleId: "seller-identification-incomplete",
      message: expect.stringContaining("rcs.number"),
      rule: expect.any(String),
      bases: [expect.objectContaining({ cite: expect.any(String) })],
    });
  });

  it("renders the document as HTML, marked as a draft when it has lint errors, under a CSP that loads nothing", async () => {
    const clean = await get(`/preview/render?path=${q(INVOICE)}`);
    expect(clean.statusCode).toBe(200);
    expect(clean.headers["content-type"]).toMatch(/^text\/html/);
    expect(clean.headers["content-security-policy"]).toBe(RENDER_CSP);
    expect(clean.body).toContain("FP-2026-0118");
    expect(clean.body).not.toContain("BROUILLON");
    const draft = await get(`/preview/render?path=${q(DRAFT)}`);
    expect(draft.statusCode).toBe(200);
    expect(draft.body).toContain("BROUILLON");
  });

  it("shows a file's text with each line an anchor, escaped, for the findings' positions to link to", async () => {
    const doc = (await get(`/preview/document?path=${q(DRAFT)}`)).json();
    const finding = doc.findings.find((f: { file: string }) => f.file === "terms/as-bundled/seller.yaml");
    const source = await get(`/preview/source?path=${q(finding.file)}`);
    expect(source.statusCode).toBe(200);
    expect(source.headers["content-security-policy"]).toBe(RENDER_CSP);
    expect(source.body).toContain(`<li id="L${finding.line}">`);
    const shown = await get(`/preview/source?path=${q(BROKEN)}`);
    expect(shown.body).toContain("number: [unclosed");
    writeFileSync(join(project.root, "fixtures/petillances/markup.md"), "# CGV <script>alert(1)</script>\n");
    expect((await get(`/preview/source?path=${q("fixtures/petillances/markup.md")}`)).body).toContain("# CGV &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows why a file does not load, at its line and column, without a stack", async () => {
    const doc = (await get(`/preview/document?path=${q(BROKEN)}`)).json();
    expect(doc).toMatchObject({ path: BROKEN, kind: "invalid", renderable: false, findings: [] });
    expect(doc.loadErrors).toContainEqual(expect.objectContaining({ file: BROKEN, line: expect.any(Number), column: expect.any(Number), message: expect.any(String) }));
    // Broken by the terms it relies on: their errors are shown, and a change to them refreshes the page.
    const onBroken = (await get(`/preview/document?path=${q(ON_BROKEN_TERMS)}`)).json();
    expect(onBroken.loadErrors).toContainEqual(expect.objectContaining({ file: "terms/broken/cg.yaml", line: expect.any(Number), column: expect.any(Number) }));
    expect(onBroken.dependsOn).toEqual([ON_BROKEN_TERMS, "terms/broken/cg.yaml"]);
    const render = await get(`/preview/render?path=${q(BROKEN)}`);
    expect(render.statusCode).toBe(422);
    expect(render.headers["content-type"]).toMatch(/^text\/html/);
    expect(render.body).toContain(`${BROKEN}:`);
    expect(render.body).not.toMatch(/\n\s+at /);
  });

  it("refuses paths outside the project's documents: .., absolute, a symlink leading out, ignored or missing files", async () => {
    for (const path of ["../x.yaml", "fixtures/../../x.yaml", "/etc/passwd", `${project.root}/${INVOICE}`, "fixtures\\petillances\\x.yaml", ""]) {
      const response = await get(`/preview/document?path=${q(path)}`);
      expect(response.statusCode, path).toBe(400);
      expect(response.json()).toMatchObject({ code: "BAD_PATH" });
    }
    for (const path of ["fixtures/petillances/escape.yaml", "fixtures/petillances/hidden.yaml", "fixtures/petillances/none.yaml"]) {
      for (const route of ["document", "render", "source"]) {
        const response = await get(`/preview/${route}?path=${q(path)}`);
        expect(response.statusCode, `${route} ${path}`).toBe(404);
        expect(response.json()).toMatchObject({ code: "NO_SUCH_DOCUMENT" });
      }
    }
    expect((await get("/preview/document")).statusCode).toBe(400);
  });

  it("is not served without --preview", async () => {
    const plain = buildService(base({ preview: undefined }));
    try {
      expect((await plain.app.inject({ method: "GET", url: "/preview" })).statusCode).toBe(404);
      expect((await plain.app.inject({ method: "GET", url: `/preview/render?path=${q(INVOICE)}` })).statusCode).toBe(404);
    } finally {
      await plain.shutdown();
    }
  });

  it("guards the preview with the token: a bearer header, or ?token= on the page which becomes a cookie for the page only", async () => {
    const guarded = buildService(base({ token: "s3cret" }));
    const call = (url: string, headers: Record<string, string> = {}) => guarded.app.inject({ method: "GET", url, headers });
    try {
      expect((await call("/preview")).statusCode).toBe(401);
      expect((await call(`/preview/render?path=${q(INVOICE)}`)).statusCode).toBe(401);
      expect((await call("/preview?token=wrong")).statusCode).toBe(401);
      expect((await call("/preview/documents", { authorization: "Bearer s3cret" })).statusCode).toBe(200);
      const entry = await call("/preview?token=s3cret");
      expect(entry.statusCode).toBe(303);
      expect(entry.headers.location).toBe("preview");
      const cookie = String(entry.headers["set-cookie"]);
      expect(cookie).toMatch(/^clausier_token=s3cret; Path=\/preview; HttpOnly; SameSite=Strict/);
      const jar = { cookie: cookie.split(";")[0]! };
      expect((await call("/preview", jar)).statusCode).toBe(200);
      expect((await call(`/preview/render?path=${q(INVOICE)}`, jar)).statusCode).toBe(200);
      expect((await call("/preview/documents", { cookie: "clausier_token=wrong" })).statusCode).toBe(401);
      // The cookie is the page's: the work routes still want the header.
      expect((await call("/openapi.json", jar)).statusCode).toBe(401);
      expect((await call("/openapi.json?token=s3cret")).statusCode).toBe(401);
    } finally {
      await guarded.shutdown();
    }
  });
});

describe("clausier serve --preview event streams", () => {
  it("tells the pages the changed paths, bounds their number, and ends them at shutdown", async () => {
    const listening = buildService(base());
    const url = await listening.app.listen({ port: 0, host: "127.0.0.1" });
    const streams: Array<{ abort: AbortController; reader: ReadableStreamDefaultReader<Uint8Array> }> = [];
    try {
      for (let i = 0; i < MAX_EVENT_CLIENTS; i++) {
        const abort = new AbortController();
        const response = await fetch(`${url}/preview/events`, { signal: abort.signal });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
        streams.push({ abort, reader: response.body!.getReader() });
      }
      const refused = await fetch(`${url}/preview/events`);
      expect(refused.status).toBe(503);
      expect(await refused.json()).toMatchObject({ code: "PREVIEW_BUSY" });

      const first = streams[0]!.reader;
      const decoder = new TextDecoder();
      let text = "";
      const until = async (wanted: string) => {
        while (!text.includes(wanted)) {
          const { value, done } = await first.read();
          if (done) throw new Error(`stream ended before ${wanted}: ${text}`);
          text += decoder.decode(value);
        }
      };
      await until("event: ready");
      writeFileSync(join(project.root, "terms/petillances/cg.yaml"), `${readFileSync(join(project.root, "terms/petillances/cg.yaml"), "utf8")}\n# touched\n`);
      await until('"terms/petillances/cg.yaml"');
      expect(text).toMatch(/event: change\ndata: \{"paths":\["terms\/petillances\/cg\.yaml"\],"listChanged":false\}/);
      // An ignore file changed: the list is not the same.
      writeFileSync(join(project.root, ".clausierignore"), "fixtures/petillances/hidden.yaml\nfixtures/petillances/broken.yaml\n");
      await until('".clausierignore"');
      expect(text).toMatch(/data: \{"paths":\["\.clausierignore"\],"listChanged":true\}/);

      // The streams never end by themselves: the shutdown ends them and returns.
      await listening.shutdown();
      for (const { reader } of streams) {
        let done = false;
        while (!done) done = (await reader.read()).done;
      }
    } finally {
      for (const { abort } of streams) abort.abort();
      await listening.shutdown().catch(() => undefined);
    }
  }, 60_000);
});

// The compiled CLI (`npm run build` first), as users start it.
describe("clausier preview DIR", () => {
  it("prints the page's address, serves it, and stops on SIGTERM with a page listening", async () => {
    const child = spawn(process.execPath, [BIN, "preview", project.root], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const listening = new AbortController();
    try {
      while (!/Aperçu : http:\/\/127\.0\.0\.1:\d+\/preview\n/.test(stdout)) {
        if (child.exitCode !== null) throw new Error(stdout);
        await new Promise((r) => setTimeout(r, 50));
      }
      const url = /http:\/\/\S+\/preview/.exec(stdout)![0];
      expect((await fetch(url)).status).toBe(200);
      const events = await fetch(`${url}/events`, { signal: listening.signal });
      expect(events.status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      listening.abort();
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  }, 60_000);

  it("refuses a folder that does not exist: exit 2, a message, no stack", () => {
    const result = cli(["preview", join(outside, "absent")], { timeout: 30_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("absent");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
