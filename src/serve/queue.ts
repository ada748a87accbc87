// Bounded concurrency: at most `concurrency` tasks run, at most `maxQueued` wait; beyond that a
// task is refused at once (the route answers 429) rather than piling up memory and latency.
export class QueueFullError extends Error {
  override name = "QueueFullError";
}

/** The caller gave up (its time ran out) before the task started: it never runs. */
export class QueueAbortedError extends Error {
  override name = "QueueAbortedError";
}

interface Waiting {
  start: () => void;
  abandon: () => void;
}

export class WorkQueue {
  private active = 0;
  private readonly waiting: Waiting[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
  ) {}

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs the task when a slot is free; throws QueueFullError when the queue is full, QueueAbortedError when `signal` aborts first. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= this.maxQueued) throw new QueueFullError();
      await new Promise<void>((resolve, reject) => {
        const entry: Waiting = {
          start: () => {
            signal?.removeEventListener("abort", entry.abandon);
            resolve();
          },
          abandon: () => {
            const at = this.waiting.indexOf(entry);
            if (at >= 0) this.waiting.splice(at, 1);
            reject(new QueueAbortedError());
          },
        };
        if (signal?.aborted) return reject(new QueueAbortedError());
        signal?.addEventListener("abort", entry.abandon, { once: true });
        this.waiting.push(entry);
      });
    } else {
      this.active++;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next task: `active` only drops when nobody waits.
      const next = this.waiting.shift();
      if (next) next.start();
      else this.active--;
    }
  }

  /** Resolves when nothing runs nor waits (graceful shutdown). */
  async idle(pollMs = 20): Promise<void> {
    while (this.active || this.waiting.length) await new Promise((r) => setTimeout(r, pollMs));
  }
}
