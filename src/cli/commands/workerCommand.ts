import type { CommandContext } from './registry.js';
import type { WorkerFlags } from './runWorkerCommand.js';

/** `annals worker --queue redis://… --db postgres://…`: consumes ingest jobs until stopped (or idle). */
export function registerWorker({ program, setStatus }: CommandContext): void {
  program
    .command('worker')
    .description('consume ingest jobs from a Redis queue into a store (run one per core, on any number of machines)')
    .requiredOption('--queue <url>', 'the Redis queue (redis://host:port[?queue=name])')
    .option('--db <db>', 'the store: a postgres:// URL shared by all workers (or a PGlite folder for one worker)')
    .option('--exit-when-idle', 'stop once no job is waiting or active')
    .option('--json', 'print the summary as one JSON document')
    .action(async (flags: WorkerFlags) => {
      // the queue's, the store's and the pipeline's modules load when the command runs, not for `--help`
      const { runWorkerCommand } = await import('./runWorkerCommand.js');
      setStatus(await runWorkerCommand(flags));
    });
}
