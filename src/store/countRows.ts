import type { Queryable } from './_backend.js';
import type { StoreCounts } from './types.js';

const TABLES: readonly (keyof StoreCounts)[] = ['articles', 'entities', 'aliases', 'events', 'event_actors', 'evidence', 'movements', 'legs', 'checks'];

/**
 * Rows in each table, in one query.
 * @example await countRows(db) // { articles: 1, entities: 29, events: 4, legs: 9, … } after the seed
 */
export async function countRows(db: Queryable): Promise<StoreCounts> {
  const columns = TABLES.map((t) => `(select count(*) from ${t})::integer as ${t}`).join(', ');
  const [counts] = await db.query<StoreCounts>(`select ${columns}`);
  if (!counts) throw new Error('count query returned no row');
  return counts;
}
