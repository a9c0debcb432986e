import type { Entity, EntityKind } from '../model/index.js';
import type { EventDraft } from './_draft.js';
import type { Facts } from './_facts.js';
import { countryByCode } from '../resolve/gazetteer/index.js';

/**
 * The country an event took place in, as ACLED names its generic actors by: its place's country, else
 * the conflict's when it has one; with the entity that names the country (its state or the place).
 * @example eventCountry(facts, entities, gaoStrike) // { code: 'ML', entity: Mali }
 */
export function eventCountry(facts: Facts, entities: readonly Entity[], draft: EventDraft): { code: string; entity: Entity } | null {
  const place = entities.find((e) => e.id === draft.location);
  const code = place?.country ?? (facts.conflictCountries.size === 1 ? [...facts.conflictCountries][0] : undefined);
  const entity = code ? entities.find((e) => e.country === code && (e.kind === 'state' || e.precision === 'country')) : undefined;
  return code && entity ? { code, entity } : null;
}

/**
 * ACLED's actors named by a country: "Civilians (Syria)", "Protesters (Ukraine)", "Unidentified Armed
 * Group (Mali)"; added to the article's entities once.
 * @example countryGroup(entities, 'civilians', 'Civilians', { code: 'SY', entity: syria }).name // 'Civilians (Syria)'
 */
export function countryGroup(entities: Entity[], kind: EntityKind, label: string, country: { code: string; entity: Entity }): Entity {
  // the country's own name: the entity that stands for it may be a part of it ("Eastern Syria" read as Syria)
  const name = `${label} (${countryByCode(country.code)?.name ?? country.entity.name.replace(/^Military Forces of /, '')})`;
  let entity = entities.find((e) => e.kind === kind && e.name === name);
  if (!entity) {
    entity = {
      id: `e${entities.length + 1}`, kind, name, aliases: [], page: null, role: null, affiliation: null,
      lat: null, lon: null, country: country.code, admin1: null, geonameId: null, precision: null, resolved: true,
    };
    entities.push(entity);
  }
  return entity;
}
