// A child process started from the sources by entry.test.ts: prints twice its first argument.
import { double } from './_double.js';

process.stdout.write(`${double(Number(process.argv[2]))}\n`);
