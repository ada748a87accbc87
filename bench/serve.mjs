// `clausier serve` under load: autocannon POSTs one one-page invoice to /render?to=pdf on loopback
// (8 connections, bounded in count and time), beside the naive baseline measured in the same run:
// one Chromium page, page.setContent(Clausier's HTML of the same invoice) + page.pdf() in a loop.
// Run after `npm run build`:
//   node bench/serve.mjs [--requests 500] [--seconds 10] [--connections 8] [--concurrency <cores>]
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import puppeteer from "puppeteer-core";
import { chromiumArgs, findChromium } from "../dist/render/browser.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "500" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    concurrency: { type: "string", default: String(availableParallelism()) },
  },
});
const requests = Number(values.requests);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const repo = new URL("..", import.meta.url).pathname;
const INVOICE = "fixtures/petillances/invoice-fp-2026-0118.yaml";

/** The Pétillances invoice (one page) in a scratch project whose seller passes the lint gate. */
function project() {
  const root = mkdtempSync(join(tmpdir(), "clausier-bench-serve-"));
  for (const dir of ["terms/petillances", "fixtures/petillances"]) cpSync(join(repo, dir), join(root, dir), { recursive: true });
  const seller = join(root, "terms/petillances/seller.yaml");
  writeFileSync(seller, readFileSync(seller, "utf8").replace("  regime: liable", "  regime: liable\n  number: LU12345613\nrcs:\n  city: Luxembourg\n  number: B123456"));
  return root;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function startServer(root) {
  const child = spawn(process.execPath, [join(repo, "bin/clausier.js"), "serve", "--port", "0", "--concurrency", values.concurrency, "--queue", "64"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stderr)?.[0];
      if (url) {
        clearInterval(poll);
        resolve({ child, url });
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(stderr));
      }
    }, 50);
  });
}

async function serveFigure(url, body) {
  const latencies = [];
  const statuses = new Map();
  const instance = autocannon({
    url: `${url}/render?to=pdf&filename=${INVOICE}`,
    method: "POST",
    headers: { "content-type": "application/yaml" },
    body,
    connections,
    duration: seconds,
    timeout: 30,
  });
  let answered = 0;
  instance.on("response", (_client, status, _bytes, ms) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status === 200) latencies.push(ms);
    // Bounded by count as well as by time (autocannon's `amount` would ignore the duration).
    if (++answered === requests) instance.stop();
  });
  const started = performance.now();
  await instance;
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { ok: latencies.length, elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), statuses: Object.fromEntries(statuses) };
}

/** One page, the same HTML, setContent + pdf, as many as the serve run did or for as long. */
async function naiveFigure(html) {
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, pipe: true, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    const print = async () => {
      await page.setContent(html, { waitUntil: "load" });
      await page.pdf({ preferCSSPageSize: true, printBackground: true, waitForFonts: true });
    };
    await print(); // warm-up
    const latencies = [];
    const started = performance.now();
    while (latencies.length < requests && performance.now() - started < seconds * 1000) {
      const t = performance.now();
      await print();
      latencies.push(performance.now() - t);
    }
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { ok: latencies.length, elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  } finally {
    await browser.close();
  }
}

const root = project();
const body = readFileSync(join(root, INVOICE), "utf8");
const { child, url } = await startServer(root);
let serve;
let html;
try {
  const post = (to) => fetch(`${url}/render?to=${to}&filename=${INVOICE}`, { method: "POST", headers: { "content-type": "application/yaml" }, body });
  html = await (await post("html")).text();
  // Warm-up: every browser of the pool started, the modules compiled.
  const warm = await Promise.all(Array.from({ length: Number(values.concurrency) * 2 }, () => post("pdf")));
  if (warm.some((r) => r.status !== 200)) throw new Error(`warm-up failed: ${warm.map((r) => r.status)}`);
  serve = await serveFigure(url, body);
} finally {
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
}
const naive = await naiveFigure(html);
rmSync(root, { recursive: true, force: true });

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
})();
const fmt = (n) => n.toFixed(1);
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(`date: ${new Date().toISOString()}, commit ${commit}`);
console.log(`serve: ${connections} connections, --concurrency ${values.concurrency}, ≤ ${requests} requests or ${seconds} s`);
console.log(
  `  clausier serve  ${fmt(serve.perSecond)} PDF/s  p50 ${fmt(serve.p50)} ms  p95 ${fmt(serve.p95)} ms  (${serve.ok} in ${fmt(serve.elapsed)} s; statuses ${JSON.stringify(serve.statuses)})`,
);
console.log(`  naive loop      ${fmt(naive.perSecond)} PDF/s  p50 ${fmt(naive.p50)} ms  p95 ${fmt(naive.p95)} ms  (${naive.ok} in ${fmt(naive.elapsed)} s; one page, setContent + pdf)`);
console.log(`  ratio serve/naive: ${(serve.perSecond / naive.perSecond).toFixed(2)}; target ≥ 50 PDF/s with p95 ≤ 200 ms`);
