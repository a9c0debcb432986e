// The `annals` binary from the sources: what bin/annals.js runs from dist/, run from src/ so that
// tests of the process (exit status, a closed pipe) need no build.
import { runBinary } from '../../src/cli/runBinary.js';

await runBinary(process.argv.slice(2));
