import type { Entity } from '../model/index.js';
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
