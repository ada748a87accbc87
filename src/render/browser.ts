// The system Chromium, driven by puppeteer-core: started once per run, its pages (one by default, a
// pool for a batch) reused for every document. Each page is a dead end for the outside world:
// JavaScript is off, and every request is aborted except the document's own data: URLs (logo) and
// the bundled fonts' internal URLs, answered from memory (fonts.ts). No network, no file://. The browser
// itself resolves no host name (every name maps to NOTFOUND) and runs no background service, so a
// render makes no DNS query.
//
// A browser that hangs or dies never stops a run: start and print are bounded in time, a broken
// browser is killed and a new one started on the next print. Its temporary profile is removed on
// every way out: close, a failed start, process exit, SIGINT/SIGTERM/SIGHUP; one left by a killed
// run (kill -9) is removed by the next run.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from "node:fs";
import { availableParallelism, constants as osConstants, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import puppeteer, { type Browser, type CDPSession, type HTTPRequest, type Page } from "puppeteer-core";
import { UsageError } from "../model/diagnostics.js";
import type { Locale } from "../model/locale.js";
import { linkedFont } from "./fonts.js";
import { renderMessage } from "./messages.js";

/**
 * Debian's headless shell first (package chromium-headless-shell, the same Chromium without the
 * browser's UI layer): about half the CPU per print of the full browser, and the same PDF bytes
 * (with --font-render-hinting=none, see chromiumArgs). Its binary, not /usr/bin's wrapper script,
 * so that no shell process stands between the printer and the browser.
 */
export const CHROMIUM_PATHS = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable"];

/** Chromium's headless shell (chrome-headless-shell): started in puppeteer's "shell" mode rather than the full browser's headless mode. */
export function isHeadlessShell(executablePath: string): boolean {
  return /headless[-_]shell$/.test(basename(executablePath));
}

function isExecutableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** CLAUSIER_CHROMIUM, then PUPPETEER_EXECUTABLE_PATH, then the usual Debian paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ["CLAUSIER_CHROMIUM", "PUPPETEER_EXECUTABLE_PATH"] as const) {
    const path = env[name];
    if (path) {
      if (!isExecutableFile(path)) throw new PrinterSetupError("CHROMIUM_NOT_THERE", { name, path });
      return path;
    }
  }
  return CHROMIUM_PATHS.find(isExecutableFile);
}

export function chromiumMissing(): PrinterSetupError {
  return new PrinterSetupError("CHROMIUM_MISSING", { paths: CHROMIUM_PATHS.join(", ") });
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Every request the page attempted while loading and printing (allowed or not). */
  requests: string[];
}

/** Every host name resolves to "not found": Chromium sends no DNS query, for the page or its own services. */
export const NO_NAME_RESOLUTION = "--host-resolver-rules=MAP * ~NOTFOUND";

/**
 * Chromium's arguments besides puppeteer's defaults (which already turn off sync, the default
 * apps, extensions, breakpad, phishing detection, metrics upload, Translate, MediaRouter and
 * OptimizationHints; puppeteer merges our --disable-features into its own).
 */
export function chromiumArgs(): string[] {
  return [
    NO_NAME_RESOLUTION,
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--no-pings",
    "--no-first-run",
    "--disable-features=Translate,MediaRouter,DialMediaRouteProvider,OptimizationHints,SegmentationPlatform,HttpsUpgrades",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    // The full browser's own glyph placement (no hinting), which the headless shell does not
    // default to: with it both print the same PDF bytes, and the full browser's are unchanged.
    "--font-render-hinting=none",
    // Chromium refuses its sandbox as root.
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  ];
}

export interface PrinterTimeouts {
  /** From the launch to a page ready to print. */
  launchMs: number;
  /** One print: the HTML set in the page, then the PDF out. */
  printMs: number;
}

export const DEFAULT_TIMEOUTS: PrinterTimeouts = { launchMs: 30_000, printMs: 60_000 };

/** CLAUSIER_BROWSER_TIMEOUT_MS and CLAUSIER_PRINT_TIMEOUT_MS override the defaults (tests use short ones). */
export function timeoutsFrom(env: NodeJS.ProcessEnv): PrinterTimeouts {
  const read = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    if (!/^[1-9]\d*$/.test(value)) throw new PrinterSetupError("BAD_TIMEOUT", { name, value });
    return Number(value);
  };
  return { launchMs: read("CLAUSIER_BROWSER_TIMEOUT_MS", DEFAULT_TIMEOUTS.launchMs), printMs: read("CLAUSIER_PRINT_TIMEOUT_MS", DEFAULT_TIMEOUTS.printMs) };
}

/** No usable browser, or a bad setting for it: a usage error (exit 2), its message made at the edge. */
export class PrinterSetupError extends UsageError {
  override name = "PrinterSetupError";

  constructor(
    readonly code: "CHROMIUM_NOT_THERE" | "CHROMIUM_MISSING" | "BAD_TIMEOUT" | "BAD_PAGES",
    readonly data: Record<string, string>,
  ) {
    super(renderMessage("fr", code, data));
  }

  describe(locale: Locale): string {
    return renderMessage(locale, this.code, this.data);
  }
}

export type BrowserErrorCode = "BROWSER_LAUNCH_TIMEOUT" | "BROWSER_LAUNCH_FAILED" | "PRINT_TIMEOUT" | "BROWSER_CRASHED";

/** The browser failed (not the document): a code and its data; the message is made at the edge. */
export class BrowserError extends Error {
  override name = "BrowserError";

  constructor(
    readonly code: BrowserErrorCode,
    readonly data: Record<string, string | number>,
  ) {
    super(renderMessage("fr", code, data));
  }

  /** The message in `locale` (`message` is the French wording, for logs). */
  describe(locale: Locale): string {
    return renderMessage(locale, this.code, this.data);
  }

  /** No browser could be started: the PDF part of the run cannot go on. */
  get isLaunchFailure(): boolean {
    return this.code === "BROWSER_LAUNCH_TIMEOUT" || this.code === "BROWSER_LAUNCH_FAILED";
  }
}

// ---- Temporary profiles ------------------------------------------------------------------------

const PROFILE_PREFIX = "clausier-chromium-";

/** What to undo synchronously if the process ends while browsers run: profile folder → kill and remove. */
const liveBrowsers = new Map<string, () => void>();
const EXIT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Whether a signal kills the browsers and exits at once (the CLI) or is the caller's (a server that finishes its prints first). */
let exitOnSignal = true;

/** For a long-running caller that handles SIGINT/SIGTERM itself and closes its printers: browsers are then only cleaned up on exit. */
export function leaveExitSignalsToCaller(): void {
  exitOnSignal = false;
  for (const signal of EXIT_SIGNALS) process.off(signal, onExitSignal);
}

function onExitSignal(signal: NodeJS.Signals): void {
  cleanUpLiveBrowsers();
  // Exit at once with the shell's status for the signal (130, 143, 129): re-raising it would let the
  // batch run on until delivery, and start a new browser in place of the one just killed.
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

function cleanUpLiveBrowsers(): void {
  for (const cleanUp of liveBrowsers.values()) {
    try {
      cleanUp();
    } catch {
      // On the way out: the next run removes what is left (removeStaleProfiles).
    }
  }
  liveBrowsers.clear();
  untrackExit();
}

function track(userDataDir: string, cleanUp: () => void): void {
  if (!liveBrowsers.size) {
    if (exitOnSignal) for (const signal of EXIT_SIGNALS) process.on(signal, onExitSignal);
    process.on("exit", cleanUpLiveBrowsers);
  }
  liveBrowsers.set(userDataDir, cleanUp);
}

function untrack(userDataDir: string): void {
  liveBrowsers.delete(userDataDir);
  if (!liveBrowsers.size) untrackExit();
}

function untrackExit(): void {
  for (const signal of EXIT_SIGNALS) process.off(signal, onExitSignal);
  process.off("exit", cleanUpLiveBrowsers);
}

/** Whether a process runs: the leftovers of killed runs (browser profiles, queue workers' scratch folders) are removed by it. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the profiles of runs that ended without cleaning up (kill -9): their pid no longer runs. */
export function removeStaleProfiles(folder: string = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      removeProfile(join(folder, name));
      removed.push(name);
    } catch {
      // Someone else's folder we may not remove: not ours to insist.
    }
  }
  return removed;
}

function killGroup(proc: ChildProcess | null): void {
  if (!proc?.pid || proc.exitCode !== null || proc.signalCode !== null) return;
  try {
    // Puppeteer starts Chromium as a process group leader: its renderers and helpers go with it.
    process.kill(-proc.pid, "SIGKILL");
  } catch {
    proc.kill("SIGKILL");
  }
}

async function exited(proc: ChildProcess | null, ms: number): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    proc.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Removes a profile and the folder of its singleton socket (org.chromium.Chromium.*, which a killed Chromium leaves in the temp folder). */
function removeProfile(userDataDir: string, maxRetries = 3): void {
  try {
    const socketDir = dirname(readlinkSync(join(userDataDir, "SingletonSocket")));
    if (basename(socketDir).startsWith("org.chromium.Chromium.")) rmSync(socketDir, { recursive: true, force: true });
  } catch {
    // No socket link: Chromium did not get that far, or removed it on close.
  }
  rmSync(userDataDir, { recursive: true, force: true, maxRetries });
}

class Timeout extends Error {}

/** The promise, or a Timeout after `ms` (the promise keeps running: the caller kills what runs it). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- The printer -------------------------------------------------------------------------------

/** One page of the browser and the requests it attempted during its current print. */
interface Slot {
  page: Page;
  /** The page's own DevTools session, for the print itself (printToPDF's PDF in one answer). */
  cdp: CDPSession;
  requests: string[];
  /** Documents printed on this page: it is replaced by a new one after PRINTS_PER_PAGE. */
  prints: number;
}

interface Session {
  browser: Browser;
  /** The pages not printing now. */
  free: Slot[];
  userDataDir: string;
  /** Opens a page set up for printing. */
  newSlot: () => Promise<Slot>;
}

/**
 * A page's renderer keeps memory from every document it laid out: replaced after this many prints,
 * a long batch's Chromium stays about the size of a short one's (the PDF bytes do not depend on it).
 */
export const PRINTS_PER_PAGE = 500;

/** At most this many pages per browser: past the cores, pages only queue for them. */
export const MAX_PAGES = 8;

/** CLAUSIER_RENDER_PAGES, or one page per core (at most MAX_PAGES). */
export function pagesFrom(env: NodeJS.ProcessEnv, cores: number = availableParallelism()): number {
  const value = env.CLAUSIER_RENDER_PAGES;
  if (value === undefined || value === "") return Math.max(1, Math.min(cores, MAX_PAGES));
  if (!/^[1-9]\d*$/.test(value) || Number(value) > MAX_PAGES) throw new PrinterSetupError("BAD_PAGES", { name: "CLAUSIER_RENDER_PAGES", value, max: String(MAX_PAGES) });
  return Number(value);
}

export class PdfPrinter {
  private session: Session | undefined;
  private starting: Promise<Session> | undefined;
  /** Places (pages) taken by prints running or granted; the others wait in `waiting`, in order. */
  private busy = 0;
  private readonly waiting: Array<{ count: number; resolve: () => void }> = [];

  /** Pages opened since the start, replacements included (tests). */
  pagesOpened = 0;

  private constructor(
    private readonly executablePath: string,
    private readonly timeouts: PrinterTimeouts,
    /** Pages printing at once in the one browser. */
    readonly pages: number,
    private readonly printsPerPage: number,
  ) {}

  /**
   * Starts headless Chromium with `pages` pages (default 1). Throws UsageError when there is none,
   * BrowserError when it does not start (or not in time). Timeouts: CLAUSIER_BROWSER_TIMEOUT_MS,
   * CLAUSIER_PRINT_TIMEOUT_MS, or `timeouts`.
   */
  static async start(env: NodeJS.ProcessEnv = process.env, timeouts: Partial<PrinterTimeouts> = {}, pages = 1, printsPerPage = PRINTS_PER_PAGE): Promise<PdfPrinter> {
    const executablePath = findChromium(env);
    if (!executablePath) throw chromiumMissing();
    const printer = new PdfPrinter(executablePath, { ...timeoutsFrom(env), ...timeouts }, pages, printsPerPage);
    removeStaleProfiles();
    await printer.launch();
    return printer;
  }

  /** The running browser's process (tests kill or freeze it). */
  browserProcess(): ChildProcess | null {
    return this.session?.browser.process() ?? null;
  }

  private async launch(): Promise<Session> {
    const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
    let proc: ChildProcess | null = null;
    // Aborting kills the browser process, wherever puppeteer is in its start (before `proc` is known).
    const abort = new AbortController();
    track(userDataDir, () => {
      abort.abort();
      killGroup(proc);
      // Killed processes may still be finishing a write: retry for up to about 5 s.
      removeProfile(userDataDir, 10);
    });
    const launching = puppeteer.launch({
      executablePath: this.executablePath,
      headless: isHeadlessShell(this.executablePath) ? "shell" : true,
      pipe: true,
      userDataDir,
      args: chromiumArgs(),
      timeout: this.timeouts.launchMs,
      signal: abort.signal,
      // Ours clean up the profile too (below); puppeteer's would exit first.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const newSlot = async (browser: Browser): Promise<Slot> => {
      const page = await browser.newPage();
      this.pagesOpened++;
      const slot: Slot = { page, cdp: await page.createCDPSession(), requests: [], prints: 0 };
      await page.setJavaScriptEnabled(false);
      // Laid out for print from the start: the print then reuses that layout instead of redoing the
      // screen's (about a third of the renderer's time per document; the PDF bytes are the same).
      await page.emulateMediaType("print");
      await page.setRequestInterception(true);
      page.on("request", (request: HTTPRequest) => this.filter(slot, request));
      return slot;
    };
    const ready = async (): Promise<Session> => {
      const browser = await launching;
      proc = browser.process();
      const free: Slot[] = [];
      // One after the other: Chromium opens pages one at a time anyway.
      for (let i = 0; i < this.pages; i++) free.push(await newSlot(browser));
      return { browser, free, userDataDir, newSlot: () => newSlot(browser) };
    };
    try {
      this.session = await within(ready(), this.timeouts.launchMs);
      return this.session;
    } catch (error) {
      abort.abort();
      launching.then((browser) => killGroup(browser.process())).catch(() => undefined);
      killGroup(proc);
      await exited(proc, 2000);
      removeProfile(userDataDir);
      untrack(userDataDir);
      if (error instanceof Timeout) throw new BrowserError("BROWSER_LAUNCH_TIMEOUT", { path: this.executablePath, seconds: this.timeouts.launchMs / 1000 });
      throw new BrowserError("BROWSER_LAUNCH_FAILED", { path: this.executablePath, detail: (error as Error).message });
    }
  }

  private filter(slot: Slot, request: HTTPRequest): void {
    const url = request.url();
    slot.requests.push(url);
    // The document itself is set with setContent (no navigation): only its inline data: URLs may
    // load, and the bundled fonts, answered from memory (nothing leaves the process).
    const font = linkedFont(url);
    if (font) void request.respond({ status: 200, contentType: "font/woff2", headers: { "access-control-allow-origin": "*" }, body: font });
    else if (url.startsWith("data:")) void request.continue();
    else void request.abort("blockedbyclient");
  }

  /** The running browser, or a new one: concurrent prints that find it dead start only one. */
  private async running(): Promise<Session> {
    if (this.session?.browser.connected) return this.session;
    this.starting ??= (async () => {
      await this.discard();
      return this.launch();
    })().finally(() => (this.starting = undefined));
    return this.starting;
  }

  /** Waits for `count` places, in the order asked: a print that needs all of them is not overtaken. */
  private async acquire(count: number): Promise<void> {
    if (!this.waiting.length && this.busy + count <= this.pages) {
      this.busy += count;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ count, resolve }));
  }

  private release(count: number): void {
    this.busy -= count;
    while (this.waiting.length && this.busy + this.waiting[0]!.count <= this.pages) {
      const next = this.waiting.shift()!;
      this.busy += next.count;
      next.resolve();
    }
  }

  /**
   * Prints one HTML document (A4 from its own @page rules) to PDF bytes, on the first free page:
   * up to `pages` prints run at once, the others wait their turn in order. `alone`: with no other
   * print in the browser, so that a retry after a crash cannot fail because of another document.
   * A browser that does not answer in time or has died is killed (with the prints it was running)
   * and BrowserError thrown; the next print starts a new one.
   */
  async print(html: string, options: { outline?: boolean; alone?: boolean } = {}): Promise<PrintResult> {
    const places = options.alone ? this.pages : 1;
    await this.acquire(places);
    try {
      const session = await this.running();
      // As many pages as places (acquire): one is free.
      const slot = session.free.pop()!;
      slot.requests = [];
      try {
        const pdf = await within(this.printOn(slot, html, options), this.timeouts.printMs);
        session.free.push(++slot.prints < this.printsPerPage ? slot : await within(this.replaced(session, slot), this.timeouts.printMs));
        return { pdf, requests: slot.requests };
      } catch (error) {
        // The HTML is ours and valid: a failure here is the browser's (crashed, frozen, out of disk).
        await this.discard(session);
        if (error instanceof Timeout) throw new BrowserError("PRINT_TIMEOUT", { seconds: this.timeouts.printMs / 1000 });
        throw new BrowserError("BROWSER_CRASHED", { detail: (error as Error).message });
      }
    } finally {
      this.release(places);
    }
  }

  /** A new page in place of one that has printed its share of documents (PRINTS_PER_PAGE). */
  private async replaced(session: Session, slot: Slot): Promise<Slot> {
    const fresh = await session.newSlot();
    await slot.page.close();
    return fresh;
  }

  private async printOn(slot: Slot, html: string, options: { outline?: boolean }): Promise<Uint8Array> {
    await slot.page.setContent(html, { waitUntil: "load", timeout: this.timeouts.printMs });
    // Printed only once the fonts are in (as puppeteer's waitForFonts); DevTools may evaluate with the page's JavaScript off.
    await slot.cdp.send("Runtime.evaluate", { expression: "document.fonts.ready.then(() => true)", awaitPromise: true, returnByValue: true });
    // printToPDF directly rather than page.pdf: the PDF comes back in its answer (base64), not as a
    // stream read in further round trips. The options are page.pdf's for our call (paper and margins
    // are the document's own @page rules).
    const { data } = await slot.cdp.send("Page.printToPDF", {
      transferMode: "ReturnAsBase64",
      landscape: false,
      displayHeaderFooter: false,
      headerTemplate: "",
      footerTemplate: "",
      printBackground: true,
      scale: 1,
      paperWidth: 8.5,
      paperHeight: 11,
      marginTop: 0,
      marginBottom: 0,
      marginLeft: 0,
      marginRight: 0,
      pageRanges: "",
      preferCSSPageSize: true,
      // Untagged: Chromium's structure tree is keyed by DOM node ids, which count on from one
      // document to the next in a browser, so a tagged PDF would differ between two prints.
      generateTaggedPDF: false,
      generateDocumentOutline: options.outline ?? false,
    });
    return Buffer.from(data, "base64");
  }

  /**
   * Kills a browser (it may be frozen: no goodbye) and removes its profile: `session`, the one a
   * print failed on, only if it is still the current one (another print may have replaced it).
   */
  private async discard(session: Session | undefined = this.session): Promise<void> {
    if (!session || session !== this.session) return;
    this.session = undefined;
    const proc = session.browser.process();
    killGroup(proc);
    await exited(proc, 2000);
    session.browser.disconnect().catch(() => undefined);
    removeProfile(session.userDataDir);
    untrack(session.userDataDir);
  }

  /** Closes the browser and removes its temporary profile. */
  async close(): Promise<void> {
    const session = this.session;
    if (!session) return;
    try {
      // A polite close, bounded: a frozen browser is killed.
      await within(session.browser.close(), 5000);
      this.session = undefined;
      removeProfile(session.userDataDir);
      untrack(session.userDataDir);
    } catch {
      await this.discard();
    }
  }
}
