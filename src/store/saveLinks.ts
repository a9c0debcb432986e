import { foldName } from '../resolve/gazetteer/index.js';
import type { Backend, Queryable } from './_backend.js';
import { insertRows, type Row, type TableSpec } from './_insertRows.js';
import {
  canonicalEntitiesTable, conflictArticlesTable, conflictNamesTable, conflictsTable, entityMembersTable, eventClusterMembersTable,
  eventClustersTable, LINK_TABLES,
} from './_linkTables.js';
import type { EventClusterRow, LinkRecords } from './linkTypes.js';

// 1095650892 is "ANNL": one link run writes at a time (two ingests finishing together on a server).
const LINK_LOCK = 'select pg_advisory_xact_lock(1095650892)';

// Rows of records that a concurrent ingest replaced since they were read are left out, not refused.
async function insertExisting(tx: Queryable, spec: TableSpec, rows: Iterable<Row>, parent: string): Promise<void> {
  await insertRows(tx, spec, rows, `exists (${parent})`);
}

// Each record's rows, made as the statements are filled: mapped all at once, a run's 300k members
// and their copies were held beside the records until the last statement.
function* rowsOf<T>(records: Iterable<T>, rows: (record: T) => readonly Row[]): Generator<Row> {
  for (const record of records) yield* rows(record);
}

const entityRow = (e: LinkRecords['entities'][number]): Row[] => [{
  id: e.id, kind: e.kind, name: e.name, name_key: foldName(e.name), page: e.page, country: e.country, geoname_id: e.geoname_id,
  lat: e.lat, lon: e.lon, generic: e.generic, articles: e.articles, events: e.events, json: e,
}];

const clusterRow = (c: EventClusterRow): Row[] => [{
  id: c.id, event_type: c.event_type, sub_event_type: c.sub_event_type, date_start: c.date_start, date_end: c.date_end,
  lat: c.lat, lon: c.lon, country: c.country, number_of_sources: c.number_of_sources,
  fatalities_low: c.fatalities.low, fatalities_best: c.fatalities.best, fatalities_high: c.fatalities.high, json: c,
}];

/**
 * Replaces the previous link run's rows with these, in one transaction: a reader sees the old links
 * or the new ones, never half of each. The per-article records are not touched.
 * @example await saveLinks(backend, linkRecords(await readLinkInputs(backend)))
 */
export async function saveLinks(backend: Backend, links: LinkRecords): Promise<void> {
  await backend.transaction(async (tx) => {
    await tx.query(LINK_LOCK);
    for (const table of LINK_TABLES) await tx.query(`delete from ${table}`);
    await insertRows(tx, canonicalEntitiesTable, rowsOf(links.entities, entityRow));
    await insertExisting(tx, entityMembersTable, rowsOf(links.members, (m) => [{ ...m }]), 'select 1 from entities e where e.article_key = x.article_key and e.id = x.entity_id');
    // clusters are made once, as they are read: their members' rows (small) are kept on the way
    const members: Row[] = [];
    const clusters = rowsOf(links.clusters, (c) => {
      // one push each: spreading a cluster of many sources into push() overflows the call's arguments
      for (const m of c.members) members.push({ cluster_id: c.id, ...m });
      return clusterRow(c);
    });
    await insertRows(tx, eventClustersTable, clusters);
    await insertExisting(tx, eventClusterMembersTable, members, 'select 1 from events ev where ev.article_key = x.article_key and ev.id = x.event_id');
    await insertRows(tx, conflictsTable, rowsOf(links.conflicts, ({ id, name, parent_id, depth, names, article_keys }) => [{ id, name, parent_id, depth, json: { names, article_keys } }]));
    await insertRows(tx, conflictNamesTable, rowsOf(links.conflicts, (c) => c.names.map((name_key) => ({ conflict_id: c.id, name_key }))));
    const articles = rowsOf(links.conflicts, (c) => c.article_keys.map((article_key) => ({ article_key, conflict_id: c.id })));
    await insertExisting(tx, conflictArticlesTable, articles, 'select 1 from articles a where a.key = x.article_key');
    // the articles the run read, not those now stored: an article saved meanwhile makes the links stale
    await tx.query(
      `insert into link_runs (id, linked_at, articles, last_article_key, json) values (1, now(), $1, $2, $3::json)
       on conflict (id) do update set linked_at = excluded.linked_at, articles = excluded.articles, last_article_key = excluded.last_article_key, json = excluded.json`,
      [links.figures.articles ?? 0, links.figures.last_article_key ?? null, JSON.stringify(links.figures)],
    );
  });
  // Fresh statistics for the planner after the records a run linked (every ingest ends here): PGlite
  // runs no autovacuum, and without them the events pages' plans chose a nested loop of seconds for
  // an actor named in many events. ~6 s on a 5,000-article store.
  await backend.exec('analyze');
}
