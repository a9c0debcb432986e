import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Not the model's index, which builds every zod schema: `serve --help` imports this file.
import { AnnalsError } from '../../model/annalsError.js';

/**
 * Where `npm run build:web` (run by `npm install`'s prepare) writes the web UI: `dist/web/` of the
 * package, three folders above this module whether it runs from `src/` or `dist/`.
 */
export const BUILT_WEB_UI = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** What `annals serve` answers `/` with: a folder's files, or (no folder) a JSON index; `note` says why not the UI. */
export interface RootChoice {
  dir?: string;
  note?: string;
}

/**
 * The folder `serve` serves from `/`: `--static DIR`, else the built web UI, else none (`--no-ui`,
 * or a UI never built, which `note` explains). A `--static` folder that is not one is a usage error.
 * @example webRoot({ ui: true }) // { dir: '/…/annals/dist/web' }
 */
export function webRoot(options: { static?: string; ui?: boolean }, built: string = BUILT_WEB_UI): RootChoice {
  if (options.static !== undefined) {
    if (options.ui === false) throw new AnnalsError('usage', '--static', 'cannot go with --no-ui');
    if (!statSync(options.static, { throwIfNoEntry: false })?.isDirectory()) throw new AnnalsError('usage', `--static ${options.static}`, 'no such folder');
    return { dir: options.static };
  }
  if (options.ui === false) return {};
  if (existsSync(join(built, 'index.html'))) return { dir: built };
  return { note: `no web UI built in ${built} (npm run build:web makes it): serving the API alone` };
}
