import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteBackend } from '../../src/store/_pgliteBackend.js';
import { makeTemplate } from '../../src/store/makeTemplate.js';
import { migrate } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';

describe('makeTemplate (initdb in a child process)', () => {
  const root = mkdtempSync(join(tmpdir(), 'annals-template-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a template from which a new store opens with every migration already applied', async () => {
    const template = join(root, 'made', 'store.tar.gz');
    await makeTemplate(template);
    const backend = await openPgliteBackend(join(root, 'store'), template);
    try {
      expect(await migrate(backend, migrations)).toEqual([]);
      const tables = await backend.query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_name in ('articles', 'events')`);
      expect(tables).toEqual([{ n: 2 }]);
    } finally {
      await backend.close();
    }
  }, 120_000);

  it('fails naming the template when it cannot be written', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    const template = join(file, 'store.tar.gz');
    await expect(makeTemplate(template)).rejects.toThrow(`cannot make the store template ${template}: `);
  }, 120_000);
});
