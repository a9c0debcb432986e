import type { TableSpec } from './_insertRows.js';

// The columns of migrations/ as rows fill them; `article_key` joins each record to its article.

export const entitiesTable: TableSpec = {
  table: 'entities',
  columns: {
    article_key: 'integer', id: 'text', ordinal: 'integer', kind: 'text', name: 'text', name_key: 'text', page_key: 'text',
    lat: 'double precision', lon: 'double precision', country: 'text', admin1: 'text', json: 'json',
  },
};

export const aliasesTable: TableSpec = {
  table: 'aliases',
  columns: {
    article_key: 'integer', entity_id: 'text', seq: 'integer', text: 'text', text_key: 'text',
    span_start: 'integer', span_end: 'integer', read_from: 'text',
  },
};

// A tsvector holds at most 1 MB: the first 500,000 characters of notes and evidence are searched.
export const eventsTable: TableSpec = {
  table: 'events',
  columns: {
    article_key: 'integer', id: 'text', ordinal: 'integer', event_type: 'text', sub_event_type: 'text',
    date_start: 'date', date_end: 'date', date_precision: 'text', time_stated: 'text', location: 'text',
    lat: 'double precision', lon: 'double precision', country: 'text', admin1: 'text', geo_precision: 'text',
    fatalities_low: 'double precision', fatalities_best: 'double precision', fatalities_high: 'double precision',
    civilian_fatalities: 'double precision', status: 'text', notes: 'text', confidence: 'double precision', json: 'json',
    actor_keys: 'text[]',
  },
  computed: { columns: { search: `to_tsvector('english', left(x.search_text, 500000))` }, fields: { search_text: 'text' } },
};

export const eventActorsTable: TableSpec = {
  table: 'event_actors',
  columns: { article_key: 'integer', event_id: 'text', role: 'text', seq: 'integer', entity_id: 'text' },
};

export const evidenceTable: TableSpec = {
  table: 'evidence',
  columns: { article_key: 'integer', event_id: 'text', seq: 'integer', span_start: 'integer', span_end: 'integer', text: 'text' },
};

export const movementsTable: TableSpec = {
  table: 'movements',
  columns: {
    article_key: 'integer', id: 'text', ordinal: 'integer', actor: 'text', vehicle_count: 'double precision', vehicle_kind: 'text',
    date_start: 'date', date_end: 'date', date_precision: 'text', json: 'json',
  },
};

export const legsTable: TableSpec = {
  table: 'legs',
  columns: {
    article_key: 'integer', movement_id: 'text', seq: 'integer', place: 'text', role: 'text', time_stated: 'text',
    offset_hours: 'double precision', span_start: 'integer', span_end: 'integer',
  },
};

export const checksTable: TableSpec = {
  table: 'checks',
  columns: {
    article_key: 'integer', seq: 'integer', field: 'text', infobox: 'text', verdict: 'text',
    evidence_start: 'integer', evidence_end: 'integer', reason: 'text', json: 'json',
  },
};

/** In the order foreign keys need: an entity before what names it. */
export const recordTables = [entitiesTable, aliasesTable, eventsTable, eventActorsTable, evidenceTable, movementsTable, legsTable, checksTable] as const;
