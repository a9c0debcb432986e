// The child process `makeTemplate` starts: PGlite's initdb and every migration in a folder of its
// own, saved as the template tarball named by the first argument; the folder is then removed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteBackend } from './_pgliteBackend.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';

const [template] = process.argv.slice(2);
if (!template) throw new Error('usage: _makeTemplate TEMPLATE.tar.gz');
const folder = await mkdtemp(join(tmpdir(), 'annals-template-'));
try {
  const backend = await openPgliteBackend(folder);
  try {
    await migrate(backend, migrations);
    await backend.saveTemplate(template);
  } finally {
    await backend.close();
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
