// A thread started from the sources by entry.test.ts: posts twice the number it was given.
import { parentPort, workerData } from 'node:worker_threads';
import { double } from './_double.js';

parentPort?.postMessage({ doubled: double(workerData as number) });
