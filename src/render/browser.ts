// The system Chromium, driven by puppeteer-core: started once per run, one page reused for every
// document. The page is a dead end for the outside world: JavaScript is off, and every request is
// aborted except the document's own data: URLs (fonts, logo). No network, no file://.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type HTTPRequest, type Page } from "puppeteer-core";
import { UsageError } from "../model/diagnostics.js";

export const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable"];

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
      if (!isExecutableFile(path)) throw new UsageError(`${name}=${path} : aucun navigateur à cet emplacement`);
      return path;
    }
  }
  return CHROMIUM_PATHS.find(isExecutableFile);
}

export function chromiumMissingMessage(): string {
  return (
    "aucun navigateur Chromium trouvé pour produire les PDF (cherché : CLAUSIER_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, " +
    `${CHROMIUM_PATHS.join(", ")}). Installez-le (« apt-get install chromium » ou « bash scripts/setup.sh ») ` +
    "ou indiquez son chemin dans CLAUSIER_CHROMIUM ; « --to html » ne demande pas de navigateur."
  );
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Every request the page attempted while loading and printing (allowed or not). */
  requests: string[];
}

const ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-gpu",
  "--disable-dev-shm-usage",
];

export class PdfPrinter {
  private requests: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly userDataDir: string,
  ) {}

  /** Starts headless Chromium; `--no-sandbox` only for root, where Chromium refuses to start sandboxed. */
  static async start(env: NodeJS.ProcessEnv = process.env): Promise<PdfPrinter> {
    const executablePath = findChromium(env);
    if (!executablePath) throw new UsageError(chromiumMissingMessage());
    const userDataDir = mkdtempSync(join(tmpdir(), "clausier-chromium-"));
    const args = [...ARGS, ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])];
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, userDataDir, args });
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      const printer = new PdfPrinter(browser, page, userDataDir);
      page.on("request", (request: HTTPRequest) => printer.filter(request));
      return printer;
    } catch (error) {
      await browser?.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      throw new UsageError(`impossible de démarrer Chromium (${executablePath}) : ${(error as Error).message}`);
    }
  }

  private filter(request: HTTPRequest): void {
    const url = request.url();
    this.requests.push(url);
    // The document itself is set with setContent (no navigation): only its inline data: URLs may load.
    if (url.startsWith("data:")) void request.continue();
    else void request.abort("blockedbyclient");
  }

  /** Prints one HTML document (A4 from its own @page rules) to PDF bytes. */
  async print(html: string, options: { outline?: boolean } = {}): Promise<PrintResult> {
    this.requests = [];
    await this.page.setContent(html, { waitUntil: "load" });
    const pdf = await this.page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      // Untagged: Chromium's structure tree is keyed by DOM node ids, which count on from one
      // document to the next in a browser, so a tagged PDF would differ between two prints.
      tagged: false,
      outline: options.outline ?? false,
      waitForFonts: true,
    });
    return { pdf, requests: this.requests };
  }

  /** Closes the browser and removes its temporary profile. */
  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      rmSync(this.userDataDir, { recursive: true, force: true });
    }
  }
}
