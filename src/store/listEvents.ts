import { AnnalsError, type Entity, type Event } from '../model/index.js';
import type { Queryable } from './_backend.js';
import { encodeCursor, type EventPosition } from './_cursor.js';
import { entityRef, placeRef } from './_entityRefs.js';
import { eventBranches } from './_eventBranches.js';
import type { EventFilter, EventRecord, EvidenceText } from './types.js';

interface EventRow {
  article_key: number;
  ordinal: number;
  date_sort: string;
  json: Event;
  evidence: EvidenceText[];
  /** The entities the event names (actors and place). */
  entities: Entity[];
  article_id: string;
  title: string;
  source: string;
}

/** Events read per query. */
export const PAGE_SIZE = 200;

const ORDER = 'date_sort, article_key, ordinal';

/**
 * One statement for a page of events with their evidence words, the entities they name and their
 * article: the page's keys first, each alternative of the filter read by an index in the reading
 * order (`eventBranches`), then everything else joined to those keys alone, once per table (no
 * sub-query per row). Exported for the test that reads its plans.
 * @example pageSql({ country: 'SY' }, 101).sql // 'with page as materialized ((select … where ev.country = $1 order by … limit 101)) …'
 */
export function pageSql(filter: EventFilter, size: number): { sql: string; params: unknown[] } {
  const { branches, params } = eventBranches(filter);
  const keys = branches.map((where) => `(select ev.article_key, ev.id, ev.ordinal, ev.date_sort from events ev\n  where ${where}\n  order by ev.${ORDER.replaceAll(', ', ', ev.')} limit ${size})`);
  const sql = `with page as materialized (${keys.join('\nunion\n')}${keys.length > 1 ? `\norder by ${ORDER} limit ${size}` : ''}),
words as (
  select d.article_key, d.event_id, json_agg(json_build_object('start', d.span_start, 'end', d.span_end, 'text', d.text) order by d.seq) as evidence
  from page p join evidence d on d.article_key = p.article_key and d.event_id = p.id
  group by d.article_key, d.event_id),
named as (
  select k.article_key, k.event_id, json_agg(en.json) as entities
  from (select ea.article_key, ea.event_id, ea.entity_id from page p join event_actors ea on ea.article_key = p.article_key and ea.event_id = p.id
        union select ev.article_key, ev.id, ev.location from page p join events ev on ev.article_key = p.article_key and ev.id = p.id where ev.location is not null) k
  join entities en on en.article_key = k.article_key and en.id = k.entity_id
  group by k.article_key, k.event_id)
select p.article_key, p.ordinal, p.date_sort::text as date_sort, ev.json, a.id as article_id, a.title, a.source,
  coalesce(w.evidence, '[]'::json) as evidence, coalesce(n.entities, '[]'::json) as entities
from page p
join events ev on ev.article_key = p.article_key and ev.id = p.id
join articles a on a.key = p.article_key
left join words w on w.article_key = p.article_key and w.event_id = p.id
left join named n on n.article_key = p.article_key and n.event_id = p.id
order by p.${ORDER.replaceAll(', ', ', p.')}`;
  return { sql, params };
}

function toRecord(r: EventRow): EventRecord {
  const entities = new Map(r.entities.map((e) => [e.id, e]));
  const ref = (id: string | null) => {
    const entity = id === null ? undefined : entities.get(id);
    return entity ? entityRef(entity) : null;
  };
  const place = r.json.location === null ? undefined : entities.get(r.json.location);
  const position: EventPosition = [r.date_sort, r.article_key, r.ordinal];
  return {
    ...r.json,
    actor1: ref(r.json.actor1),
    actor2: ref(r.json.actor2),
    assoc_actors: r.json.assoc_actors.flatMap((id) => ref(id) ?? []),
    location: place ? placeRef(place) : null,
    evidence: r.evidence,
    article: { id: r.article_id, title: r.title, source: r.source },
    cursor: encodeCursor(position),
  };
}

/**
 * Streams the events a filter selects, by date (undated last), then article and order in it; pages
 * of 200 read by keyset, so memory stays flat however many match.
 * @example for await (const event of listEvents(db, { actor: 'MOJWA', country: 'Mali' })) console.log(event.notes)
 */
export async function* listEvents(db: Queryable, filter: EventFilter = {}, pageSize = PAGE_SIZE): AsyncGenerator<EventRecord> {
  if (filter.limit !== undefined && !(Number.isInteger(filter.limit) && filter.limit >= 0)) {
    throw new AnnalsError('usage', `limit ${String(filter.limit)}`, 'not a whole number ≥ 0');
  }
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
  let after = filter.after;
  while (remaining > 0) {
    const size = Math.min(pageSize, remaining);
    const { sql, params } = pageSql({ ...filter, after }, size);
    const rows = await db.query<EventRow>(sql, params);
    const records = rows.map(toRecord);
    yield* records;
    const last = records.at(-1);
    if (rows.length < size || !last) return;
    remaining -= rows.length;
    after = last.cursor;
  }
}
