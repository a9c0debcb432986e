import type { Cell } from './acledColumns.js';

/** UCDP GED's columns for the fields an article can give, in GED's order. */
export const UCDP_COLUMNS = [
  'id', 'year', 'type_of_violence', 'conflict_name', 'dyad_name', 'side_a', 'side_b', 'source_article',
  'where_prec', 'where_coordinates', 'where_description', 'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt',
  'country', 'region', 'event_clarity', 'date_prec', 'date_start', 'date_end',
  'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
] as const;

export type UcdpColumn = (typeof UCDP_COLUMNS)[number];

export type UcdpRow = Record<UcdpColumn, Cell>;
