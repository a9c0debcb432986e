import type { Alias, Entity, EntityKind } from '../model/index.js';

/**
 * Entities being built from mentions: each is found again by any of its keys (name keys, `page:…`,
 * `country:…`, `group:…`), and keeps every distinct alias with the first words that said it.
 */
export class EntityTable {
  private readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();

  find(...keys: string[]): Entity | null {
    for (const key of keys) {
      const found = this.byKey.get(key);
      if (found) return found;
    }
    return null;
  }

  /** The entity under any of `keys`, or a new one; every key then leads to it. */
  upsert(kind: EntityKind, name: string, keys: string[]): Entity {
    const entity = this.find(...keys) ?? this.create(kind, name);
    for (const key of keys) if (!this.byKey.has(key)) this.byKey.set(key, entity);
    return entity;
  }

  addKey(entity: Entity, key: string): void {
    if (!this.byKey.has(key)) this.byKey.set(key, entity);
  }

  addAlias(entity: Entity, alias: Alias): void {
    if (!entity.aliases.some((a) => a.text === alias.text)) entity.aliases.push(alias);
  }

  all(): Entity[] {
    return this.entities;
  }

  private create(kind: EntityKind, name: string): Entity {
    const entity: Entity = {
      id: `e${this.entities.length + 1}`,
      kind,
      name,
      aliases: [],
      page: null,
      role: null,
      affiliation: null,
      lat: null,
      lon: null,
      country: null,
      admin1: null,
      geonameId: null,
      precision: null,
      resolved: false,
    };
    this.entities.push(entity);
    return entity;
  }
}
