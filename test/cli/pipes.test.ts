import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/binary.js';
import { runCli } from '../helpers/cli.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';

let db: string;

beforeAll(async () => {
  db = join(await mkdtemp(join(tmpdir(), 'annals-pipes-')), 'store');
  const ingest = await runCli(['ingest', join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt'), '--db', db, '--threads', '1']);
  expect(ingest.status, ingest.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(join(db, '..'), { recursive: true, force: true });
});

// `annals … | head -1` once head has gone: no stack trace, status 0, the store closed as usual.
describe('a closed standard output', () => {
  it.each([
    ['events', () => ['events', '--db', db]],
    ['events --json', () => ['events', '--db', db, '--json']],
    ['events --linked', () => ['events', '--db', db, '--linked']],
    ['articles', () => ['articles', '--db', db]],
    ['entities', () => ['entities', '--db', db]],
    ['conflicts', () => ['conflicts', '--db', db]],
    ['export', () => ['export', '--db', db, '--format', 'jsonl']],
    ['extract', () => ['extract', join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt')]],
  ])('%s ends quietly with status 0', async (_, args) => {
    const run = await runBinary(args(), { headLines: 0 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('extract --json of a folder stops after what head took', async () => {
    const run = await runBinary(['extract', ARTICLE_FIXTURES, '--json'], { headLines: 1 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout) as { title: string }).toHaveProperty('title');
  });

  it('leaves the store readable afterwards', async () => {
    await runBinary(['events', '--db', db, '--json'], { headLines: 0 });
    const events = await runCli(['events', '--db', db]);
    expect(events.status).toBe(0);
    expect(events.stdout).toContain('Bombardment of Gao');
  });
});

describe('annals --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const run = await runBinary([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });
});
