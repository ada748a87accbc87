// How `clausier render` reports each document as it is written.
import { constants as osConstants } from "node:os";
import cliProgress from "cli-progress";
import type { DocumentReport } from "../render/batch.js";
import type { Io } from "./io.js";
import { t } from "./messages.js";
import { refusalText } from "./text-output.js";

/**
 * Reports each document as soon as it is written: on a terminal, a progress bar (count, rate,
 * remaining time) on stderr with the lines above it; elsewhere (pipes, CI) one plain line per file.
 * Quiet: failures only.
 */
export function progressReporter(io: Io, quiet: boolean, total: number): { report: (r: DocumentReport) => void; stop: () => void } {
  const plain = (r: DocumentReport) => {
    if (r.failure) io.stderr(refusalText(r.failure, Boolean(io.env.CLAUSIER_DEBUG)));
    else if (!quiet) for (const w of r.written) io.stdout(`✔ ${w}\n`);
  };
  if (quiet || !io.terminal || total === 0) return { report: plain, stop: () => {} };
  const bars = new cliProgress.MultiBar(
    { stream: io.terminal, format: t(io.locale, "RENDER_PROGRESS"), hideCursor: true, clearOnComplete: true, etaBuffer: 5 },
    cliProgress.Presets.shades_classic,
  );
  // Ctrl-C gives the terminal back (cursor, line wrapping) and still ends the run, with the shell's
  // status; the library's own handler would stop the bar but keep the process running.
  const onSignal = (signal: NodeJS.Signals) => {
    bars.stop();
    process.exit(128 + (osConstants.signals[signal] ?? 0));
  };
  const SIGNALS = ["SIGINT", "SIGTERM"] as const;
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const bar = bars.create(total, 0, { rate: "…" });
  const started = Date.now();
  let done = 0;
  return {
    report: (r) => {
      bars.log(r.failure ? refusalText(r.failure, Boolean(io.env.CLAUSIER_DEBUG)) : r.written.map((w) => `✔ ${w}\n`).join(""));
      done++;
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1).replace(".", io.locale === "fr" ? "," : ".") : "…" });
      bars.update(); // the logged lines are flushed on a redraw only
    },
    stop: () => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      bars.stop();
    },
  };
}
