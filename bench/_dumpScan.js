// The dump scan beside bzcat on the same file in the same run: the multistream sample (13.9 MB of
// XML, 3,566 pages, none with a conflict infobox), so every page is read and skipped. Issue 20's
// target: ≥ 15 MB of XML per second per core. Per core counts the CPU of every process the scan
// uses (the scan and, when it decompresses with the system's bzip2, that child); module loading is
// left out (the scan is timed inside its process, from its first byte to its last page).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { childrenCpu } from './_cpu.js';
import { fixed, progress } from './_table.js';

const SAMPLE = ['fixtures/multistream', '../shared/corpus/dumps'].map((d) => `${d}/fatwiki-20240920-pages-articles-multistream.xml.bz2`).find((p) => existsSync(p));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function bzcat(path) {
  const cpu0 = childrenCpu();
  const t0 = process.hrtime.bigint();
  const run = spawnSync('bzcat', [path], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (run.status !== 0) return null;
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: cpu0 === null ? null : childrenCpu() - cpu0 };
}

function scan(path, env = {}) {
  const child = spawnSync(process.execPath, [new URL('./_scanChild.js', import.meta.url).pathname, path], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (child.status !== 0) throw new Error(`the dump scan failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim());
}

/**
 * Bench rows: bzcat's rate and the scan's (wall and per core) on the same sample, medians of `runs`
 * alternating runs, and the scan with the JavaScript decoder (ANNALS_BZIP2=js) once, as it was before.
 * @example rows.push(...dumpScanRows(3))
 */
export function dumpScanRows(runs = Number(process.env.BENCH_SCAN_RUNS ?? 5)) {
  if (!SAMPLE) return [['dump scan', 'no multistream sample found', '', '', '', '', '', '', '', '', '']];
  const mb = execFileSync('bzcat', [SAMPLE], { maxBuffer: 1 << 28 }).length / 1e6;
  progress(`dump scan: ${SAMPLE} (${mb.toFixed(1)} MB of XML), ${runs} runs beside bzcat`);
  const base = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    base.push(bzcat(SAMPLE));
    ours.push(scan(SAMPLE));
  }
  const js = scan(SAMPLE, { ANNALS_BZIP2: 'js' });
  const bzWall = median(base.map((b) => b.wall));
  const wall = median(ours.map((o) => o.wall));
  const cpu = median(ours.map((o) => o.cpu + (o.childrenCpu ?? 0)));
  const pages = Object.values(ours[0].reasons).reduce((a, b) => a + b, 0);
  return [
    ['dump scan', `${SAMPLE.split('/').pop()}, ${fixed(mb, 1)} MB XML, ${pages} pages`, 'pagesOf: decompress, parse, select', fixed(wall, 2), '', fixed(mb / cpu, 1), '', 'bzcat (decompression alone)', fixed(mb / bzWall, 1), fixed(bzWall / wall, 2),
      `bzcat ${fixed(median(base.map((b) => b.cpu ?? NaN)), 2)} s CPU; ours wall ${fixed(mb / wall, 1)} MB/s, CPU ${fixed(cpu, 2)} s (this process ${fixed(median(ours.map((o) => o.cpu)), 2)} s, bzip2 ${fixed(median(ours.map((o) => o.childrenCpu ?? NaN)), 2)} s); JS decoder (ANNALS_BZIP2=js) ${fixed(js.wall, 2)} s = ${fixed(mb / js.wall, 1)} MB/s; medians of ${runs}; target ≥ 15 MB/s/core`],
  ];
}
