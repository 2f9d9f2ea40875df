// Measures request latency through HTTP: sequential requests, a warm-up, then p50 / p95 over the timed ones.

export interface LatencyFigures {
  p50: number;
  p95: number;
  /** Requests timed (after the warm-up). */
  count: number;
  /** Requests answered with a non-2xx status (they are timed too, and reported). */
  failures: number;
}

const WARM_UP = 3;

/** Sends `requests` one after another (warm-up first) and returns p50 / p95 in milliseconds. */
export async function measureLatency(requests: (() => Promise<Response>)[]): Promise<LatencyFigures> {
  for (const request of requests.slice(0, WARM_UP)) await (await request()).arrayBuffer();
  const timed = requests.slice(WARM_UP);
  const times: number[] = [];
  let failures = 0;
  for (const request of timed) {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response.ok) failures++;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), count: times.length, failures };
}

/** Nearest-rank percentile of sorted values, rounded to 0.1 ms. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(Math.ceil(fraction * sorted.length) - 1, sorted.length - 1);
  return Math.round(sorted[Math.max(index, 0)] * 10) / 10;
}
