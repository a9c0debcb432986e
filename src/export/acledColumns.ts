/** ACLED's columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** A CSV cell: empty where the article does not tell. */
export type Cell = string | number;

export type AcledRow = Record<AcledColumn, Cell>;
