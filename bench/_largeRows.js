// The synthetic corpus's rows: ingest throughput per core, growth from 100 articles on, the store, link.
import { fixed } from './_table.js';

const CHECKPOINTS = [100, 500, 1000, 2500, 5000, 10000, 20000, 50000];

/**
 * @example largeRows(childResult, { articles: 5000, mb: 83.1, threads: 2 })
 */
export function largeRows(run, { articles, mb, threads }) {
  const label = `${articles} articles, ${mb.toFixed(1)} MB`;
  const lastPoint = run.points.at(-1) ?? { stored: 0, seconds: 0 };
  const rows = [
    ['synthetic', label, `ingest end-to-end, ${threads} threads (read … store + link)`, fixed(run.seconds, 1), '100%', fixed(mb / run.seconds / threads, 3), fixed(run.stored / run.seconds / threads, 2), '', '', '', `${run.stored} stored, ${run.events} events; peak RSS ${run.maxRssMB.toFixed(0)} MB${run.errors.length ? `; errors: ${run.errors.join('; ')}` : ''}`],
  ];
  let previous = { stored: 0, seconds: 0 };
  for (const checkpoint of CHECKPOINTS.filter((c) => c <= run.stored)) {
    const point = run.points.find((p) => p.stored >= checkpoint);
    if (!point || point === previous) continue;
    const perCore = (point.stored - previous.stored) / (point.seconds - previous.seconds) / threads;
    const band = previous.stored === 0 ? 'from the start, workers loading included' : `from ${previous.stored} to ${point.stored}`;
    rows.push(['', '', `  time to ${point.stored} articles`, fixed(point.seconds, 1), '', '', fixed(perCore, 2), '', '', '', `${fixed(1000 / (perCore * threads), 0)} ms wall per article ${band}`]);
    previous = point;
  }
  rows.push(
    ['', '', '  store (main thread, beside the workers)', fixed(run.storeSeconds, 1), `${fixed((100 * run.storeSeconds) / run.seconds, 1)}%`, fixed(mb / run.storeSeconds, 2), '', '', '', '', 'saveArticles, batches of 50'],
    ['', '', '  link across articles (after the last batch)', fixed(run.seconds - lastPoint.seconds, 1), `${fixed((100 * (run.seconds - lastPoint.seconds)) / run.seconds, 1)}%`, '', '', '', '', '', ''],
  );
  return rows;
}
