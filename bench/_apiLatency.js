// API latency at a fixed request rate: `annals serve` over a store, on 127.0.0.1, and autocannon against
// /api/events with filters, one run per filter.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';

const bin = new URL('../bin/annals.js', import.meta.url).pathname;

// `annals serve --port 0` says where it listens on stderr
async function startServe(db) {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  for await (const chunk of child.stderr) {
    said += chunk;
    const url = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(said)?.[1];
    if (url) return { child, url };
  }
  throw new Error(`annals serve did not start: ${said}`);
}

/**
 * Latency of each path at `rate` requests/s for `seconds` (10 connections), after one warm-up request.
 * Returns `{ path, p50, p99, max, rps, non2xx, errors }` per path, in milliseconds.
 * @example await apiLatency('/tmp/store', ['/api/events?country=SY'], 20, 10)
 */
export async function apiLatency(db, paths, rate, seconds) {
  const { child, url } = await startServe(db);
  try {
    const results = [];
    for (const path of paths) {
      const warm = await globalThis.fetch(url + path);
      await warm.arrayBuffer();
      const r = await autocannon({ url: url + path, connections: 10, overallRate: rate, duration: seconds });
      results.push({ path, status: warm.status, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, rps: r.requests.average, non2xx: r.non2xx, errors: r.errors + r.timeouts });
    }
    return results;
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
}
