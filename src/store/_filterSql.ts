import { AnnalsError } from '../model/index.js';
import { countryByName, foldName } from '../resolve/gazetteer/index.js';
import { conflictCondition, conflictNameKey } from './_conflictSql.js';
import { decodeCursor } from './_cursor.js';
import { sqlDate } from './_sqlValues.js';
import type { BoundingBox, EventFilter } from './types.js';

/** Conditions on `ev` (events) joined with `and`, and their parameters. */
export interface FilterSql {
  where: string;
  params: unknown[];
}

const refuse = (what: string, value: unknown, problem: string): never => {
  throw new AnnalsError('usage', `${what} ${JSON.stringify(value)}`, problem);
};

function isoDate(what: string, value: string): string {
  return sqlDate(value) ?? refuse(what, value, 'not an ISO date (YYYY-MM-DD)');
}

function countryCode(value: string): string {
  if (/^[a-z]{2}$/i.test(value.trim())) return value.trim().toUpperCase();
  return countryByName(value)?.code ?? refuse('country', value, 'neither an ISO alpha-2 code nor a country name');
}

function checkBox(bbox: BoundingBox): BoundingBox {
  const [west, south, east, north] = bbox;
  const inRange = bbox.length === 4 && bbox.every(Number.isFinite) && Math.abs(west) <= 180 && Math.abs(east) <= 180 && Math.abs(south) <= 90 && Math.abs(north) <= 90;
  if (!inRange || south > north) refuse('bbox', bbox, 'not west,south,east,north in degrees with south ≤ north');
  return bbox;
}

// An actor named by its folded name, canonical page or any alias, in any role: `actor_keys` holds
// those keys of every actor of the event (migration 7), so one GIN index answers it.
const ACTOR = (p: string) => `ev.actor_keys @> array[${p}]::text[]`;

// A canonical entity (a link run makes them) by id: events naming any of its members as an actor,
// an associated actor or the place, as its `events` count counts them.
const ENTITY = (p: string) => `(ev.article_key, ev.id) in (
  select ea.article_key, ea.event_id from event_actors ea join entity_members m on m.article_key = ea.article_key and m.entity_id = ea.entity_id
    where m.canonical_id = ${p}
  union select lv.article_key, lv.id from events lv join entity_members m on m.article_key = lv.article_key and m.entity_id = lv.location
    where m.canonical_id = ${p})`;

/**
 * A filter's conditions before they are joined: `conditions` hold for every selected event; `type`,
 * `from` and `to` are the parameters of those filters, whose conditions `filterSql` adds and
 * `eventBranches` splits into index-friendly alternatives.
 */
export interface FilterParts {
  conditions: string[];
  params: unknown[];
  type: string | null;
  from: string | null;
  to: string | null;
}

/**
 * A filter's conditions and parameters (every value a parameter); a value that cannot mean anything
 * is refused with a usage error naming it.
 * @example filterParts({ type: 'Battles', country: 'ML' }).type // '$1'
 */
export function filterParts(filter: EventFilter): FilterParts {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  if (filter.actor) {
    const key = foldName(filter.actor);
    conditions.push(ACTOR(p(key || refuse('actor', filter.actor, 'has no letters or digits'))));
  }
  const type = filter.type ? p(filter.type.trim()) : null;
  if (filter.country) conditions.push(`ev.country = ${p(countryCode(filter.country))}`);
  const from = filter.from ? p(isoDate('from', filter.from)) : null;
  if (from) conditions.push(`ev.date_end >= ${from}::date`);
  const to = filter.to ? p(isoDate('to', filter.to)) : null;
  if (to) conditions.push(`ev.date_start <= ${to}::date`);
  if (filter.bbox) {
    const [west, south, east, north] = checkBox(filter.bbox);
    conditions.push(`ev.lat between ${p(south)} and ${p(north)}`);
    // a box across the antimeridian has its west edge east of its east edge
    conditions.push(west <= east ? `ev.lon between ${p(west)} and ${p(east)}` : `(ev.lon >= ${p(west)} or ev.lon <= ${p(east)})`);
  }
  if (filter.entity !== undefined) conditions.push(ENTITY(p(filter.entity)));
  if (filter.conflict?.trim()) conditions.push(conflictCondition(p(conflictNameKey(filter.conflict))));
  if (filter.q?.trim()) conditions.push(`ev.search @@ websearch_to_tsquery('english', ${p(filter.q)})`);
  if (filter.after) {
    const [date, key, ordinal] = decodeCursor(filter.after);
    conditions.push(`(ev.date_sort, ev.article_key, ev.ordinal) > (${p(date)}::date, ${p(key)}::integer, ${p(ordinal)}::integer)`);
  }
  return { conditions, params, type, from, to };
}

/** An event or sub-event type, any case. */
export const typeCondition = (column: 'event_type' | 'sub_event_type', p: string): string => `lower(ev.${column}) = lower(${p})`;

/**
 * The SQL for a filter (without `limit`) as one condition on `ev` (events), every value a parameter.
 * @example filterSql({ actor: 'MOJWA', from: '2013-01-01' }).params // ['mojwa', '2013-01-01']
 */
export function filterSql(filter: EventFilter): FilterSql {
  const { conditions, params, type } = filterParts(filter);
  if (type) conditions.unshift(`(${typeCondition('event_type', type)} or ${typeCondition('sub_event_type', type)})`);
  return { where: conditions.length > 0 ? conditions.join('\n  and ') : 'true', params };
}
