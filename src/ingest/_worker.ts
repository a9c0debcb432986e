// The entry of a pool's worker thread: extracts the units it is sent, one at a time, and sends each
// result back as it comes, pausing when the pool has not yet taken in `window` of them.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultConfig, type Config } from '../pipeline.js';
import { loadBaseLayer, loadWikiLayer } from '../resolve/gazetteer/index.js';
import { extractUnit } from './extractUnit.js';
import type { FromWorker, ToWorker, WorkerSetup } from './_protocol.js';
import type { WorkUnit } from './workUnit.js';

const port = parentPort;
if (!port) throw new Error('_worker.js runs only as a worker thread of runPool');
const setup = workerData as WorkerSetup;
// the pool's base layer, before any config opens a gazetteer: this thread reads the pool's bytes
// instead of loading its own copy (~150 MB of strings per thread before they were shared)
loadBaseLayer(setup.baseLayer);
// and the store's wiki layer, which the gazetteers this thread opens include
loadWikiLayer(setup.wikiLayer);
// the gazetteer is opened by the first article and then shared by every unit of this thread
const base: Config = setup.configModule ? ((await import(setup.configModule)) as { config: Config }).config : defaultConfig;
const config: Config = setup.publicationDate === null ? base : { ...base, publicationDate: setup.publicationDate };

let credits = setup.window;
let wake: (() => void) | null = null;
const send = (message: FromWorker): void => port.postMessage(message);

// units arrive ahead of time (the pool sends the next while this one runs): extracted one at a time, in order
const units: { id: number; unit: WorkUnit }[] = [];
let running = false;

port.on('message', (message: ToWorker) => {
  if (message.type === 'unit') {
    units.push(message);
    if (!running) void drain();
    return;
  }
  credits += message.count;
  wake?.();
  wake = null;
});
send({ type: 'ready' });

async function drain(): Promise<void> {
  running = true;
  for (let next = units.shift(); next; next = units.shift()) await run(next.id, next.unit);
  running = false;
}

async function run(id: number, unit: WorkUnit): Promise<void> {
  for await (const result of extractUnit(unit, config)) {
    while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    send({ type: 'result', id, result });
  }
  send({ type: 'done', id });
}
