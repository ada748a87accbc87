// Render throughput: every bundled terms file and valid fixture to HTML and PDF, N times, with one
// Chromium for the whole run (as `clausier render` does), outputs kept in memory. Run after
// `npm run build`:
//   node bench/render.mjs [iterations]
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { discoverFiles, Workspace } from "../dist/model/index.js";
import { PdfPrinter } from "../dist/render/browser.js";
import { DocumentRenderer } from "../dist/render/render.js";

const root = new URL("..", import.meta.url).pathname;
const iterations = Number(process.argv[2] ?? 3);
const files = discoverFiles(["terms", "fixtures"], root, { extensions: [".yaml", ".yml", ".json"], exclude: [join(root, "fixtures/invalid")], locale: "fr" });
const workspace = new Workspace(root);
const docs = files.map((f) => workspace.load(f)).filter((d) => d && ["terms", "invoice", "quote", "refund"].includes(d.kind));

const started = performance.now();
const printer = await PdfPrinter.start();
const startup = performance.now() - started;
const byKind = new Map();
try {
  const options = { html: true, pdf: true, bind: false, attachSource: false, version: "bench" };
  await new DocumentRenderer(printer, options).render(docs[0]); // warm-up: fonts, templates, JIT
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    // A new renderer per iteration: nothing cached from the previous pass (a fresh `clausier render`).
    const renderer = new DocumentRenderer(printer, options);
    for (const doc of docs) {
      const t = performance.now();
      await renderer.render(doc);
      const ms = performance.now() - t;
      const entry = byKind.get(doc.kind) ?? { n: 0, ms: 0 };
      byKind.set(doc.kind, { n: entry.n + 1, ms: entry.ms + ms });
    }
  }
  const ms = performance.now() - start;
  const n = docs.length * iterations;
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), node ${process.version}`);
  console.log(`browser start: ${startup.toFixed(0)} ms`);
  console.log(`${docs.length} documents × ${iterations}: ${(ms / iterations).toFixed(0)} ms per pass, ${((n * 1000) / ms).toFixed(2)} docs/s`);
  for (const [kind, { n: k, ms: t }] of byKind) console.log(`  ${kind.padEnd(8)} ${(t / k).toFixed(0).padStart(6)} ms/doc (${k / iterations} per pass)`);
} finally {
  await printer.close();
}
