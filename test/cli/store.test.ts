import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventItemSchema } from '../../src/serve/schemas.js';
import { runCli } from '../helpers/cli.js';

let db: string;

beforeAll(async () => {
  db = join(await mkdtemp(join(tmpdir(), 'annals-cli-')), 'store');
});

afterAll(async () => {
  await rm(join(db, '..'), { recursive: true, force: true });
});

describe('annals ingest, events, articles', () => {
  it('ingests the seed, then lists its events with actors, place, article and evidence words', async () => {
    const ingest = await runCli(['ingest', 'fixtures/articles/Bombardment_of_Gao.txt', '--db', db, '--threads', '1']);
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toContain('1 articles read: 1 stored');
    const events = await runCli(['events', '--db', db, '--json']);
    expect(events.status).toBe(0);
    const lines = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sub_event_type: string; actor1: { name: string } | null; location: { name: string; lat: number } | null; article: { title: string }; evidence: { text: string }[] });
    const strike = lines.find((e) => e.sub_event_type === 'Air/drone strike' && e.location?.name === 'Gao');
    expect(strike?.actor1?.name).toBe('France');
    expect(strike?.article.title).toBe('Bombardment of Gao');
    expect(strike?.evidence[0]?.text).toContain('French planes bombed the city of Gao');
    const articles = await runCli(['articles', '--db', db]);
    expect(articles.stdout).toContain('Bombardment of Gao');
  }, 120_000);

  it('gives each event of events --json its store-wide uid beside its article id, as /api/events does', async () => {
    const events = await runCli(['events', '--db', db, '--json']);
    const items = events.stdout.trim().split('\n').map((line) => EventItemSchema.strict().parse(JSON.parse(line)));
    expect(items.length).toBeGreaterThan(1);
    for (const e of items) expect(e.uid).toBe(`${e.article.id}-${e.id}`);
    expect(new Set(items.map((e) => e.uid)).size).toBe(items.length);
    const linked = await runCli(['events', '--db', db, '--json', '--linked']);
    const sources = linked.stdout.trim().split('\n').flatMap((line) => (JSON.parse(line) as { sources: { uid: string; article: { id: string }; event_id: string }[] }).sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.uid).toBe(`${source.article.id}-${source.event_id}`);
  });

  it('filters events and refuses a malformed box with a usage error naming the flag', async () => {
    const found = await runCli(['events', '--db', db, '--actor', 'MOJWA']);
    expect(found.stdout.trim().split('\n')).toHaveLength(1);
    const bad = await runCli(['events', '--db', db, '--bbox', '1,2,3']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--bbox 1,2,3');
  }, 60_000);

  it('fails in one line on a folder with no files, keeping what is stored', async () => {
    const empty = join(db, '..', 'empty');
    await mkdir(empty);
    const run = await runCli(['ingest', empty, '--db', db, '--threads', '1']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`annals: ${empty}: no files to read\n`);
    expect((await runCli(['events', '--db', db])).stdout).toContain('Bombardment of Gao');
  }, 60_000);

  it('says in one line when ingest is given nothing to read, or --status without --queue', async () => {
    expect((await runCli(['ingest', '--db', db])).status).toBe(2);
    const status = await runCli(['ingest', '--status', '--db', db]);
    expect(status.status).toBe(2);
    expect(status.stderr.trim().split('\n')).toHaveLength(1);
  });
});
