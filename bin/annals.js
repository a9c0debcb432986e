#!/usr/bin/env node
// Runs the compiled CLI; `npm install` (prepare) and `npm start` build it.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    process.stderr.write(`annals: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.argv.includes('--verbose') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
