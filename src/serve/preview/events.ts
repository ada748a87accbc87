// Changes on disk pushed to the open preview pages over Server-Sent Events. One chokidar watcher on
// the project root, started with the first page and closed at shutdown; changes are gathered for a
// short while (an editor saves in several writes, a checkout touches many files) and sent as one
// event naming the changed paths. The number of pages listening is bounded.
import type { ServerResponse } from "node:http";
import { basename, relative, sep } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import { SKIPPED_DIRS } from "../../model/index.js";

/** Enough for a team looking at one instance; each holds a connection open. */
export const MAX_EVENT_CLIENTS = 16;
const DEBOUNCE_MS = 200;
/** A comment now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
const IGNORE_FILES = new Set([".clausierignore", ".gitignore"]);

export interface ChangeEvent {
  /** Relative to the root, forward slashes. */
  paths: string[];
  /** A file was added or removed: the list of documents changed. */
  listChanged: boolean;
}

export class PreviewEvents {
  private readonly clients = new Set<ServerResponse>();
  private watcher: FSWatcher | undefined;
  private ready = false;
  private pending = new Set<string>();
  private listChanged = false;
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(private readonly root: string) {}

  get full(): boolean {
    return this.clients.size >= MAX_EVENT_CLIENTS;
  }

  /** Takes over the response as an event stream until the page leaves or the service stops. */
  attach(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" });
    this.clients.add(response);
    response.on("close", () => this.clients.delete(response));
    this.start();
    // A page that connects after the watcher is ready is told at once; the others when it is.
    if (this.ready) this.send(response, "ready", {});
  }

  private start(): void {
    if (this.watcher) return;
    this.watcher = watch(this.root, { ignoreInitial: true, ignored: (path) => this.skipped(path) });
    this.watcher.on("ready", () => {
      this.ready = true;
      for (const client of this.clients) this.send(client, "ready", {});
    });
    this.watcher.on("all", (event, path) => {
      const rel = relative(this.root, path).split(sep).join("/");
      this.pending.add(rel);
      // A file added or removed, or an ignore file changed: the list is not the same.
      if (event === "add" || event === "unlink" || event === "addDir" || event === "unlinkDir" || IGNORE_FILES.has(basename(rel))) this.listChanged = true;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
    });
    // A folder that cannot be watched (permissions, too many watchers) must not stop the service.
    this.watcher.on("error", (error) => process.stderr.write(`clausier serve: preview watcher: ${(error as Error).message}\n`));
    this.heartbeat = setInterval(() => {
      for (const client of this.clients) client.write(": ping\n\n");
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Dependencies, builds, outputs and hidden files (.git) are never documents: not watched, as discover does not walk them; ignore files change the list. */
  private skipped(path: string): boolean {
    const rel = relative(this.root, path);
    return rel !== "" && rel.split(sep).some((part) => SKIPPED_DIRS.has(part) || (part.startsWith(".") && !IGNORE_FILES.has(part)));
  }

  private flush(): void {
    const event: ChangeEvent = { paths: [...this.pending].sort(), listChanged: this.listChanged };
    this.pending = new Set();
    this.listChanged = false;
    for (const client of this.clients) this.send(client, "change", event);
  }

  private send(client: ServerResponse, name: string, data: object): void {
    client.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends every stream and stops watching: the service's shutdown waits for no page. */
  async close(): Promise<void> {
    clearTimeout(this.timer);
    clearInterval(this.heartbeat);
    for (const client of this.clients) client.end();
    this.clients.clear();
    await this.watcher?.close();
    this.watcher = undefined;
  }
}
