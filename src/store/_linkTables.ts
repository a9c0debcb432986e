import type { TableSpec } from './_insertRows.js';

// The columns of migrations/004_links.ts as saveLinks fills them.

export const canonicalEntitiesTable: TableSpec = {
  table: 'canonical_entities',
  columns: {
    id: 'text', kind: 'text', name: 'text', name_key: 'text', page: 'text', country: 'text', geoname_id: 'integer',
    lat: 'double precision', lon: 'double precision', generic: 'boolean', articles: 'integer', events: 'integer', json: 'json',
  },
};

export const entityMembersTable: TableSpec = {
  table: 'entity_members',
  columns: { article_key: 'integer', entity_id: 'text', canonical_id: 'text', rule: 'text', evidence: 'json' },
};

export const eventClustersTable: TableSpec = {
  table: 'event_clusters',
  columns: {
    id: 'text', event_type: 'text', sub_event_type: 'text', date_start: 'date', date_end: 'date', lat: 'double precision',
    lon: 'double precision', country: 'text', number_of_sources: 'integer', fatalities_low: 'double precision',
    fatalities_best: 'double precision', fatalities_high: 'double precision', json: 'json',
  },
};

export const eventClusterMembersTable: TableSpec = {
  table: 'event_cluster_members',
  columns: { cluster_id: 'text', article_key: 'integer', event_id: 'text' },
};

export const conflictsTable: TableSpec = {
  table: 'conflicts',
  columns: { id: 'text', name: 'text', parent_id: 'text', depth: 'integer', json: 'json' },
};

export const conflictNamesTable: TableSpec = { table: 'conflict_names', columns: { conflict_id: 'text', name_key: 'text' } };

export const conflictArticlesTable: TableSpec = { table: 'conflict_articles', columns: { article_key: 'integer', conflict_id: 'text' } };

/** Emptied in this order before a run's rows go in (members before what they point at). */
export const LINK_TABLES = [
  'entity_members', 'canonical_entities', 'event_cluster_members', 'event_clusters', 'conflict_articles', 'conflict_names', 'conflicts',
] as const;
