// The preview's routes, on the service's app when it runs with --preview (it reads the project on
// disk, so it is never on by default): the page and its assets, the list of documents, a document's
// findings, its HTML render, a file's text (where a finding's position leads), and the change events. Reading and rendering go through the service's
// queue like any work; the event streams are bounded and ended at shutdown.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Locale } from "../../model/index.js";
import { MAX_FILE_BYTES } from "../../model/source-file.js";
import { renderSent } from "../documents.js";
import { HttpProblem } from "../problems.js";
import { PreviewEvents, MAX_EVENT_CLIENTS } from "./events.js";
import { documentPath, listDocuments, previewPolicy } from "./files.js";
import { inspectDocument } from "./inspect.js";
import { PAGE_CSP, PAGE_CSS, PAGE_JS, pageHtml, problemPageHtml, RENDER_CSP, sourceHtml } from "./page.js";

export interface PreviewOptions {
  root: string;
  /** The page's language and its findings' (the CLI's --locale): French by default. */
  locale: Locale;
  /** Runs a task in the service's bounded queue, within the request's time. */
  work: <T>(reply: FastifyReply, task: () => Promise<T>) => Promise<T>;
}

/** Holds the token for the page's own requests (the frame and the event stream cannot send a header). */
export const TOKEN_COOKIE = "clausier_token";

const isPreview = (path: string) => path === "/preview" || path.startsWith("/preview/");

/**
 * The token a preview request carries besides an Authorization header: the cookie the page was
 * given, or `?token=` on the page's own address (which then sets the cookie and drops it from the address).
 */
export function previewToken(request: FastifyRequest): string | undefined {
  const [path = "", query = ""] = request.url.split("?");
  if (!isPreview(path)) return undefined;
  const cookie = (request.headers.cookie ?? "")
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
  if (cookie) return decodeURIComponent(cookie.slice(TOKEN_COOKIE.length + 1));
  return path === "/preview" ? (new URLSearchParams(query).get("token") ?? undefined) : undefined;
}

const SECURITY_HEADERS = { "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-store" };

function pathOf(request: FastifyRequest): string | undefined {
  const value = (request.query as Record<string, unknown>).path;
  return typeof value === "string" ? value : undefined;
}

/** A listed document's text, read as the loader reads files (inside the root, a regular file, within the size limit). */
function readDocument(root: string, abs: string, given: string | undefined): string {
  const read = previewPolicy(root).read(abs, MAX_FILE_BYTES, true);
  if (!read.ok) throw new HttpProblem(404, "NO_SUCH_DOCUMENT", "NOT_FOUND_TITLE", { id: "PREVIEW_NO_SUCH_DOCUMENT", data: { path: given } });
  return new TextDecoder().decode(read.bytes);
}

export function registerPreview(app: FastifyInstance, options: PreviewOptions): void {
  const { root, locale } = options;
  const events = new PreviewEvents(root);
  // The streams never end by themselves: ended first, so that the shutdown waits only for real work.
  app.addHook("preClose", async () => events.close());

  void app.register(async (scope) => {
    // The page's problems speak its language, whatever the browser's Accept-Language.
    scope.addHook("onRequest", async (request) => {
      request.locale = locale;
    });

    scope.get("/preview", async (request, reply) => {
      const token = (request.query as Record<string, unknown>).token;
      if (typeof token === "string") {
        // Checked by the service's hook already: kept in a cookie for this page only, then out of the address bar.
        reply.header("set-cookie", `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/preview; HttpOnly; SameSite=Strict`);
        return reply.code(303).header("location", "preview").send();
      }
      return reply.headers({ ...SECURITY_HEADERS, "content-security-policy": PAGE_CSP }).type("text/html; charset=utf-8").send(pageHtml(locale));
    });
    scope.get("/preview/page.css", async (_request, reply) => reply.headers(SECURITY_HEADERS).type("text/css; charset=utf-8").send(PAGE_CSS));
    scope.get("/preview/page.js", async (_request, reply) => reply.headers(SECURITY_HEADERS).type("text/javascript; charset=utf-8").send(PAGE_JS));

    scope.get("/preview/documents", async (_request, reply) => {
      const documents = await options.work(reply, async () => listDocuments(root, locale));
      return reply.headers(SECURITY_HEADERS).send({ documents });
    });

    scope.get("/preview/document", async (request, reply) => {
      // The path is checked against the project's documents in the queue too: it walks the root.
      const inspected = await options.work(reply, async () => inspectDocument(root, documentPath(root, pathOf(request), locale), locale));
      return reply.headers(SECURITY_HEADERS).send(inspected);
    });

    scope.get("/preview/render", async (request, reply) => {
      reply.headers({ ...SECURITY_HEADERS, "content-security-policy": RENDER_CSP });
      try {
        const rendered = await options.work(reply, async () => {
          const abs = documentPath(root, pathOf(request), locale);
          // As it will print: with lint errors it is shown as the draft `render --force` would make, marked as such.
          return renderSent({ root, abs, text: readDocument(root, abs, pathOf(request)), locale }, { to: "html", force: true, profile: "en16931" }, () => {
            throw new Error("the preview renders HTML only");
          });
        });
        return reply.type(rendered.contentType).send(rendered.body);
      } catch (error) {
        if (!(error instanceof HttpProblem) || error.status !== 422) throw error;
        // Shown in the page's frame: the problem as a short page rather than raw JSON.
        return reply.code(422).type("text/html; charset=utf-8").send(problemPageHtml(error.body(locale, `urn:uuid:${request.id}`), locale));
      }
    });

    scope.get("/preview/source", async (request, reply) => {
      reply.headers({ ...SECURITY_HEADERS, "content-security-policy": RENDER_CSP });
      const html = await options.work(reply, async () => {
        const abs = documentPath(root, pathOf(request), locale);
        return sourceHtml(pathOf(request)!, readDocument(root, abs, pathOf(request)), locale);
      });
      return reply.type("text/html; charset=utf-8").send(html);
    });

    scope.get("/preview/events", (request, reply) => {
      if (events.full) throw new HttpProblem(503, "PREVIEW_BUSY", "QUEUE_FULL_TITLE", { id: "PREVIEW_BUSY", data: { max: MAX_EVENT_CLIENTS } }, { headers: { "retry-after": "5" } });
      reply.hijack();
      events.attach(reply.raw, { "x-request-id": String(request.id) });
    });
  });
}
