import { AnnalsError, type Event } from '../model/index.js';
import type { Queryable } from './_backend.js';
import { encodeCursor, type EventPosition } from './_cursor.js';
import { entitiesByKey, entityKey, entityRef, placeRef } from './_entityRefs.js';
import { filterSql } from './_filterSql.js';
import type { EventFilter, EventRecord, EvidenceText } from './types.js';

interface EventRow {
  article_key: number;
  ordinal: number;
  date_sort: string;
  json: Event;
  evidence: EvidenceText[];
  article_id: string;
  title: string;
  source: string;
}

/** Events read per query. */
export const PAGE_SIZE = 200;

async function readPage(db: Queryable, filter: EventFilter, size: number): Promise<EventRow[]> {
  const { where, params } = filterSql(filter);
  return db.query<EventRow>(
    `select ev.article_key, ev.ordinal, ev.date_sort::text as date_sort, ev.json, a.id as article_id, a.title, a.source,
       coalesce((select json_agg(json_build_object('start', d.span_start, 'end', d.span_end, 'text', d.text) order by d.seq)
                 from evidence d where d.article_key = ev.article_key and d.event_id = ev.id), '[]'::json) as evidence
     from events ev join articles a on a.key = ev.article_key
     where ${where}
     order by ev.date_sort, ev.article_key, ev.ordinal
     limit ${size}`,
    params,
  );
}

async function toRecords(db: Queryable, rows: readonly EventRow[]): Promise<EventRecord[]> {
  const named = rows.flatMap((r) => [r.json.actor1, r.json.actor2, r.json.location, ...r.json.assoc_actors].flatMap((id) => (id === null ? [] : [[r.article_key, id] as const])));
  const entities = await entitiesByKey(db, named);
  return rows.map((r) => {
    const find = (id: string | null) => (id === null ? undefined : entities.get(entityKey(r.article_key, id)));
    const ref = (id: string | null) => {
      const entity = find(id);
      return entity ? entityRef(entity) : null;
    };
    const place = find(r.json.location);
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
  });
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
    const rows = await readPage(db, { ...filter, after }, size);
    const records = await toRecords(db, rows);
    yield* records;
    const last = records.at(-1);
    if (rows.length < size || !last) return;
    remaining -= rows.length;
    after = last.cursor;
  }
}
