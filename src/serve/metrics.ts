// The service's figures in Prometheus' text exposition format (version 0.0.4): requests by route
// and status, a duration histogram by route, queue depth, requests running, browser restarts.
export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** Seconds: from a lint (a few ms) to a long terms document printed (seconds). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 30];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** A label value escaped as the format asks (backslash, quote, newline). */
function label(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

export class Metrics {
  private readonly requests = new Map<string, number>(); // route \0 method \0 status → count
  private readonly durations = new Map<string, Histogram>(); // route → histogram
  browserRestarts = 0;
  /** Requests whose client left while they waited: never worked on. */
  abandoned = 0;

  observe(route: string, method: string, status: number, seconds: number): void {
    const key = `${route}\0${method}\0${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const h = this.durations.get(route) ?? { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.counts[i]!++;
    });
    h.sum += seconds;
    h.count++;
    this.durations.set(route, h);
  }

  text(gauges: { queued: number; running: number; gateCache: { hits: number; misses: number } }): string {
    const lines = [
      "# HELP clausier_http_requests_total HTTP requests answered, by route, method and status.",
      "# TYPE clausier_http_requests_total counter",
      ...[...this.requests].map(([key, n]) => {
        const [route, method, status] = key.split("\0") as [string, string, string];
        return `clausier_http_requests_total{route="${label(route)}",method="${method}",status="${status}"} ${n}`;
      }),
      "# HELP clausier_http_request_duration_seconds Time from request received to response sent, by route.",
      "# TYPE clausier_http_request_duration_seconds histogram",
      ...[...this.durations].flatMap(([route, h]) => [
        ...BUCKETS.map((le, i) => `clausier_http_request_duration_seconds_bucket{route="${label(route)}",le="${le}"} ${h.counts[i]}`),
        `clausier_http_request_duration_seconds_bucket{route="${label(route)}",le="+Inf"} ${h.count}`,
        `clausier_http_request_duration_seconds_sum{route="${label(route)}"} ${h.sum}`,
        `clausier_http_request_duration_seconds_count{route="${label(route)}"} ${h.count}`,
      ]),
      "# HELP clausier_queue_depth Requests waiting for a slot.",
      "# TYPE clausier_queue_depth gauge",
      `clausier_queue_depth ${gauges.queued}`,
      "# HELP clausier_requests_in_flight Requests being worked on.",
      "# TYPE clausier_requests_in_flight gauge",
      `clausier_requests_in_flight ${gauges.running}`,
      "# HELP clausier_browser_restarts_total Chromium processes started again after one crashed or hung.",
      "# TYPE clausier_browser_restarts_total counter",
      `clausier_browser_restarts_total ${this.browserRestarts}`,
      "# HELP clausier_requests_abandoned_total Requests whose client left while they waited in the queue (never worked on).",
      "# TYPE clausier_requests_abandoned_total counter",
      `clausier_requests_abandoned_total ${this.abandoned}`,
      "# HELP clausier_gate_cache_hits_total Project files parsed and documents' findings the render gate took from memory (same content as before).",
      "# TYPE clausier_gate_cache_hits_total counter",
      `clausier_gate_cache_hits_total ${gauges.gateCache.hits}`,
      "# HELP clausier_gate_cache_misses_total Project files parsed and documents' findings the render gate worked out (new or changed content).",
      "# TYPE clausier_gate_cache_misses_total counter",
      `clausier_gate_cache_misses_total ${gauges.gateCache.misses}`,
    ];
    return lines.join("\n") + "\n";
  }
}
