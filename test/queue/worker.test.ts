// clausier worker and enqueue against a real Redis (Debian's redis-server, started here on a free
// loopback port): jobs enqueued once however often they are sent, a worker killed (SIGKILL) while it
// holds a job and another taking it over with exactly one complete output per job, a document with
// lint errors failed at once with its errors as data. Slow (Chromium): one browser per worker.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, cli, STACK_TRACE } from "../helpers/cli.js";
import { INVOICE, makeProject } from "../serve/project.js";
import { freePort, hasRedis, startRedis, type RunningRedis } from "./redis.js";

/** The CLI in a child process, without blocking this one (workers print meanwhile). */
function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the first stderr line matching. */
  line: (pattern: RegExp) => Promise<string>;
}

function startWorker(args: string[], cwd: string): WorkerProcess {
  const child = spawn(process.execPath, [BIN, "worker", "--locale", "en", ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  const waiting: Array<{ pattern: RegExp; done: (line: string) => void }> = [];
  child.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString();
    for (const w of [...waiting]) {
      const found = stderr.split("\n").find((l) => w.pattern.test(l));
      if (found) {
        waiting.splice(waiting.indexOf(w), 1);
        w.done(found);
      }
    }
  });
  child.stdout!.resume();
  return {
    child,
    stderr: () => stderr,
    line: (pattern) =>
      new Promise((done) => {
        const found = stderr.split("\n").find((l) => pattern.test(l));
        if (found) done(found);
        else waiting.push({ pattern, done });
      }),
  };
}

/** The process and its descendants (its Chromium), to kill them all: a SIGKILLed worker cannot close its browser. */
function processTree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(processTree)];
}

function childrenOf(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.trim())
      .map(Number);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

function killTree(pids: number[]): void {
  for (const pid of pids)
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
}

/** Running: a zombie (ended, not yet reaped by whoever inherited it) is not. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

async function stopWorker(worker: WorkerProcess): Promise<number | null> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return worker.child.exitCode;
  const exited = new Promise<number | null>((done) => worker.child.once("exit", done));
  worker.child.kill("SIGTERM");
  return exited;
}

// Quick takeover of a killed worker's job: its lock lapses after 2 s, checked every second.
const TAKEOVER = ["--lock-duration", "2000", "--stalled-interval", "1000"];
const COUNT = 6;

describe.skipIf(!hasRedis)("clausier worker and enqueue on Redis", () => {
  let redis: RunningRedis;
  // Made in beforeAll, not while collecting: a skipped or filtered run leaves nothing behind.
  let project: ReturnType<typeof makeProject>;
  let out: string;
  const invoices: string[] = [];
  const started: WorkerProcess[] = [];
  const tree: number[] = [];

  beforeAll(async () => {
    project = makeProject();
    out = mkdtempSync(join(tmpdir(), "clausier-worker-out-"));
    redis = await startRedis();
    mkdirSync(join(project.root, "fixtures/batch"));
    for (let i = 1; i <= COUNT; i++) {
      const path = `fixtures/batch/invoice-fp-2026-02${String(i).padStart(2, "0")}.yaml`;
      writeFileSync(join(project.root, path), project.invoice.replace("number: FP-2026-0118", `number: FP-2026-02${String(i).padStart(2, "0")}`));
      invoices.push(path);
    }
  });

  afterAll(async () => {
    for (const w of started) await stopWorker(w);
    killTree(tree);
    await redis?.stop();
    project?.remove();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("enqueues a document once however often it is sent: the job id is its content's hash", async () => {
    const first = await run(["enqueue", INVOICE, "--redis", redis.url, "--queue", "idem", "--locale", "en"], project.root);
    const second = await run(["enqueue", INVOICE, "--redis", redis.url, "--queue", "idem", "--locale", "en"], project.root);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    const id = first.stdout.split("\t")[0]!;
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(second.stdout.split("\t")[0]).toBe(id);
    expect(second.stderr).toContain(`already queued as ${id}`);
    const queue = new Queue("idem", { connection: { url: redis.url } });
    try {
      expect(await queue.getJobCounts("waiting", "active", "completed", "failed", "delayed")).toEqual({ waiting: 1, active: 0, completed: 0, failed: 0, delayed: 0 });
    } finally {
      await queue.close();
    }
  });

  it("writes exactly one complete PDF per job when a worker is killed holding a job and another takes over", async () => {
    const enqueued = await run(["enqueue", ...invoices, "--redis", redis.url, "--queue", "render", "--locale", "en"], project.root);
    expect(enqueued.code).toBe(0);
    const ids = enqueued.stdout.trim().split("\n").map((l) => l.split("\t")[0]!);
    expect(new Set(ids).size).toBe(COUNT);

    const a = startWorker(["--redis", redis.url, "--queue", "render", "--out", out, ...TAKEOVER], project.root);
    started.push(a);
    const active = await a.line(/^job [0-9a-f]{64} started/);
    const held = /^job ([0-9a-f]{64})/.exec(active)![1]!;
    const pids = processTree(a.child.pid!);
    tree.push(...pids);
    killTree(pids);
    await new Promise((done) => (a.child.exitCode !== null || a.child.signalCode !== null ? done(null) : a.child.once("exit", done)));
    const queue = new Queue("render", { connection: { url: redis.url } });
    try {
      // Killed while holding it: the job is still active, its lock not yet lapsed.
      expect(await (await queue.getJob(held))!.getState()).toBe("active");
    } finally {
      await queue.close();
    }

    // As a worker killed between writing its temporary and renaming it leaves one: the next write into the folder removes it.
    const leftover = `.FP-2026-0201.${ids[0]!.slice(0, 12)}.pdf.clausier-${a.child.pid}-0a1b2c3d4e5f.tmp`;
    writeFileSync(join(out, leftover), "%PDF-1.7 half");

    const b = startWorker(["--redis", redis.url, "--queue", "render", "--out", out, ...TAKEOVER], project.root);
    started.push(b);
    // The same documents again, waited for: the same jobs (already queued), all completed.
    const waited = await run(["enqueue", ...invoices, "--redis", redis.url, "--queue", "render", "--wait", "--locale", "en"], project.root);
    expect(waited.stderr).toContain(`${COUNT} job(s) done, 0 failed`);
    expect(waited.code).toBe(0);
    expect(b.stderr()).toContain(`job ${held} done`);
    // A's scratch folder (the killed job's files) was removed by B when it started.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`clausier-worker-${a.child.pid}-`))).toEqual([]);

    const files = readdirSync(out).sort();
    expect(files).toHaveLength(COUNT); // no second file for the job taken over, no temporary left
    for (const [i, id] of ids.entries()) {
      const number = `FP-2026-02${String(i + 1).padStart(2, "0")}`;
      const name = `${number}.${id.slice(0, 12)}.pdf`;
      expect(files).toContain(name);
      const pdf = readFileSync(join(out, name));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.subarray(-8).toString("latin1")).toMatch(/%%EOF\s*$/);
      expect(execFileSync("pdftotext", [join(out, name), "-"], { encoding: "utf8" })).toContain(number);
    }
  }, 240_000);

  it("refuses at enqueue a document with lint errors, as render does", async () => {
    const bad = "fixtures/batch/invoice-as-bundled.yaml";
    writeFileSync(join(project.root, bad), project.invoice.replace("../../terms/petillances/cg.yaml", "../../terms/as-bundled/cg.yaml").replace("number: FP-2026-0118", "number: FP-2026-0299"));
    const refused = await run(["enqueue", bad, "--redis", redis.url, "--queue", "render", "--locale", "en"], project.root);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/terms\/as-bundled\/seller\.yaml:\d+:\d+ .*seller-identification-incomplete/);
    expect(refused.stderr).not.toMatch(STACK_TRACE);
  }, 120_000);

  it("renders a credit note judged with its series beside it, as render does (no gap its job cannot see)", async () => {
    // The credit note corrects FP-2026-0118; FP-2026-0119 lies beside it, not in its job.
    const creditNote = await run(["enqueue", "fixtures/petillances/credit-note-fp-2026-0120.yaml", "--redis", redis.url, "--queue", "render", "--wait", "--locale", "en"], project.root);
    expect(creditNote.stderr).toContain("1 job(s) done, 0 failed");
    expect(creditNote.code).toBe(0);
  }, 120_000);

  it("fails a job whose document does not load at once, without retry, its diagnostics as data", async () => {
    const queue = new Queue("render", { connection: { url: redis.url } });
    try {
      // As another client could add it: a bundle whose invoice number is not text.
      const broken = project.invoice.replace("number: FP-2026-0118", "number: [1, 2]");
      const job = await queue.add("render", { format: 1, entry: INVOICE, files: { [INVOICE]: { text: broken } }, to: "pdf", draft: false }, { jobId: "broken-invoice", attempts: 3, backoff: { type: "fixed", delay: 10 } });
      const failed = await new Promise<void>((done) => {
        const poll = async () => ((await job.isFailed()) || (await job.isCompleted()) ? done() : setTimeout(poll, 200));
        void poll();
      }).then(() => queue.getJob("broken-invoice"));
      expect(await failed!.getState()).toBe("failed");
      expect(failed!.attemptsMade).toBe(1);
      const reason = JSON.parse(failed!.failedReason);
      expect(reason.code).toBe("INVALID_DOCUMENT");
      expect(reason.errors).toContainEqual(expect.objectContaining({ file: INVOICE, line: expect.any(Number), column: expect.any(Number), code: expect.any(String) }));
    } finally {
      await queue.close();
    }
  }, 120_000);

  it("stops on SIGTERM once idle: exit 0, its browser closed", async () => {
    const b = started[1]!;
    // Its Chromium (the browser's own helpers end after it, on their own).
    const browsers = childrenOf(b.child.pid!);
    expect(browsers.length).toBeGreaterThan(0);
    expect(await stopWorker(b)).toBe(0);
    expect(b.stderr()).toContain("stopping: finishing the current job");
    expect(b.stderr()).not.toMatch(STACK_TRACE);
    expect(browsers.filter(alive)).toEqual([]);
  }, 60_000);
});

describe.skipIf(!hasRedis)("clausier worker without --out", () => {
  let redis: RunningRedis;
  let project: ReturnType<typeof makeProject>;
  let collected: string;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    project = makeProject();
    collected = mkdtempSync(join(tmpdir(), "clausier-enqueue-out-"));
    redis = await startRedis();
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await redis?.stop();
    project?.remove();
    if (collected) rmSync(collected, { recursive: true, force: true });
  });

  it("returns the output in the job's result, and enqueue --wait writes it to --out", async () => {
    // With the hash-tag prefix docs/scaling.md gives for a Redis Cluster: the queue's keys all carry it.
    worker = startWorker(["--redis", redis.url, "--queue", "returned", "--prefix", "{clausier}"], project.root);
    const waited = await run(["enqueue", INVOICE, "--redis", redis.url, "--queue", "returned", "--prefix", "{clausier}", "--wait", "--out", collected, "--locale", "en"], project.root);
    expect(waited.code).toBe(0);
    const id = waited.stdout.split("\t")[0]!;
    const name = `FP-2026-0118.${id.slice(0, 12)}.pdf`;
    expect(readdirSync(collected)).toEqual([name]);
    expect(execFileSync("pdftotext", [join(collected, name), "-"], { encoding: "utf8" })).toContain("FP-2026-0118");
    const queue = new Queue("returned", { connection: { url: redis.url }, prefix: "{clausier}" });
    try {
      expect((await queue.getJob(id))?.returnvalue).toMatchObject({ name, bytes: expect.any(Number), draft: false, content: expect.any(String) });
    } finally {
      await queue.close();
    }
    expect(await stopWorker(worker)).toBe(0);
  }, 120_000);
});

describe("clausier worker and enqueue without Redis", () => {
  it("says Redis is unreachable, exit 2, no stack trace", async () => {
    const port = await freePort();
    for (const command of [["worker"], ["enqueue", INVOICE]]) {
      const result = cli([...command, "--redis", `redis://127.0.0.1:${port}`, "--queue", "q", "--locale", "en"], { timeout: 60_000 });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Redis unreachable at redis://127.0.0.1:${port}`);
      expect(result.stderr).toContain("ECONNREFUSED");
      expect(result.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("refuses an address that is not a Redis URL, exit 2", () => {
    const result = cli(["enqueue", INVOICE, "--redis", "localhost:6379", "--queue", "q"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("adresse Redis « localhost:6379 » invalide");
  });
});
