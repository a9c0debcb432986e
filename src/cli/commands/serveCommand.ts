import { wholeNumber } from '../numberOption.js';
import type { CommandContext } from './registry.js';
import type { ServeOptions } from './runServe.js';

/**
 * Registers `annals serve`.
 * @example registerServe({ program, setStatus, verbose })
 */
export function registerServe({ program, setStatus, verbose }: CommandContext): void {
  program
    .command('serve')
    .description('serve the web UI and the stored records as a read-only JSON API (OpenAPI at /openapi.json) until Ctrl-C')
    .option('--host <host>', 'the address to listen on; other machines reach it only if you say so', '127.0.0.1')
    .option('--port <port>', 'the port to listen on (0: any free one)', wholeNumber(0, 65535, 'a port number (0–65535)'), 8080)
    .option('--db <db>', 'the store: a data folder or a postgres:// URL (default: $ANNALS_DB, else ./.annals)')
    .option('--static <dir>', "serve this folder's files from / instead of the web UI built into the package")
    .option('--no-ui', 'the API alone: / answers a JSON index of the API')
    .option('--allowed-host <name>', 'also answer requests naming this host (a DNS name the server is reached by); repeatable; others but loopback and --host get 403', (name: string, names: string[]) => [...names, name], [])
    .action(async (options: ServeOptions) => {
      // the store's modules load when the command runs, not for `--help`
      const { runServe } = await import('./runServe.js');
      setStatus(await runServe({ ...options, verbose: verbose() }));
    });
}
