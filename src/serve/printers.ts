// One browser per concurrent render, started when first needed and kept: a crash kills only the
// prints of its own browser, which the renderer retries once on a new one (PdfPrinter restarts it),
// while the other browsers print on. Restarts are counted by the browser's process id changing.
import { PdfPrinter, type PrinterTimeouts } from "../render/browser.js";

interface Held {
  printer: PdfPrinter;
  pid: number | undefined;
}

export class PrinterPool {
  private readonly free: Held[] = [];
  private readonly all = new Set<Held>();
  private starting = 0;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    /** Told each time a browser was replaced during a print. */
    private readonly onRestart: () => void,
    private readonly timeouts: Partial<PrinterTimeouts> = {},
  ) {}

  /** Runs `use` with a printer of its own: a free one, or a new browser. */
  async with<T>(use: (printer: PdfPrinter) => Promise<T>): Promise<T> {
    const held = this.free.pop() ?? (await this.start());
    try {
      return await use(held.printer);
    } finally {
      const pid = held.printer.browserProcess()?.pid;
      if (held.pid !== undefined && pid !== held.pid) this.onRestart();
      held.pid = pid;
      this.free.push(held);
    }
  }

  private async start(): Promise<Held> {
    this.starting++;
    try {
      const printer = await PdfPrinter.start(this.env, this.timeouts);
      const held = { printer, pid: printer.browserProcess()?.pid };
      this.all.add(held);
      return held;
    } finally {
      this.starting--;
    }
  }

  /** The browsers' processes (tests kill one mid-print). */
  processes(): Array<ReturnType<PdfPrinter["browserProcess"]>> {
    return [...this.all].map((h) => h.printer.browserProcess());
  }

  /** Closes every browser; call once nothing prints any more. */
  async close(): Promise<void> {
    await Promise.all([...this.all].map((h) => h.printer.close()));
    this.all.clear();
    this.free.length = 0;
  }
}
