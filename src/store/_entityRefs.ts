import type { Entity } from '../model/index.js';
import type { Queryable } from './_backend.js';
import { distinct } from './_sqlValues.js';
import type { EntityRef, PlaceRef } from './types.js';

/** An entity as events name it; places carry their coordinates. */
export function entityRef(entity: Entity): EntityRef | PlaceRef {
  return entity.kind === 'place' ? placeRef(entity) : baseRef(entity);
}

function baseRef(entity: Entity): EntityRef {
  const ref: EntityRef = { id: entity.id, name: entity.name, kind: entity.kind, aliases: distinct(entity.aliases.map((a) => a.text)) };
  return entity.actorType ? { ...ref, actorType: entity.actorType } : ref;
}

export function placeRef(entity: Entity): PlaceRef {
  return { ...baseRef(entity), lat: entity.lat, lon: entity.lon, country: entity.country, admin1: entity.admin1 };
}

/** `article_key:id`, the global name of an article's entity. */
export const entityKey = (articleKey: number, id: string): string => `${articleKey}:${id}`;

/**
 * The entities some events name, read in one query, by `entityKey`.
 * @example (await entitiesByKey(db, [[1, 'e4']])).get('1:e4')?.name === 'France'
 */
export async function entitiesByKey(db: Queryable, wanted: readonly (readonly [number, string])[]): Promise<Map<string, Entity>> {
  if (wanted.length === 0) return new Map();
  const rows = await db.query<{ article_key: number; json: Entity }>(
    `select e.article_key, e.json from entities e
     where (e.article_key, e.id) in (select k.article_key, k.id from json_to_recordset($1::json) as k(article_key integer, id text))`,
    [JSON.stringify(wanted.map(([article_key, id]) => ({ article_key, id })))],
  );
  return new Map(rows.map((r) => [entityKey(r.article_key, r.json.id), r.json]));
}
