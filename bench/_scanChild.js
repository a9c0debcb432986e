// One cold scan of a dump as the ingest's selection reads it (pagesOf: decompress, parse, select),
// in a process of its own; prints its figures as one JSON line. Run by _dumpScan.js.
import { pagesOf } from '../dist/ingest/pagesOf.js';
import { childrenCpu } from './_cpu.js';

const [path] = process.argv.slice(2);
const cpu0 = process.cpuUsage();
const children0 = childrenCpu();
const t0 = process.hrtime.bigint();
const reasons = {};
for await (const page of pagesOf({ kind: 'dump', path })) {
  const key = 'skipped' in page ? page.reason : 'selected';
  reasons[key] = (reasons[key] ?? 0) + 1;
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const children = childrenCpu();
console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, childrenCpu: children === null || children0 === null ? null : children - children0, reasons }));
