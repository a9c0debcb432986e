import type { Entity } from '../model/index.js';

/** Names compare case-insensitively, after Unicode normalisation and trimmed white space. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every name an entity goes by: its canonical name and the words of each alias. */
export function entityNames(entity: Entity | undefined): Set<string> {
  if (!entity) return new Set();
  return new Set([entity.name, ...entity.aliases.map((a) => a.text)].map(nameKey));
}

/** A gold name with its aliases, keyed for comparison. */
export function goldNames(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map(nameKey));
}

export function sharesName(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}

/** The article's entities by id, for events and legs that refer to them. */
export function entityIndex(entities: readonly Entity[]): Map<string, Entity> {
  return new Map(entities.map((e) => [e.id, e]));
}
