// `npm run bench:startup`: the CLI's cold start-up and the dump scan beside bzcat, alone (seconds,
// where `npm run bench` takes minutes); the same rows `npm run bench` prints.
import { availableParallelism, loadavg } from 'node:os';
import { dumpScanRows } from './_dumpScan.js';
import { startupRows } from './_startup.js';
import { formatTable } from './_table.js';

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const rows = [['shape', 'corpus', 'figure', 'seconds', 'share', 'MB/s/core', 'art/s/core', 'baseline, same texts, same run', 'their MB/s', 'ours/theirs', 'notes']];
rows.push(...startupRows(), ...dumpScanRows());
console.log(`annals bench (start-up and dump scan) — node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore} at the start, ${load()} at the end\n`);
console.log(formatTable(rows));
