import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../src/model/index.js';
import { extractBytes } from '../../src/pipeline.js';
import { distanceKm, importGeonamesFile } from '../../src/resolve/gazetteer/index.js';
import type { ResolvedArticle } from '../../src/resolve/index.js';
import { testConfig } from '../helpers/config.js';
import { ARTICLE_FIXTURES, FIXTURES } from '../helpers/fixtures.js';

interface GoldEntity {
  name: string;
  kind: string;
  aliases: string[];
  lat?: number;
  lon?: number;
}

const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', 'Bombardment_of_Gao.gold.json'), 'utf8')) as { entities: GoldEntity[] };
const seedBytes = readFileSync(join(ARTICLE_FIXTURES, 'Bombardment_of_Gao.txt'));
// Places no offline layer shipped here holds: none since the village layer has Konna (cities500 lacks it).
const NOT_IN_BASE_LAYER = new Set<string>();

let seed: ResolvedArticle;
beforeAll(async () => {
  const [first] = (await extractBytes(seedBytes, 'Bombardment_of_Gao.txt', testConfig())).articles;
  if (!first) throw new Error('the seed gave no article');
  seed = first;
});

const names = (e: Entity): string[] => [e.name, ...e.aliases.map((a) => a.text)].map((n) => n.toLowerCase());
const entityFor = (g: GoldEntity): Entity | undefined => {
  const candidates = seed.entities.filter((e) => names(e).includes(g.name.toLowerCase()));
  return candidates.find((e) => e.kind === g.kind) ?? candidates[0];
};
const words = (m: Mention): string => seed.text.slice(m.span.start, m.span.end);

describe('the seed against its gold entities', () => {
  it.each(gold.entities.map((g) => [g.name, g] as const))('finds %s, of its kind, with its aliases', (_name, g) => {
    const entity = entityFor(g);
    expect(entity, g.name).toBeDefined();
    expect(entity?.kind).toBe(g.kind);
    const spelled = g.aliases.filter((a) => seed.text.includes(a));
    for (const alias of spelled) expect(names(entity as Entity)).toContain(alias.toLowerCase());
  });

  it.each(gold.entities.filter((g) => g.lat !== undefined && !NOT_IN_BASE_LAYER.has(g.name)).map((g) => [g.name, g] as const))(
    'geocodes %s within 25 km',
    (_name, g) => {
      const entity = entityFor(g) as Entity;
      expect(entity.resolved).toBe(true);
      expect(distanceKm(entity.lat ?? 0, entity.lon ?? 0, g.lat ?? 0, g.lon ?? 0)).toBeLessThan(25);
    },
  );

  it('places Konna, which cities500 lacks, from the village layer', () => {
    const konna = seed.entities.find((e) => e.name === 'Konna') as Entity;
    expect(konna.resolved).toBe(true);
    expect(distanceKm(konna.lat ?? 0, konna.lon ?? 0, 14.95, -3.8833)).toBeLessThan(25);
  });

  it('places Aghabo, in no layer, at the Kidal Region centroid with precision 3', () => {
    const aghabo = seed.entities.find((e) => e.name === 'Aghabo') as Entity;
    expect(aghabo.precision).toBe(3);
    expect(aghabo.country).toBe('ML');
    expect(distanceKm(aghabo.lat ?? 0, aghabo.lon ?? 0, 18.4411, 1.4078)).toBeLessThan(350);
  });
});

describe('the seed with a user gazetteer layer holding Konna', () => {
  it('geocodes Konna within 25 km once the user imports a GeoNames file that has it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annals-gazetteer-'));
    await importGeonamesFile(join(FIXTURES, 'geonames', 'ML-sample.txt'), dir);
    const [article] = (await extractBytes(seedBytes, 'Bombardment_of_Gao.txt', testConfig(dir))).articles;
    const konna = article?.entities.find((e) => e.name === 'Konna') as Entity;
    expect(konna.resolved).toBe(true);
    expect(distanceKm(konna.lat ?? 0, konna.lon ?? 0, 14.95, -3.8833)).toBeLessThan(25);
  });
});

describe('the seed: every date, time, offset and quantity the gold events and movement need', () => {
  const find = (kind: Mention['kind'], text: string): Mention | undefined => seed.mentions.find((m) => m.kind === kind && words(m) === text);

  it.each([
    ['January 13, 2013', { start: '2013-01-13', end: '2013-01-13', precision: 'day' }],
    ['early 2012', { start: '2012-01-01', end: '2012-04-30', precision: 'month' }],
    ['January 13', { start: '2013-01-13', end: '2013-01-13', precision: 'day' }],
    ['the same day', { start: '2013-01-13', end: '2013-01-13', precision: 'day' }],
  ])('date "%s"', (text, value) => {
    expect(find('date', text)?.value).toEqual(value);
  });

  it('time "4:30pm" is 16:30 as stated', () => {
    expect(find('time', '4:30pm')?.value).toMatchObject({ time: '16:30' });
  });

  it('offset "Around six hours after takeoff" is about 6 h from takeoff', () => {
    expect(find('offset', 'Around six hours after takeoff')?.value).toMatchObject({ hours: { best: 6, qualifier: 'about' }, from: 'takeoff' });
  });

  it.each([
    ['forty minutes', 40 / 60],
    ['around two hours', 2],
  ])('duration "%s"', (text, hours) => {
    const value = find('duration', text)?.value as { hours: { best: number } } | undefined;
    expect(value?.hours.best).toBeCloseTo(hours, 5);
  });

  it.each([
    ['4 Rafale fighter jets', 4, 'jet'],
    ['four Rafale fighter jets', 4, 'jet'],
    ['Two of the aircraft', 2, 'aircraft'],
    ['three times', 3, 'time'],
    ['twelve laser-guided bombs', 12, 'bomb'],
    ['nine air-to-surface missiles', 9, 'missile'],
    ['more than sixty jihadists', 60, 'jihadist'],
    ['60+ killed', 60, 'killed'],
    ['sixty dead', 60, 'dead'],
    ['no civilian casualties', 0, 'casualty'],
  ])('quantity "%s" = %d %s', (text, best, head) => {
    expect(find('quantity', text)?.value).toMatchObject({ count: { best }, head });
  });
});
