import type { EntityKind, EventType, GeoPrecision } from '../model/index.js';
import type { Queryable } from './_backend.js';
import { interner, type Intern } from './_interner.js';
import type { LinkArticle, LinkEntity, LinkEvent, LinkInputs } from './linkTypes.js';

interface EntityRow {
  article_key: number;
  id: string;
  kind: EntityKind;
  name: string;
  page: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geoname_id: string | null;
  precision: string | null;
  affiliation: string | null;
  aliases: string[] | null;
}

interface EventRow {
  article_key: number;
  id: string;
  event_type: EventType;
  sub_event_type: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  geo_precision: string | null;
  actor1: string | null;
  actor2: string | null;
  assoc: string[] | null;
  low: number | null;
  best: number | null;
  high: number | null;
  notes: string;
}

// The infobox fields by their normalised keys (read/infoboxKeys.ts): the first of each.
const ARTICLES = `
  select a.key, a.id, a.source, a.title,
    (select f->>'value' from json_array_elements(a.infobox->'fields') with ordinality as x(f, n) where f->>'key' = 'conflict' order by n limit 1) as conflict,
    (select f->>'value' from json_array_elements(a.infobox->'fields') with ordinality as x(f, n) where f->>'key' = 'partof' order by n limit 1) as partof
  from articles a order by a.key`;

const ENTITIES = `
  select e.article_key, e.id, e.kind, e.name, e.json->>'page' as page, e.country, e.lat, e.lon,
    e.json->>'geonameId' as geoname_id, e.json->>'precision' as precision, e.json->>'affiliation' as affiliation,
    (select array_agg(al.text order by al.seq) from aliases al where al.article_key = e.article_key and al.entity_id = e.id) as aliases
  from entities e where e.article_key between $1 and $2 order by e.article_key, e.ordinal`;

const EVENTS = `
  select ev.article_key, ev.id, ev.event_type, ev.sub_event_type, ev.date_start::text as date_start, ev.date_end::text as date_end,
    ev.date_precision, ev.location, ev.lat, ev.lon, ev.country, ev.geo_precision,
    ev.json->>'actor1' as actor1, ev.json->>'actor2' as actor2,
    (select array_agg(x) from json_array_elements_text(ev.json->'assoc_actors') as x) as assoc,
    ev.fatalities_low as low, ev.fatalities_best as best, ev.fatalities_high as high, ev.notes
  from events ev where ev.article_key between $1 and $2 order by ev.article_key, ev.ordinal`;

// Articles whose entities and events one query reads: 300k entities in one result held every raw
// row and its mapped twin at once (~440 MB of heap at 5,000 articles); a page of rows at a time,
// only the mapped ones stay. When a link thread reads through its parent (remoteStore), the parent
// holds each page twice (rows and their copy in flight): 50 articles' pages kept its heap at ~70 MB
// where 250 took it to ~117, and read no slower.
const PAGE_ARTICLES = 50;

async function inPages<R, T>(db: Queryable, sql: string, keys: readonly number[], map: (row: R) => T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += PAGE_ARTICLES) {
    const last = keys[Math.min(i + PAGE_ARTICLES, keys.length) - 1];
    for (const row of await db.query<R>(sql, [keys[i], last])) out.push(map(row));
  }
  return out;
}

const precisionOf = (value: string | null): GeoPrecision | null =>
  value === '1' ? 1 : value === '2' ? 2 : value === '3' ? 3 : value === 'country' ? 'country' : null;

// Most entities have no alias and most events no associated actor: they share one empty list (linking only reads it).
const NONE: string[] = [];

// Every string through `intern`: the same names, kinds and local ids recur in every article.
const entityOf = (intern: Intern) => (r: EntityRow): LinkEntity => ({
  articleKey: r.article_key, id: intern(r.id), kind: intern(r.kind), name: intern(r.name), page: intern(r.page), country: intern(r.country),
  lat: r.lat, lon: r.lon, geonameId: r.geoname_id === null ? null : Number(r.geoname_id), precision: precisionOf(r.precision),
  affiliation: intern(r.affiliation), aliases: r.aliases === null ? NONE : r.aliases.map(intern),
});

const eventOf = (intern: Intern) => (r: EventRow): LinkEvent => ({
  articleKey: r.article_key, id: intern(r.id), eventType: intern(r.event_type), subEventType: intern(r.sub_event_type),
  dateStart: intern(r.date_start), dateEnd: intern(r.date_end), datePrecision: intern(r.date_precision),
  location: intern(r.location), lat: r.lat, lon: r.lon, country: intern(r.country), geoPrecision: precisionOf(r.geo_precision),
  actor1: intern(r.actor1), actor2: intern(r.actor2), assoc: r.assoc === null ? NONE : r.assoc.map(intern),
  fatalities: { low: r.low, best: r.best, high: r.high }, notes: intern(r.notes),
});

/**
 * Every article, entity and event as linking needs them: the columns it compares, no full JSON.
 * Read in one transaction, so a concurrent ingest is seen whole or not at all, 250 articles' rows a
 * query; equal strings are kept once.
 * @example (await readLinkInputs(db)).entities.find((e) => e.name === 'MOJWA')?.page // 'Movement for Oneness and Jihad in West Africa'
 */
export async function readLinkInputs(db: Queryable): Promise<LinkInputs> {
  const articles = await db.query<LinkArticle>(ARTICLES);
  const keys = articles.map((a) => a.key);
  const intern = interner();
  const entities = await inPages(db, ENTITIES, keys, entityOf(intern));
  const events = await inPages(db, EVENTS, keys, eventOf(intern));
  return { articles, entities, events };
}
