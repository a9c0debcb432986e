import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACLED_COLUMNS, countryCodes, emptyTally, eventNumber, eventUid, exportChunks, primed, recordAdmin1, UCDP_COLUMNS, type ExportFormat,
} from '../../src/export/index.js';
import { AnnalsError } from '../../src/model/index.js';
import { openStore, type EventRecord, type Store } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';
import { buildFixtureStore, collect, gaoStrike, text, type FixtureStore } from './_fixtureStore.js';
import { FeatureCollectionSchema } from './_geojsonShape.js';

let fixture: FixtureStore;
let store: Store;
let events: EventRecord[];

beforeAll(async () => {
  fixture = await buildFixtureStore();
  store = await openStore(fixture.folder);
  events = await collect(store.events());
});
afterAll(async () => {
  await store.close();
  fixture.remove();
});

const csv = (body: string): Record<string, string>[] => parse(body, { columns: true, skip_empty_lines: true });
const header = (body: string): string[] => (parse(body, { to_line: 1 }) as string[][])[0] ?? [];
const cell = (value: number | string | null | undefined): string => (value === null || value === undefined ? '' : String(value));
// ACLED records no event without a day and a point: the export leaves them out (issue 19).
const placed = (e: EventRecord): boolean => e.date !== null && e.location?.lat != null && e.location.lon != null;
const recordable = (e: EventRecord): boolean => placed(e) && e.actor1 !== null;
// The rows of each column that are empty.
const blanks = (rows: Record<string, string>[], columns: readonly string[]): Record<string, number> =>
  Object.fromEntries(columns.map((c) => [c, rows.filter((r) => r[c] === '').length]));

describe('ACLED CSV', () => {
  let body: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    body = await text(exportChunks(store, 'acled'));
    rows = csv(body);
  });

  it("has ACLED's columns in ACLED's order and one row per stored event with a date and a place", () => {
    expect(header(body)).toEqual([...ACLED_COLUMNS]);
    expect(events.length).toBeGreaterThan(100);
    expect(events.filter(recordable).length).toBeLessThan(events.length);
    expect(rows).toHaveLength(events.filter(recordable).length);
  });

  it('counts the events it leaves out, by why', async () => {
    const tally = emptyTally();
    await text(exportChunks(store, 'acled', {}, tally));
    expect(tally).toMatchObject({ events: rows.length, undated: events.filter((e) => e.date === null).length });
    expect(tally.events + tally.undated + tally.unplaced + tally.unattributed).toBe(events.length);
    expect(tally.unattributed).toBe(events.filter((e) => placed(e) && e.actor1 === null).length);
  });

  // issue 19: every column filled as ACLED's codebook defines it, where the record allows
  it('leaves a cell empty only where the codebook or the record does', () => {
    const empty = blanks(rows, ACLED_COLUMNS);
    const always = ACLED_COLUMNS.filter((c) => !['assoc_actor_1', 'assoc_actor_2', 'admin2', 'admin3', 'tags', 'actor2', 'inter2', 'civilian_targeting', 'admin1'].includes(c));
    expect(Object.fromEntries(always.map((c) => [c, empty[c]]))).toEqual(Object.fromEntries(always.map((c) => [c, 0])));
    // no actor, no type; an interaction needs actor1 (and actor2's type when there is one)
    expect(empty['inter1']).toBe(empty['actor1']);
    expect(empty['inter2']).toBe(empty['actor2']);
    expect(empty['interaction']).toBe(empty['actor1']);
    // a division is named for every event placed inside its country, never by a code
    expect(rows.filter((r) => r.admin1 === '' && !r.tags?.includes('geo_precision=country'))).toEqual([]);
    expect(rows.filter((r) => /^[0-9A-Z]+$/.test(r.admin1 ?? ''))).toEqual([]);
    expect([empty['admin2'], empty['admin3']]).toEqual([rows.length, rows.length]);
  });

  it("holds each event's values as the store gives them", async () => {
    const storedAt = new Map((await store.articles()).map((a) => [a.source, Math.floor(Date.parse(a.stored_at) / 1000)]));
    events.filter(recordable).forEach((e, i) => {
      const row = rows[i] ?? {};
      const country = countryCodes(e.location?.country ?? null);
      expect(row.event_id_cnty).toBe(`${country?.alpha3 ?? 'XXX'}${eventNumber(e)}`);
      expect(row.event_date).toBe(cell(e.date?.start));
      expect(row.year).toBe(e.date ? e.date.start.slice(0, 4) : '');
      expect(row.time_precision).toBe(cell(e.date && (e.date.start === e.date.end ? 1 : Date.parse(e.date.end) - Date.parse(e.date.start) < 7 * 86_400_000 || e.date.precision === 'week' ? 2 : 3)));
      expect([row.event_type, row.sub_event_type]).toEqual([e.event_type, e.sub_event_type]);
      expect(row.actor2).toBe(e.actor2?.kind === 'state' ? `Military Forces of ${e.actor2.name}` : e.actor2?.kind === 'civilians' ? `Civilians${country ? ` (${country.name})` : ''}` : cell(e.actor2?.name));
      expect([row.country, row.admin1, row.location]).toEqual([cell(country?.name), cell(recordAdmin1(e.location, e.geo_precision)), cell(e.location?.name)]);
      expect([row.latitude, row.longitude]).toEqual([cell(e.location?.lat), cell(e.location?.lon)]);
      expect(row.geo_precision).toBe(cell(e.geo_precision === 'country' ? 3 : e.geo_precision));
      expect(row.fatalities).toBe(String(e.fatalities.best ?? e.fatalities.low ?? 0));
      expect(row.tags?.includes('fatalities=no report')).toBe(e.fatalities.best === null && e.fatalities.low === null);
      expect(row.notes).toBe(`${e.notes.trim()} [Wikipedia: "${e.article.title}"]`.trimStart());
      expect(row.source).toContain(e.article.source);
      expect([row.source_scale, row.timestamp]).toEqual(['Other', String(storedAt.get(e.article.source))]);
      for (const unknown of ['admin2', 'admin3'] as const) expect(row[unknown]).toBe('');
    });
  });

  it('gives every event its own id, the same on every export', async () => {
    expect(new Set(rows.map((r) => r.event_id_cnty)).size).toBe(rows.length);
    expect(csv(await text(exportChunks(store, 'acled'))).map((r) => r.event_id_cnty)).toEqual(rows.map((r) => r.event_id_cnty));
  });

  it("writes the seed's strike on Gao as one row", async () => {
    const strike = await gaoStrike(store);
    const seedRows = rows.filter((r) => r.source?.includes('"Bombardment of Gao"') && r.sub_event_type === 'Air/drone strike' && r.location === 'Gao');
    expect(seedRows).toHaveLength(1);
    const row = seedRows[0] ?? {};
    expect(row).toMatchObject({
      event_date: '2013-01-13', year: '2013', time_precision: '1', disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Military Forces of France', inter1: '8', actor2: 'MOJWA', inter2: '2', interaction: '28',
      iso: '466', region: 'Western Africa', country: 'Mali', admin1: 'Gao', location: 'Gao', geo_precision: '1',
      fatalities: '60', tags: '',
    });
    expect(Number(row.latitude)).toBeCloseTo(16.27, 2);
    expect(Number(row.longitude)).toBeCloseTo(-0.045, 2);
    expect([row.latitude, row.longitude]).toEqual([String(strike.location?.lat), String(strike.location?.lon)]);
    expect(row.notes).toMatch(/French planes bombed the city of Gao.* \[Wikipedia: "Bombardment of Gao"\]$/);
    expect(row.source).toMatch(/^Wikipedia: "Bombardment of Gao" \(.*Bombardment_of_Gao\.txt, revision sha256:[0-9a-f]{12}\)$/);
  });

  it('puts an associated unit beside the side it serves', () => {
    const withAssoc = rows.filter((r) => r.assoc_actor_1 !== '' || r.assoc_actor_2 !== '');
    expect(withAssoc.length).toBeGreaterThan(0);
    expect(withAssoc.some((r) => r.assoc_actor_2 !== '')).toBe(true);
  });
});

describe('UCDP GED CSV', () => {
  let body: string;
  let rows: Record<string, string>[];
  beforeAll(async () => {
    body = await text(exportChunks(store, 'ucdp'));
    rows = csv(body);
  });

  it("has GED's columns and one row per stored event", () => {
    expect(header(body)).toEqual([...UCDP_COLUMNS]);
    expect(rows).toHaveLength(events.length);
  });

  it("holds each event's figures, dates and place as the store gives them", () => {
    events.forEach((e, i) => {
      const row = rows[i] ?? {};
      expect(row.id).toBe(String(eventNumber(e)));
      expect([row.low, row.best, row.high]).toEqual([cell(e.fatalities.low), cell(e.fatalities.best), cell(e.fatalities.high)]);
      const best = e.fatalities.best;
      expect(row.deaths_civilians).toBe(cell(best === null ? null : Math.min(best, e.civilian_fatalities ?? 0)));
      expect([row.date_start, row.date_end]).toEqual([cell(e.date?.start), cell(e.date?.end)]);
      expect([row.latitude, row.longitude, row.adm_1, row.where_coordinates]).toEqual([cell(e.location?.lat), cell(e.location?.lon), cell(recordAdmin1(e.location, e.geo_precision)), cell(e.location?.name)]);
      expect(row.geom_wkt).toBe(e.location?.lat != null && e.location.lon != null ? `POINT (${e.location.lon} ${e.location.lat})` : '');
      expect(row.where_prec).toBe(cell(e.geo_precision === null ? null : { 1: 1, 2: 2, 3: 4, country: 6 }[e.geo_precision]));
      expect(row.source_article).toContain(e.article.title);
      expect(row.adm_2).toBe('');
    });
  });

  // issue 19: conflict, clarity and deaths by side in every row that has a toll
  it('names the conflict and the clarity of every event, and splits every toll into deaths that add up to it', () => {
    const empty = blanks(rows, UCDP_COLUMNS);
    expect([empty['conflict_name'], empty['event_clarity']]).toEqual([0, 0]);
    // no link run here: the conflict is the one each article's infobox names, else its title
    expect(rows.every((r, i) => r.conflict_name === (fixture.extractions.find((x) => x.source === events[i]?.article.source)?.infobox?.fields.find((f) => f.key === 'conflict')?.value ?? events[i]?.article.title))).toBe(true);
    for (const column of ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown']) expect(empty[column]).toBe(empty['best']);
    const sums = rows.filter((r) => r.best !== '').map((r) => [Number(r.deaths_a) + Number(r.deaths_b) + Number(r.deaths_civilians) + Number(r.deaths_unknown), Number(r.best)]);
    expect(sums.filter(([sum, best]) => sum !== best)).toEqual([]);
    expect(rows.some((r) => Number(r.deaths_a) > 0) && rows.some((r) => Number(r.deaths_b) > 0)).toBe(true);
    expect(new Set(rows.map((r) => r.event_clarity))).toEqual(new Set(['1', '2']));
  });

  it("writes the seed's strike on Gao as state-based violence on that day", async () => {
    const strike = await gaoStrike(store);
    const row = rows.find((r) => r.id === String(eventNumber(strike)));
    expect(row).toMatchObject({ type_of_violence: '1', side_a: 'Government of France', side_b: 'MOJWA', dyad_name: 'Government of France - MOJWA', date_prec: '1', where_prec: '1', best: '60', low: '60', high: '', country: 'Mali', region: 'Africa', event_clarity: '1' });
    // "more than sixty jihadists": MOJWA's, side B's
    expect([row?.deaths_a, row?.deaths_b, row?.deaths_civilians, row?.deaths_unknown]).toEqual(['0', '60', '0', '0']);
  });
});

describe('GeoJSON', () => {
  let doc: unknown;
  beforeAll(async () => {
    doc = JSON.parse(await text(exportChunks(store, 'geojson')));
  });

  it('is a FeatureCollection of RFC 7946 shape: events as points, movements as lines', () => {
    const collection = FeatureCollectionSchema.parse(doc);
    const kinds = collection.features.map((f) => f.properties.feature);
    expect(kinds.filter((k) => k === 'event')).toHaveLength(events.length);
    const movements = fixture.extractions.reduce((n, x) => n + x.movements.length, 0);
    expect(kinds.filter((k) => k === 'movement')).toHaveLength(movements);
    expect(new Set(collection.features.map((f) => f.id)).size).toBe(collection.features.length);
    for (const f of collection.features) if (f.geometry) expect(f.geometry.type).toBe(f.properties.feature === 'event' ? 'Point' : 'LineString');
  });

  it("puts each event at its place's longitude and latitude", () => {
    const collection = FeatureCollectionSchema.parse(doc);
    for (const e of events) {
      const feature = collection.features.find((f) => f.id === eventUid(e));
      const located = e.location?.lat != null && e.location.lon != null;
      expect(feature?.geometry ?? null).toEqual(located ? { type: 'Point', coordinates: [e.location?.lon, e.location?.lat] } : null);
    }
  });

  it("draws the seed's sortie from Saint-Dizier through Gao to N'Djamena in flown order", () => {
    const collection = FeatureCollectionSchema.parse(doc);
    const sortie = collection.features.find((f) => f.properties.feature === 'movement' && f.properties.article_title === 'Bombardment of Gao');
    const legs = (sortie?.properties.legs ?? []) as { place: string; role: string; coordinates: [number, number] | null }[];
    expect(legs[0]).toMatchObject({ place: 'Saint-Dizier', role: 'origin' });
    expect(legs.at(-1)).toMatchObject({ place: "N'Djamena", role: 'destination' });
    expect(legs.map((l) => l.place)).toContain('Gao');
    expect(sortie?.geometry).toEqual({ type: 'LineString', coordinates: legs.flatMap((l) => (l.coordinates ? [l.coordinates] : [])) });
  });
});

describe('JSON Lines', () => {
  it('writes each stored event with its evidence, one per line, in the store’s order', async () => {
    const lines = (await text(exportChunks(store, 'jsonl'))).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(events.length);
    events.forEach((e, i) => {
      expect(lines[i]).toEqual({ uid: eventUid(e), ...JSON.parse(JSON.stringify({ ...e, cursor: undefined })) });
    });
    const seed = fixture.extractions.find((x) => x.title === 'Bombardment of Gao');
    const strike = lines.find((l) => (l.article as { title: string }).title === 'Bombardment of Gao' && l.id === 'v1');
    for (const span of (strike?.evidence ?? []) as { start: number; end: number; text: string }[]) expect(span.text).toBe(seed?.text.slice(span.start, span.end));
  });
});

describe('filters', () => {
  it.each<[string, ExportFormat]>([['acled', 'acled'], ['ucdp', 'ucdp']])('select the rows of %s as the store selects events', async (_, format) => {
    const rows = csv(await text(exportChunks(store, format, { country: 'Mali', from: '2013-01-01' })));
    const expected = await collect(store.events({ country: 'Mali', from: '2013-01-01' }));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r.country === 'Mali')).toBe(true);
  });

  it('cap the events at --limit', async () => {
    expect(csv(await text(exportChunks(store, 'acled', { limit: 3 })))).toHaveLength(3);
  });

  it('keep movements only where they apply (actor, country, dates, box)', async () => {
    const kinds = async (filter: Parameters<typeof exportChunks>[2]) =>
      FeatureCollectionSchema.parse(JSON.parse(await text(exportChunks(store, 'geojson', filter)))).features.map((f) => f.properties.feature);
    expect(await kinds({ actor: 'France', country: 'ML' })).toContain('movement');
    expect(await kinds({ type: 'Air/drone strike' })).not.toContain('movement');
    expect(await kinds({ bbox: [100, -10, 120, 10] })).toEqual([]);
  });

  it.each<[string, Parameters<typeof exportChunks>[2]]>([
    ['an unknown country', { country: 'Atlantis' }],
    ['a box with south above north', { bbox: [0, 10, 1, 5] }],
  ])('refuse %s before writing anything', async (_, filter) => {
    await expect(primed(exportChunks(store, 'geojson', filter))).rejects.toThrow(AnnalsError);
  });
});

describe('annals export', () => {
  // The CLI opens the folder itself: one process may hold it at a time.
  beforeAll(() => store.close());
  afterAll(async () => {
    store = await openStore(fixture.folder);
  });

  it('writes a file and says what it wrote on stderr', async () => {
    const out = join(fixture.folder, 'mali.csv');
    const run = await runCli(['export', '--format', 'acled', '--db', fixture.folder, '--out', out, '--country', 'Mali']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const rows = csv(readFileSync(out, 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    const left = events.filter((e) => e.location?.country === 'ML' && !recordable(e)).length;
    const leftOut = left === 0 ? '' : `; ${left} events? left out \\(ACLED records none without a date, a place or an actor\\): \\d+ undated, \\d+ unplaced, \\d+ with no actor`;
    expect(run.stderr).toMatch(new RegExp(`^annals: ${rows.length} events written to .*mali\\.csv \\(acled, [\\d.]+ s\\)${leftOut}\\n$`));
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('counts the events an ACLED export to standard output left out in one line on stderr', async () => {
    const run = await runCli(['export', '--format', 'acled', '--db', fixture.folder]);
    expect(run.status).toBe(0);
    const [undated, unplaced, unattributed] = [events.filter((e) => e.date === null).length, events.filter((e) => e.date !== null && !placed(e)).length, events.filter((e) => placed(e) && e.actor1 === null).length];
    expect(run.stderr).toBe(`annals: ${undated + unplaced + unattributed} events left out (ACLED records none without a date, a place or an actor): ${undated} undated, ${unplaced} unplaced, ${unattributed} with no actor\n`);
    expect(csv(run.stdout)).toHaveLength(events.filter(recordable).length);
  });

  it('writes to standard output without --out', async () => {
    const run = await runCli(['export', '--format', 'jsonl', '--db', fixture.folder, '--country', 'Mali', '--limit', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('takes --conflict, and says when the store was never linked (so nothing is under any conflict)', async () => {
    const run = await runCli(['export', '--format', 'jsonl', '--db', fixture.folder, '--conflict', 'Mali War']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/was never linked: run annals link\n$/);
  });

  it('fails with status 1 naming a file it cannot write', async () => {
    const out = join(fixture.folder, 'no-such-folder', 'x.csv');
    const run = await runCli(['export', '--format', 'acled', '--db', fixture.folder, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^annals: export: .*no-such-folder.*\n$/);
  });

  it.each([
    ['an unknown format', ['--format', 'xlsx'], /xlsx/],
    ['no format', [], /--format/],
    ['a date in words', ['--format', 'acled', '--from', 'yesterday'], /^annals: export: --from "yesterday": not an ISO date/],
    ['a bad box', ['--format', 'acled', '--bbox', '1,2,3'], /^annals: export: --bbox "1,2,3": not four numbers/],
    ['a negative limit', ['--format', 'acled', '--limit', '-1'], /--limit/],
    ['an unknown country', ['--format', 'ucdp', '--country', 'Atlantis'], /^annals: export: country "Atlantis": neither/],
  ])('refuses %s with status 2 and one line', async (_, args, message) => {
    const out = join(fixture.folder, 'refused.csv');
    const run = await runCli(['export', '--db', fixture.folder, '--out', out, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
