// Batch render throughput: N one-page invoices of one seller and one set of terms, generated into a
// temporary project (deterministic: same N, same files), rendered to separate PDFs
//   1. by Clausier's render path (the library's render(), as `clausier render`: lint gate, browser
//      start, atomic writes included),
//   2. by the naive loop: one browser (Clausier's flags), one reused page, `page.setContent` of
//      Clausier's own HTML, puppeteer's `page.pdf`, written with writeFileSync (HTML made beforehand,
//      not timed): what Clausier's printer did before issue #14, and what anyone would write first,
// in the same run, so that the ratio holds on a shared machine. Run after `npm run build`:
//   node bench/render-batch.mjs [--n 1000] [--pages N] [--skip-naive] [--skip-html]
// Then the same N invoices to HTML: Clausier's render({ to: "html" }) into another folder, against the
// naive HTML loop (one workspace, each invoice loaded, laid out with Clausier's template, fonts
// inlined, writeFileSync: no lint gate, no keys, no atomic write). --skip-html leaves it out.
// --skip-naive: Clausier's run only, for the memory figure of a large batch (the naive loop holds
// every HTML document in memory: about 3 GB for 1 000).
// --pages sets CLAUSIER_RENDER_PAGES for Clausier's run (default: its own choice). Peak memory: of
// Node alone (RSS), and of Node with Chromium's processes (summed PSS).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { render } from "../dist/index.js";
import { Workspace } from "../dist/model/index.js";
import puppeteer from "puppeteer-core";
import { chromiumArgs, findChromium } from "../dist/render/browser.js";
import { viewOf } from "../dist/render/render.js";
import { renderHtml } from "../dist/render/templates.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "1000" }, pages: { type: "string" }, "skip-naive": { type: "boolean", default: false }, "skip-html": { type: "boolean", default: false } } });
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error("--n: a positive whole number");
const root = new URL("..", import.meta.url).pathname;

/** The Pétillances terms with the seller's numbers filled in (so its invoices pass the lint gate), and N invoices. */
function makeProject() {
  const dir = mkdtempSync(join(tmpdir(), "clausier-bench-batch-"));
  cpSync(join(root, "terms/petillances"), join(dir, "terms/petillances"), { recursive: true });
  const seller = join(dir, "terms/petillances/seller.yaml");
  writeFileSync(seller, readFileSync(seller, "utf8").replace("  regime: liable", "  regime: liable\n  number: LU12345613\nrcs:\n  city: Luxembourg\n  number: B123456"));
  const invoices = join(dir, "invoices");
  mkdirSync(invoices);
  for (let i = 1; i <= n; i++) {
    const number = `FB-2026-${String(i).padStart(5, "0")}`;
    writeFileSync(
      join(invoices, `${number}.yaml`),
      [
        "kind: invoice",
        `number: ${number}`,
        'issueDate: "2026-11-23"',
        "terms: ../terms/petillances/cg.yaml",
        "client:",
        "  type: business",
        `  name: Client ${i} S.A.`,
        "  vatNumber: LU15027442",
        "  address: { street: \"12, rue Eugène Ruppert\", postalCode: L-2453, city: Luxembourg, country: LU }",
        "operationCategory: services",
        "pricesInclude: HT",
        "lines:",
        `  - { description: Séance de coaching collectif n° ${i}, quantity: "1", unit: séance, unitPrice: "${(400 + (i % 97)).toFixed(2)}", vat: { rate: "17" } }`,
        `  - { description: Frais de déplacement, quantity: "${10 + (i % 30)}", unit: km, unitPrice: "0.50", vat: { rate: "17" } }`,
        "",
      ].join("\n"),
    );
  }
  return dir;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function summary(label, totalMs, perDocMs) {
  const sorted = [...perDocMs].sort((a, b) => a - b);
  return { label, docs: perDocMs.length, seconds: totalMs / 1000, perSecond: (perDocMs.length * 1000) / totalMs, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * Memory of this process and every process it started (Chromium and its helpers), in bytes: the sum
 * of their PSS (/proc/PID/smaps_rollup; shared pages split between the processes that share them,
 * so Chromium's many processes are not counted several times over).
 */
function treePss() {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      total += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // Ended between ps and the read.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

let peakRss = 0;
let peakTree = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
// ps is heavier: twice a second is enough for a peak that lasts the whole run.
const treeSampler = setInterval(() => (peakTree = Math.max(peakTree, treePss())), 500);

const project = makeProject();
try {
  // Clausier: the library's render(), per-document times from its progress callback (time between
  // consecutive documents written, so the pool's overlap is counted once).
  if (values.pages) process.env.CLAUSIER_RENDER_PAGES = values.pages;
  const { result, perDoc, ms } = await timedRender("out", "pdf");
  const clausier = summary("clausier render()", ms, perDoc.slice(1 /* the terms document, not an invoice */));
  // Where the run's time goes: before the first document is written (discovery, loading, lint gate,
  // browser start, the terms' first print), then the invoices one after the other.
  const beforeFirstMs = perDoc[0];
  const invoicesPerSecond = ((perDoc.length - 1) * 1000) / perDoc.slice(1).reduce((a, b) => a + b, 0);
  if (result.failures.length || result.rendered !== n + 1) throw new Error(`render: ${result.rendered} rendered, failures: ${JSON.stringify(result.failures.slice(0, 3))}`);
  const clausierRss = peakRss;
  const clausierTree = peakTree;
  // The same command again: every output is up to date (resumable runs), nothing is printed.
  const rerunStart = performance.now();
  const rerun = await render(["terms", "invoices"], { cwd: project, out: "out", env: process.env });
  const rerunMs = performance.now() - rerunStart;
  if (rerun.rendered !== 0 || rerun.upToDate !== n + 1) throw new Error(`rerun: ${rerun.rendered} rendered, ${rerun.upToDate} up to date`);

  // Naive loop: Clausier's HTML (made beforehand), one reused page.
  const naive = values["skip-naive"] ? undefined : await naiveLoop();
  const html = values["skip-html"] ? undefined : await htmlRuns();

  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {}
  console.log(`date: ${new Date().toISOString()}  commit: ${commit}  node ${process.version}`);
  console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  console.log(`${n} one-page invoices to PDF (+ their terms for Clausier)${values.pages ? `, CLAUSIER_RENDER_PAGES=${values.pages}` : ""}`);
  for (const s of naive ? [clausier, naive] : [clausier]) {
    console.log(`${s.label.padEnd(45)} ${s.perSecond.toFixed(1).padStart(6)} docs/s  ${s.seconds.toFixed(1).padStart(6)} s  p50 ${s.p50.toFixed(0)} ms  p95 ${s.p95.toFixed(0)} ms`);
  }
  if (naive) console.log(`ratio clausier / naive: ${(clausier.perSecond / naive.perSecond).toFixed(2)}`);
  console.log(`clausier: ${(beforeFirstMs / 1000).toFixed(1)} s before the first document (plan, lint gate, browser start, terms), then ${invoicesPerSecond.toFixed(1)} invoices/s`);
  if (html) {
    console.log(`${n} one-page invoices to HTML (+ their terms for Clausier)`);
    for (const s of [html.clausier, html.naive]) console.log(`${s.label.padEnd(45)} ${s.perSecond.toFixed(1).padStart(6)} docs/s  ${s.seconds.toFixed(1).padStart(6)} s  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`);
    console.log(`ratio clausier / naive (HTML): ${(html.clausier.perSecond / html.naive.perSecond).toFixed(2)}`);
  }
  console.log(`browser: ${process.env.CLAUSIER_CHROMIUM ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? findChromium()}`);
  console.log(`rerun with every output up to date: ${(rerunMs / 1000).toFixed(1)} s (lint gate and keys; no browser)`);
  console.log(`peak RSS of this process (Node, not Chromium): ${(clausierRss / 2 ** 20).toFixed(0)} MB during Clausier's run, ${(peakRss / 2 ** 20).toFixed(0)} MB overall`);
  console.log(`peak memory of Node and Chromium together (PSS, sampled every 0.5 s): ${(clausierTree / 2 ** 20).toFixed(0)} MB during Clausier's run, ${(peakTree / 2 ** 20).toFixed(0)} MB overall`);
} finally {
  clearInterval(sampler);
  clearInterval(treeSampler);
  rmSync(project, { recursive: true, force: true });
}

/** The library's render() of the project into `out`, with the time between consecutive documents written. */
async function timedRender(out, to) {
  const perDoc = [];
  const started = performance.now();
  let last = started;
  const result = await render(["terms", "invoices"], {
    cwd: project,
    out,
    to,
    env: process.env,
    onDocument: () => {
      const now = performance.now();
      perDoc.push(now - last);
      last = now;
    },
  });
  return { result, perDoc, ms: performance.now() - started };
}

/**
 * The same invoices to HTML: Clausier's render({ to: "html" }) (discovery, lint gate, keys, atomic
 * writes; no browser), then the naive loop (load, lay out, write), in this run.
 */
async function htmlRuns() {
  const { result, perDoc, ms } = await timedRender("out-html", "html");
  if (result.failures.length || result.rendered !== n + 1) throw new Error(`render html: ${result.rendered} rendered`);
  // Every document counted here, the first (the terms) with the planning before it.
  const clausier = summary("clausier render({ to: \"html\" })", ms, perDoc);
  const naiveOut = join(project, "naive-html");
  mkdirSync(naiveOut);
  const times = [];
  const naiveStart = performance.now();
  const workspace = new Workspace(project);
  for (let i = 1; i <= n; i++) {
    const t = performance.now();
    const doc = workspace.load(join(project, "invoices", `FB-2026-${String(i).padStart(5, "0")}.yaml`));
    const view = viewOf(doc);
    writeFileSync(join(naiveOut, `${i}.html`), renderHtml(view, { header: view.seller.name, headerRight: view.title, footer: view.title, draft: false }));
    times.push(performance.now() - t);
  }
  return { clausier, naive: summary("naive HTML loop (load, template, write)", performance.now() - naiveStart, times) };
}

/** The naive loop: Clausier's HTML (made beforehand), one reused page, page.pdf, writeFileSync. */
async function naiveLoop() {
  const workspace = new Workspace(project);
  const docs = Array.from({ length: n }, (_, i) => workspace.load(join(project, "invoices", `FB-2026-${String(i + 1).padStart(5, "0")}.yaml`)));
  const htmls = docs.map((doc) => {
    const view = viewOf(doc);
    return renderHtml(view, { header: view.seller.name, headerRight: view.title, footer: view.title, draft: false });
  });
  const naiveOut = join(project, "naive");
  mkdirSync(naiveOut);
  const naiveTimes = [];
  const naiveStart = performance.now();
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, pipe: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    for (const [i, html] of htmls.entries()) {
      const t = performance.now();
      await page.setContent(html, { waitUntil: "load" });
      // The options of Clausier's print (untagged, A4 from the document's @page), through page.pdf.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false, waitForFonts: true });
      writeFileSync(join(naiveOut, `${i}.pdf`), pdf);
      naiveTimes.push(performance.now() - t);
    }
  } finally {
    await browser.close();
  }
  return summary("naive loop (one page, setContent, page.pdf)", performance.now() - naiveStart, naiveTimes);
}
