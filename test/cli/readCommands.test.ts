import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_FILE } from '../../src/store/index.js';
import { startBinary } from '../helpers/binary.js';
import { runCli } from '../helpers/cli.js';
import { ARTICLE_FIXTURES } from '../helpers/fixtures.js';

let root: string;
let db: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'annals-read-'));
  db = join(root, 'store');
  const ingest = await runCli(['ingest', join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt'), '--db', db, '--threads', '1']);
  expect(ingest.status, ingest.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Each command that reads the store, with the API call `annals serve` answers it with.
const READS: [name: string, args: string[], api: string][] = [
  ['events', ['events', '--actor', 'MOJWA'], '/api/events?actor=MOJWA'],
  ['events --json', ['events', '--json', '--from', '2013-01-01'], '/api/events?from=2013-01-01'],
  ['entities', ['entities', '--kind', 'state'], '/api/entities?kind=state'],
  ['entities show', ['entities', 'show', 'France'], '/api/entities?q=France'],
  ['articles', ['articles'], '/api/articles'],
  ['conflicts', ['conflicts'], '/api/conflicts'],
  ['export', ['export', '--format', 'geojson', '--country', 'ML'], '/api/export/geojson?country=ML'],
  ['serve', ['serve', '--port', '0'], '/'],
];

describe('read commands on a folder that holds no store', () => {
  it.each(READS)('%s refuses a --db folder that does not exist, and makes none', async (_, args) => {
    const missing = join(root, 'no', 'such', 'dir');
    const run = await runCli([...args, '--db', missing]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`annals: ${missing}: no such store folder (annals ingest PATH… --db ${missing} makes one)\n`);
    expect(existsSync(join(root, 'no'))).toBe(false);
  });

  it.each(READS)('%s refuses an empty folder, and leaves it empty', async (_, args) => {
    const empty = join(root, 'empty');
    await mkdir(empty, { recursive: true });
    const run = await runCli([...args, '--db', empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^annals: .*empty: no store in this folder \(annals ingest/);
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('read commands while annals serve holds the store', () => {
  it('name the server and the API call that answers them; writers are told to stop it; all works again once it stops', async () => {
    const serve = startBinary(['serve', '--port', '0', '--db', db]);
    try {
      const [, url] = await serve.waitFor(/serving (http:\/\/\S+)/);
      expect(existsSync(join(db, SERVED_FILE))).toBe(true);
      for (const [name, args, api] of READS) {
        const run = await runCli([...args, '--db', db]);
        expect(run.status, name).toBe(1);
        expect(run.stderr, name).toBe(`annals: ${db} is held by annals serve (process ${serve.pid}) at ${url}: ask it instead: curl '${url}${api}'\n`);
        expect((await fetch(`${url}${api}`)).status, `${name}: ${api}`).toBe(200);
      }
      const ingest = await runCli(['ingest', join(ARTICLE_FIXTURES, 'Operation_Serval.txt'), '--db', db]);
      expect(ingest.status).toBe(1);
      expect(ingest.stderr).toMatch(/is held by annals serve .*: stop it first/);
    } finally {
      expect((await serve.stop()).status).toBe(0);
    }
    expect(existsSync(join(db, SERVED_FILE))).toBe(false);
    const events = await runCli(['events', '--db', db]);
    expect(events.status).toBe(0);
    expect(events.stdout).toContain('Bombardment of Gao');
  }, 180_000);
});
