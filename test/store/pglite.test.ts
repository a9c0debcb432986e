import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../../src/store/openBackend.js';
import { describeStore } from './_storeSuite.js';

// One PGlite instance for the whole file: a fresh one takes seconds to start.
describeStore('store on PGlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-store-'));
  const backend = await openBackend({ kind: 'pglite', folder });
  return {
    backend,
    dispose: async () => {
      await backend.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});
