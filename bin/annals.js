#!/usr/bin/env node
// Runs the compiled CLI; `npm install` (prepare) and `npm start` build it.
import { runBinary } from '../dist/cli/runBinary.js';

await runBinary(process.argv.slice(2));
