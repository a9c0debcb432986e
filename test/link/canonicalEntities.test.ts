import { describe, expect, it } from 'vitest';
import type { LinkArticle, LinkEntity } from '../../src/store/index.js';
import { article, entity, shuffled, linked, type Linked } from './_inputs.js';

const articles: LinkArticle[] = [1, 2, 3, 4].map((k) => article(k, `Article ${k}`));

function link(entities: LinkEntity[], inArticles = articles): Linked {
  return linked({ articles: inArticles, entities, events: [] });
}

const canonical = (records: Linked, articleKey: number, id: string): string | undefined =>
  records.members.find((m) => m.article_key === articleKey && m.entity_id === id)?.canonical_id;

const together = (records: Linked, [a, x]: [number, string], [b, y]: [number, string]): boolean => canonical(records, a, x) === canonical(records, b, y);

describe('canonical entities: what merges', () => {
  it('merges a state resolved from "Russian forces" with the state named Russia and the country named as a place', () => {
    const r = link([
      entity(1, 'e1', 'Russia', { kind: 'state', country: 'RU', aliases: ['Russian forces', 'Russian troops'] }),
      entity(2, 'e4', 'Russia', { kind: 'state', country: 'RU', aliases: ['Russia'] }),
      entity(3, 'e2', 'Russia', { kind: 'place', country: 'RU', precision: 'country', lat: 60, lon: 100 }),
      entity(4, 'e7', 'Russian forces', { kind: 'armed_group' }),
    ]);
    expect(together(r, [1, 'e1'], [2, 'e4'])).toBe(true);
    expect(together(r, [1, 'e1'], [3, 'e2'])).toBe(true);
    expect(together(r, [1, 'e1'], [4, 'e7'])).toBe(true);
    const russia = r.entities.find((e) => e.id === canonical(r, 1, 'e1'));
    expect(russia).toMatchObject({ kind: 'state', name: 'Russia', country: 'RU', articles: 4 });
  });

  it('merges on the same wikilink target, an acronym and its expansion, and the same GeoNames id', () => {
    const r = link([
      entity(1, 'e1', 'FSA', { aliases: ['FSA', 'FSA fighters'] }),
      entity(2, 'e1', 'Free Syrian Army', { page: 'Free Syrian Army' }),
      entity(3, 'e5', 'the Free Syrian Army', { page: 'Free Syrian Army' }),
      entity(1, 'e2', 'Gao', { kind: 'place', geonameId: 2457163, lat: 16.27, lon: -0.04, country: 'ML' }),
      entity(2, 'e9', 'Gao city', { kind: 'place', geonameId: 2457163, lat: 16.27, lon: -0.04, country: 'ML' }),
    ]);
    expect(together(r, [1, 'e1'], [2, 'e1'])).toBe(true);
    expect(together(r, [2, 'e1'], [3, 'e5'])).toBe(true);
    expect(together(r, [1, 'e2'], [2, 'e9'])).toBe(true);
    const rules = new Map(r.members.map((m) => [`${m.article_key}/${m.entity_id}`, m.rule]));
    expect(rules.get('2/e9')).toBe('same-geonames');
    expect(['acronym', 'same-page']).toContain(rules.get('1/e1') === 'first' ? rules.get('2/e1') : rules.get('1/e1'));
  });

  it('merges an acronym with its expansion spelt two ways', () => {
    const r = link([entity(1, 'e1', 'PMU'), entity(2, 'e1', 'Popular Mobilization Units'), entity(3, 'e1', 'Popular Mobilisation Units', { aliases: ['PMU'] })]);
    expect(together(r, [1, 'e1'], [2, 'e1'])).toBe(true);
    expect(together(r, [1, 'e1'], [3, 'e1'])).toBe(true);
  });

  it('keeps the evidence pair of each merge: the shared key and the member matched', () => {
    const r = link([entity(1, 'e1', 'MOJWA'), entity(2, 'e3', 'MOJWA')]);
    const joined = r.members.find((m) => m.rule !== 'first');
    expect(joined?.evidence).toEqual({ key: 'name:force:mojwa', with: { article_key: 1, entity_id: 'e1' } });
  });
});

describe('canonical entities: what must stay apart', () => {
  it.each<[string, LinkEntity, LinkEntity]>([
    ['bare common nouns ("rebels")', entity(1, 'e1', 'rebels'), entity(2, 'e1', 'rebels')],
    ['"the army" of two articles', entity(1, 'e1', 'the army'), entity(2, 'e1', 'the army')],
    ['civilians of two countries', entity(1, 'e1', 'Civilians (Syria)', { kind: 'civilians' }), entity(2, 'e1', 'Civilians (Türkiye)', { kind: 'civilians', aliases: ['Civilians (Syria)'] })],
    [
      'two towns that share a name, far apart',
      entity(1, 'e1', 'Tripoli', { kind: 'place', geonameId: 2210247, lat: 32.89, lon: 13.19, country: 'LY' }),
      entity(2, 'e1', 'Tripoli', { kind: 'place', geonameId: 266826, lat: 34.43, lon: 35.84, country: 'LB' }),
    ],
    [
      'two unlocated places of one name in different countries',
      entity(1, 'e1', 'Sinjar', { kind: 'place', country: 'IQ' }),
      entity(2, 'e1', 'Sinjar', { kind: 'place', country: 'SY' }),
    ],
    ['unlocated places in no known country', entity(1, 'e1', 'Konna', { kind: 'place' }), entity(2, 'e1', 'Konna', { kind: 'place' })],
    ['two people sharing a surname', entity(1, 'e1', 'Assad', { kind: 'person' }), entity(2, 'e1', 'Assad', { kind: 'person' })],
    ['people linked to one role page', entity(1, 'e1', 'Oleksandr Syrskyi', { kind: 'person', page: 'Oleksandr Syrskyi' }), entity(2, 'e1', 'Oleksandr Tarnavskyi', { kind: 'person', page: 'Oleksandr Syrskyi' })],
    ['entities linked to a list page', entity(1, 'e1', 'Wilayat Halab', { page: 'ISIL territorial claims' }), entity(2, 'e1', 'Damascus Wilayah', { page: 'ISIL territorial claims' })],
    ['two states', entity(1, 'e1', 'Syria', { kind: 'state', country: 'SY', aliases: ['Syrian rebels'] }), entity(2, 'e1', 'Syrian rebels')],
    [
      "a city linked to its governorate's page, and the governorate",
      entity(1, 'e1', 'Idlib', { kind: 'place', page: 'Idlib Governorate', geonameId: 169389, lat: 35.93, lon: 36.63, country: 'SY', precision: 1 }),
      entity(2, 'e1', 'Idlib Governorate', { kind: 'place', page: 'Idlib Governorate', lat: 35.8, lon: 36.6, country: 'SY', precision: 3 }),
    ],
  ])('%s', (_, a, b) => {
    const r = link([a, b]);
    expect(together(r, [1, 'e1'], [2, 'e1'])).toBe(false);
  });

  it('keeps units of two states apart though their names are the same', () => {
    const r = link([
      entity(1, 's', 'Syria', { kind: 'state', country: 'SY' }),
      entity(1, 'e1', 'Republican Guard', { affiliation: 's' }),
      entity(2, 's', 'Iraq', { kind: 'state', country: 'IQ' }),
      entity(2, 'e1', 'Republican Guard', { affiliation: 's' }),
    ]);
    expect(together(r, [1, 'e1'], [2, 'e1'])).toBe(false);
  });

  it('does not merge on an acronym two different names expand to', () => {
    const r = link([entity(1, 'e1', 'SAA'), entity(2, 'e1', 'Syrian Arab Army'), entity(3, 'e1', 'Saudi Arabian Army')]);
    expect(together(r, [1, 'e1'], [2, 'e1'])).toBe(false);
    expect(together(r, [1, 'e1'], [3, 'e1'])).toBe(false);
  });
});

describe('canonical entities: determinism', () => {
  it('gives the same ids and members whatever order articles and entities come in', () => {
    const entities = [
      entity(1, 'e1', 'Russia', { kind: 'state', country: 'RU' }),
      entity(2, 'e1', 'Russian forces'),
      entity(2, 'e2', 'Free Syrian Army', { page: 'Free Syrian Army' }),
      entity(3, 'e3', 'FSA'),
      entity(4, 'e1', 'Tripoli', { kind: 'place', geonameId: 1, lat: 32.9, lon: 13.2, country: 'LY' }),
      entity(3, 'e1', 'Tripoli', { kind: 'place', geonameId: 2, lat: 34.4, lon: 35.8, country: 'LB' }),
    ];
    // the same articles stored under other keys, in another order
    const rekey = (k: number) => 10 + ((k * 3) % 4);
    const moved = shuffled(entities).map((e) => ({ ...e, articleKey: rekey(e.articleKey) }));
    const movedArticles = shuffled(articles).map((a) => ({ ...a, key: rekey(a.key) }));
    const a = link(entities);
    const b = link(moved, movedArticles);
    const byKey = (r: Linked, key: (k: number) => number) =>
      new Map(articles.flatMap((art) => r.members.filter((m) => m.article_key === key(art.key)).map((m) => [`${art.id}/${m.entity_id}`, m.canonical_id])));
    expect(byKey(b, rekey)).toEqual(byKey(a, (k) => k));
    expect(new Set(b.entities.map((e) => e.id))).toEqual(new Set(a.entities.map((e) => e.id)));
  });
});
