import { AnnalsError } from '../model/index.js';
import type { Queryable } from './_backend.js';
import { conflictIndex } from './_conflictIndex.js';
import { filterSql } from './_filterSql.js';
import type { EventClusterRow } from './linkTypes.js';
import type { LinkedEvent, LinkedEventFilter } from './linkViews.js';
import type { EventFilter } from './types.js';

const PAGE = 200;

const encode = (date: string, id: string): string => Buffer.from(JSON.stringify([date, id])).toString('base64url');

function decode(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // refused below
  }
  throw new AnnalsError('usage', `after ${JSON.stringify(cursor)}`, 'not a linked-event cursor this store gave');
}

async function readPage(db: Queryable, filter: EventFilter & LinkedEventFilter, after: string | undefined, size: number) {
  const { where, params } = filterSql({ ...filter, after: undefined, limit: undefined });
  const p = (value: unknown) => `$${params.push(value)}`;
  const conditions = [
    `exists (select 1 from event_cluster_members m join events ev on ev.article_key = m.article_key and ev.id = m.event_id where m.cluster_id = c.id and ${where})`,
  ];
  if (filter.minSources !== undefined) conditions.push(`c.number_of_sources >= ${p(filter.minSources)}`);
  if (filter.event !== undefined) {
    // the article id is a hex content hash, so the first '-' ends it
    const split = filter.event.indexOf('-');
    conditions.push(`c.id in (select m.cluster_id from event_cluster_members m join articles a on a.key = m.article_key
      where a.id = ${p(filter.event.slice(0, Math.max(split, 0)))} and m.event_id = ${p(filter.event.slice(split + 1))})`);
  }
  if (after !== undefined) {
    const [date, id] = decode(after);
    conditions.push(`(c.date_sort, c.id) > (${p(date)}::date, ${p(id)})`);
  }
  return db.query<{ json: EventClusterRow; date_sort: string }>(
    `select c.json, c.date_sort::text as date_sort from event_clusters c where ${conditions.join(' and ')} order by c.date_sort, c.id limit ${size}`,
    params,
  );
}

/**
 * Streams linked events (a link run makes them) by date, undated last: each with every source
 * article's account, `number_of_sources`, the fatality range across sources, and its conflict. A
 * cluster is selected when any of its source events passes the event filter.
 * @example for await (const e of listLinkedEvents(db, { minSources: 2 })) console.log(e.number_of_sources, e.sources.map((s) => s.article.title))
 */
export async function* listLinkedEvents(db: Queryable, filter: EventFilter & LinkedEventFilter = {}): AsyncGenerator<LinkedEvent> {
  if (filter.limit !== undefined && !(Number.isInteger(filter.limit) && filter.limit >= 0)) {
    throw new AnnalsError('usage', `limit ${String(filter.limit)}`, 'not a whole number ≥ 0');
  }
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
  let after = filter.after;
  while (remaining > 0) {
    const size = Math.min(PAGE, remaining);
    const rows = await readPage(db, filter, after, size);
    const conflicts = await conflictIndex(db, rows.flatMap((r) => r.json.members.slice(0, 1).map((m) => m.article_key)));
    for (const { json, date_sort } of rows) {
      const { members, date_start, date_end, ...rest } = json;
      const first = members[0];
      yield {
        ...rest,
        date: date_start === null || date_end === null ? null : { start: date_start, end: date_end },
        conflict: first ? conflicts.refOf(first.article_key) : null,
        cursor: encode(date_sort, json.id),
      };
    }
    const last = rows.at(-1);
    if (rows.length < size || !last) return;
    remaining -= rows.length;
    after = encode(last.date_sort, last.json.id);
  }
}
