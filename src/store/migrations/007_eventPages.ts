/**
 * Indexes that read a page of `/api/events` in the reading order for every filter (src/store/_eventBranches.ts):
 * - `actor_keys`: the folded names, canonical pages and aliases of every actor of an event (what
 *   `--actor` matches), filled from the records already stored; a GIN index replaces the join
 *   through event_actors, entities and aliases that took seconds for an actor named in many events.
 * - country and each type column followed by the reading order, replacing their one-column indexes;
 * - a GiST index of each event's interval, for the few events that start before `from` and end after it;
 * - (article_key, location), for the events whose place is a member of a canonical entity (`entity`).
 * A store is analysed at the end: PGlite runs no autovacuum, and a store never analysed has no
 * statistics to choose between an index in order and a bitmap of matches.
 */
export const eventPages = `
alter table events add column actor_keys text[] not null default '{}';
update events ev set actor_keys = k.keys
from (
  select a.article_key, a.event_id, array_agg(distinct a.key order by a.key) as keys
  from (
    select ea.article_key, ea.event_id, unnest(array[en.name_key, en.page_key]) as key
      from event_actors ea join entities en on en.article_key = ea.article_key and en.id = ea.entity_id
    union all
    select ea.article_key, ea.event_id, al.text_key
      from event_actors ea join aliases al on al.article_key = ea.article_key and al.entity_id = ea.entity_id
  ) a
  where a.key is not null and a.key <> ''
  group by a.article_key, a.event_id
) k
where k.article_key = ev.article_key and k.event_id = ev.id;
create index events_actor_keys on events using gin (actor_keys);

create index events_country_order on events (country, date_sort, article_key, ordinal);
create index events_event_type_order on events (lower(event_type), date_sort, article_key, ordinal);
create index events_sub_event_type_order on events (lower(sub_event_type), date_sort, article_key, ordinal);
drop index events_country;
drop index events_event_type;
drop index events_sub_event_type;

-- the events a canonical entity is the place of (\`entity\`), found from its members
create index events_location on events (article_key, location);

create index events_span on events using gist (daterange(date_start, greatest(date_start, date_end), '[]'));

analyze;
`;
