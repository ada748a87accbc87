// The Redis a worker or enqueue talks to: the address checked, Redis reached once before anything
// starts (an unreachable Redis is a usage error, exit 2, not a retry loop), then one client that
// BullMQ shares (it duplicates it for its blocking reads) and that the command closes.
import { Redis } from "ioredis";
import { UsageError, type Locale } from "../model/index.js";
import { queueMessage } from "./messages.js";

/** How long reaching Redis at start may take before it is said unreachable. */
const CONNECT_TIMEOUT_MS = 5000;

export interface QueueTarget {
  url: string;
  queue: string;
  /** BullMQ's key prefix: `{clausier}` on a Redis Cluster, so that a queue's keys share one slot. */
  prefix?: string;
}

/** The address without its password, for messages and logs. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}

export function checkTarget(target: QueueTarget, locale: Locale): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(target.url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") || !parsed.hostname)
    throw new UsageError(queueMessage(locale, "BAD_REDIS_URL", { url: shownUrl(target.url) }));
  // BullMQ joins its keys with ":"; a name with one would read as other keys.
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(target.queue)) throw new UsageError(queueMessage(locale, "BAD_QUEUE_NAME", { name: target.queue }));
}

/** A client to Redis, once Redis has answered; a UsageError when it does not. */
export async function connect(target: QueueTarget, locale: Locale): Promise<Redis> {
  checkTarget(target, locale);
  const probe = new Redis(target.url, { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // The socket's own error (ECONNREFUSED, ENOTFOUND, WRONGPASS) says more than connect()'s "Connection is closed".
  let cause: Error | undefined;
  probe.on("error", (error: Error) => {
    cause ??= error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new UsageError(queueMessage(locale, "REDIS_UNREACHABLE", { url: shownUrl(target.url), detail: (cause ?? (error as Error)).message || String(error) }));
  } finally {
    probe.disconnect();
  }
  // BullMQ needs commands to wait through a reconnection rather than fail (maxRetriesPerRequest null).
  const client = new Redis(target.url, { maxRetriesPerRequest: null });
  client.on("error", () => {}); // reported by BullMQ's own "error" events
  return client;
}
